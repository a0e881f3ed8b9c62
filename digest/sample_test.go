package digest

import (
	"context"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite testdata/sample-trail from a fresh synthetic trail")

// The sample trail in testdata is what the README and examples/validate run on: four hours of a
// synthetic trail (one without activity), signed with a key made for it, whose public half is in
// public-keys.json in the shape `aws cloudtrail list-public-keys` prints.
const (
	sampleDir    = "testdata/sample-trail"
	sampleBucket = "trail-bucket"
)

func TestSampleTrailIsValid(t *testing.T) {
	if *update {
		writeSampleTrail(t)
	}
	var ks KeySet
	f, err := os.Open(filepath.Join(sampleDir, "public-keys.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := ks.ReadListPublicKeys(f); err != nil {
		t.Fatal(err)
	}
	v := NewValidator(Dir{sampleBucket: os.DirFS(filepath.Join(sampleDir, sampleBucket))}, &ks)
	trails, err := v.Trails(context.Background(), sampleBucket, "")
	if err != nil || len(trails) != 1 {
		t.Fatalf("trails %v, %v", trails, err)
	}
	digests, logs := 0, 0
	for f, err := range v.Validate(context.Background(), trails[0]) {
		if err != nil {
			t.Fatal(err)
		}
		if !f.Valid() {
			t.Errorf("%v", f)
		}
		if f.FileType == FileDigest {
			digests++
		} else {
			logs++
		}
	}
	if digests != 4 || logs != 5 {
		t.Errorf("%d digests and %d log files, want 4 and 5", digests, logs)
	}
}

func writeSampleTrail(t *testing.T) {
	tr := newTrail(t)
	tr.bucket = sampleBucket
	tr.dir = filepath.Join(sampleDir, sampleBucket)
	if err := os.RemoveAll(sampleDir); err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{2, 0, 1, 2} {
		tr.hour(n)
	}
	keys := map[string]any{"PublicKeyList": []map[string]any{{
		"Value":             base64.StdEncoding.EncodeToString(x509.MarshalPKCS1PublicKey(&tr.key.PublicKey)),
		"ValidityStartTime": tr.digestEnd(0).Add(-24 * time.Hour).Format(time.RFC3339),
		"ValidityEndTime":   tr.end.Add(24 * time.Hour).Format(time.RFC3339),
		"Fingerprint":       fingerprint(&tr.key.PublicKey),
	}}}
	data, err := json.MarshalIndent(keys, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(sampleDir, "public-keys.json"), append(data, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
}
