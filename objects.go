package cloudtrail

import (
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"
	"time"

	"github.com/trailtype/cloudtrail/internal/trailkey"
)

// Object is an S3 object that a notification points to: an S3 event notification, an EventBridge
// "Object Created" event, or CloudTrail's own SNS notification of new log files, delivered directly
// or through SQS or SNS.
type Object struct {
	// Bucket is the bucket's name.
	Bucket string
	// Key is the object's key, URL-decoded where the notification encodes it (S3 event
	// notifications write "a b+c.json.gz" as "a+b%2Bc.json.gz"), ready for GetObject.
	Key string
	// Region is the bucket's region; "" when the notification does not say (CloudTrail's SNS
	// notification).
	Region string
	// Size is the object's size in bytes, -1 when the notification does not say.
	Size int64
	// VersionID and ETag are the object's version and entity tag, when the notification has them.
	VersionID, ETag string
	// Event is what happened: "ObjectCreated:Put" and the like for S3 event notifications, "Object
	// Created" for EventBridge; "" for CloudTrail's notification, which announces new log files.
	// Only the ObjectCreated events name an object there is to read.
	Event string
	// Time is when the event happened, when the notification says.
	Time time.Time
	// FileType is which of CloudTrail's files the key names: a log file, an Insights log file, a
	// digest file, or something else.
	FileType FileType
	// MessageID is the batch item the notification came in (Envelope.BatchItemID): the SQS
	// message ID to report in a partial batch response when the object cannot be processed.
	MessageID string
	// Envelope describes the messages the notification came in.
	Envelope Envelope
}

// FileType is which of CloudTrail's files an object key names, in CloudTrail's bucket layout.
type FileType string

// The files of a trail's bucket, told from the key alone (the digest package's ParseObjectKey
// gives the parts of a key).
const (
	FileLog     FileType = "log"     // a log file: .../CloudTrail/<region>/YYYY/MM/DD/<acct>_CloudTrail_...json.gz
	FileInsight FileType = "insight" // an Insights log file, under CloudTrail-Insight
	FileDigest  FileType = "digest"  // a digest file, under CloudTrail-Digest
	FileOther   FileType = "other"   // anything else
)

// FileTypeOf says which of CloudTrail's files a key names, custom prefixes and organization trails
// included.
func FileTypeOf(key string) FileType {
	k, err := trailkey.Parse(key)
	if err != nil {
		return FileOther
	}
	switch k.Type {
	case trailkey.Log:
		return FileLog
	case trailkey.Insight:
		return FileInsight
	case trailkey.Digest:
		return FileDigest
	}
	return FileOther
}

// ErrNotNotification is the cause Objects reports for what is not a notification about objects:
// CloudTrail records, or any other document.
var ErrNotNotification = errors.New("not an S3, EventBridge or SNS notification of objects")

// ErrEmptyObject is the cause Objects reports for a notification of an object that has no bytes
// although its key says gzip, as every CloudTrail file is: CloudTrail never writes one, and reading
// it would give no records and no error.
var ErrEmptyObject = errors.New("an empty object where a gzip file belongs")

// EmptyFile reports whether the notification says the object has no bytes although its key says
// gzip (it ends in .gz, as every CloudTrail log, Insights and digest file does). A gzip file is
// never empty; an empty folder marker ("AWSLogs/") is not one.
func (o Object) EmptyFile() bool { return o.Size == 0 && strings.HasSuffix(o.Key, ".gz") }

// NotificationError is the cause of a RecordError for a document that names S3 objects instead of
// carrying records. It unwraps to ErrS3Notification (S3 event notifications and EventBridge "Object
// Created" events) or ErrSNSNotification (CloudTrail's SNS notification).
type NotificationError struct {
	// Objects are the objects the document names.
	Objects []Object
	cause   error
}

func (e *NotificationError) Error() string {
	var b strings.Builder
	b.WriteString(e.cause.Error())
	for i, o := range e.Objects {
		if i == 3 {
			b.WriteString(", …")
			break
		}
		b.WriteString(", s3://" + o.Bucket + "/" + o.Key)
	}
	return b.String()
}

// Unwrap returns ErrS3Notification or ErrSNSNotification.
func (e *NotificationError) Unwrap() error { return e.cause }

// Objects reads the Lambda event or message in r (an S3 event notification, an SQS or SNS event
// whose messages are notifications, an EventBridge "Object Created" event, CloudTrail's SNS
// notification, any of them nested as AWS nests them) and yields the S3 objects it names, in order.
//
// Errors are those of a Decoder reading r, with the Object's MessageID and Envelope set when the
// error came in a message, so that a handler can report that message as failed. CloudTrail records
// or any other document where a notification belongs give a *RecordError wrapping
// ErrNotNotification, once per message. An object the notification says is empty although its key
// says gzip (Object.EmptyFile) comes with a *RecordError wrapping ErrEmptyObject. Messages that
// announce nothing (S3's test event, CloudTrail's SNS validation message) yield nothing. Options
// are the Decoder's.
func Objects(r io.Reader, opts ...Option) iter.Seq2[Object, error] {
	return func(yield func(Object, error) bool) {
		opts = append(opts[:len(opts):len(opts)], func(o *options) { o.objects = true })
		d := NewDecoder(r, opts...)
		defer d.Close()
		reported := map[string]bool{}
		for {
			ev, err := d.Next()
			var ne *NotificationError
			var re *RecordError
			switch {
			case err == io.EOF:
				return
			case ev != nil:
				env := d.Envelope()
				id := env.BatchItemID()
				if reported[id] {
					continue
				}
				reported[id] = true
				err = &RecordError{Index: env.Index, Offset: env.Offset, ItemID: id, Err: fmt.Errorf("CloudTrail records: %w", ErrNotNotification)}
				if !yield(Object{MessageID: id, Envelope: env, Size: -1}, err) {
					return
				}
			case errors.As(err, &ne):
				at := RecordError{}
				if errors.As(err, &re) {
					at = *re
				}
				for _, o := range ne.Objects {
					var err error
					if o.EmptyFile() {
						err = &RecordError{Index: at.Index, Offset: at.Offset, Line: at.Line, ItemID: o.MessageID,
							Err: fmt.Errorf("s3://%s/%s: %w", o.Bucket, o.Key, ErrEmptyObject)}
					}
					if !yield(o, err) {
						return
					}
				}
			case errors.As(err, &re):
				if !yield(Object{MessageID: re.ItemID, Size: -1}, err) {
					return
				}
			default: // a *StreamError, or an option the decoder cannot follow: the end
				yield(Object{Size: -1}, err)
				return
			}
		}
	}
}
