package monitoring_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/monitoring"
)

// Alarms deleted or silenced, and by whom: what someone does before they act unseen.
func ExampleParse() {
	f, err := os.Open("testdata/monitoring-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := monitoring.Parse(ev)
		if err != nil || ev.Failed() {
			continue
		}
		switch c := call.(type) {
		case *monitoring.DeleteAlarms:
			fmt.Println(ev.Actor(), "deleted alarms", c.Request.AlarmNames)
		case *monitoring.DisableAlarmActions:
			fmt.Println(ev.Actor(), "disabled the actions of alarms", c.Request.AlarmNames)
		case *monitoring.SetAlarmState:
			fmt.Println(ev.Actor(), "set alarm", c.Request.AlarmName, "to", c.Request.StateValue)
		}
	}
	// Output: arn:aws:iam::000000000:user/test@elastic.co deleted alarms [cpu-mon]
}
