package cloudtrailtest

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"time"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/serverlessrepo"
)

// The builders make events the way CloudTrail writes them, with the members it writes and in its
// order, from a few typed arguments. IDs, access keys and request IDs are derived from the arguments,
// so a test builds the same event every run.

// Defaults of built events.
var (
	// DefaultTime is the eventTime of built events.
	DefaultTime = time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	// DefaultAccount is the account of identities built without one.
	DefaultAccount = "111122223333"
)

// The identities are decoded from JSON, as CloudTrail writes them, so that they encode every member
// a real record has, false and empty ones included ("mfaAuthenticated":"false",
// "webIdFederationData":{}).

// Root is the account's root user, signed in to the console.
func Root(account string) *cloudtrail.UserIdentity {
	return identity(`{"type":"Root","principalId":%q,"arn":"arn:aws:iam::%s:root","accountId":%q,"accessKeyId":%q,`+
		`"sessionContext":{"attributes":{"creationDate":%q,"mfaAuthenticated":"true"}}}`,
		account, account, account, accessKey("ASIA", account, "root"), stamp(-time.Hour))
}

// IAMUser is an IAM user calling with its long-term access key.
func IAMUser(account, name string) *cloudtrail.UserIdentity {
	return identity(`{"type":"IAMUser","principalId":%q,"arn":"arn:aws:iam::%s:user/%s","accountId":%q,"accessKeyId":%q,"userName":%q}`,
		uniqueID("AIDA", account, name), account, name, account, accessKey("AKIA", account, name), name)
}

// AssumedRole is a session of a role: its session issuer is the role, and the session was made an
// hour before DefaultTime without MFA.
func AssumedRole(account, role, session string) *cloudtrail.UserIdentity {
	roleID := uniqueID("AROA", account, role)
	return identity(`{"type":"AssumedRole","principalId":"%s:%s","arn":"arn:aws:sts::%s:assumed-role/%s/%s","accountId":%q,"accessKeyId":%q,`+
		`"sessionContext":{"sessionIssuer":{"type":"Role","principalId":%q,"arn":"arn:aws:iam::%s:role/%s","accountId":%q,"userName":%q},`+
		`"webIdFederationData":{},"attributes":{"creationDate":%q,"mfaAuthenticated":"false"}}}`,
		roleID, session, account, role, session, account, accessKey("ASIA", account, role+session), roleID, account, role, account, role, stamp(-time.Hour))
}

// FederatedUser is a session from GetFederationToken, issued by an IAM user.
func FederatedUser(account, issuer, name string) *cloudtrail.UserIdentity {
	return identity(`{"type":"FederatedUser","principalId":"%s:%s","arn":"arn:aws:sts::%s:federated-user/%s","accountId":%q,"accessKeyId":%q,`+
		`"sessionContext":{"sessionIssuer":{"type":"IAMUser","principalId":%q,"arn":"arn:aws:iam::%s:user/%s","accountId":%q,"userName":%q},`+
		`"webIdFederationData":{},"attributes":{"creationDate":%q,"mfaAuthenticated":"false"}}}`,
		account, name, account, name, account, accessKey("ASIA", account, name), uniqueID("AIDA", account, issuer), account, issuer, account, issuer, stamp(-time.Hour))
}

// IdentityCenterUser is a request made on behalf of an IAM Identity Center user (the Identity Center
// and portal APIs); in member accounts such users act through AssumedRole sessions of
// AWSReservedSSO_ roles instead.
func IdentityCenterUser(account, userID, identityStoreARN string) *cloudtrail.UserIdentity {
	id := digest(account, userID)
	return identity(`{"type":"IdentityCenterUser","accountId":%q,"onBehalfOf":{"userId":%q,"identityStoreArn":%q},"credentialId":%q}`,
		account, userID, identityStoreARN, uuid(id[:16]))
}

// SAMLUser is a session from AssumeRoleWithSAML for a user of the identity provider provider (its
// name in IAM). CloudTrail writes the provider as its name qualifier, a hash of the issuer, the
// account and the provider.
func SAMLUser(account, provider, user string) *cloudtrail.UserIdentity {
	sum := digest(account, provider)
	qualifier := base64.StdEncoding.EncodeToString(sum[:20])
	return identity(`{"type":"SAMLUser","principalId":%q,"userName":%q,"identityProvider":%q}`, qualifier+":"+user, user, qualifier)
}

// WebIdentityUser is a session from AssumeRoleWithWebIdentity for a user of an OpenID Connect
// issuer, such as "accounts.google.com" or an EKS cluster's issuer.
func WebIdentityUser(issuer, app, user string) *cloudtrail.UserIdentity {
	return identity(`{"type":"WebIdentityUser","principalId":"%s:%s:%s","userName":%q,"identityProvider":%q}`, issuer, app, user, user, issuer)
}

// AWSService is an AWS service acting with its own credentials, such as "cloudtrail.amazonaws.com".
func AWSService(service string) *cloudtrail.UserIdentity {
	return identity(`{"type":"AWSService","invokedBy":%q}`, service)
}

func identity(format string, args ...any) *cloudtrail.UserIdentity {
	var u cloudtrail.UserIdentity
	if err := json.Unmarshal([]byte(fmt.Sprintf(format, args...)), &u); err != nil {
		panic("cloudtrailtest: " + err.Error()) // the arguments broke the JSON: a name with a quote
	}
	return &u
}

// stamp is DefaultTime moved by d, as CloudTrail writes times.
func stamp(d time.Duration) string { return DefaultTime.Add(d).Format("2006-01-02T15:04:05Z") }

// EventOption sets something of an event NewEvent and the other builders make.
type EventOption func(*cloudtrail.Event)

// NewEvent builds the record of an API call: eventVersion 1.11, DefaultTime, us-east-1, a
// documentation-range source address, the AWS CLI's user agent, derived request and event IDs,
// readOnly from the operation's verb, null payloads, a management event in the recipient account
// of the identity (DefaultAccount without one), and TLS details. Options change any of it.
func NewEvent(source, name string, opts ...EventOption) *cloudtrail.Event {
	ev := &cloudtrail.Event{
		EventVersion:       "1.11",
		EventTime:          DefaultTime,
		EventSource:        source,
		EventName:          name,
		AWSRegion:          "us-east-1",
		SourceIPAddress:    "203.0.113.10",
		UserAgent:          "aws-cli/2.15.30 md/awscrt#0.19.19 ua/2.0 os/linux#6.1 md/arch#x86_64 lang/python#3.11.8 md/pyimpl#CPython cfg/retry-mode#standard",
		RequestParameters:  json.RawMessage("null"),
		ResponseElements:   json.RawMessage("null"),
		ReadOnly:           boolPtr(readOnlyVerb(name)),
		EventType:          cloudtrail.EventTypeAPICall,
		ManagementEvent:    boolPtr(true),
		RecipientAccountID: DefaultAccount,
		EventCategory:      cloudtrail.CategoryManagement,
		TLSDetails: &cloudtrail.TLSDetails{TLSVersion: "TLSv1.3", CipherSuite: "TLS_AES_128_GCM_SHA256",
			ClientProvidedHostHeader: strings.TrimSuffix(source, ".amazonaws.com") + ".us-east-1.amazonaws.com"},
	}
	for _, opt := range opts {
		opt(ev)
	}
	ids := digest(source, name, ev.EventTime.String(), ev.Actor(), string(ev.RequestParameters))
	if ev.RequestID == "" {
		ev.RequestID = uuid(ids[:16])
	}
	if ev.EventID == "" {
		ev.EventID = uuid(ids[16:])
	}
	return ev
}

// Login says how a console sign-in went; the zero Login is a successful sign-in without MFA.
type Login struct {
	// MFA: the user signed in with MFA ("MFAUsed":"Yes", and the device's ARN in MFAIdentifier).
	MFA bool
	// Failed: the sign-in failed ("ConsoleLogin":"Failure" and errorMessage "Failed authentication").
	Failed bool
}

// ConsoleLogin builds a console sign-in as signin.amazonaws.com records it, successful or not, with
// or without MFA as login says:
//
//	ConsoleLogin(alice, Login{MFA: true})
//	ConsoleLogin(alice, Login{Failed: true}, From("198.51.100.23"))
func ConsoleLogin(identity *cloudtrail.UserIdentity, login Login, opts ...EventOption) *cloudtrail.Event {
	result := "Success"
	if login.Failed {
		result = "Failure"
	}
	additional := map[string]string{"LoginTo": "https://console.aws.amazon.com/console/home", "MobileVersion": "No", "MFAUsed": "No"}
	if login.MFA {
		additional["MFAUsed"] = "Yes"
		if identity != nil && identity.ARN != "" {
			additional["MFAIdentifier"] = strings.Replace(identity.ARN, ":user/", ":mfa/", 1)
		}
	}
	base := []EventOption{By(identity),
		Response(map[string]string{"ConsoleLogin": result}),
		Additional(additional),
		func(ev *cloudtrail.Event) {
			ev.UserAgent = "Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0"
			ev.EventType, ev.ReadOnly, ev.TLSDetails = cloudtrail.EventTypeConsoleSignIn, boolPtr(false), nil
			ev.TLSDetails = &cloudtrail.TLSDetails{TLSVersion: "TLSv1.3", CipherSuite: "TLS_AES_128_GCM_SHA256", ClientProvidedHostHeader: "signin.aws.amazon.com"}
			if login.Failed {
				ev.ErrorMessage = "Failed authentication"
			}
		}}
	return NewEvent("signin.amazonaws.com", "ConsoleLogin", append(base, opts...)...)
}

// SARCall builds a Serverless Application Repository record from a typed call: its Request becomes
// requestParameters and its Response, if any, responseElements.
func SARCall(call serverlessrepo.Call, opts ...EventOption) *cloudtrail.Event {
	v := reflect.ValueOf(call).Elem()
	base := []EventOption{Request(v.FieldByName("Request").Interface())}
	if resp := v.FieldByName("Response"); resp.IsValid() {
		base = append(base, Response(resp.Interface()))
	}
	return NewEvent(serverlessrepo.EventSource, call.Operation(), append(base, opts...)...)
}

// By sets the identity and the recipient account to the identity's account.
func By(identity *cloudtrail.UserIdentity) EventOption {
	return func(ev *cloudtrail.Event) {
		ev.UserIdentity = identity
		if identity != nil && identity.AccountID != "" {
			ev.RecipientAccountID = identity.AccountID
		}
	}
}

// At sets the event time.
func At(t time.Time) EventOption { return func(ev *cloudtrail.Event) { ev.EventTime = t.UTC() } }

// InRegion sets the region, and the TLS host header with it.
func InRegion(region string) EventOption {
	return func(ev *cloudtrail.Event) {
		ev.AWSRegion = region
		if ev.TLSDetails != nil && ev.EventSource != "signin.amazonaws.com" {
			ev.TLSDetails.ClientProvidedHostHeader = strings.TrimSuffix(ev.EventSource, ".amazonaws.com") + "." + region + ".amazonaws.com"
		}
	}
}

// From sets the source address: an IP address, or a service host name for calls services make.
func From(address string) EventOption {
	return func(ev *cloudtrail.Event) { ev.SourceIPAddress = address }
}

// Request sets requestParameters to the JSON of v (any Go value; nil gives null).
func Request(v any) EventOption {
	return func(ev *cloudtrail.Event) { ev.RequestParameters = marshal(v) }
}

// Response sets responseElements to the JSON of v.
func Response(v any) EventOption {
	return func(ev *cloudtrail.Event) { ev.ResponseElements = marshal(v) }
}

// Additional sets additionalEventData to the JSON of v.
func Additional(v any) EventOption {
	return func(ev *cloudtrail.Event) { ev.AdditionalEventData = marshal(v) }
}

// Failed makes the call fail with an error code and message, as services report it; the response
// is null.
func Failed(code, message string) EventOption {
	return func(ev *cloudtrail.Event) {
		ev.ErrorCode, ev.ErrorMessage, ev.ResponseElements = code, message, json.RawMessage("null")
	}
}

// AccessDenied makes the call fail as IAM refuses it.
func AccessDenied() EventOption {
	return func(ev *cloudtrail.Event) {
		action := strings.SplitN(ev.EventSource, ".", 2)[0] + ":" + ev.EventName
		Failed("AccessDenied", fmt.Sprintf("User: %s is not authorized to perform: %s because no identity-based policy allows the %s action",
			ev.ActorARN(), action, action))(ev)
	}
}

// Resources sets the resources list.
func Resources(rs ...cloudtrail.Resource) EventOption {
	return func(ev *cloudtrail.Event) { ev.Resources = rs }
}

// DataEvent makes the record a data event (S3 object calls, Lambda invocations, ...).
func DataEvent() EventOption {
	return func(ev *cloudtrail.Event) {
		ev.ManagementEvent, ev.EventCategory = boolPtr(false), cloudtrail.CategoryData
	}
}

func marshal(v any) json.RawMessage {
	b, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("cloudtrailtest: payload %T: %v", v, err))
	}
	return b
}

func boolPtr(b bool) *bool { return &b }

// readOnlyVerb says whether an operation only reads, from its verb.
func readOnlyVerb(name string) bool {
	for _, verb := range []string{"Get", "List", "Describe", "Head", "Lookup", "Search", "Check", "Select", "Scan", "Query", "BatchGet"} {
		if strings.HasPrefix(name, verb) {
			return true
		}
	}
	return false
}

func digest(parts ...string) [32]byte { return sha256.Sum256([]byte(strings.Join(parts, "\x00"))) }

func uuid(b []byte) string {
	return fmt.Sprintf("%08x-%04x-4%03x-8%03x-%012x", binary.BigEndian.Uint32(b[0:4]), binary.BigEndian.Uint16(b[4:6]),
		binary.BigEndian.Uint16(b[6:8])&0xfff, binary.BigEndian.Uint16(b[8:10])&0xfff, b[10:16])
}

// uniqueID is an IAM unique ID of the given prefix (AIDA for users, AROA for roles): 21 characters.
func uniqueID(prefix string, parts ...string) string { return prefix + base32Of(digest(parts...), 17) }

// accessKey is an access key ID of the given prefix (AKIA long-term, ASIA temporary): 20 characters.
func accessKey(prefix string, parts ...string) string {
	return prefix + base32Of(digest(append(parts, "key")...), 16)
}

// base32Of spells n characters of b in the alphabet IAM IDs use.
func base32Of(b [32]byte, n int) string {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	out := make([]byte, n)
	for i := range out {
		out[i] = alphabet[b[i]%32]
	}
	return string(out)
}
