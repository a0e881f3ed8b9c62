package ec2_test

import (
	"os"
	"testing"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/ec2"
)

// recordCall parses record i of the test data.
func recordCall(t *testing.T, i int) ec2.Call {
	t.Helper()
	call, err := ec2.Parse(records(t)[i])
	if err != nil {
		t.Fatalf("record %d: %v", i, err)
	}
	return call
}

// built parses an event built in the test (or, with a nil t, in an example).
func built(t testing.TB, ev *cloudtrail.Event) ec2.Call {
	call, err := ec2.Parse(ev)
	if err != nil && t != nil {
		t.Helper()
		t.Fatal(err)
	}
	if err != nil {
		panic(err)
	}
	return call
}

// examples reads the test data's records, for the examples.
func examples() []*cloudtrail.Event {
	f, err := os.Open("testdata/ec2-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	var evs []*cloudtrail.Event
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		evs = append(evs, ev)
	}
	return evs
}
