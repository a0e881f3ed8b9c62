package wafregional_test

import (
	"fmt"

	"github.com/trailtype/cloudtrail/services/wafregional"
)

// Regional web ACLs deleted or taken off the load balancers and APIs they protect, and predicates
// taken out of rules. The events are built (wafregional_test.go): no record of the service has
// been published.
func ExampleParse() {
	for _, ev := range built() {
		call, err := wafregional.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *wafregional.DeleteWebACL:
			fmt.Println(ev.Actor(), "deleted web ACL", c.Request.WebACLID)
		case *wafregional.DisassociateWebACL:
			fmt.Println(ev.Actor(), "took the web ACL off", c.Request.ResourceARN)
		case *wafregional.UpdateRule:
			for _, u := range c.Request.Updates {
				if u.Action == wafregional.ChangeActionDelete && u.Predicate != nil {
					fmt.Println(ev.Actor(), "took", u.Predicate.Type, u.Predicate.DataID, "out of rule", c.Request.RuleID)
				}
			}
		}
	}
	// Output:
	// arn:aws:iam::111122223333:user/mallory took the web ACL off arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/1
	// arn:aws:iam::111122223333:user/mallory deleted web ACL web-acl-1
	// arn:aws:iam::111122223333:user/alice took IPMatch ip-set-1 out of rule rule-1
}
