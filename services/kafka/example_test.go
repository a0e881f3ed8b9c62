package kafka_test

import (
	"fmt"
	"net/url"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/kafka"
)

// Clusters deleted, with the ARN as the request wrote it (URL-escaped) and as the response did.
func ExampleParse() {
	f, err := os.Open("testdata/kafka-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := kafka.Parse(ev)
		if err != nil {
			continue
		}
		if c, ok := call.(*kafka.DeleteCluster); ok {
			arn, _ := url.PathUnescape(c.Request.ClusterARN)
			fmt.Println(ev.Actor(), "deleted", arn, c.Response.State)
		}
	}
	// Output: arn:aws:iam::012345678901:user/Joe deleted arn:aws:kafka:us-east-1:012345678901:cluster/examplecluster/01234567-abcd-0123-abcd-abcd0123efa-2 DELETING
}
