package cloudtrailtest

import (
	"bytes"
	"encoding/json"

	"github.com/google/go-cmp/cmp"
)

// Options are the go-cmp options Equal and Diff use. Plain cmp.Diff already works on every model type and
// reports field paths; these options add one thing: raw JSON members (the payloads
// requestParameters, responseElements, additionalEventData, serviceEventDetails, ..., and the values
// in Extra) compare as JSON values, so white space and key order inside them do not count. Pass them
// to cmp.Diff or cmp.Equal beside your own.
func Options() cmp.Options {
	return cmp.Options{cmp.Transformer("JSONValue", jsonValue)}
}

// jsonValue is a raw member as a JSON value; text that is not JSON stays text, so it still compares.
func jsonValue(raw json.RawMessage) any {
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil
	}
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber() // 1.0 and 1 stay apart, as they are different text in a record
	var v any
	if err := d.Decode(&v); err != nil || d.More() {
		return string(raw)
	}
	return v
}

// Equal reports whether two values of the model hold the same: events, slices of them, identities,
// the typed calls of serverlessrepo and the services packages, or anything holding them. How the JSON
// looked does not count, and payloads compare as JSON values. Use it where a test would use
// reflect.DeepEqual or testify's assert.Equal, which report a built event and the same event decoded
// as different (see the package documentation).
func Equal(a, b any) bool { return cmp.Equal(a, b, Options()) }

// Diff reports the differences between two values of the model as cmp.Diff does ("-want +got",
// field paths, "" when equal), comparing as Equal does.
func Diff(want, got any) string { return cmp.Diff(want, got, Options()) }
