package macie2_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/macie2"
)

// Macie turned off or paused, and sensitive data revealed from a finding.
func ExampleParse() {
	f, err := os.Open("testdata/macie2-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := macie2.Parse(ev)
		if err != nil {
			continue // a service event such as MacieClassificationJobCancelled
		}
		switch c := call.(type) {
		case *macie2.DisableMacie:
			fmt.Println(ev.Actor(), "disabled Macie in", ev.AWSRegion)
		case *macie2.UpdateMacieSession:
			if c.Request != nil && c.Request.Status == macie2.MacieStatusPaused {
				fmt.Println(ev.Actor(), "paused Macie in", ev.AWSRegion)
			}
		case *macie2.GetSensitiveDataOccurrences:
			fmt.Println(ev.Actor(), "revealed the sensitive data of finding", c.Request.FindingID)
		}
	}
	// Output:
	// arn:aws:iam::111122223333:role/Admin revealed the sensitive data of finding 3ad9d8cd61c5c390bede45cd2example
	// arn:aws:iam::123456789012:role/Admin disabled Macie in us-east-2
}
