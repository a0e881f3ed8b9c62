package signin_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/signin"
)

// Root user console logins that succeeded without MFA, the classic detection.
func ExampleParse() {
	f, err := os.Open("testdata/signin-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := signin.Parse(ev)
		if err != nil {
			continue
		}
		if login, ok := call.(*signin.ConsoleLogin); ok && login.Result() == signin.Success && !login.MFAUsed() &&
			ev.UserIdentity != nil && ev.UserIdentity.Type == "Root" {
			fmt.Println(ev.UserIdentity.AccountID, ev.EventTime.Format("2006-01-02 15:04"), ev.SourceIPAddress)
		}
	}
	// Output:
	// 111122223333 2022-11-10 16:24 192.0.2.0
	// 123456789012 2019-01-01 00:00 111.111.111.111
	// 123456789012 2019-01-01 00:00 111.111.111.111
	// 123456789012 2019-01-01 00:00 111.111.111.111
	// 123456789012 2019-01-01 00:00 111.111.111.111
	// 123456789012 2016-01-05 18:21 0.0.0.0
}
