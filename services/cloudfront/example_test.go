package cloudfront_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/cloudfront"
)

// Distributions whose origins were set, or that were deleted: where each now fetches content
// from, how viewers may reach it, and when CloudFront took the change.
func ExampleParse() {
	f, err := os.Open("testdata/cloudfront-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := cloudfront.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *cloudfront.UpdateDistribution:
			cfg := c.Request.DistributionConfig
			for _, o := range cfg.Origins.Items {
				fmt.Println(ev.Actor(), "set distribution", c.Request.ID, "origin", o.ID, "to", o.DomainName)
			}
			fmt.Println("viewers:", cfg.DefaultCacheBehavior.ViewerProtocolPolicy, "web ACL set:", cfg.WebACLID != "")
			if c.Response != nil {
				d := c.Response.Distribution
				fmt.Println(d.Status, "since", d.LastModifiedTime.Format("2006-01-02 15:04:05"))
			}
		case *cloudfront.DeleteDistribution:
			fmt.Println(ev.Actor(), "deleted distribution", c.Request.ID)
		}
	}
	// Output:
	// arn:aws:iam::111122223333:role/Admin set distribution EDFDVBD6EXAMPLE origin d111111abcdef8 to d111111abcdef8.cloudfront.net
	// viewers: redirect-to-https web ACL set: true
	// InProgress since 2024-02-02 19:26:01
}
