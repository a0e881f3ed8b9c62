package waf_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/waf"
)

// AWS WAF Classic rules and web ACLs deleted, and predicates taken out of rules.
func ExampleParse() {
	f, err := os.Open("testdata/waf-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := waf.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *waf.DeleteRule:
			fmt.Println(ev.Actor(), "deleted rule", c.Request.RuleID)
		case *waf.DeleteWebACL:
			fmt.Println(ev.Actor(), "deleted web ACL", c.Request.WebACLID)
		case *waf.UpdateRule:
			for _, u := range c.Request.Updates {
				if u.Action == waf.ChangeActionDelete && u.Predicate != nil {
					fmt.Println(ev.Actor(), "took predicate", u.Predicate.DataID, "out of rule", c.Request.RuleID)
				}
			}
		}
	}
	// Output:
	// arn:aws:iam::777777777777:user/nate deleted rule 3e3e2d11-fd8b-4333-8b03-1da95example
}
