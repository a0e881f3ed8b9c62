package cloudtrail_test

import (
	"encoding/json"
	"strings"
	"testing"
)

// Deleting members of a real record leaves no such keys in its encoding, at any level, and
// everything else as it was.
func TestDelete(t *testing.T) {
	raw := findRecord(t, `"sessionContext"`, `"errorCode"`, `"readOnly"`)
	ev := decodeEvent(t, raw)
	if !ev.Delete("errorCode") || !ev.UserIdentity.Delete("sessionContext") || !ev.Delete("readOnly") {
		t.Fatal("Delete reported a member missing")
	}
	if ev.Delete("errorCode") || ev.Delete("noSuchMember") {
		t.Error("Delete of a member that is not there reported true")
	}
	if ev.Extra == nil {
		ev.Extra = map[string]json.RawMessage{}
	}
	ev.Extra["p_custom"] = json.RawMessage(`1`)
	if !ev.Delete("p_custom") || ev.Extra["p_custom"] != nil {
		t.Error("Delete of an unknown member")
	}
	out, _ := json.Marshal(ev)
	for _, gone := range []string{`"errorCode"`, `"sessionContext"`, `"readOnly"`, `"p_custom"`} {
		if strings.Contains(string(out), gone) {
			t.Errorf("%s still in %s", gone, out)
		}
	}
	var want, got map[string]any
	_ = json.Unmarshal(raw, &want)
	_ = json.Unmarshal(out, &got)
	delete(want, "errorCode")
	delete(want, "readOnly")
	delete(want["userIdentity"].(map[string]any), "sessionContext")
	if len(want) != len(got) || len(want["userIdentity"].(map[string]any)) != len(got["userIdentity"].(map[string]any)) {
		t.Errorf("other members changed:\n%s\n%s", raw, out)
	}
}
