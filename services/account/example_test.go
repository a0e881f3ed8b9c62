package account_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/account"
)

// Alternate contacts changed or removed: who AWS would tell about billing, operations and security.
func ExampleParse() {
	f, err := os.Open("testdata/account-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := account.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *account.PutAlternateContact:
			fmt.Println(ev.Actor(), "set the", c.Request.AlternateContactType, "contact to", c.Request.EmailAddress)
		case *account.DeleteAlternateContact:
			fmt.Println(ev.Actor(), "deleted the", c.Request.AlternateContactType, "contact")
		}
	}
	// Output:
	// arn:aws:iam::123456789012:role/ServiceTestRole set the BILLING contact to alrosalez@example.com
	// arn:aws:iam::123456789012:role/ServiceTestRole deleted the OPERATIONS contact
}
