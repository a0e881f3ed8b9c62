package signin_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
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
		login, ok := call.(*signin.ConsoleLogin)
		if !ok || login.Result() != signin.Success || ev.UserIdentity == nil || ev.UserIdentity.Type != "Root" {
			continue
		}
		if used, known := login.MFAUsed(); known && !used { // a record that does not say is no finding
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

// StepOf reads any sign-in event alike; MFAUsed says when the record does not tell.
func ExampleStepOf() {
	withMFA := cloudtrailtest.Fixture("console-login-mfa")
	unknown := cloudtrailtest.Fixture("console-login-mfa")
	unknown.Delete("additionalEventData")
	for _, ev := range []*cloudtrail.Event{withMFA, unknown} {
		call, err := signin.Parse(ev)
		if err != nil {
			panic(err)
		}
		step := signin.StepOf(call)
		used, known := step.MFAUsed()
		fmt.Println(call.Operation(), step.Result(), used, known)
	}
	// Output:
	// ConsoleLogin Success true true
	// ConsoleLogin Success false false
}
