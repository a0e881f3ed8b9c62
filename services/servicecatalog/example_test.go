package servicecatalog_test

import (
	"fmt"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/services/servicecatalog"
)

// Portfolios shared outside the account: with another account, or with an organizational unit. The
// records are builder-made: no public Service Catalog record in JSON was found.
func ExampleParse() {
	who := cloudtrailtest.By(cloudtrailtest.AssumedRole("111122223333", "ops", "eve"))
	events := []*cloudtrail.Event{
		cloudtrailtest.NewEvent(servicecatalog.EventSource, "CreatePortfolioShare", who, cloudtrailtest.Request(map[string]any{
			"portfolioId": "port-abcdefghijklm", "accountId": "444455556666",
		})),
		cloudtrailtest.NewEvent(servicecatalog.EventSource, "CreatePortfolioShare", who, cloudtrailtest.Request(map[string]any{
			"portfolioId": "port-abcdefghijklm", "organizationNode": map[string]any{"type": "ORGANIZATIONAL_UNIT", "value": "ou-ab12-cdef3456"},
		})),
	}
	for _, ev := range events {
		call, err := servicecatalog.Parse(ev)
		if err != nil {
			continue
		}
		if c, ok := call.(*servicecatalog.CreatePortfolioShare); ok {
			switch {
			case c.Request.AccountID != "":
				fmt.Println(ev.Actor(), "shared", c.Request.PortfolioID, "with account", c.Request.AccountID)
			case c.Request.OrganizationNode != nil:
				fmt.Println(ev.Actor(), "shared", c.Request.PortfolioID, "with", c.Request.OrganizationNode.Type, c.Request.OrganizationNode.Value)
			}
		}
	}
	// Output:
	// arn:aws:iam::111122223333:role/ops shared port-abcdefghijklm with account 444455556666
	// arn:aws:iam::111122223333:role/ops shared port-abcdefghijklm with ORGANIZATIONAL_UNIT ou-ab12-cdef3456
}
