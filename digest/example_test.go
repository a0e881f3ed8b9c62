package digest_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"testing/fstest"

	"github.com/trailtype/cloudtrail/digest"
)

const sample = "testdata/sample-trail/"

// Validate a local copy of a trail's bucket, as `aws s3 sync` leaves it, with the public keys
// `aws cloudtrail list-public-keys` printed.
func ExampleValidator_Validate() {
	keys := &digest.KeySet{}
	f, err := os.Open(sample + "public-keys.json")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	if err := keys.ReadListPublicKeys(f); err != nil {
		panic(err)
	}
	v := digest.NewValidator(digest.Dir{"trail-bucket": os.DirFS(sample + "trail-bucket")}, keys)
	ctx := context.Background()
	trails, err := v.Trails(ctx, "trail-bucket", "")
	if err != nil {
		panic(err)
	}
	for _, t := range trails {
		valid, invalid := 0, 0
		for finding, err := range v.Validate(ctx, t) {
			if err != nil {
				panic(err) // the store failed: not a finding about the trail
			}
			if finding.Valid() {
				valid++
				continue
			}
			invalid++
			fmt.Println(finding)
		}
		fmt.Printf("%s: %d valid, %d invalid\n", t.Name, valid, invalid)
	}
	// Output:
	// management_events: 9 valid, 0 invalid
}

// Take the S3 key of a CloudTrail file apart.
func ExampleParseObjectKey() {
	k, err := digest.ParseObjectKey("logs/AWSLogs/o-aa111bb222/111122223333/CloudTrail-Digest/us-east-2/2026/11/02/" +
		"111122223333_CloudTrail-Digest_us-east-2_org_trail_us-west-2_20261102T020131Z.json.gz")
	if err != nil {
		panic(err)
	}
	fmt.Println(k.FileType, k.Prefix, k.OrgID, k.AccountID, k.Region, k.Trail, k.HomeRegion, k.Time)
	// Output:
	// digest logs/ o-aa111bb222 111122223333 us-east-2 org_trail us-west-2 2026-11-02 02:01:31 +0000 UTC
}

// Read one digest file.
func ExampleParse() {
	f, err := os.Open(sample + "trail-bucket/AWSLogs/111122223333/CloudTrail-Digest/us-east-2/2026/11/02/" +
		"111122223333_CloudTrail-Digest_us-east-2_management_events_us-east-2_20261102T010131Z.json.gz")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		panic(err)
	}
	raw, err := io.ReadAll(z)
	if err != nil {
		panic(err)
	}
	d, err := digest.Parse(raw)
	if err != nil {
		panic(err)
	}
	fmt.Println(d.DigestStartTime, "to", d.DigestEndTime, "starting:", d.Starting())
	for _, lf := range d.LogFiles {
		fmt.Println(lf.HashAlgorithm, lf.HashValue[:16], "…")
	}
	// Output:
	// 2026-11-02 00:01:31 +0000 UTC to 2026-11-02 01:01:31 +0000 UTC starting: false
	// SHA-256 7b150de03e406678 …
}

// Hash one log file as a stream, as a digest's hashValue records it.
func ExampleHashLogFile() {
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	z.Write([]byte(`{"Records":[]}`))
	z.Close()
	b.WriteString("appended")
	g, err := digest.HashLogFile(&b)
	if err != nil {
		panic(err)
	}
	fmt.Println(g.SHA256, g.Size, g.Trailing)
	// Output:
	// 26a792db36a3afba23b1dd277fcc9f15a7313c4a92e4e4cc0494846af345ecff 14 8
}

// Trails lists the digest chains in a bucket: one per trail, account and region.
func ExampleValidator_Trails() {
	v := digest.NewValidator(digest.Dir{"trail-bucket": os.DirFS("testdata/sample-trail/trail-bucket")}, nil)
	trails, err := v.Trails(context.Background(), "trail-bucket", "")
	if err != nil {
		panic(err)
	}
	for _, t := range trails {
		fmt.Println(t.Name, t.AccountID, t.Region, t.HomeRegion)
	}
	// Output: management_events 111122223333 us-east-2 us-east-2
}

// Load the keys that signed digests from `aws cloudtrail list-public-keys` output; times may be
// text or epoch seconds.
func ExampleKeySet_ReadListPublicKeys() {
	var keys digest.KeySet
	f, err := os.Open("testdata/sample-trail/public-keys.json")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	if err := keys.ReadListPublicKeys(f); err != nil {
		panic(err)
	}
	_, found := keys.Lookup("b33a1c55bf03693e594f0c9233da85dc")
	fmt.Println(keys.Len(), found)
	// Output: 1 true
}

// Dir serves objects from file systems: a local copy of a bucket (os.DirFS), or a map in tests.
func ExampleDir() {
	store := digest.Dir{"logs": fstest.MapFS{
		"AWSLogs/111122223333/CloudTrail/us-east-1/2026/11/02/a.json.gz":                      {Data: []byte("…")},
		"AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2026/11/02/d.json.gz":               {Data: []byte("…")},
		"AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2026/11/02/d.json.gz.metadata.json": {Data: []byte(`{"signature":"00ff"}`)},
	}}
	keys, _ := store.List(context.Background(), "logs", "AWSLogs/111122223333/CloudTrail-Digest/")
	obj, _ := store.Get(context.Background(), "logs", keys[0])
	defer obj.Body.Close()
	fmt.Println(keys, obj.Metadata["signature"])
	// Output: [AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2026/11/02/d.json.gz] 00ff
}
