package cloudformation_test

import (
	"fmt"
	"os"
	"slices"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/cloudformation"
)

// Stacks created or updated, and whether they may create IAM resources (CAPABILITY_IAM or
// CAPABILITY_NAMED_IAM acknowledged), and stacks deleted.
func ExampleParse() {
	f, err := os.Open("testdata/cloudformation-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := cloudformation.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *cloudformation.CreateStack:
			fmt.Println(ev.Actor(), "created stack", c.Request.StackName, "from", c.Request.TemplateURL, "IAM:", iam(c.Request.Capabilities))
		case *cloudformation.UpdateStack:
			fmt.Println(ev.Actor(), "updated stack", c.Request.StackName, "IAM:", iam(c.Request.Capabilities))
		case *cloudformation.DeleteStack:
			fmt.Println(ev.Actor(), "deleted stack", c.Request.StackName)
		}
	}
	// Output:
	// arn:aws:iam::012345678910:user/Alice created stack my-test-stack from DOC-EXAMPLE-BUCKET1 IAM: false
	// arn:aws:iam::012345678910:user/Alice updated stack my-test-stack IAM: false
	// arn:aws:iam::012345678910:user/Alice deleted stack my-test-stack
}

// iam says whether a stack may create IAM resources.
func iam(capabilities []cloudformation.Capability) bool {
	return slices.Contains(capabilities, cloudformation.CapabilityIAM) || slices.Contains(capabilities, cloudformation.CapabilityNamedIAM)
}
