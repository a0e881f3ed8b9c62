package cloudtrailtest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/trailtype/cloudtrail"
)

// Encode writes events in a delivery format, as AWS would deliver them: an S3 log file
// (cloudtrail.FormatS3), one record per line (FormatRecord), EventBridge events (FormatEventBridge),
// LookupEvents output (FormatLookupEvents), CloudWatch Logs subscription data (FormatCloudWatchLogs,
// the decoded DATA_MESSAGE), and the Lambda events of SQS, SNS, Kinesis and Firehose that carry them
// (FormatSQS, FormatSNS, FormatKinesis, FormatFirehose). It refuses the other formats, which carry no
// records. For a JSON array or the Lambda event of a CloudWatch Logs subscription, see Output.
// Compress with a gzip.Writer of your own for a .json.gz file. cloudtrail.NewDecoder reads whatever
// Encode writes back to equal events.
func Encode(w io.Writer, f cloudtrail.Format, events ...*cloudtrail.Event) error {
	return encodeAll(NewEncoder(w, f), events)
}

func encodeAll(e *Encoder, events []*cloudtrail.Event) error {
	for _, ev := range events {
		if err := e.Encode(ev); err != nil {
			return err
		}
	}
	return e.Close()
}

// Encoder writes events one at a time, for streams too long to hold; Close finishes the document.
type Encoder struct {
	w      *bufio.Writer
	format cloudtrail.Format
	array  bool // JSONArray: FormatRecord's records in one array
	n      int
	err    error
	inner  *Encoder      // AWSLogs: the subscription data, written to data
	data   *bytes.Buffer // AWSLogs: the subscription data
	wrote  bool          // the document's opening is written
}

// NewEncoder returns an encoder writing to w in format f. For a format Encode does not write, the
// encoder's methods return an error saying so.
func NewEncoder(w io.Writer, f cloudtrail.Format) *Encoder {
	e := &Encoder{w: bufio.NewWriter(w), format: f}
	switch f {
	case cloudtrail.FormatS3, cloudtrail.FormatRecord, cloudtrail.FormatEventBridge, cloudtrail.FormatLookupEvents,
		cloudtrail.FormatCloudWatchLogs, cloudtrail.FormatSQS, cloudtrail.FormatSNS, cloudtrail.FormatKinesis, cloudtrail.FormatFirehose:
	case cloudtrail.FormatAuto:
		e.err = errors.New("cloudtrailtest: Encode does not write auto: it is the decoder's detection, no delivery format")
	case cloudtrail.FormatS3Notification:
		e.err = errors.New("cloudtrailtest: Encode does not write s3notification: S3 event notifications carry no records")
	default:
		e.err = fmt.Errorf("cloudtrailtest: Encode does not write %v: no such format", f)
	}
	return e
}

// lineDelimited says that the encoder writes one document per line.
func (e *Encoder) lineDelimited() bool {
	return !e.array && (e.format == cloudtrail.FormatRecord || e.format == cloudtrail.FormatEventBridge)
}

// Encode writes one event.
func (e *Encoder) Encode(ev *cloudtrail.Event) error {
	if e.err != nil {
		return e.err
	}
	if e.inner != nil {
		e.err = e.inner.Encode(ev)
		return e.err
	}
	rec, err := json.Marshal(ev)
	if err != nil {
		e.err = err
		return err
	}
	e.n++
	e.open(ev)
	e.err = e.element(ev, rec)
	return e.err
}

// open writes what comes before the first element, and the separator before later ones.
func (e *Encoder) open(ev *cloudtrail.Event) {
	if e.wrote {
		if e.lineDelimited() {
			e.w.WriteByte('\n')
		} else {
			e.w.WriteByte(',')
		}
		return
	}
	e.wrote = true
	if e.array {
		e.w.WriteByte('[')
		return
	}
	switch e.format {
	case cloudtrail.FormatS3, cloudtrail.FormatSQS, cloudtrail.FormatSNS, cloudtrail.FormatKinesis:
		e.w.WriteString(`{"Records":[`)
	case cloudtrail.FormatLookupEvents:
		e.w.WriteString(`{"Events":[`)
	case cloudtrail.FormatCloudWatchLogs:
		account, region := accountOf(ev), or(ev.AWSRegion, "us-east-1")
		fmt.Fprintf(e.w, `{"messageType":"DATA_MESSAGE","owner":%q,"logGroup":"aws-cloudtrail-logs-%s","logStream":"%s_CloudTrail_%s",`+
			`"subscriptionFilters":["cloudtrailtest"],"logEvents":[`, account, account, account, region)
	case cloudtrail.FormatFirehose:
		e.w.WriteString(`{"invocationId":"00000000-0000-4000-8000-000000000000","deliveryStreamArn":"arn:aws:firehose:us-east-1:111122223333:deliverystream/cloudtrail",` +
			`"region":"us-east-1","records":[`)
	}
}

// element writes one event's element of the format.
func (e *Encoder) element(ev *cloudtrail.Event, rec []byte) error {
	id := fmt.Sprintf("00000000-0000-4000-8000-%012d", e.n)
	switch e.format {
	case cloudtrail.FormatS3, cloudtrail.FormatRecord:
		e.w.Write(rec)
	case cloudtrail.FormatEventBridge:
		e.w.Write(eventBridgeEvent(ev, rec, id))
	case cloudtrail.FormatLookupEvents:
		readOnly := "false"
		if ev.ReadOnly != nil && *ev.ReadOnly {
			readOnly = "true"
		}
		var user, key string
		if u := ev.UserIdentity; u != nil {
			user, key = or(u.UserName, sessionName(u.ARN)), u.AccessKeyID
		}
		fmt.Fprintf(e.w, `{"EventId":%q,"EventName":%q,"ReadOnly":%q,"AccessKeyId":%q,"EventTime":%d,"EventSource":%q,"Username":%q,"Resources":[],"CloudTrailEvent":%s}`,
			ev.EventID, ev.EventName, readOnly, key, ev.EventTime.Unix(), ev.EventSource, user, quote(rec))
	case cloudtrail.FormatCloudWatchLogs:
		fmt.Fprintf(e.w, `{"id":"3719581760000000000000000000000000000000000000000000%04d","timestamp":%d,"message":%s}`, e.n, ev.EventTime.UnixMilli(), quote(rec))
	case cloudtrail.FormatSQS:
		fmt.Fprintf(e.w, `{"messageId":%q,"receiptHandle":"AQEB%012d","body":%s,"attributes":{"ApproximateReceiveCount":"1","SentTimestamp":"%d",`+
			`"SenderId":"AIDAEXAMPLESENDER","ApproximateFirstReceiveTimestamp":"%d"},"messageAttributes":{},"md5OfBody":"","eventSource":"aws:sqs",`+
			`"eventSourceARN":"arn:aws:sqs:us-east-1:111122223333:cloudtrail-events","awsRegion":"us-east-1"}`,
			id, e.n, quote(eventBridgeEvent(ev, rec, id)), ev.EventTime.UnixMilli(), ev.EventTime.UnixMilli())
	case cloudtrail.FormatSNS:
		fmt.Fprintf(e.w, `{"EventSource":"aws:sns","EventVersion":"1.0","EventSubscriptionArn":"arn:aws:sns:us-east-1:111122223333:cloudtrail-events:%s",`+
			`"Sns":{"Type":"Notification","MessageId":%q,"TopicArn":"arn:aws:sns:us-east-1:111122223333:cloudtrail-events","Subject":null,"Message":%s,`+
			`"Timestamp":%q,"SignatureVersion":"1","Signature":"EXAMPLE","SigningCertUrl":"EXAMPLE","UnsubscribeUrl":"EXAMPLE","MessageAttributes":{}}}`,
			id, id, quote(eventBridgeEvent(ev, rec, id)), ev.EventTime.UTC().Format("2006-01-02T15:04:05.000Z"))
	case cloudtrail.FormatKinesis:
		data, err := subscriptionData(ev)
		if err != nil {
			return err
		}
		seq := fmt.Sprintf("4956816737333333333333333333333333333333333333333333%04d", e.n)
		fmt.Fprintf(e.w, `{"kinesis":{"kinesisSchemaVersion":"1.0","partitionKey":%q,"sequenceNumber":%q,"data":%q,"approximateArrivalTimestamp":%d},`+
			`"eventSource":"aws:kinesis","eventVersion":"1.0","eventID":"shardId-000000000000:%s","eventName":"aws:kinesis:record",`+
			`"invokeIdentityArn":"arn:aws:iam::111122223333:role/cloudtrail-reader","awsRegion":"us-east-1","eventSourceARN":"arn:aws:kinesis:us-east-1:111122223333:stream/cloudtrail"}`,
			id, seq, data, ev.EventTime.Unix(), seq)
	case cloudtrail.FormatFirehose:
		data, err := subscriptionData(ev)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.w, `{"recordId":"49546986683135544286507457936321625675700192471156%06d","approximateArrivalTimestamp":%d,"data":%q}`,
			e.n, ev.EventTime.UnixMilli(), data)
	}
	return nil
}

// Close writes the end of the document and flushes. It does not close the underlying writer.
func (e *Encoder) Close() error {
	if e.err != nil {
		return e.err
	}
	if e.inner != nil {
		if e.err = e.inner.Close(); e.err != nil {
			return e.err
		}
		z, err := gzipped(e.data.Bytes())
		if err != nil {
			return err
		}
		fmt.Fprintf(e.w, `{"awslogs":{"data":%q}}`, base64.StdEncoding.EncodeToString(z))
		return e.w.Flush()
	}
	if !e.wrote && !e.lineDelimited() {
		e.open(&cloudtrail.Event{})
	}
	switch {
	case e.array:
		e.w.WriteByte(']')
	case !e.lineDelimited():
		e.w.WriteString("]}")
	}
	if e.wrote {
		e.w.WriteByte('\n')
	}
	e.err = e.w.Flush()
	return e.err
}

// eventBridgeEvent is the EventBridge event CloudTrail sends for a record.
func eventBridgeEvent(ev *cloudtrail.Event, rec []byte, id string) []byte {
	source := "aws." + strings.TrimSuffix(ev.EventSource, ".amazonaws.com")
	return []byte(fmt.Sprintf(`{"version":"0","id":%q,"detail-type":%q,"source":%q,"account":%q,"time":%q,"region":%q,"resources":[],"detail":%s}`,
		id, detailType(ev), source, accountOf(ev), ev.EventTime.UTC().Format(time.RFC3339), or(ev.AWSRegion, "us-east-1"), rec))
}

// detailType is EventBridge's detail-type for a record.
func detailType(ev *cloudtrail.Event) string {
	switch {
	case ev.EventCategory == cloudtrail.CategoryNetworkActivity:
		return "AWS Network Activity Event via CloudTrail"
	case ev.EventType == cloudtrail.EventTypeConsoleSignIn:
		return "AWS Console Sign In via CloudTrail"
	case ev.EventType == cloudtrail.EventTypeServiceEvent:
		return "AWS Service Event via CloudTrail"
	case ev.EventType == cloudtrail.EventTypeConsoleAction:
		return "AWS Console Action via CloudTrail"
	case ev.InsightDetails != nil:
		return "AWS Insight via CloudTrail"
	}
	return "AWS API Call via CloudTrail"
}

// subscriptionData is the base64 of gzip CloudWatch Logs data holding one record, as a Kinesis or
// Firehose record carries it.
func subscriptionData(ev *cloudtrail.Event) (string, error) {
	var b bytes.Buffer
	if err := Encode(&b, cloudtrail.FormatCloudWatchLogs, ev); err != nil {
		return "", err
	}
	z, err := gzipped(b.Bytes())
	return base64.StdEncoding.EncodeToString(z), err
}

func gzipped(data []byte) ([]byte, error) {
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	if _, err := zw.Write(data); err != nil {
		return nil, err
	}
	err := zw.Close()
	return z.Bytes(), err
}

func quote(b []byte) string {
	q, _ := json.Marshal(string(b))
	return string(q)
}

func accountOf(ev *cloudtrail.Event) string { return or(ev.AccountID(), "111122223333") }

// sessionName is the last part of an ARN: the session of an assumed role, the user of a user.
func sessionName(arn string) string {
	if i := strings.LastIndexByte(arn, '/'); i >= 0 {
		return arn[i+1:]
	}
	return ""
}

func or(s, otherwise string) string {
	if s != "" {
		return s
	}
	return otherwise
}
