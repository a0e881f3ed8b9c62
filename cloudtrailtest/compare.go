package cloudtrailtest

import (
	"bytes"
	"encoding/json"

	"github.com/google/go-cmp/cmp"

	"github.com/trailtype/cloudtrail"
)

// Options are the go-cmp options Diff uses. Plain cmp.Diff already works on every model type and
// reports field paths (see cloudtrail.Layout); these options add one thing: raw JSON members (the
// payloads requestParameters, responseElements, additionalEventData, serviceEventDetails, ..., and
// the values in Extra) compare as JSON values, so white space and key order inside them do not count.
// Pass them to cmp.Diff or cmp.Equal beside your own.
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

// Diff reports the differences between two events, as cmp.Diff does ("-want +got", field paths,
// "" when equal), with payloads compared as JSON values.
func Diff(want, got *cloudtrail.Event) string {
	return cmp.Diff(want, got, Options())
}
