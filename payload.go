package cloudtrail

import (
	"bytes"
	"encoding/json"

	gojson "github.com/goccy/go-json"
)

// UnmarshalPayload decodes one of an event's free-form members (RequestParameters, ResponseElements,
// AdditionalEventData, ServiceEventDetails, EdgeDeviceDetails, EventContext) into a T. An absent or
// null member gives T's zero value and ok false.
func UnmarshalPayload[T any](raw json.RawMessage) (v T, ok bool, err error) {
	if len(bytes.TrimSpace(raw)) == 0 || bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
		return v, false, nil
	}
	if err := gojson.Unmarshal(raw, &v); err != nil {
		return v, false, err
	}
	return v, true, nil
}
