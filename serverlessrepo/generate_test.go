package serverlessrepo_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/trailtype/cloudtrail/internal/apigen"
)

// TestGeneratedCodeMatchesModel fails when zz_generated.go is stale: run go generate.
func TestGeneratedCodeMatchesModel(t *testing.T) {
	model, err := os.ReadFile("model/service-2.json")
	if err != nil {
		t.Fatal(err)
	}
	want, err := apigen.Generate(apigen.Config{Package: "serverlessrepo", Model: "model/service-2.json"}, model)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("zz_generated.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("zz_generated.go differs from what apigen makes of model/service-2.json: run go generate ./serverlessrepo")
	}
}
