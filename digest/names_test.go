package digest_test

import (
	"context"
	"os"
	"reflect"
	"testing"

	"github.com/trailtype/cloudtrail/digest"
)

// One name for one thing: an ObjectKey is an S3 key taken apart, its FileType says which of
// CloudTrail's files it names, as a Finding's does, and a Finding's Status says what was found.
func TestObjectKeyFileTypeAndStatus(t *testing.T) {
	for key, want := range map[string]digest.FileType{
		"AWSLogs/111122223333/CloudTrail/us-east-2/2026/11/24/111122223333_CloudTrail_us-east-2_20261124T0905Z_aBcDeFgHiJkLmNoP.json.gz":                    digest.FileLog,
		"AWSLogs/111122223333/CloudTrail-Insight/us-east-2/2026/11/24/111122223333_CloudTrail-Insight_us-east-2_20261124T0905Z_aBcDeFgHiJkLmNoP.json.gz":    digest.FileInsight,
		"logs/AWSLogs/111122223333/CloudTrail-Digest/us-east-2/2026/11/24/111122223333_CloudTrail-Digest_us-east-2_main_us-east-1_20261124T090521Z.json.gz": digest.FileDigest,
	} {
		k, err := digest.ParseObjectKey(key)
		if err != nil || k.FileType != want || k.String() != key {
			t.Errorf("ParseObjectKey(%q) = %+v, %v; want file type %q and the key back", key, k, err, want)
		}
	}
	// A real type of the package, whose constants and methods go doc lists, not an alias of an
	// internal one.
	if p := reflect.TypeFor[digest.FileType]().PkgPath(); p != "github.com/trailtype/cloudtrail/digest" {
		t.Errorf("digest.FileType is declared in %s", p)
	}

	keys := &digest.KeySet{}
	f, err := os.Open("testdata/sample-trail/public-keys.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := keys.ReadListPublicKeys(f); err != nil {
		t.Fatal(err)
	}
	v := digest.NewValidator(digest.Dir{"trail-bucket": os.DirFS("testdata/sample-trail/trail-bucket")}, keys)
	trails, err := v.Trails(context.Background(), "trail-bucket", "")
	if err != nil || len(trails) != 1 {
		t.Fatalf("trails %v, %v", trails, err)
	}
	counts := map[digest.FileType]int{}
	for finding, err := range v.Validate(context.Background(), trails[0]) {
		if err != nil {
			t.Fatal(err)
		}
		if finding.Status != digest.Valid {
			t.Errorf("%v", finding)
		}
		counts[finding.FileType]++
	}
	if counts[digest.FileDigest] != 4 || counts[digest.FileLog] != 5 || len(counts) != 2 {
		t.Errorf("findings by file type %v, want 4 digests and 5 log files", counts)
	}
}
