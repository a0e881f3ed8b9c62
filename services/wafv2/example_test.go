package wafv2_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/wafv2"
)

// Web ACLs deleted, or taken off the resources they protect.
func ExampleParse() {
	f, err := os.Open("testdata/wafv2-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := wafv2.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *wafv2.DeleteWebACL:
			fmt.Printf("%s deleted web ACL %s (%s)\n", ev.Actor(), c.Request.Name, c.Request.Scope)
		case *wafv2.DisassociateWebACL:
			fmt.Println(ev.Actor(), "took the web ACL off", c.Request.ResourceARN)
		case *wafv2.DeleteRuleGroup:
			fmt.Println(ev.Actor(), "deleted rule group", c.Request.Name)
		}
	}
	// Output:
	// arn:aws:iam::112233445566:role/Admin deleted web ACL foo (CLOUDFRONT)
	// arn:aws:iam::012345678910:role/DevAdministrator took the web ACL off arn:aws:elasticloadbalancing:us-west-2:012345678910:loadbalancer/app/web/84dc5457e450dba5
}
