package config_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/config"
)

// AWS Config blinded: its recorder stopped or its delivery channel deleted, so that resource
// changes are no longer recorded or delivered.
func ExampleParse() {
	f, err := os.Open("testdata/config-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := config.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *config.StopConfigurationRecorder:
			fmt.Println(ev.Actor(), "stopped recorder", c.Request.ConfigurationRecorderName)
		case *config.DeleteDeliveryChannel:
			fmt.Println(ev.Actor(), "deleted delivery channel", c.Request.DeliveryChannelName)
		case *config.PutDeliveryChannel:
			fmt.Println("delivery channel", c.Request.DeliveryChannel.Name, "to bucket", c.Request.DeliveryChannel.S3BucketName)
		}
	}
	// Output:
	// arn:aws:iam::222222222222:user/JohnDoe deleted delivery channel default
	// delivery channel default to bucket config-api-test-pdx
	// arn:aws:iam::222222222222:user/JohnDoe stopped recorder default
}
