package cognitoidp_test

import (
	"fmt"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/services/cognitoidp"
)

// User pool changes that let someone in: self sign-up opened, MFA turned off, a user put in the
// admins group. The records are builder-made: no public record of these calls was found.
func ExampleParse() {
	who := cloudtrailtest.By(cloudtrailtest.AssumedRole("111122223333", "ops", "eve"))
	pool := "us-east-1_EXAMPLE"
	events := []*cloudtrail.Event{
		cloudtrailtest.NewEvent(cognitoidp.EventSource, "UpdateUserPool", who, cloudtrailtest.Request(map[string]any{
			"userPoolId": pool, "adminCreateUserConfig": map[string]any{"allowAdminCreateUserOnly": false},
		})),
		cloudtrailtest.NewEvent(cognitoidp.EventSource, "SetUserPoolMfaConfig", who, cloudtrailtest.Request(map[string]any{
			"userPoolId": pool, "mfaConfiguration": "OFF",
		})),
		cloudtrailtest.NewEvent(cognitoidp.EventSource, "AdminAddUserToGroup", who, cloudtrailtest.Request(map[string]any{
			"userPoolId": pool, "groupName": "admins", "username": "HIDDEN_DUE_TO_SECURITY_REASONS",
		})),
	}
	for _, ev := range events {
		call, err := cognitoidp.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *cognitoidp.UpdateUserPool:
			if a := c.Request.AdminCreateUserConfig; a != nil && !a.AllowAdminCreateUserOnly {
				fmt.Println(ev.Actor(), "opened self sign-up on", c.Request.UserPoolID)
			}
		case *cognitoidp.SetUserPoolMfaConfig:
			if c.Request.MfaConfiguration == cognitoidp.UserPoolMfaTypeOff {
				fmt.Println(ev.Actor(), "turned MFA off on", c.Request.UserPoolID)
			}
		case *cognitoidp.AdminAddUserToGroup:
			fmt.Println(ev.Actor(), "added a user to", c.Request.GroupName, "in", c.Request.UserPoolID)
		}
	}
	// Output:
	// arn:aws:iam::111122223333:role/ops opened self sign-up on us-east-1_EXAMPLE
	// arn:aws:iam::111122223333:role/ops turned MFA off on us-east-1_EXAMPLE
	// arn:aws:iam::111122223333:role/ops added a user to admins in us-east-1_EXAMPLE
}
