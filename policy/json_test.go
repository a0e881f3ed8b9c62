package policy_test

import (
	"encoding/json"
	"testing"

	"github.com/trailtype/cloudtrail/policy"
)

// A policy member reads whether the record has the document as a string, URL-encoded or not, or as
// an object, encodes back as it came, and is empty when absent, null or "".
func TestJSON(t *testing.T) {
	const doc = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}]}`
	quoted, _ := json.Marshal(doc)
	encoded, _ := json.Marshal("%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Principal%22%3A%22%2A%22%2C%22Action%22%3A%22s3%3AGetObject%22%2C%22Resource%22%3A%22%2A%22%7D%5D%7D")
	for _, in := range []string{doc, string(quoted), string(encoded)} {
		var m struct{ Policy policy.JSON }
		if err := json.Unmarshal([]byte(`{"Policy":`+in+`}`), &m); err != nil {
			t.Fatal(err)
		}
		d, err := m.Policy.Document()
		if err != nil || d == nil || !d.Public() {
			t.Errorf("%s: %v, %v", in, d, err)
		}
		if out, _ := json.Marshal(m); string(out) != `{"Policy":`+in+`}` {
			t.Errorf("encoding: %s", out)
		}
	}
	for _, in := range []string{``, `null`, `""`} {
		if d, err := policy.JSON(in).Document(); d != nil || err != nil || !policy.JSON(in).Empty() {
			t.Errorf("%q: %v, %v", in, d, err)
		}
	}
	if got := policy.JSON(quoted).Text(); got != doc {
		t.Errorf("Text = %s", got)
	}
	if got := policy.JSON(encoded).Text(); got != doc {
		t.Errorf("Text of the URL-encoded document = %s", got)
	}
	if _, err := policy.JSON(`"not a policy"`).Document(); err == nil {
		t.Error("a string that is no policy read")
	}
}
