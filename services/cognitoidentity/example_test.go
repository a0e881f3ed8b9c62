package cognitoidentity_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/cognitoidentity"
)

// Identity pools that hand AWS credentials to unauthenticated guests, and the logins they trust.
func ExampleParse() {
	f, err := os.Open("testdata/cognitoidentity-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := cognitoidentity.Parse(ev)
		if err != nil {
			continue
		}
		if c, ok := call.(*cognitoidentity.CreateIdentityPool); ok && c.Request.AllowUnauthenticatedIdentities {
			fmt.Println(ev.Actor(), "created", c.Request.IdentityPoolName, "open to guests, trusting", c.Request.SupportedLoginProviders)
		}
	}
	// Output: arn:aws:iam::123456789012:user/Alice created TestPool open to guests, trusting map[graph.facebook.com:000000000000000]
}
