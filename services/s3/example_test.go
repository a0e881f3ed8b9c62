package s3_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/s3"
)

// Bucket policies that open a bucket to anyone, versioning turned off, and who listed a bucket.
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
		if err != nil {
			continue // another service's event, or an eventName that is no S3 operation
		}
		switch call := call.(type) {
		case *s3.PutBucketPolicy:
			doc, err := call.PolicyDocument()
			if call.Request != nil && call.Request.BucketName != "" {
				fmt.Println("policy:", call.Request.BucketName, call.Subresources(), "public:", err == nil && doc != nil && doc.Public())
			}
		case *s3.PutBucketVersioning:
			if v := call.Request.VersioningConfiguration; v != nil && v.Status == "Suspended" {
				fmt.Println("versioning suspended:", call.Request.BucketName)
			}
		case *s3.ListObjects:
			fmt.Printf("listed: %s prefix %q by %s\n", call.Request.BucketName, call.Request.Prefix, ev.UserIdentity.ARN)
		}
	}
	// Output:
	// policy: example-bucket [policy] public: true
	// policy: example-bucket [policy] public: false
	// policy: example-bucket [policy] public: true
	// versioning suspended: critical-data-bucket
	// versioning suspended: critical-data-bucket
	// versioning suspended: important-files-bucket
	// versioning suspended: important-files-bucket
	// listed: aoc-cloudtrail-wareville prefix "" by arn:aws:iam::518371450717:user/wareville_collector
	// listed: wareville-care4wares prefix "bank-details/" by arn:aws:iam::518371450717:user/glitch
}
