// Package payload holds what every service package does with an event's payloads
// (requestParameters, responseElements, additionalEventData): decode one into its type, or keep one
// as recorded. Errors name the payload: "requestParameters: ...".
package payload

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/trailtype/cloudtrail"
)

// Decode decodes an object payload with the core package's UnmarshalPayload; null or absent gives
// nil.
func Decode[T any](name string, raw json.RawMessage) (*T, error) {
	v, ok, err := cloudtrail.UnmarshalPayload[T](raw)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if !ok {
		return nil, nil
	}
	return &v, nil
}

// Raw keeps a payload that has no type as recorded: nil when null or absent, an error when it is not
// valid JSON (it could not be encoded back).
func Raw(name string, raw json.RawMessage) (json.RawMessage, error) {
	if t := bytes.TrimSpace(raw); len(t) == 0 || string(t) == "null" {
		return nil, nil
	}
	if !json.Valid(raw) {
		return nil, fmt.Errorf("%s: not valid JSON", name)
	}
	return raw, nil
}
