package cloudtrail

import (
	"errors"
	"fmt"
	"strconv"
)

// Sentinel causes, for errors.Is. A decoder pointed at a whole bucket meets these documents beside
// the log files; they are reported so that callers can skip them.
var (
	// ErrDigestFile: the document is a CloudTrail digest file (log file integrity validation).
	ErrDigestFile = errors.New("a CloudTrail digest file, not log records")
	// ErrS3Notification: the document is an S3 event notification about an object, not its content.
	ErrS3Notification = errors.New("an S3 event notification, not log records")
	// ErrSNSNotification: the document is an SNS message (or CloudTrail's SNS message body) that
	// announces a log file.
	ErrSNSNotification = errors.New("an SNS notification, not log records")
	// ErrNotCloudTrail: an EventBridge event or other envelope that does not carry a CloudTrail record.
	ErrNotCloudTrail = errors.New("not a CloudTrail record")
	// ErrTooLarge: a value is larger than the decoder's limit.
	ErrTooLarge = errors.New("larger than the limit")
)

// RecordError reports one record (or document) that could not be turned into an Event. The stream
// itself is intact: Next goes on with the next record.
type RecordError struct {
	// Index is the number of the record in the stream, from 0, counting every record and document
	// met, good or bad.
	Index int
	// Offset is the record's first byte in the decompressed stream.
	Offset int64
	// Line is the line the record began on, from 1, for documents at the top of the stream (NDJSON
	// and the like); 0 inside a container such as the Records array of an S3 log file.
	Line int
	// ItemID is the batch item the record came in (Envelope.BatchItemID): the SQS message ID, the
	// Kinesis sequence number or the Firehose record ID; "" outside Lambda events.
	ItemID string
	// Err is the cause: a *SyntaxError, ErrTooLarge, ErrNotCloudTrail, ErrDigestFile, a
	// *NotificationError and so on.
	Err error
}

func (e *RecordError) Error() string { return "cloudtrail: " + e.position() + ": " + e.Err.Error() }

// position says where the record is, as encoding/csv's ParseError does.
func (e *RecordError) position() string {
	if e.Line > 0 {
		return fmt.Sprintf("record %d on line %d at byte %d", e.Index, e.Line, e.Offset)
	}
	return fmt.Sprintf("record %d at byte %d", e.Index, e.Offset)
}

// Unwrap returns the cause.
func (e *RecordError) Unwrap() error { return e.Err }

// StreamError reports a break in the input itself (malformed framing, a truncated stream, a corrupt
// gzip member, a read error, the decompressed size limit). It ends the stream: Next returns it from
// then on.
type StreamError struct {
	// Index is the number of records met before the break.
	Index int
	// Offset is the byte of the decompressed stream where the break was found.
	Offset int64
	// Err is the cause.
	Err error
}

func (e *StreamError) Error() string {
	return fmt.Sprintf("cloudtrail: stream broken at byte %d after %s: %v", e.Offset, records(e.Index), e.Err)
}

// records counts records in words: "0 records", "1 record".
func records(n int) string {
	if n == 1 {
		return "1 record"
	}
	return strconv.Itoa(n) + " records"
}

// Unwrap returns the cause.
func (e *StreamError) Unwrap() error { return e.Err }

// SyntaxError is malformed JSON at an offset of the decompressed stream.
type SyntaxError struct {
	Offset int64
	Msg    string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("invalid JSON at byte %d: %s", e.Offset, e.Msg)
}
