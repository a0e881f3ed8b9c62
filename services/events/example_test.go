package events_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/events"
)

// Rules deleted, disabled or stripped of their targets, and event buses opened to anyone: the
// automation (alerting, remediation) someone turns off first.
func ExampleParse() {
	f, err := os.Open("testdata/events-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := events.Parse(ev)
		if err != nil || ev.Failed() {
			continue
		}
		switch c := call.(type) {
		case *events.DeleteRule:
			fmt.Println(ev.Actor(), "deleted rule", c.Request.Name)
		case *events.DisableRule:
			fmt.Println(ev.Actor(), "disabled rule", c.Request.Name)
		case *events.PutRule:
			if c.Request.State == events.RuleStateDisabled {
				fmt.Println(ev.Actor(), "disabled rule", c.Request.Name)
			}
		case *events.RemoveTargets:
			fmt.Println(ev.Actor(), "removed targets", c.Request.IDs, "of rule", c.Request.Rule)
		case *events.PutPermission:
			if c.Request.Principal == "*" && c.Request.Condition == nil {
				fmt.Println(ev.Actor(), "let anyone put events on", c.Request.EventBusName)
			}
		}
	}
	// Output: arn:aws:iam::000000000:user/test@elastic.co deleted rule DailyLambdaFunction
}
