package cloudtrail_test

import (
	"encoding/json"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"

	"github.com/trailtype/cloudtrail"
)

// A clone encodes like the original and shares none of its memory.
func TestCloneEveryRecord(t *testing.T) {
	recs := testRecords(t)
	got := decodeAll(t, recordsDoc(recs, "", "")) // decoded in place: events alias the read buffer
	for i, ev := range got.events {
		c := ev.Clone()
		a, _ := json.Marshal(ev)
		b, _ := json.Marshal(c)
		if diff := cmp.Diff(generic(t, a), generic(t, b)); diff != "" {
			t.Fatalf("record %d (%s): clone differs (-original +clone):\n%s", i, recs[i].name, diff)
		}
		if ev.EventName != "" && unsafe.StringData(ev.EventName) == unsafe.StringData(c.EventName) {
			t.Fatalf("record %d: the clone's strings point into the original's buffer", i)
		}
		if ev.UserIdentity != nil && ev.UserIdentity == c.UserIdentity {
			t.Fatalf("record %d: the clone shares the original's identity", i)
		}
		if len(ev.RequestParameters) > 0 && &ev.RequestParameters[0] == &c.RequestParameters[0] {
			t.Fatalf("record %d: the clone shares the original's request parameters", i)
		}
		c.Extra = map[string]json.RawMessage{"x": json.RawMessage(`1`)}
		if ev.Extra["x"] != nil {
			t.Fatalf("record %d: the clone shares the original's Extra", i)
		}
	}
	if (*cloudtrail.Event)(nil).Clone() != nil {
		t.Error("nil.Clone() != nil")
	}
}
