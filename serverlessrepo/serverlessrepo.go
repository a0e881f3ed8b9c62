// Package serverlessrepo types the CloudTrail records of the AWS Serverless Application Repository
// (eventSource serverlessrepo.amazonaws.com): the requestParameters and responseElements of its 14
// operations, generated from the service's API model, losslessly like the cloudtrail package's own
// types.
//
// Parse turns an event into a *CreateApplication, *PutApplicationPolicy and so on; switch on the
// concrete type.
package serverlessrepo

//go:generate go run ../internal/apigen/cmd/apigen -package serverlessrepo -model model/service-2.json -o zz_generated.go

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/payload"
	"github.com/trailtype/cloudtrail/services"
)

// EventSource is the eventSource of the service's records. (The Smithy model's cloudTrailEventSource
// trait, serverlessapplicationrepository.amazonaws.com, is wrong: AWS's own records use this one.)
const EventSource = "serverlessrepo.amazonaws.com"

// ErrorCodeAccessDenied is the errorCode of a call IAM refused.
const ErrorCodeAccessDenied = "AccessDenied"

// Call is one typed operation: *CreateApplication, *GetApplication, and so on. Only the package's
// own operation types are Calls.
type Call interface {
	// Operation is the API operation, the event's eventName.
	Operation() string
	call()
}

var (
	// ErrOtherService: the event is not from the Serverless Application Repository.
	ErrOtherService = errors.New("serverlessrepo: event of another service")
	// ErrUnknownOperation: the eventName is not one of the 14 modelled operations. The payloads stay
	// in the event's RequestParameters and ResponseElements.
	ErrUnknownOperation = fmt.Errorf("serverlessrepo: %w", services.ErrUnknownOperation)
)

// The package types services.Parse's events of EventSource once imported.
func init() {
	services.Register(EventSource, func(ev *cloudtrail.Event) (services.Call, error) { return Parse(ev) }, service.Operations)
}

// service is what Parse needs: the operations and how to decode them.
var service = payload.Service{Source: EventSource, Name: "serverlessrepo", ErrOther: ErrOtherService, ErrUnknown: ErrUnknownOperation,
	Types: &types, Ops: operations}

// Parse types a Serverless Application Repository event. It returns an error wrapping
// ErrOtherService or ErrUnknownOperation when the event is not one it models, and a decode error when
// a payload is not a JSON object.
func Parse(ev *cloudtrail.Event) (Call, error) {
	c, err := service.Parse(ev)
	if err != nil {
		return nil, err
	}
	return c.(Call), nil
}

// ApplicationARN is a parsed Serverless Application Repository application ARN,
// arn:PARTITION:serverlessrepo:REGION:ACCOUNT:applications/NAME.
type ApplicationARN struct {
	Partition, Region, AccountID, Name string
}

// ParseApplicationARN parses an application ARN, such as an applicationId.
func ParseApplicationARN(s string) (ApplicationARN, error) {
	a, err := cloudtrail.ParseARN(s)
	if err != nil {
		return ApplicationARN{}, err
	}
	name, ok := strings.CutPrefix(a.Resource, "applications/")
	if a.Service != "serverlessrepo" || !ok || name == "" || strings.Contains(name, "/") {
		return ApplicationARN{}, fmt.Errorf("serverlessrepo: %q is not an application ARN", s)
	}
	return ApplicationARN{Partition: a.Partition, Region: a.Region, AccountID: a.AccountID, Name: name}, nil
}

// Public reports whether the policy statements let anyone deploy the application: a statement whose
// principal is "*" and that names no organization. principalOrgIDs is the aws:PrincipalOrgID
// condition, so "*" with an organization ID shares the application with that organization only, the
// way the API documents sharing with an organization.
func Public(statements []ApplicationPolicyStatement) bool {
	for _, s := range statements {
		if len(s.PrincipalOrgIDs) == 0 && slices.Contains(s.Principals, "*") {
			return true
		}
	}
	return false
}

// SharedWithOrganizations returns the AWS Organizations IDs the statements share the application with.
func SharedWithOrganizations(statements []ApplicationPolicyStatement) []string {
	var ids []string
	for _, s := range statements {
		ids = append(ids, s.PrincipalOrgIDs...)
	}
	return ids
}

// MakesPublic reports whether the call's requested policy makes the application public.
func (c *PutApplicationPolicy) MakesPublic() bool {
	return c.Request != nil && Public(c.Request.Statements)
}

// SharesWithOrganizations returns the organization IDs the requested policy shares the application with.
func (c *PutApplicationPolicy) SharesWithOrganizations() []string {
	if c.Request == nil {
		return nil
	}
	return SharedWithOrganizations(c.Request.Statements)
}
