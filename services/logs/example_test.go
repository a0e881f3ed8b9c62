package logs_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/logs"
)

// Logs destroyed or cut short: log groups and streams deleted, retention removed or shortened,
// subscriptions (the copies kept elsewhere) removed, and by whom.
func ExampleParse() {
	f, err := os.Open("testdata/logs-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := logs.Parse(ev)
		if err != nil || ev.Failed() {
			continue
		}
		switch c := call.(type) {
		case *logs.DeleteLogGroup:
			fmt.Println(ev.Actor(), "deleted log group", c.Request.LogGroupName)
		case *logs.DeleteLogStream:
			fmt.Println(ev.Actor(), "deleted log stream", c.Request.LogStreamName, "of", c.Request.LogGroupName)
		case *logs.DeleteRetentionPolicy:
			fmt.Println(ev.Actor(), "removed the retention of", c.Request.LogGroupName)
		case *logs.PutRetentionPolicy:
			if c.Request.RetentionInDays < 90 {
				fmt.Println(ev.Actor(), "cut the retention of", c.Request.LogGroupName, "to", c.Request.RetentionInDays, "days")
			}
		case *logs.DeleteSubscriptionFilter:
			fmt.Println(ev.Actor(), "removed subscription", c.Request.FilterName, "of", c.Request.LogGroupName)
		}
	}
	// Output:
	// arn:aws:iam::000000000:user/test@elastic.co deleted log group cloudtrail-log-group-test
	// arn:aws:iam::000000000:user/test@elastic.co deleted log stream cloudtrail-log-stream-test of cloudtrail-log-group-test
}
