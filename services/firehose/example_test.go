package firehose_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/firehose"
)

// A delivery stream deleted, or its records sent to another bucket.
func ExampleParse() {
	f, err := os.Open("testdata/firehose-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := firehose.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *firehose.DeleteDeliveryStream:
			fmt.Println(ev.Actor(), "deleted delivery stream", c.Request.DeliveryStreamName)
		case *firehose.UpdateDestination:
			if r := c.Request.RedshiftDestinationUpdate; r != nil && r.S3Update != nil {
				fmt.Println(ev.Actor(), "now stages", c.Request.DeliveryStreamName, "in", r.S3Update.BucketARN)
			}
			if s3 := c.Request.ExtendedS3DestinationUpdate; s3 != nil {
				fmt.Println(ev.Actor(), "now delivers", c.Request.DeliveryStreamName, "to", s3.BucketARN)
			}
		}
	}
	// Output:
	// arn:aws:iam::111122223333:user/CloudTrail_Test_User now stages TestRedshiftStream in arn:aws:s3:::firehose-cloudtrail-test-bucket-update
	// arn:aws:iam::111122223333:user/CloudTrail_Test_User deleted delivery stream TestRedshiftStream
}
