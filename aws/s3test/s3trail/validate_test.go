package s3trail_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/trailtype/cloudtrail/aws/s3test"
	"github.com/trailtype/cloudtrail/aws/s3trail"
	"github.com/trailtype/cloudtrail/digest"
)

const sampleTrail = "../../../digest/testdata/sample-trail/"

// sampleObjects reads the digest package's signed sample trail: each object's bytes, and the S3
// metadata saved beside it.
func sampleObjects(t *testing.T) (objects map[string][]byte, meta map[string]map[string]string) {
	objects, meta = map[string][]byte{}, map[string]map[string]string{}
	root := sampleTrail + "trail-bucket"
	err := filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(root, p)
		key := filepath.ToSlash(rel)
		if k, ok := strings.CutSuffix(key, digest.MetadataSuffix); ok {
			var head struct{ Metadata map[string]string }
			err = json.Unmarshal(data, &head)
			meta[k] = head.Metadata
			return err
		}
		objects[key] = data
		return err
	})
	if err != nil || len(objects) != 9 {
		t.Fatalf("sample trail: %d objects, %v", len(objects), err)
	}
	return objects, meta
}

// The validator finds the same over S3 as over a local copy, for the trail as it is and tampered.
func TestValidatorOverS3MatchesDir(t *testing.T) {
	objects, meta := sampleObjects(t)
	f, err := os.Open(sampleTrail + "public-keys.json")
	if err != nil {
		t.Fatal(err)
	}
	var keys digest.KeySet
	err = keys.ReadListPublicKeys(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	var logs, digests []string
	for k := range objects {
		if strings.Contains(k, "CloudTrail-Digest") {
			digests = append(digests, k)
		} else {
			logs = append(logs, k)
		}
	}
	slices.Sort(logs)
	slices.Sort(digests)
	tampers := map[string]func(objs map[string][]byte, meta map[string]map[string]string){
		"untouched": func(map[string][]byte, map[string]map[string]string) {},
		"log file edited": func(o map[string][]byte, _ map[string]map[string]string) {
			o[logs[2]] = append([]byte{}, o[logs[1]]...)
		},
		"log file deleted":      func(o map[string][]byte, _ map[string]map[string]string) { delete(o, logs[0]) },
		"digest deleted":        func(o map[string][]byte, _ map[string]map[string]string) { delete(o, digests[1]) },
		"newest signature lost": func(_ map[string][]byte, m map[string]map[string]string) { delete(m, digests[len(digests)-1]) },
	}
	for name, tamper := range tampers {
		t.Run(name, func(t *testing.T) {
			objs, md := map[string][]byte{}, map[string]map[string]string{}
			for k, v := range objects {
				objs[k] = v
			}
			for k, v := range meta {
				md[k] = v
			}
			tamper(objs, md)
			const bucket = "trail-bucket" // the digests name it
			s := s3test.NewServer(t)
			local := fstest.MapFS{}
			s.Bucket(t, bucket)
			for k, v := range objs {
				local[k] = &fstest.MapFile{Data: v}
				s.Put(t, bucket, k, v, md[k])
				if m := md[k]; m != nil {
					b, _ := json.Marshal(map[string]any{"Metadata": m})
					local[k+digest.MetadataSuffix] = &fstest.MapFile{Data: b}
				}
			}
			overS3 := findings(t, digest.NewValidator(s3trail.NewStore(s.Client), &keys), bucket)
			overDir := findings(t, digest.NewValidator(digest.Dir{bucket: local}, &keys), bucket)
			if !slices.Equal(overS3, overDir) || len(overS3) < 8 {
				t.Errorf("over S3:\n%s\nover a local copy:\n%s", strings.Join(overS3, "\n"), strings.Join(overDir, "\n"))
			}
			if invalid := slices.ContainsFunc(overS3, func(f string) bool { return !strings.HasPrefix(f, "valid") }); invalid != (name != "untouched") {
				t.Errorf("tampered %v, but findings:\n%s", name != "untouched", strings.Join(overS3, "\n"))
			}
		})
	}
}

func findings(t *testing.T, v *digest.Validator, bucket string) []string {
	t.Helper()
	ctx := context.Background()
	trails, err := v.Trails(ctx, bucket, "")
	if err != nil || len(trails) != 1 {
		t.Fatalf("trails %v, %v", trails, err)
	}
	var out []string
	for f, err := range v.Validate(ctx, trails[0]) {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("%v %v %s", f.Status, f.FileType, f.Key))
	}
	return out
}
