package cloudtrail

import (
	"strconv"
	"time"

	"github.com/trailtype/cloudtrail/internal/lossless"
)

// Envelope describes where the event that Next last returned came from. Only the member for its
// delivery format is set.
type Envelope struct {
	// Format is the delivery format the event was found in.
	Format Format
	// Index is the event's number in the stream, from 0, counting every record and document met.
	Index int
	// Offset is the first byte of the record, or of the envelope holding it, in the decompressed
	// stream.
	Offset int64
	// EventBridge is the EventBridge event around the record.
	EventBridge *EventBridgeEnvelope
	// CloudWatchLogs is the CloudWatch Logs subscription data and log event around the record.
	CloudWatchLogs *CloudWatchLogsEnvelope
	// LookupEvent is the LookupEvents Event around the record.
	LookupEvent *LookupEventEnvelope
}

// EventBridgeEnvelope is the EventBridge event around a record (its detail).
type EventBridgeEnvelope struct {
	// Version is the envelope version, "0".
	Version string
	// ID is the EventBridge event ID.
	ID string
	// DetailType is the detail-type, such as "AWS API Call via CloudTrail".
	DetailType string
	// Source is "aws." and the service, such as "aws.s3".
	Source string
	// Account is the account the event was delivered in.
	Account string
	// Region is the region the event was delivered in.
	Region string
	// Time is the envelope's time; TimeText keeps the text it came as.
	Time     time.Time
	TimeText string
	// Resources is the envelope's resources list ([] for CloudTrail events).
	Resources []string
}

// CloudWatchLogsEnvelope is the subscription data and log event around a record.
type CloudWatchLogsEnvelope struct {
	// Owner is the account that owns the log group.
	Owner string
	// LogGroup is the log group CloudTrail writes to.
	LogGroup string
	// LogStream is "<account>_CloudTrail_<region>", with a number when there are several.
	LogStream string
	// SubscriptionFilters names the filters that sent the data.
	SubscriptionFilters []string
	// MessageType is DATA_MESSAGE (CONTROL_MESSAGE data yields no events).
	MessageType string
	// ID is the log event's ID, a large decimal kept as text.
	ID string
	// Timestamp is the log event's time (epoch milliseconds in JSON).
	Timestamp time.Time
}

// LookupEventEnvelope is the LookupEvents Event around a record (CloudTrailEvent).
type LookupEventEnvelope struct {
	// EventID is the event's ID, the record's eventID.
	EventID string
	// EventName is the API action.
	EventName string
	// EventSource is the service endpoint.
	EventSource string
	// Username is the user or role session name.
	Username string
	// AccessKeyID is the access key used.
	AccessKeyID string
	// ReadOnly is the string "true" or "false", as the API writes it.
	ReadOnly string
	// EventTime is read from epoch seconds (the API's wire form) or from text (the CLI's).
	EventTime time.Time
}

// eventBridgeDetailTypes are the detail-type values of events that carry a CloudTrail record.
var eventBridgeDetailTypes = map[string]bool{
	"AWS API Call via CloudTrail":               true,
	"AWS Console Sign In via CloudTrail":        true, // what real events carry
	"AWS Console Signin via CloudTrail":         true, // what the EventBridge documentation writes
	"AWS Console Action via CloudTrail":         true,
	"AWS Service Event via CloudTrail":          true,
	"AWS Insight via CloudTrail":                true,
	"AWS Network Activity Event via CloudTrail": true,
}

// readString reads a string value for envelope metadata; other JSON types give "".
func readString(s *lossless.Scanner) string {
	if s.Peek() != '"' {
		_ = s.Skip()
		return ""
	}
	v, _ := s.String()
	return v
}

func readStrings(s *lossless.Scanner) []string {
	var out []string
	if s.Peek() != '[' {
		_ = s.Skip()
		return nil
	}
	_ = s.Array(func() error {
		out = append(out, readString(s))
		return nil
	})
	return out
}

// readTime reads a time given as text or as epoch units (seconds or milliseconds).
func readTime(s *lossless.Scanner, unit time.Duration) (time.Time, string) {
	switch c := s.Peek(); {
	case c == '"':
		text, _ := s.String()
		t, _ := lossless.ParseTime(text)
		return t, text
	case c == '-' || ('0' <= c && c <= '9'):
		text, _ := s.Number()
		f, err := strconv.ParseFloat(text, 64)
		if err != nil {
			return time.Time{}, text
		}
		return time.Unix(0, int64(f*float64(unit))).UTC(), text
	}
	_ = s.Skip()
	return time.Time{}, ""
}
