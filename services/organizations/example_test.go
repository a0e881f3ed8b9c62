package organizations_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/organizations"
)

// Accounts looked up in the organization.
func ExampleParse() {
	f, err := os.Open("testdata/organizations-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := organizations.Parse(ev)
		if err != nil {
			continue // an operation the model does not have
		}
		if c, ok := call.(*organizations.DescribeAccount); ok && c.Request != nil {
			fmt.Println(c.Request.AccountID)
		}
	}
	// Output:
	// 123456789123
}
