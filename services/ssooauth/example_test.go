package ssooauth_test

import (
	"fmt"
	"os"
	"slices"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/ssooauth"
)

// Applications that traded a user's identity-provider token for an IAM Identity Center token which
// can list the user's accounts and take their roles (scope sso:account:access).
func ExampleParse() {
	f, err := os.Open("testdata/ssooauth-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := ssooauth.Parse(ev)
		if err != nil {
			continue
		}
		if c, ok := call.(*ssooauth.CreateTokenWithIAM); ok && slices.Contains(c.Request.Scope, "sso:account:access") {
			fmt.Println(ev.Actor(), "took account access for a user through", c.Request.ClientID)
			fmt.Println("grant", c.Request.GrantType, "token", c.Response.IssuedTokenType, "for", c.Response.ExpiresIn, "s")
		}
	}
	// Output:
	// arn:aws:iam::607481581596:role/iic-tti-poc-AppFunctionRole-lntyS7rJFEAS took account access for a user through arn:aws:sso::607481581596:application/ssoins-8259b771d0159cec/apl-82593a19cf4e0ed8
	// grant urn:ietf:params:oauth:grant-type:jwt-bearer token urn:ietf:params:oauth:token-type:access_token for 3600 s
}
