package cloudtrail

import (
	"strings"

	"github.com/trailtype/cloudtrail/internal/lossless"
)

// docFlags records which telling member names a top-level object has.
type docFlags uint16

const (
	hasDetail docFlags = 1 << iota
	hasDetailType
	hasSource
	hasAWSLogs
	hasCloudTrailEvent
	hasLogEvents
	hasDigest
	hasTopicArn
	hasMessage
	hasS3ObjectKey
	hasS3TestEvent
	hasDeliveryStream
)

func keyFlag(key []byte) docFlags {
	switch string(key) {
	case "detail":
		return hasDetail
	case "detail-type":
		return hasDetailType
	case "source":
		return hasSource
	case "awslogs":
		return hasAWSLogs
	case "CloudTrailEvent":
		return hasCloudTrailEvent
	case "logEvents":
		return hasLogEvents
	case "digestS3Object", "digestS3Bucket", "digestPublicKeyFingerprint", "digestSignatureAlgorithm", "previousDigestSignature":
		return hasDigest
	case "TopicArn":
		return hasTopicArn
	case "Message":
		return hasMessage
	case "s3ObjectKey":
		return hasS3ObjectKey
	case "Event":
		return hasS3TestEvent // S3's test message: {"Service":"Amazon S3","Event":"s3:TestEvent",...}
	case "deliveryStreamArn":
		return hasDeliveryStream
	}
	return 0
}

// streamKind says whether an object's member is an array to stream element by element.
func (d *Decoder) streamKind(key []byte, flags docFlags) (frameKind, bool) {
	switch f := d.o.format; string(key) {
	case "Records":
		return frameRecords, f != FormatRecord && f != FormatEventBridge && f != FormatLookupEvents &&
			f != FormatCloudWatchLogs && f != FormatFirehose
	case "Events":
		return frameLookup, f == FormatAuto || f == FormatLookupEvents
	case "logEvents":
		return frameLogEvents, f == FormatAuto || f == FormatCloudWatchLogs
	case "records":
		// Kafka and Kinesis Data Analytics events have a records member too: a Firehose event names
		// its delivery stream first.
		return frameFirehose, (f == FormatAuto && flags&hasDeliveryStream != 0) || f == FormatFirehose
	}
	return 0, false
}

// docKind is what a top-level object read whole is.
type docKind uint8

const (
	docRecord            docKind = iota
	docEventBridge               // an EventBridge event: detail is the record, or names an S3 object
	docAWSLogs                   // the Lambda event of a CloudWatch Logs subscription
	docLookup                    // one LookupEvents Event
	docSNS                       // one SNS message: Message is a document of its own
	docTrailNotice               // CloudTrail's SNS message body, {"s3Bucket":...,"s3ObjectKey":[...]}
	docS3Test                    // S3's test message
	docLogEventsNotArray         // CloudWatch Logs data whose logEvents is not an array
	docWithoutArray              // a forced format that is an array in an object, without the array
)

func (d *Decoder) docKind(flags docFlags) docKind {
	switch d.o.format {
	case FormatAuto:
	case FormatRecord:
		return docRecord
	case FormatEventBridge:
		return docEventBridge
	case FormatCloudWatchLogs:
		return docAWSLogs
	case FormatLookupEvents:
		return docLookup
	case FormatSNS:
		return docSNS
	default:
		return docWithoutArray
	}
	switch {
	case flags&(hasDetailType|hasDetail) == hasDetailType|hasDetail || flags&(hasDetail|hasSource) == hasDetail|hasSource:
		return docEventBridge
	case flags&hasAWSLogs != 0:
		return docAWSLogs
	case flags&hasCloudTrailEvent != 0:
		return docLookup
	case flags&hasLogEvents != 0:
		return docLogEventsNotArray
	case flags&(hasTopicArn|hasMessage) == hasTopicArn|hasMessage:
		return docSNS
	case flags&hasS3ObjectKey != 0:
		return docTrailNotice
	case flags&hasS3TestEvent != 0:
		return docS3Test
	}
	return docRecord
}

// whole decodes an object read in full: a record, or an envelope around one or around a payload.
func (d *Decoder) whole(raw []byte, off int64, flags docFlags) (*Event, error) {
	switch d.docKind(flags) {
	case docEventBridge:
		return d.eventBridge(raw, off)
	case docAWSLogs:
		return nil, d.awsLogs(raw, off)
	case docLookup:
		return d.lookupEvent(raw, off, Envelope{Format: FormatLookupEvents})
	case docSNS:
		return nil, d.snsMessage(raw, off, Envelope{Format: FormatSNS})
	case docTrailNotice:
		return nil, d.trailNotification(raw, off)
	case docS3Test:
		return nil, d.s3TestMessage(raw, off)
	case docLogEventsNotArray:
		return nil, d.notCloudTrail(off, "CloudWatch Logs data whose logEvents is not an array")
	case docWithoutArray:
		return nil, d.notCloudTrail(off, "an object without the array of %s input", d.o.format)
	}
	env := Envelope{Format: FormatRecord}
	if d.o.keep != nil {
		if _, skip, _, err := d.filtered(raw, &env, off, true); skip && err == nil {
			return nil, nil
		}
	}
	d.root.raw = raw
	ev, err := d.decodeRecord(raw)
	if err != nil {
		return nil, d.recordErr(off, err)
	}
	kind, what := classifyRecord(ev, d.o.format == FormatAuto)
	if kind == kindRecord {
		return d.yield(ev, &env, off)
	}
	if d.o.format != FormatAuto {
		return nil, d.notCloudTrail(off, "%s", what)
	}
	return nil, d.lambdaRecord(kind, what, raw, off)
}

// recordKind is what an object decoded as a record really is.
type recordKind uint8

const (
	kindRecord  recordKind = iota // a CloudTrail record
	kindForeign                   // something else, never a record
	kindSQS                       // the record of an SQS event: one message
	kindSNS                       // the record of an SNS event: one message
	kindKinesis                   // the record of a Kinesis event
	kindS3                        // the record of an S3 event notification
)

// format is the input format whose Records hold elements of the kind.
func (k recordKind) format() Format {
	switch k {
	case kindRecord:
		return FormatS3
	case kindSQS:
		return FormatSQS
	case kindSNS:
		return FormatSNS
	case kindKinesis:
		return FormatKinesis
	case kindS3:
		return FormatS3Notification
	}
	return -1
}

// lambdaRecord hands a Lambda event's record to the reader of its kind, unless the caller forced
// another format; anything else is reported as what it is.
func (d *Decoder) lambdaRecord(kind recordKind, what string, raw []byte, off int64) error {
	if f := d.o.format; f != FormatAuto && f != kind.format() {
		return d.notCloudTrail(off, "%s where %s input was asked for", what, f)
	}
	switch kind {
	case kindSQS:
		return d.sqsMessage(raw, off)
	case kindSNS:
		return d.snsRecord(raw, off)
	case kindKinesis:
		return d.kinesisRecord(raw, off)
	case kindS3:
		return d.s3Notification(raw, off)
	}
	if what == whatNoCoreMember && d.o.objects {
		what = "a JSON object" // what records have is beside the point
	}
	return d.notCloudTrail(off, "%s", what)
}

// coreMask is the members every CloudTrail record has at least one of. A top-level object, or the
// first elements of a Records array, without any of them is not taken for a record: Lambda events
// and other documents share names like awsRegion, userIdentity and eventType with records, but none
// of these five without also saying what they are.
var coreMask = eventCodec.Mask("eventVersion", "eventTime", "eventSource", "eventName", "eventID")

// whatNoCoreMember describes an object without any of coreMask's members.
const whatNoCoreMember = "an object with none of eventVersion, eventTime, eventSource, eventName, eventID"

// lambdaSources names the eventSource values of Lambda event records. CloudTrail's own event
// sources are host names ("s3.amazonaws.com"), never "aws:...".
var lambdaSources = map[string]string{
	"aws:sqs":          "an SQS message",
	"aws:sns":          "an SNS message",
	"aws:kinesis":      "a Kinesis record",
	"aws:s3":           "an S3 event notification",
	"aws:dynamodb":     "a DynamoDB stream record",
	"aws:ses":          "an SES email receipt event",
	"aws:codecommit":   "a CodeCommit trigger",
	"aws:kafka":        "an Amazon MSK (Kafka) event",
	"SelfManagedKafka": "a self-managed Kafka event",
	"aws:mq":           "an Amazon MQ (ActiveMQ) event",
	"aws:rmq":          "an Amazon MQ (RabbitMQ) event",
	"aws:docdb":        "a DocumentDB change stream event",
}

// foreignMarkers are member names that mark a Lambda event or another AWS document and never stand
// at the top of a CloudTrail record. The first group is decisive even beside record members (the
// Lambda event records that share eventSource, eventName, userIdentity... with records); the rest
// only name what an object without record members is. The order is fixed, so errors are too.
var foreignMarkers = []struct {
	key, what string
	decisive  bool
}{
	{"receiptHandle", "an SQS message", true},
	{"md5OfBody", "an SQS message", true},
	{"Sns", "an SNS message", true},
	{"EventSubscriptionArn", "an SNS message", true},
	{"kinesis", "a Kinesis record", true},
	{"invokeIdentityArn", "a Kinesis record", true},
	{"dynamodb", "a DynamoDB stream record", true},
	{"ses", "an SES email receipt event", true},
	{"codecommit", "a CodeCommit trigger", true},
	{"s3", "an S3 event notification", true},
	{"cf", "a CloudFront Lambda@Edge event", true},
	{"bootstrapServers", "a Kafka event", true},
	{"rmqMessagesByQueue", "an Amazon MQ (RabbitMQ) event", true},
	{"eventSourceARN", "a Lambda event source record", true},
	{"eventSourceArn", "a Lambda event source record", true},
	{"xAmzRequestId", "an S3 Object Lambda event", true},
	{"getObjectContext", "an S3 Object Lambda event", true},
	{"identityPoolId", "a Cognito sync trigger", true},
	{"datasetRecords", "a Cognito sync trigger", true},
	{"triggerSource", "a Cognito user pool trigger", false},
	{"invocationSchemaVersion", "an S3 Batch Operations job", false},
	{"invocationId", "a Firehose or Kinesis Data Analytics event", false},
	{"awslogs", "CloudWatch Logs data", false},
	{"httpMethod", "an HTTP request event (API Gateway, load balancer)", false},
	{"routeKey", "an API Gateway HTTP API event", false},
	{"rawPath", "a Lambda function URL or HTTP API event", false},
	{"requestContext", "a request event (API Gateway, load balancer, AppSync, WebSocket)", false},
	{"invokingEvent", "an AWS Config rule event", false},
	{"CodePipeline.job", "a CodePipeline job", false},
	{"RequestType", "a CloudFormation custom resource request", false},
	{"ClientRequestToken", "a Secrets Manager rotation event", false},
	{"alarmData", "a CloudWatch alarm event", false},
	{"currentIntent", "a Lex event", false},
	{"sessionState", "a Lex V2 event", false},
	{"Details", "an Amazon Connect event", false},
	{"clickType", "an IoT button event", false},
	{"deviceEvent", "an IoT 1-Click event", false},
	{"messages", "a message broker event", false},
	{"tasks", "a batch job event", false},
	{"records", "a batch of records of another service", false},
	{"detail", "an EventBridge event", false},
}

// classifyRecord says whether an object decoded as an Event is a CloudTrail record. needCore asks
// for at least one core member (see coreMask): every top-level object, and a Records element
// until a record was met in the same array, where odd elements stay records.
func classifyRecord(ev *Event, needCore bool) (recordKind, string) {
	src := ev.EventSource
	if src == "" && ev.Extra["EventSource"] != nil { // SNS's records capitalise their members
		src = rawString(ev.Extra["EventSource"])
	}
	if strings.HasPrefix(src, "aws:") || src == "SelfManagedKafka" {
		switch src {
		case "aws:sqs":
			return kindSQS, lambdaSources[src]
		case "aws:sns":
			return kindSNS, lambdaSources[src]
		case "aws:kinesis":
			return kindKinesis, lambdaSources[src]
		case "aws:s3":
			return kindS3, lambdaSources[src]
		}
		if what, ok := lambdaSources[src]; ok {
			return kindForeign, what
		}
		return kindForeign, "a Lambda event record from " + src
	}
	if len(ev.Extra) > 0 {
		for _, m := range foreignMarkers {
			if _, ok := ev.Extra[m.key]; ok && (m.decisive || (needCore && !lossless.ShapeOf(&ev.Layout).Any(coreMask))) {
				return kindForeign, m.what
			}
		}
	}
	if needCore && !lossless.ShapeOf(&ev.Layout).Any(coreMask) {
		return kindForeign, whatNoCoreMember
	}
	return kindRecord, ""
}

// rawString is the text of a raw JSON string, "" for anything else.
func rawString(raw []byte) string {
	s := lossless.NewScanner(raw)
	if s.Peek() != '"' {
		return ""
	}
	v, _ := s.String()
	return v
}
