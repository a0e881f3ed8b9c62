package s3_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/s3"
)

// Bucket policies that open a bucket to anyone, and what each bucket call changed.
func ExampleParse() {
	f, err := os.Open("testdata/s3-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := s3.Parse(ev)
		if err != nil || call.Name != "PutBucketPolicy" || call.Request == nil || call.Request.BucketName == "" {
			continue
		}
		doc, err := call.Policy()
		fmt.Println(call.Request.BucketName, call.Subresources(), "public:", err == nil && doc != nil && doc.Public())
	}
	// Output:
	// example-bucket [policy] public: true
	// example-bucket [policy] public: false
	// example-bucket [policy] public: true
}
