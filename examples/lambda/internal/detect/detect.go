// Package detect is the detection the example Lambda functions run on every event: the two findings
// security teams ask for first, root activity and console sign-ins without MFA.
package detect

import (
	"fmt"
	"io"
	"strings"

	"github.com/trailtype/cloudtrail"
)

// Finding is something worth a look, about one event.
type Finding struct {
	Rule, Actor, EventName, EventID, SourceIP string
}

func (f Finding) String() string {
	return fmt.Sprintf("%s: %s by %s from %s (event %s)", f.Rule, f.EventName, f.Actor, f.SourceIP, f.EventID)
}

// Check returns the findings about one event.
func Check(ev *cloudtrail.Event) []Finding {
	var out []Finding
	at := func(rule string) Finding {
		return Finding{Rule: rule, Actor: ev.Actor(), EventName: ev.EventName, EventID: ev.EventID, SourceIP: ev.SourceIPAddress}
	}
	if ev.UserIdentity != nil && ev.UserIdentity.Type == cloudtrail.IdentityRoot && ev.UserIdentity.InvokedBy == "" {
		out = append(out, at("root-activity"))
	}
	if ev.EventName == "ConsoleLogin" && !ev.Failed() && strings.Contains(string(ev.AdditionalEventData), `"MFAUsed":"No"`) {
		out = append(out, at("console-login-without-mfa"))
	}
	return out
}

// Report writes findings, one a line.
func Report(w io.Writer, findings []Finding) {
	for _, f := range findings {
		fmt.Fprintln(w, f)
	}
}
