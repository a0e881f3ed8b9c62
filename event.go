package cloudtrail

import (
	"encoding/json"
	"time"

	"github.com/trailtype/cloudtrail/internal/lossless"
)

// Event is one CloudTrail record: a management, data, network-activity, Insights or service event,
// as found in S3 log files, CloudWatch Logs, EventBridge's detail and LookupEvents' CloudTrailEvent.
//
// Every field is optional: absent members leave the zero value. Decoding then encoding an Event gives
// back the same JSON, key order and white space aside: members this version does not know are kept
// in Extra, null stays null, and a value of an unexpected JSON type (a string where a boolean is
// documented, a time in another layout) is written back as it came unless the field is changed.
// Changes to any field, including Extra, show in the encoding.
//
// Use encoding/json or goccy/go-json to encode and decode an Event; both use its own methods.
type Event struct {
	// EventVersion is the record format version, for example "1.08". Compare it with Version's methods.
	EventVersion Version `json:"eventVersion,omitempty"`
	// UserIdentity describes who made the request. It is nil in Insights records.
	UserIdentity *UserIdentity `json:"userIdentity,omitempty"`
	// EventTime is when the request completed, in UTC. It is the zero time when absent or unreadable.
	EventTime time.Time `json:"eventTime"`
	// EventSource is the service endpoint, such as "s3.amazonaws.com".
	EventSource string `json:"eventSource,omitempty"`
	// EventName is the API action, such as "PutObject".
	EventName string `json:"eventName,omitempty"`
	// AWSRegion is the region the request was made to; "global" has been seen on old sign-in events.
	AWSRegion string `json:"awsRegion,omitempty"`
	// SourceIPAddress is an IP address, a service host name such as "signin.amazonaws.com", or
	// "AWS Internal". Use SourceIP to get an address only when it is one.
	SourceIPAddress string `json:"sourceIPAddress,omitempty"`
	// UserAgent is the caller's agent, truncated by CloudTrail at 1 KB.
	UserAgent string `json:"userAgent,omitempty"`
	// ErrorCode is the service's error code for a failed request.
	ErrorCode string `json:"errorCode,omitempty"`
	// ErrorMessage is the service's error text, truncated at 1 KB.
	ErrorMessage string `json:"errorMessage,omitempty"`
	// RequestParameters is the request, service-specific, exactly as recorded (often the JSON null).
	// Decode it with UnmarshalPayload.
	RequestParameters json.RawMessage `json:"requestParameters,omitempty"`
	// ResponseElements is the response, service-specific, exactly as recorded (often null).
	ResponseElements json.RawMessage `json:"responseElements,omitempty"`
	// AdditionalEventData holds extra service data, exactly as recorded.
	AdditionalEventData json.RawMessage `json:"additionalEventData,omitempty"`
	// RequestID is the service's request identifier.
	RequestID string `json:"requestID,omitempty"`
	// EventID is CloudTrail's identifier of this copy of the event. It is not always a valid UUID.
	EventID string `json:"eventID,omitempty"`
	// ReadOnly reports whether the operation only reads; nil when absent.
	ReadOnly *bool `json:"readOnly,omitempty"`
	// Resources lists the resources the event touched.
	Resources []Resource `json:"resources,omitempty"`
	// EventType is the kind of record, such as AwsApiCall.
	EventType EventType `json:"eventType,omitempty"`
	// APIVersion is the API version of an AwsApiCall, for example "20060301".
	APIVersion string `json:"apiVersion,omitempty"`
	// ManagementEvent reports whether this is a management event; nil when absent (before 1.06).
	ManagementEvent *bool `json:"managementEvent,omitempty"`
	// RecipientAccountID is the account that received this copy of the event.
	RecipientAccountID string `json:"recipientAccountId,omitempty"`
	// ServiceEventDetails holds the details of an AwsServiceEvent, exactly as recorded.
	ServiceEventDetails json.RawMessage `json:"serviceEventDetails,omitempty"`
	// SharedEventID is shared by the copies of one action delivered to several accounts, and links
	// the Start and End records of an Insight.
	SharedEventID string `json:"sharedEventID,omitempty"`
	// VPCEndpointID is the VPC endpoint the request came through.
	VPCEndpointID string `json:"vpcEndpointId,omitempty"`
	// VPCEndpointAccountID is the account that owns the VPC endpoint (since 1.09).
	VPCEndpointAccountID string `json:"vpcEndpointAccountId,omitempty"`
	// EventCategory is Management, Data, NetworkActivity, Insight and so on (since 1.07).
	EventCategory EventCategory `json:"eventCategory,omitempty"`
	// Addendum explains a late or corrected delivery (since 1.08).
	Addendum *Addendum `json:"addendum,omitempty"`
	// SessionCredentialFromConsole reports a request made with console session credentials. JSON
	// holds it as the string "true".
	SessionCredentialFromConsole bool `json:"sessionCredentialFromConsole,omitempty"`
	// EdgeDeviceDetails describes an Outposts or Snow device target, exactly as recorded.
	EdgeDeviceDetails json.RawMessage `json:"edgeDeviceDetails,omitempty"`
	// TLSDetails describes the client's TLS connection.
	TLSDetails *TLSDetails `json:"tlsDetails,omitempty"`
	// InsightDetails holds the details of an Insights record.
	InsightDetails *InsightDetails `json:"insightDetails,omitempty"`
	// EventContext holds CloudTrail Lake enrichment (request and tag context, since 1.11), exactly as
	// recorded.
	EventContext json.RawMessage `json:"eventContext,omitempty"`
	// Annotation is a free-text annotation (CloudTrail Lake); its meaning is undocumented.
	Annotation string `json:"annotation,omitempty"`

	// Extra holds the members this package does not model, by key, as raw JSON. They are encoded
	// after the known members; a key that names a known member is ignored.
	Extra map[string]json.RawMessage `json:"-"`

	// Layout keeps how the JSON looked; it never counts when values are compared (see Layout).
	Layout Layout `json:"-"`
}

// Resource is one entry of an event's resources list.
type Resource struct {
	// ARN is the resource's ARN (upper-case key in JSON).
	ARN string `json:"ARN,omitempty"`
	// ARNPrefix replaces ARN in some S3 data events.
	ARNPrefix string `json:"ARNPrefix,omitempty"`
	// AccountID is the account that owns the resource; S3 data events may leave it out.
	AccountID string `json:"accountId,omitempty"`
	// Type is the resource type, such as "AWS::S3::Object".
	Type string `json:"type,omitempty"`
	// Extra holds members this package does not model.
	Extra map[string]json.RawMessage `json:"-"`

	// Layout keeps how the JSON looked; it never counts when values are compared (see Layout).
	Layout Layout `json:"-"`
}

// Addendum says why an event was delivered late or changed after delivery.
type Addendum struct {
	// Reason is DELIVERY_DELAY, UPDATED_DATA or SERVICE_OUTAGE.
	Reason AddendumReason `json:"reason,omitempty"`
	// UpdatedFields lists the updated fields (UPDATED_DATA only).
	UpdatedFields string `json:"updatedFields,omitempty"`
	// OriginalRequestID is the request ID of the original event (UPDATED_DATA only).
	OriginalRequestID string `json:"originalRequestID,omitempty"`
	// OriginalEventID is the event ID of the original event (UPDATED_DATA only).
	OriginalEventID string `json:"originalEventID,omitempty"`
	// OriginalUID replaces OriginalRequestID in CloudTrail Lake integration events.
	OriginalUID string `json:"originalUID,omitempty"`
	// Extra holds members this package does not model.
	Extra map[string]json.RawMessage `json:"-"`

	// Layout keeps how the JSON looked; it never counts when values are compared (see Layout).
	Layout Layout `json:"-"`
}

// TLSDetails describes the TLS connection a request came over.
type TLSDetails struct {
	// TLSVersion is the protocol version, such as "TLSv1.2".
	TLSVersion string `json:"tlsVersion,omitempty"`
	// CipherSuite is the OpenSSL-style cipher suite name.
	CipherSuite string `json:"cipherSuite,omitempty"`
	// ClientProvidedHostHeader is the host name the client asked for.
	ClientProvidedHostHeader string `json:"clientProvidedHostHeader,omitempty"`
	// KeyExchange is the key exchange group, such as "X25519MLKEM768".
	KeyExchange string `json:"keyExchange,omitempty"`
	// Extra holds members this package does not model.
	Extra map[string]json.RawMessage `json:"-"`

	// Layout keeps how the JSON looked; it never counts when values are compared (see Layout).
	Layout Layout `json:"-"`
}

var eventCodec = lossless.NewCodec(
	func(e *Event) *lossless.Layout { return &e.Layout },
	func(e *Event) *map[string]json.RawMessage { return &e.Extra },
	lossless.String("eventVersion", func(e *Event) *Version { return &e.EventVersion }),
	lossless.ObjectAlloc("userIdentity", func(e *Event) **UserIdentity { return &e.UserIdentity }, userIdentityCodec,
		fromBlock(usedIdentity, func(b *eventBlock) *UserIdentity { return &b.identity })),
	lossless.Time("eventTime", func(e *Event) *time.Time { return &e.EventTime }),
	lossless.String("eventSource", func(e *Event) *string { return &e.EventSource }),
	lossless.String("eventName", func(e *Event) *string { return &e.EventName }),
	lossless.String("awsRegion", func(e *Event) *string { return &e.AWSRegion }),
	lossless.String("sourceIPAddress", func(e *Event) *string { return &e.SourceIPAddress }),
	lossless.String("userAgent", func(e *Event) *string { return &e.UserAgent }),
	lossless.String("errorCode", func(e *Event) *string { return &e.ErrorCode }),
	lossless.String("errorMessage", func(e *Event) *string { return &e.ErrorMessage }),
	lossless.Raw("requestParameters", func(e *Event) *json.RawMessage { return &e.RequestParameters }),
	lossless.Raw("responseElements", func(e *Event) *json.RawMessage { return &e.ResponseElements }),
	lossless.Raw("additionalEventData", func(e *Event) *json.RawMessage { return &e.AdditionalEventData }),
	lossless.String("requestID", func(e *Event) *string { return &e.RequestID }),
	lossless.String("eventID", func(e *Event) *string { return &e.EventID }),
	lossless.OptionalBoolAlloc("readOnly", func(e *Event) **bool { return &e.ReadOnly },
		fromBlock(usedReadOnly, func(b *eventBlock) *bool { return &b.readOnly })),
	lossless.SliceAlloc("resources", func(e *Event) *[]Resource { return &e.Resources }, resourceCodec, resourcesFromBlock),
	lossless.String("eventType", func(e *Event) *EventType { return &e.EventType }),
	lossless.String("apiVersion", func(e *Event) *string { return &e.APIVersion }),
	lossless.OptionalBoolAlloc("managementEvent", func(e *Event) **bool { return &e.ManagementEvent },
		fromBlock(usedManagement, func(b *eventBlock) *bool { return &b.management })),
	lossless.String("recipientAccountId", func(e *Event) *string { return &e.RecipientAccountID }),
	lossless.Raw("serviceEventDetails", func(e *Event) *json.RawMessage { return &e.ServiceEventDetails }),
	lossless.String("sharedEventID", func(e *Event) *string { return &e.SharedEventID }),
	lossless.String("vpcEndpointId", func(e *Event) *string { return &e.VPCEndpointID }),
	lossless.String("vpcEndpointAccountId", func(e *Event) *string { return &e.VPCEndpointAccountID }),
	lossless.String("eventCategory", func(e *Event) *EventCategory { return &e.EventCategory }),
	lossless.Object("addendum", func(e *Event) **Addendum { return &e.Addendum }, addendumCodec),
	lossless.StringBool("sessionCredentialFromConsole", func(e *Event) *bool { return &e.SessionCredentialFromConsole }),
	lossless.Raw("edgeDeviceDetails", func(e *Event) *json.RawMessage { return &e.EdgeDeviceDetails }),
	lossless.ObjectAlloc("tlsDetails", func(e *Event) **TLSDetails { return &e.TLSDetails }, tlsDetailsCodec,
		fromBlock(usedTLS, func(b *eventBlock) *TLSDetails { return &b.tls })),
	lossless.Object("insightDetails", func(e *Event) **InsightDetails { return &e.InsightDetails }, insightDetailsCodec),
	lossless.Raw("eventContext", func(e *Event) *json.RawMessage { return &e.EventContext }),
	lossless.String("annotation", func(e *Event) *string { return &e.Annotation }),
)

var resourceCodec = lossless.NewCodec(
	func(r *Resource) *lossless.Layout { return &r.Layout },
	func(r *Resource) *map[string]json.RawMessage { return &r.Extra },
	lossless.String("ARN", func(r *Resource) *string { return &r.ARN }),
	lossless.String("ARNPrefix", func(r *Resource) *string { return &r.ARNPrefix }),
	lossless.String("accountId", func(r *Resource) *string { return &r.AccountID }),
	lossless.String("type", func(r *Resource) *string { return &r.Type }),
)

var addendumCodec = lossless.NewCodec(
	func(a *Addendum) *lossless.Layout { return &a.Layout },
	func(a *Addendum) *map[string]json.RawMessage { return &a.Extra },
	lossless.String("reason", func(a *Addendum) *AddendumReason { return &a.Reason }),
	lossless.String("updatedFields", func(a *Addendum) *string { return &a.UpdatedFields }),
	lossless.String("originalRequestID", func(a *Addendum) *string { return &a.OriginalRequestID }),
	lossless.String("originalEventID", func(a *Addendum) *string { return &a.OriginalEventID }),
	lossless.String("originalUID", func(a *Addendum) *string { return &a.OriginalUID }),
)

var tlsDetailsCodec = lossless.NewCodec(
	func(t *TLSDetails) *lossless.Layout { return &t.Layout },
	func(t *TLSDetails) *map[string]json.RawMessage { return &t.Extra },
	lossless.String("tlsVersion", func(t *TLSDetails) *string { return &t.TLSVersion }),
	lossless.String("cipherSuite", func(t *TLSDetails) *string { return &t.CipherSuite }),
	lossless.String("clientProvidedHostHeader", func(t *TLSDetails) *string { return &t.ClientProvidedHostHeader }),
	lossless.String("keyExchange", func(t *TLSDetails) *string { return &t.KeyExchange }),
)

// MarshalJSON encodes the event losslessly; see Event.
func (e Event) MarshalJSON() ([]byte, error) { return eventCodec.Marshal(&e) }

// UnmarshalJSON decodes one record. It fails only on malformed JSON or a value that is not an object.
func (e *Event) UnmarshalJSON(data []byte) error { return eventCodec.UnmarshalCopy(e, data) }

// MarshalJSON encodes the resource losslessly.
func (r Resource) MarshalJSON() ([]byte, error) { return resourceCodec.Marshal(&r) }

// UnmarshalJSON decodes a resource.
func (r *Resource) UnmarshalJSON(data []byte) error { return resourceCodec.UnmarshalCopy(r, data) }

// MarshalJSON encodes the addendum losslessly.
func (a Addendum) MarshalJSON() ([]byte, error) { return addendumCodec.Marshal(&a) }

// UnmarshalJSON decodes an addendum.
func (a *Addendum) UnmarshalJSON(data []byte) error { return addendumCodec.UnmarshalCopy(a, data) }

// MarshalJSON encodes the TLS details losslessly.
func (t TLSDetails) MarshalJSON() ([]byte, error) { return tlsDetailsCodec.Marshal(&t) }

// UnmarshalJSON decodes TLS details.
func (t *TLSDetails) UnmarshalJSON(data []byte) error { return tlsDetailsCodec.UnmarshalCopy(t, data) }

// Clone returns a copy of e that shares no memory with it, nor with the buffer e was decoded from:
// keep clones of the few events a program holds on to, and the decoder's read buffers can go. The
// copy is e's encoding decoded again, so it is equal to e, odd values and unknown members included.
// An event holding invalid JSON in a raw field or in Extra, which only code can put there, cannot be
// decoded again and is copied field by field instead, sharing that JSON.
func (e *Event) Clone() *Event {
	if e == nil {
		return nil
	}
	if c, err := decodeRecord(eventCodec.Append(nil, e)); err == nil {
		return c
	}
	c := *e
	return &c
}
