// Package payload holds what every service package does with an event's payloads
// (requestParameters, responseElements, additionalEventData): decode one into its type, or keep one
// as recorded. Errors name the payload: "requestParameters: ...".
package payload

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"slices"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/lossless"
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

// Service is what a service package's Parse needs besides its operations: the eventSource it
// types, its name for error messages, and its two sentinel errors.
type Service struct {
	Source, Name         string
	ErrOther, ErrUnknown error
}

// Parsers maps an operation to the function that types its payloads.
type Parsers[C any] map[string]func(req, resp json.RawMessage) (C, error)

// Operations lists the operations, for services.Register (which sorts them).
func (ps Parsers[C]) Operations() []string { return slices.Collect(maps.Keys(ps)) }

// Parse types an event of service s with its operation's parser. An event name with an API version
// suffix ("UpdateFunctionCode20150331v2") is the operation's. Errors wrap s.ErrOther or s.ErrUnknown
// when the event is not one s models, and name the service and operation when a payload does not
// decode.
func Parse[C any](s Service, ps Parsers[C], ev *cloudtrail.Event) (C, error) {
	var none C
	if ev.EventSource != s.Source {
		return none, fmt.Errorf("%w: %q", s.ErrOther, ev.EventSource)
	}
	parse, ok := ps[ev.EventName]
	if !ok {
		parse, ok = ps[lossless.TrimAPIVersion(ev.EventName)]
	}
	if !ok {
		return none, fmt.Errorf("%w: %q", s.ErrUnknown, ev.EventName)
	}
	call, err := parse(ev.RequestParameters, ev.ResponseElements)
	if err != nil {
		return none, fmt.Errorf("%s: %s: %w", s.Name, ev.EventName, err)
	}
	return call, nil
}
