package ssm_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/ssm"
)

// Commands run on managed nodes.
func ExampleParse() {
	f, err := os.Open("testdata/ssm-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := ssm.Parse(ev)
		if err != nil {
			continue // an operation the model does not have
		}
		if c, ok := call.(*ssm.SendCommand); ok && c.Request != nil {
			fmt.Println(c.Request.DocumentName, c.Request.InstanceIDs)
		}
	}
	// Output:
	// AWS-RunShellScript [i-006e4c07b5fba8ad2 i-01bf673280e708b0d i-020001cca1a2f2628]
	// AWS-RunShellScript [i-006e4c07b5fba8ad2]
	// AWS-RunShellScript [i-006e4c07b5fba8ad2]
}
