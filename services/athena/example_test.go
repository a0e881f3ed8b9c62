package athena_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/athena"
)

// Who queried which database, and where the results went.
func ExampleParse() {
	f, err := os.Open("testdata/athena-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := athena.Parse(ev)
		if err != nil {
			continue
		}
		c, ok := call.(*athena.StartQueryExecution)
		if !ok || ev.ErrorCode != "" {
			continue
		}
		database, output := "(default)", "(the workgroup's)"
		if q := c.Request.QueryExecutionContext; q != nil {
			database = q.Database
		}
		if r := c.Request.ResultConfiguration; r != nil && r.OutputLocation != "" {
			output = r.OutputLocation
		}
		fmt.Println(ev.Actor(), "queried", database, "into", output)
	}
	// Output:
	// arn:aws:iam::123456789012:role/example-role queried 1111 into (the workgroup's)
	// arn:aws:iam::123456789012:user/johndoe queried (default) into s3://amzn-s3-demo-bucket/test/
}
