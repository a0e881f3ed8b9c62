package ses_test

import (
	"fmt"
	"maps"
	"os"
	"slices"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/ses"
)

// Identities verified, created or deleted, sending turned on, and the reconnaissance a stolen key
// starts with (how much may be sent, whether sending is on, which identities there are), by whom.
func ExampleParse() {
	f, err := os.Open("testdata/ses-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	recon := map[string]int{}
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := ses.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *ses.VerifyEmailIdentity:
			fmt.Println(ev.Actor(), "asked to verify", c.Request.EmailAddress)
		case *ses.VerifyDomainIdentity:
			fmt.Println(ev.Actor(), "asked to verify", c.Request.Domain)
		case *ses.CreateEmailIdentity:
			fmt.Println(ev.Actor(), "created identity", c.Request.EmailIdentity)
		case *ses.DeleteIdentity:
			fmt.Println(ev.Actor(), "deleted identity", c.Request.Identity)
		case *ses.UpdateAccountSendingEnabled:
			fmt.Println(ev.Actor(), "set sending enabled to", c.Request.Enabled)
		case *ses.PutAccountSendingAttributes:
			fmt.Println(ev.Actor(), "set sending enabled to", c.Request.SendingEnabled)
		case *ses.GetSendQuota, *ses.GetAccountSendingEnabled, *ses.ListIdentities:
			recon[ev.Actor()]++
		}
	}
	for _, who := range slices.Sorted(maps.Keys(recon)) {
		fmt.Println(who, "made", recon[who], "reconnaissance calls")
	}
	// Output:
	// arn:aws:iam::111122223333:root deleted identity amazon.com
	// arn:aws:iam::111122223333:root asked to verify sender@example.com
	// arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/us-west-2/SampleRole made 3 reconnaissance calls
	// arn:aws:iam::187901811700:role/aws-service-role/trustedadvisor.amazonaws.com/AWSServiceRoleForTrustedAdvisor made 1 reconnaissance calls
}
