package kinesis_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/kinesis"
)

// Streams deleted, or their retention cut, and by whom.
func ExampleParse() {
	f, err := os.Open("testdata/kinesis-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := kinesis.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *kinesis.DeleteStream:
			fmt.Println(ev.Actor(), "deleted stream", c.Request.StreamName, "at", ev.EventTime.Format("2006-01-02 15:04:05"))
		case *kinesis.DecreaseStreamRetentionPeriod:
			fmt.Println(ev.Actor(), "cut the retention of", c.Request.StreamName, "to", c.Request.RetentionPeriodHours, "hours")
		}
	}
	// Output: arn:aws:iam::012345678910:user/Alice deleted stream GoodStream at 2014-04-19 00:17:07
}
