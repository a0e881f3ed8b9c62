package xray_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/xray"
)

// Trace segments uploaded (a data event) and by whom, and trace encryption or groups changed.
func ExampleParse() {
	f, err := os.Open("testdata/xray-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := xray.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *xray.PutTraceSegments:
			fmt.Println(ev.Actor(), "uploaded", len(c.Request.TraceSegmentDocuments), "trace segments")
		case *xray.PutEncryptionConfig:
			fmt.Println(ev.Actor(), "set trace encryption to", c.Request.Type, c.Request.KeyID)
		case *xray.DeleteGroup:
			fmt.Println(ev.Actor(), "deleted group", c.Request.GroupName)
		}
	}
	// Output:
	// arn:aws:iam::012345678910:role/service-role/my-service-role uploaded 4 trace segments
}
