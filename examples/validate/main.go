// Command validate checks the integrity of CloudTrail log files in a local copy of a trail's bucket,
// as `aws cloudtrail validate-logs` does online, and prints a report in the same style. It exits
// with status 1 when anything is invalid or missing.
//
//	aws s3 sync s3://my-trail-bucket ./my-trail-bucket
//	aws cloudtrail list-public-keys --region us-east-2 --start-time 2026-11-01 > keys.json
//	go run ./examples/validate -keys keys.json ./my-trail-bucket
//
// On the sample trail shipped with the repository:
//
//	go run ./examples/validate -keys digest/testdata/sample-trail/public-keys.json -verbose digest/testdata/sample-trail/trail-bucket
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/trailtype/cloudtrail/digest"
)

type keyFiles []string

func (k *keyFiles) String() string     { return strings.Join(*k, ",") }
func (k *keyFiles) Set(v string) error { *k = append(*k, v); return nil }

func main() {
	var keys keyFiles
	flag.Var(&keys, "keys", "output of `aws cloudtrail list-public-keys` (JSON); repeat for several regions")
	bucket := flag.String("bucket", "", "the bucket's name (default: the folder's name)")
	prefix := flag.String("prefix", "", "validate only digests under this key prefix")
	start := flag.String("start-time", "", "oldest digest end time to check (RFC 3339)")
	end := flag.String("end-time", "", "newest digest end time to check (RFC 3339)")
	verbose := flag.Bool("verbose", false, "print valid files too")
	flag.Parse()
	if flag.NArg() != 1 || len(keys) == 0 {
		fmt.Fprintln(os.Stderr, "usage: validate -keys keys.json [-bucket name] [-start-time t] [-end-time t] [-verbose] folder")
		os.Exit(2)
	}
	dir := flag.Arg(0)
	if *bucket == "" {
		*bucket = filepath.Base(filepath.Clean(dir))
	}
	ks := &digest.KeySet{}
	for _, k := range keys {
		if err := readKeys(ks, k); err != nil {
			fail(err)
		}
	}
	from, err := flagTime(*start)
	if err != nil {
		fail(err)
	}
	to, err := flagTime(*end)
	if err != nil {
		fail(err)
	}
	v := digest.NewValidator(digest.Dir{*bucket: os.DirFS(dir)}, ks, digest.WithTimeRange(from, to))
	invalid, err := report(context.Background(), v, *bucket, *prefix, *verbose)
	if err != nil {
		fail(err)
	}
	if invalid {
		os.Exit(1)
	}
}

func readKeys(ks *digest.KeySet, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	return ks.ReadListPublicKeys(f)
}

func flagTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return time.Parse(time.RFC3339, s)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "validate:", err)
	os.Exit(2)
}

// tally counts one object type's results.
type tally struct{ valid, total int }

func (t tally) String() string { return fmt.Sprintf("%d/%d", t.valid, t.total) }

// report validates every trail found in the bucket and prints what validate-logs prints.
func report(ctx context.Context, v *digest.Validator, bucket, prefix string, verbose bool) (invalid bool, err error) {
	trails, err := v.Trails(ctx, bucket, prefix)
	if err != nil {
		return false, err
	}
	if len(trails) == 0 {
		return false, fmt.Errorf("no digest files under s3://%s/%s", bucket, prefix)
	}
	for _, t := range trails {
		fmt.Printf("Validating log files for %s\n\n", t)
		counts := map[digest.FileType]*tally{digest.FileDigest: {}, digest.FileLog: {}}
		var oldest, newest time.Time
		for f, err := range v.Validate(ctx, t) {
			if err != nil {
				return invalid, err
			}
			if f.Status != digest.Gap && f.Status != digest.DigestsDeleted {
				c := counts[f.FileType]
				c.total++
				if f.Valid() {
					c.valid++
				}
			}
			if !f.Valid() {
				invalid = true
			}
			if !f.Valid() || verbose {
				fmt.Println(f)
			}
			if f.FileType == digest.FileDigest {
				if k, err := digest.ParseObjectKey(f.Key); err == nil {
					if oldest.IsZero() || k.Time.Before(oldest) {
						oldest = k.Time
					}
					if k.Time.After(newest) {
						newest = k.Time
					}
				}
			}
		}
		fmt.Printf("\nResults found for digests ending %s to %s:\n\n", oldest.Format(time.RFC3339), newest.Format(time.RFC3339))
		fmt.Printf("%s digest files valid\n", counts[digest.FileDigest])
		fmt.Printf("%s log files valid\n\n", counts[digest.FileLog])
	}
	return invalid, nil
}
