package resourceexplorer2_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/resourceexplorer2"
)

// Resource discovery, as an intruder uses it: searches of the account's inventory, an index made
// the aggregator of every Region's resources, and indexes deleted.
func ExampleParse() {
	f, err := os.Open("testdata/resourceexplorer2-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := resourceexplorer2.Parse(ev)
		if err != nil || ev.Failed() {
			continue
		}
		switch c := call.(type) {
		case *resourceexplorer2.Search:
			fmt.Println(ev.Actor(), "searched the resources of", ev.AWSRegion)
		case *resourceexplorer2.UpdateIndexType:
			if c.Request.Type == resourceexplorer2.IndexTypeAggregator {
				fmt.Println(ev.Actor(), "made", c.Request.ARN, "the aggregator index")
			}
		case *resourceexplorer2.DeleteIndex:
			fmt.Println(ev.Actor(), "deleted index", c.Request.ARN)
		}
	}
	// Output:
	// arn:aws:iam::123456789012:role/My-Admin-Role deleted index arn:aws:resource-explorer-2:us-east-1:123456789012:index/1a2b3c4d-5d6e-7f8a-9b0c-abcd11111111
	// arn:aws:iam::123456789012:role/cli-role made arn:aws:resource-explorer-2:us-east-1:123456789012:index/1a2b3c4d-5d6e-7f8a-9b0c-abcd11111111 the aggregator index
	// arn:aws:iam::123456789012:role/cli-role searched the resources of us-east-1
}
