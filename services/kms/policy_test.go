package kms_test

import (
	"encoding/json"
	"testing"

	"github.com/trailtype/cloudtrail/services/kms"
)

// The key policies of the records read, with as many statements as the recorded text has.
func TestPolicyDocument(t *testing.T) {
	read := 0
	for i, ev := range records(t) {
		call, err := kms.Parse(ev)
		c, ok := call.(*kms.PutKeyPolicy)
		if err != nil || !ok || c.Request == nil || c.Request.Policy.Empty() {
			continue
		}
		doc, err := c.PolicyDocument()
		if err != nil {
			t.Fatalf("record %d: %v", i, err)
		}
		var raw struct{ Statement []json.RawMessage }
		if err := json.Unmarshal([]byte(c.Request.Policy.Text()), &raw); err != nil {
			t.Fatal(err)
		}
		if len(doc.Statement) != len(raw.Statement) {
			t.Errorf("record %d: %d statements, want %d", i, len(doc.Statement), len(raw.Statement))
		}
		read++
	}
	if read == 0 {
		t.Error("no key policy read")
	}
}
