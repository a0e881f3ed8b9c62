package tagging_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/tagging"
)

// Tags put on resources in bulk: the keys attribute-based access control reads.
func ExampleParse() {
	f, err := os.Open("testdata/tagging-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := tagging.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *tagging.TagResources:
			fmt.Println(ev.Actor(), "tagged", c.Request.ResourceARNList, "with", c.Request.Tags)
		case *tagging.UntagResources:
			fmt.Println(ev.Actor(), "removed", c.Request.TagKeys, "from", c.Request.ResourceARNList)
		}
	}
	// Output: arn:aws:iam::123456789012:role/cli-role tagged [arn:aws:events:us-east-1:123456789012:rule/SecretsManagerMonitorRule] with map[owner:alice]
}
