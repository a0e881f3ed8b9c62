package securityhub_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/securityhub"
)

// Security Hub turned off or its findings made to disappear, and by whom: the hub or its standards
// disabled, findings suppressed or resolved by hand, and automation rules that rewrite every
// finding they match. (The rule's creator is printed as the session, not ev.Actor(): the
// User Guide's record names its role "aarn:aws:iam::...", a typo.)
func ExampleParse() {
	f, err := os.Open("testdata/securityhub-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := securityhub.Parse(ev)
		if err != nil || ev.Failed() {
			continue
		}
		switch c := call.(type) {
		case *securityhub.DisableSecurityHub:
			fmt.Println(ev.Actor(), "disabled Security Hub in", ev.AWSRegion)
		case *securityhub.BatchDisableStandards:
			fmt.Println(ev.Actor(), "disabled standards", c.Request.StandardsSubscriptionARNs)
		case *securityhub.BatchUpdateFindings:
			if w := c.Request.Workflow; w != nil && (w.Status == securityhub.WorkflowStatusSuppressed || w.Status == securityhub.WorkflowStatusResolved) {
				fmt.Println(ev.Actor(), "set", len(c.Request.FindingIdentifiers), "findings to", w.Status)
			}
		case *securityhub.CreateAutomationRuleV2:
			if c.Request.RuleStatus == securityhub.RuleStatusV2Enabled {
				for _, a := range c.Request.Actions {
					if u := a.FindingFieldsUpdate; u != nil {
						fmt.Println(ev.UserIdentity.ARN, "created rule", c.Request.RuleName, "that sets severity", u.SeverityID, "and status", u.StatusID)
					}
				}
			}
		}
	}
	// Output: arn:aws:sts::555555555555:assumed-role/Admin created rule TestAutomationRule that sets severity 4 and status 0
}
