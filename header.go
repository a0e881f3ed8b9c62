package cloudtrail

import (
	"strings"
	"time"

	"github.com/trailtype/cloudtrail/internal/lossless"
)

// Header is the top of a record: the scalar members a filter decides on, and the envelope the
// record came in. WithFilter's keep is given one for each record before the record is decoded.
//
// Its fields are those of the Event the record decodes to; a member that is absent, null or not a
// string leaves the zero value.
type Header struct {
	// EventVersion is the record's eventVersion.
	EventVersion Version
	// EventTime is the record's eventTime, read as Event.EventTime is.
	EventTime time.Time
	// EventSource is the service endpoint, such as "ec2.amazonaws.com".
	EventSource string
	// EventName is the API action, such as "RunInstances".
	EventName string
	// AWSRegion is the region the request was made to.
	AWSRegion string
	// SourceIPAddress is the caller's address or service name.
	SourceIPAddress string
	// RecipientAccountID is the account that received this copy of the event.
	RecipientAccountID string
	// ErrorCode is the service's error code for a failed request.
	ErrorCode string
	// EventType is the kind of record, such as AwsApiCall.
	EventType EventType
	// EventCategory is Management, Data, Insight and so on.
	EventCategory EventCategory
	// EventID is CloudTrail's identifier of the record.
	EventID string
	// Envelope is what Decoder.Envelope would say of the event: its format, position and envelopes.
	Envelope Envelope
}

// headerOf is the header of a decoded event.
func headerOf(ev *Event, env Envelope) Header {
	return Header{EventVersion: ev.EventVersion, EventTime: ev.EventTime, EventSource: ev.EventSource,
		EventName: ev.EventName, AWSRegion: ev.AWSRegion, SourceIPAddress: ev.SourceIPAddress,
		RecipientAccountID: ev.RecipientAccountID, ErrorCode: ev.ErrorCode, EventType: ev.EventType,
		EventCategory: ev.EventCategory, EventID: ev.EventID, Envelope: env}
}

// Header members, as bits of the set scanHeader has met.
const (
	hdrVersion uint16 = 1 << iota
	hdrTime
	hdrSource
	hdrName
	hdrRegion
	hdrIP
	hdrAccount
	hdrError
	hdrType
	hdrCategory
	hdrID
	hdrCore = hdrVersion | hdrTime | hdrSource | hdrName | hdrID // coreMask's members
)

// The keys of a record's members, in headerKeys: the header's first, in the order of the constants
// key*, then the Event's other members. A key outside them is in the Event's Extra.
var headerKeys = lossless.NewKeyTable(
	"eventVersion", "eventTime", "eventSource", "eventName", "awsRegion", "sourceIPAddress",
	"recipientAccountId", "errorCode", "eventType", "eventCategory", "eventID",
	"userIdentity", "userAgent", "errorMessage", "requestParameters", "responseElements",
	"additionalEventData", "requestID", "readOnly", "resources", "apiVersion", "managementEvent",
	"serviceEventDetails", "sharedEventID", "vpcEndpointId", "vpcEndpointAccountId", "addendum",
	"sessionCredentialFromConsole", "edgeDeviceDetails", "tlsDetails", "insightDetails",
	"eventContext", "annotation")

// The header's members in headerKeys.
const (
	keyVersion = iota
	keyTime
	keySource
	keyName
	keyRegion
	keyIP
	keyAccount
	keyError
	keyType
	keyCategory
	keyID
)

// scanHeader reads the header of the record at the start of s's data, checking that the whole
// record is well-formed JSON, and returns the record's length. plain says that the record is an
// ordinary CloudTrail record: the decoder would take it for one and the header holds what its Event
// would. Anything odd (a member the Event does not know, a header member twice, null or not a
// string, a Lambda event's eventSource, none of the core members) is not plain: the caller then
// decodes the record and takes the header from the Event. The strings alias the data.
func scanHeader(s *lossless.Scanner, h *Header) (n int, plain bool, err error) {
	*h = Header{}
	var seen uint16
	plain = true
	text := func(bit uint16, p *string) error {
		if seen&bit == 0 {
			if v, ok := s.PlainString(); ok {
				seen |= bit
				*p = v
				return nil
			}
		}
		if seen&bit != 0 || s.Peek() != '"' {
			plain = false
			return s.Skip()
		}
		seen |= bit
		v, err := s.String()
		*p = v
		return err
	}
	err = s.ObjectKeys(headerKeys, func(id int, _ string) error {
		switch id {
		case keyVersion:
			return text(hdrVersion, (*string)(&h.EventVersion))
		case keyTime:
			var t string
			if err := text(hdrTime, &t); err != nil {
				return err
			}
			h.EventTime, _ = lossless.ParseTime(t)
			return nil
		case keySource:
			return text(hdrSource, &h.EventSource)
		case keyName:
			return text(hdrName, &h.EventName)
		case keyRegion:
			return text(hdrRegion, &h.AWSRegion)
		case keyIP:
			return text(hdrIP, &h.SourceIPAddress)
		case keyAccount:
			return text(hdrAccount, &h.RecipientAccountID)
		case keyError:
			return text(hdrError, &h.ErrorCode)
		case keyType:
			return text(hdrType, (*string)(&h.EventType))
		case keyCategory:
			return text(hdrCategory, (*string)(&h.EventCategory))
		case keyID:
			return text(hdrID, &h.EventID)
		case -1:
			plain = false // Extra, which may say the object is something else (see classifyRecord)
		}
		return s.Skip() // a member of the Event that is not in the header
	})
	if err != nil {
		return 0, false, err
	}
	if seen&hdrCore == 0 || strings.HasPrefix(h.EventSource, "aws:") || h.EventSource == "SelfManagedKafka" {
		plain = false
	}
	return s.Pos(), plain, nil
}
