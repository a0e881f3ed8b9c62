package guardduty_test

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/services/guardduty"
)

// GuardDuty blinded: a detector deleted or disabled, findings archived by a filter as they come,
// and threat lists or sample findings a caller added.
func ExampleParse() {
	f, err := os.Open("testdata/guardduty-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	events := []*cloudtrail.Event{
		cloudtrailtest.NewEvent(guardduty.EventSource, "DeleteDetector",
			cloudtrailtest.Request(map[string]any{"detectorId": "12abc34d567e8fa901bc2d34e56789f0"})),
		cloudtrailtest.NewEvent(guardduty.EventSource, "UpdateDetector",
			cloudtrailtest.Request(map[string]any{"detectorId": "12abc34d567e8fa901bc2d34e56789f0", "enable": false})),
		cloudtrailtest.NewEvent(guardduty.EventSource, "CreateFilter",
			cloudtrailtest.Request(map[string]any{"detectorId": "12abc34d567e8fa901bc2d34e56789f0", "name": "quiet", "action": "ARCHIVE"})),
	}
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		events = append(events, ev)
	}
	for _, ev := range events {
		call, err := guardduty.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *guardduty.DeleteDetector:
			fmt.Println("detector deleted:", c.Request.DetectorID)
		case *guardduty.UpdateDetector:
			// Enable is false both when the request turns the detector off and when it leaves
			// enable out: the request's own members tell them apart.
			var members map[string]json.RawMessage
			if json.Unmarshal(ev.RequestParameters, &members) == nil && members["enable"] != nil && !c.Request.Enable {
				fmt.Println("detector disabled:", c.Request.DetectorID)
			}
		case *guardduty.CreateFilter:
			if c.Request.Action == guardduty.FilterActionArchive {
				fmt.Println("findings auto-archived by filter", c.Request.Name)
			}
		case *guardduty.CreateThreatIntelSet:
			fmt.Println("threat list", c.Request.Name, "from", c.Request.Location)
		case *guardduty.CreateSampleFindings:
			fmt.Println("sample findings", c.Request.FindingTypes, "by", ev.Actor())
		}
	}
	// Output:
	// detector deleted: 12abc34d567e8fa901bc2d34e56789f0
	// detector disabled: 12abc34d567e8fa901bc2d34e56789f0
	// findings auto-archived by filter quiet
	// threat list Example from https://s3.amazonaws.com/bucket.name/file.txt
	// sample findings [Backdoor:EC2/Spambot] by arn:aws:iam::303697492861:user/phil
}
