// Package payload holds what every service package does with an event's payloads
// (requestParameters, responseElements, additionalEventData): decode one into its type, or keep one
// as recorded. Errors name the payload: "requestParameters: ...".
package payload

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"

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

// Service is what a generated service package's Parse needs: the eventSource it types, its name
// for error messages, its two sentinel errors, its types, and its operations.
type Service struct {
	Source, Name         string
	ErrOther, ErrUnknown error
	// Types decodes the package's request and response types.
	Types *lossless.Types
	// Ops are the operations, sorted by Name, then APIVersion.
	Ops []Op
}

// Op is one operation of a service.
type Op struct {
	// Name is the operation, the eventName without an API version suffix.
	Name string
	// APIVersion, when set, is the apiVersion of the records that are this operation rather than
	// the one of the same Name without an APIVersion: an eventSource that carries two models
	// (elb and elbv2) has two CreateLoadBalancer.
	APIVersion string
	// Call is a nil pointer of the operation's type, (*AssumeRole)(nil): a struct whose first field
	// is Request and second Response, each a pointer to a type of the package or a json.RawMessage
	// (the model has no shape for it). A typed nil rather than a constructor: the table is then
	// data the linker lays out, with no function per operation.
	Call any
}

// Operations lists the eventNames, sorted, for services.Register.
func (s *Service) Operations() []string {
	names := make([]string, 0, len(s.Ops))
	for i, op := range s.Ops {
		if i == 0 || op.Name != s.Ops[i-1].Name {
			names = append(names, op.Name)
		}
	}
	return names
}

// op finds the operation of an event name, with or without an API version suffix: of the
// operations of that name, the one of the record's apiVersion, else the one without an APIVersion.
func (s *Service) op(eventName, apiVersion string) (Op, bool) {
	for _, name := range []string{eventName, lossless.TrimAPIVersion(eventName)} {
		i, ok := slices.BinarySearchFunc(s.Ops, name, func(op Op, name string) int { return strings.Compare(op.Name, name) })
		if !ok {
			continue
		}
		found := s.Ops[i]
		for _, op := range s.Ops[i:] {
			if op.Name != name {
				break
			}
			if op.APIVersion != "" && sameVersion(op.APIVersion, apiVersion) {
				return op, true
			}
		}
		return found, true // sorted: the one without an APIVersion comes first
	}
	return Op{}, false
}

// sameVersion compares API versions written with or without dashes ("2015-12-01", "20151201").
func sameVersion(a, b string) bool {
	return strings.ReplaceAll(a, "-", "") == strings.ReplaceAll(b, "-", "")
}

// Parse types an event of service s with its operation's call. An event name with an API version
// suffix ("UpdateFunctionCode20150331v2") is the operation's. Errors wrap s.ErrOther or s.ErrUnknown
// when the event is not one s models, and name the service, the operation and the payload when a
// payload does not decode.
func (s *Service) Parse(ev *cloudtrail.Event) (any, error) {
	if ev.EventSource != s.Source {
		return nil, fmt.Errorf("%w: %q", s.ErrOther, ev.EventSource)
	}
	op, ok := s.op(ev.EventName, ev.APIVersion)
	if !ok {
		return nil, fmt.Errorf("%w: %q", s.ErrUnknown, ev.EventName)
	}
	v := reflect.New(reflect.TypeOf(op.Call).Elem())
	call := v.Interface()
	v = v.Elem()
	if err := s.fill(v.Field(0), "requestParameters", ev.RequestParameters); err != nil {
		return nil, fmt.Errorf("%s: %s: %w", s.Name, ev.EventName, err)
	}
	if err := s.fill(v.Field(1), "responseElements", ev.ResponseElements); err != nil {
		return nil, fmt.Errorf("%s: %s: %w", s.Name, ev.EventName, err)
	}
	return call, nil
}

// rawType is the type of a payload the model has no shape for.
var rawType = reflect.TypeFor[json.RawMessage]()

// fill sets field, a call's Request or Response, from the payload raw: nil when it is null or
// absent, the payload as recorded for a json.RawMessage, else a new value of the package's type
// decoded from a copy of it (the event keeps its bytes).
func (s *Service) fill(field reflect.Value, name string, raw json.RawMessage) error {
	if field.Type() == rawType {
		kept, err := Raw(name, raw)
		field.SetBytes(kept)
		return err
	}
	if t := bytes.TrimSpace(raw); len(t) == 0 || string(t) == "null" {
		return nil
	}
	v := reflect.New(field.Type().Elem())
	if err := s.Types.Decode(v.Interface(), bytes.Clone(raw)); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	field.Set(v)
	return nil
}
