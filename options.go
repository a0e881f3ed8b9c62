package cloudtrail

import "strconv"

// Adding a delivery format: see CONTRIBUTING.md.

// Format names a way CloudTrail records are delivered. The decoder detects it from the bytes, for
// each top-level value; WithFormat forces one, and Envelope.Format says which an event came in.
type Format int

// Delivery formats.
const (
	// FormatAuto detects the format of each top-level value.
	FormatAuto Format = iota
	// FormatRecord is a bare record; several may follow one another (NDJSON), or sit in a JSON array.
	FormatRecord
	// FormatS3 is an S3 log file, {"Records":[...]}.
	FormatS3
	// FormatEventBridge is an EventBridge event whose detail is the record.
	FormatEventBridge
	// FormatLookupEvents is LookupEvents output, {"Events":[...]} or one Event object per line, the
	// record a JSON string in CloudTrailEvent.
	FormatLookupEvents
	// FormatCloudWatchLogs is CloudWatch Logs subscription data: the Lambda event {"awslogs":...} or
	// the decoded DATA_MESSAGE whose logEvents' messages are records.
	FormatCloudWatchLogs
	// FormatSQS is the Lambda event of an SQS queue, {"Records":[{"eventSource":"aws:sqs",...}]}: each
	// message body is read as a document of its own (an EventBridge event, an SNS message, an S3
	// event notification, CloudTrail's SNS notification, records).
	FormatSQS
	// FormatSNS is the Lambda event of an SNS topic, {"Records":[{"EventSource":"aws:sns",...}]}, or
	// one SNS message {"Type":"Notification","TopicArn":...,"Message":...} (an SQS body when raw
	// message delivery is off): the Message is read as a document of its own.
	FormatSNS
	// FormatKinesis is the Lambda event of a Kinesis data stream: each record's base64 data, usually
	// gzip CloudWatch Logs subscription data, is read as a document of its own.
	FormatKinesis
	// FormatFirehose is an Amazon Data Firehose transformation event,
	// {"invocationId":...,"records":[{"recordId":...,"data":...}]}: each record's base64 data, usually
	// gzip CloudWatch Logs subscription data, is read as a document of its own.
	FormatFirehose
	// FormatS3Notification is an S3 event notification, {"Records":[{"eventSource":"aws:s3",...}]}. It
	// names objects and carries no records: the decoder reports it with a NotificationError, and
	// Objects reads it.
	FormatS3Notification
)

var formatNames = [...]string{"auto", "record", "s3", "eventbridge", "lookupevents", "cloudwatchlogs", "sqs", "sns", "kinesis", "firehose", "s3notification"}

// String names the format: "sqs" for FormatSQS, "Format(42)" for a value that is none.
func (f Format) String() string {
	if f.known() {
		return formatNames[f]
	}
	return "Format(" + strconv.Itoa(int(f)) + ")"
}

func (f Format) known() bool { return f >= 0 && int(f) < len(formatNames) }

// Compression says whether the input is gzip-compressed.
type Compression int

// Compression choices.
const (
	// CompressionAuto looks for the gzip magic bytes, whatever the file is called.
	CompressionAuto Compression = iota
	// CompressionNone reads the input as it is.
	CompressionNone
	// CompressionGzip requires gzip.
	CompressionGzip
)

// DefaultMaxRecordSize bounds one record or document: well above CloudTrail's 1 MB (Lake) and 256 KB
// (trails) event limits, and far below what a hostile input could make the decoder hold.
const DefaultMaxRecordSize = 16 << 20

// Option configures a Decoder.
type Option func(*options)

type options struct {
	format          Format
	compression     Compression
	maxRecord       int
	maxDecompressed int64
	syncInflate     bool
	objects         bool // Objects reads: what is not a notification is reported as such
	keep            func(*Header) bool
	reuse           bool
}

// WithFormat forces the delivery format instead of detecting it. A value that is none of the
// Format constants makes Next return an error saying so.
func WithFormat(f Format) Option { return func(o *options) { o.format = f } }

// WithCompression forces or forbids gzip instead of detecting it.
func WithCompression(c Compression) Option { return func(o *options) { o.compression = c } }

// WithMaxRecordSize bounds the bytes of one record or one envelope document (default
// DefaultMaxRecordSize). A larger one is skipped with a RecordError wrapping ErrTooLarge.
func WithMaxRecordSize(n int) Option { return func(o *options) { o.maxRecord = n } }

// WithMaxDecompressedSize bounds the total bytes read after decompression (default 0: no bound). Past
// it the stream ends with a StreamError wrapping ErrTooLarge, at the byte where the limit was
// reached: a guard against gzip bombs.
func WithMaxDecompressedSize(n int64) Option { return func(o *options) { o.maxDecompressed = n } }

// WithSyncInflate inflates gzip on the calling goroutine instead of a second one. It costs speed on a
// multi-core machine and saves one goroutine. With GOMAXPROCS at 1 (which Go sets from a
// container's CPU limit, as on Lambda's smaller sizes) the decoder does so by itself.
func WithSyncInflate() Option { return func(o *options) { o.syncInflate = true } }
