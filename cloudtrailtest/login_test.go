package cloudtrailtest_test

import (
	"strings"
	"testing"

	"github.com/trailtype/cloudtrail/cloudtrailtest"
)

// Each field of Login says one thing at the call site; the zero Login is a successful sign-in
// without MFA.
func TestConsoleLoginOptions(t *testing.T) {
	alice := cloudtrailtest.IAMUser("111122223333", "alice")
	for _, tc := range []struct {
		login         cloudtrailtest.Login
		failed        bool
		mfa, response string
	}{
		{cloudtrailtest.Login{}, false, `"MFAUsed":"No"`, `{"ConsoleLogin":"Success"}`},
		{cloudtrailtest.Login{MFA: true}, false, `"MFAUsed":"Yes"`, `{"ConsoleLogin":"Success"}`},
		{cloudtrailtest.Login{Failed: true}, true, `"MFAUsed":"No"`, `{"ConsoleLogin":"Failure"}`},
		{cloudtrailtest.Login{Failed: true, MFA: true}, true, `"MFAUsed":"Yes"`, `{"ConsoleLogin":"Failure"}`},
	} {
		ev := cloudtrailtest.ConsoleLogin(alice, tc.login, cloudtrailtest.InRegion("eu-west-1"))
		if ev.Failed() != tc.failed || !strings.Contains(string(ev.AdditionalEventData), tc.mfa) ||
			string(ev.ResponseElements) != tc.response || ev.AWSRegion != "eu-west-1" {
			t.Errorf("%+v: failed %v, %s, %s, %s", tc.login, ev.Failed(), ev.ResponseElements, ev.AdditionalEventData, ev.AWSRegion)
		}
	}
}
