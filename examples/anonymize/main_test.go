package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// anonymize -h lists the command's own flags, none of a test kit.
func TestHelpListsOnlyTheCommandsFlags(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "anonymize")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, _ := exec.Command(bin, "-h").CombinedOutput() // -h exits with status 2
	help := string(out)
	if !strings.Contains(help, "-format") {
		t.Fatalf("anonymize -h does not list -format:\n%s", help)
	}
	if strings.Contains(help, "update") || strings.Contains(help, "test.") {
		t.Errorf("anonymize -h lists a flag of a test package:\n%s", help)
	}
}
