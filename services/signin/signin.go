// Package signin types the CloudTrail records of AWS sign-in (eventSource signin.amazonaws.com,
// eventType AwsConsoleSignIn): console logins, MFA checks, role switches, password changes and IAM
// Identity Center's credential steps. CloudTrail writes its own shapes here, not an API's, so the
// package is modelled by hand from the CloudTrail User Guide and real records: the result each
// step records in responseElements ({"ConsoleLogin": "Success"}) and the additionalEventData
// members (LoginTo, MFAUsed, MfaType, ...), losslessly like the cloudtrail package's own types.
//
// requestParameters is null for these events; whatever a record has is kept as it came.
package signin

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/lossless"
	"github.com/trailtype/cloudtrail/internal/payload"
	"github.com/trailtype/cloudtrail/services"
)

// EventSource is the eventSource of sign-in records.
const EventSource = "signin.amazonaws.com"

// Call is one typed sign-in event: *ConsoleLogin, *CheckMfa, and so on; StepOf gives what every one
// of them holds. Only this package's types are Calls.
type Call interface {
	// Operation is the event's eventName.
	Operation() string
	step() *Step
}

// StepOf returns the Step of any sign-in event, for code that reads them all alike: its result,
// whether MFA was used, its details. A type switch on the call gives the same Step, embedded.
func StepOf(c Call) *Step { return c.step() }

var (
	// ErrOtherService: the event is not a sign-in event.
	ErrOtherService = errors.New("signin: event of another service")
	// ErrUnknownOperation: the eventName is not one this package models. The event is unchanged.
	ErrUnknownOperation = fmt.Errorf("signin: %w", services.ErrUnknownOperation)
)

// The package types services.Parse's events of EventSource once imported.
func init() {
	services.Register(EventSource, func(ev *cloudtrail.Event) (services.Call, error) { return Parse(ev) }, func() []string { return slices.Collect(maps.Keys(operations)) })
}

// Result is the outcome a step records in responseElements: "Success" or "Failure", an open set.
type Result string

// The results CloudTrail writes.
const (
	Success Result = "Success"
	Failure Result = "Failure"
)

// YesNo is a flag CloudTrail writes as "Yes" or "No", in varying case ("YES").
type YesNo string

// Yes reports whether the flag is "Yes" in any case.
func (v YesNo) Yes() bool { return strings.EqualFold(string(v), "yes") }

// Step is what every sign-in event holds.
type Step struct {
	// Request is requestParameters as recorded, nil when null (always, so far).
	Request json.RawMessage
	// Response is responseElements as recorded: {"ConsoleLogin": "Success"}; nil when null.
	Response json.RawMessage
	// Details is additionalEventData; nil when absent.
	Details *Details
}

func (s *Step) step() *Step { return s }

// Result is the step's outcome, the one member of Response; "" when there is none.
func (s *Step) Result() Result {
	var m map[string]json.RawMessage
	if json.Unmarshal(s.Response, &m) != nil || len(m) != 1 {
		return ""
	}
	for _, v := range m {
		var r Result
		if json.Unmarshal(v, &r) == nil {
			return r
		}
	}
	return ""
}

// MFAUsed reports whether the record says MFA was used (additionalEventData's MFAUsed is "Yes", in
// any case), and known whether the record says at all. A record without additionalEventData or
// without MFAUsed gives false, false: a detection of sign-ins without MFA should not count it as
// one.
func (s *Step) MFAUsed() (used, known bool) {
	if s.Details == nil || s.Details.MFAUsed == "" {
		return false, false
	}
	return s.Details.MFAUsed.Yes(), true
}

// parse fills a step from the event's payloads.
func (s *Step) parse(ev *cloudtrail.Event) error {
	var err error
	if s.Request, err = payload.Raw("requestParameters", ev.RequestParameters); err != nil {
		return err
	}
	if s.Response, err = payload.Raw("responseElements", ev.ResponseElements); err != nil {
		return err
	}
	s.Details, err = payload.Decode[Details]("additionalEventData", ev.AdditionalEventData)
	return err
}

// Parse types a sign-in event. It returns an error wrapping ErrOtherService or ErrUnknownOperation
// when the event is not one it models, and a decode error when additionalEventData is not an object.
func Parse(ev *cloudtrail.Event) (Call, error) {
	if ev.EventSource != EventSource {
		return nil, fmt.Errorf("%w: %q", ErrOtherService, ev.EventSource)
	}
	newCall, ok := operations[ev.EventName]
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrUnknownOperation, ev.EventName)
	}
	call, step := newCall()
	if err := step.parse(ev); err != nil {
		return nil, fmt.Errorf("signin: %s: %w", ev.EventName, err)
	}
	return call, nil
}

// Details is the additionalEventData of sign-in events. Members are named as CloudTrail writes
// them, capitalised.
type Details struct {
	// LoginTo is the console URL signed in to.
	LoginTo string
	// MobileVersion is "No" unless the mobile console was used.
	MobileVersion YesNo
	// MFAUsed says whether MFA was used.
	MFAUsed YesNo
	// MFAIdentifier is the ARN of the MFA device used.
	MFAIdentifier string
	// MFAType is the kind of MFA checked (MfaType): "U2F MFA", "Virtual MFA", "Multiple MFA Devices".
	MFAType string
	// SAMLProviderARN is the identity provider of a federated login (SamlProviderArn).
	SAMLProviderARN string
	// CredentialType is the credential an IAM Identity Center step checked ("PASSWORD", "TOTP", ...).
	CredentialType string
	// UserName is the user an IAM Identity Center step is for.
	UserName string
	// Extra keeps members this package does not know, as they came.
	Extra map[string]json.RawMessage
	// Layout records the JSON's member order and spelling, for a faithful encoding.
	Layout cloudtrail.Layout
}

var detailsCodec = lossless.NewCodec(
	func(v *Details) *lossless.Layout { return &v.Layout },
	func(v *Details) *map[string]json.RawMessage { return &v.Extra },
	lossless.String("LoginTo", func(v *Details) *string { return &v.LoginTo }),
	lossless.String("MobileVersion", func(v *Details) *YesNo { return &v.MobileVersion }),
	lossless.String("MFAUsed", func(v *Details) *YesNo { return &v.MFAUsed }),
	lossless.String("MFAIdentifier", func(v *Details) *string { return &v.MFAIdentifier }),
	lossless.String("MfaType", func(v *Details) *string { return &v.MFAType }),
	lossless.String("SamlProviderArn", func(v *Details) *string { return &v.SAMLProviderARN }),
	lossless.String("CredentialType", func(v *Details) *string { return &v.CredentialType }),
	lossless.String("UserName", func(v *Details) *string { return &v.UserName }),
)

// MarshalJSON encodes the details losslessly.
func (v Details) MarshalJSON() ([]byte, error) { return detailsCodec.Marshal(&v) }

// UnmarshalJSON decodes the details, keeping what the package does not know.
func (v *Details) UnmarshalJSON(data []byte) error { return detailsCodec.UnmarshalCopy(v, data) }
