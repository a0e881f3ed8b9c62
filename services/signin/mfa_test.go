package signin_test

import (
	"testing"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/services/signin"
)

// A record that does not say whether MFA was used reads as unknown, not as "no MFA".
func TestMFAUsedKnown(t *testing.T) {
	absent := cloudtrailtest.Fixture("console-login-mfa")
	absent.Delete("additionalEventData")
	noFlag := cloudtrailtest.Fixture("console-login-mfa")
	noFlag.AdditionalEventData = []byte(`{"LoginTo":"https://console.aws.amazon.com/console/home","MobileVersion":"No"}`)
	for _, tc := range []struct {
		name        string
		ev          *cloudtrail.Event
		used, known bool
	}{
		{"with MFA", cloudtrailtest.Fixture("console-login-mfa"), true, true},
		{"without MFA", cloudtrailtest.Fixture("console-login-no-mfa"), false, true},
		{"no additionalEventData", absent, false, false},
		{"no MFAUsed member", noFlag, false, false},
	} {
		call, err := signin.Parse(tc.ev)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if used, known := call.(*signin.ConsoleLogin).MFAUsed(); used != tc.used || known != tc.known {
			t.Errorf("%s: MFAUsed() = %v, %v; want %v, %v", tc.name, used, known, tc.used, tc.known)
		}
	}
}
