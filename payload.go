package cloudtrail

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	gojson "github.com/goccy/go-json"
)

// UnmarshalPayload decodes one of an event's free-form members (RequestParameters, ResponseElements,
// AdditionalEventData, ServiceEventDetails, EdgeDeviceDetails, EventContext) into a T. An absent or
// null member gives T's zero value and ok false. A payload that does not fit T gives a
// *PayloadError naming the member and what was found there.
//
// It decodes with goccy/go-json, and with encoding/json when goccy refuses: its error messages name
// the JSON member and type exactly, and it accepts what goccy wrongly refuses.
func UnmarshalPayload[T any](raw json.RawMessage) (v T, ok bool, err error) {
	trimmed := bytes.TrimSpace(raw)
	if len(trimmed) == 0 || bytes.Equal(trimmed, []byte("null")) {
		return v, false, nil
	}
	if gojson.Unmarshal(trimmed, &v) == nil {
		return v, true, nil
	}
	var std T
	if err := json.Unmarshal(trimmed, &std); err != nil {
		return std, false, newPayloadError(err)
	}
	return std, true, nil
}

// PayloadError reports a payload that does not fit the type it was decoded into.
type PayloadError struct {
	// Member is the path of the JSON member that does not fit, such as "policy.statements"; "" for
	// the payload itself.
	Member string
	// Offset is where in the payload encoding/json found the problem: just after the value that
	// does not fit.
	Offset int64
	// Err is encoding/json's error: a *json.UnmarshalTypeError, a *json.SyntaxError, or the error of
	// a type's own UnmarshalJSON.
	Err error
}

func (e *PayloadError) Error() string {
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(e.Err, &te) && e.Member != "":
		return fmt.Sprintf("payload member %q at byte %d: a JSON %s where %v belongs", e.Member, e.Offset, te.Value, te.Type)
	case te != nil:
		return fmt.Sprintf("payload: a JSON %s where %v belongs", te.Value, te.Type)
	}
	return fmt.Sprintf("payload at byte %d: %v", e.Offset, e.Err)
}

// Unwrap returns encoding/json's error.
func (e *PayloadError) Unwrap() error { return e.Err }

func newPayloadError(err error) *PayloadError {
	var te *json.UnmarshalTypeError
	var se *json.SyntaxError
	switch {
	case errors.As(err, &te):
		return &PayloadError{Member: te.Field, Offset: te.Offset, Err: err}
	case errors.As(err, &se):
		return &PayloadError{Offset: se.Offset, Err: err}
	}
	return &PayloadError{Err: err}
}
