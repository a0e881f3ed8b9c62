package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/trailtype/cloudtrail/aws/s3test"
	"github.com/trailtype/cloudtrail/digest"
)

const sample = "../../../digest/testdata/sample-trail/"

// upload puts the digest package's signed sample trail on an S3 server, metadata included, leaving
// out the keys skip names.
func upload(t *testing.T, srv *s3test.Server, skip string) {
	srv.Bucket(t, "trail-bucket")
	root := sample + "trail-bucket"
	err := filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || strings.HasSuffix(p, digest.MetadataSuffix) || strings.Contains(p, skip) {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		var head struct{ Metadata map[string]string }
		if m, err := os.ReadFile(p + digest.MetadataSuffix); err == nil {
			_ = json.Unmarshal(m, &head)
		}
		rel, _ := filepath.Rel(root, p)
		srv.Put(t, "trail-bucket", filepath.ToSlash(rel), data, head.Metadata)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func sampleKeys(context.Context, time.Time, time.Time) (*digest.KeySet, error) {
	f, err := os.Open(sample + "public-keys.json")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var ks digest.KeySet
	return &ks, ks.ReadListPublicKeys(f)
}

func TestHandle(t *testing.T) {
	day := func() time.Time { return time.Date(2026, 11, 3, 2, 30, 0, 0, time.UTC) } // validates 2 November
	srv := s3test.NewServer(t)
	upload(t, srv, "no such key")
	var out bytes.Buffer
	v := &Validation{S3: srv.Client, Keys: sampleKeys, Bucket: "trail-bucket", Out: &out, Now: day}
	if err := v.Handle(context.Background()); err != nil || !strings.Contains(out.String(), "1 trails, 6 files checked, 0 invalid") {
		t.Fatalf("%v\n%s", err, out.String())
	}

	tampered := s3test.NewServer(t)
	upload(t, tampered, "Uniq000000000004") // a log file deleted
	out.Reset()
	v.S3 = tampered.Client
	if err := v.Handle(context.Background()); err == nil || !strings.Contains(out.String(), "Uniq000000000004") {
		t.Fatalf("deleted log file: %v\n%s", err, out.String())
	}
}
