package cloudtrailtest

import (
	"bytes"
	"fmt"
	"io"
	"strconv"

	"github.com/trailtype/cloudtrail"
)

// Output is a document the kit writes that cloudtrail.Format does not name, because the decoder
// reads it as one of the formats it names.
type Output int

// The outputs beyond cloudtrail.Format.
const (
	// JSONArray is a JSON array of records; the decoder reads it as cloudtrail.FormatRecord, which
	// Encode writes one record per line.
	JSONArray Output = iota + 1
	// AWSLogs is CloudWatch Logs subscription data as a Lambda function gets it,
	// {"awslogs":{"data":"<base64 of gzip>"}}; the decoder reads it as
	// cloudtrail.FormatCloudWatchLogs, which Encode writes as the decoded DATA_MESSAGE.
	AWSLogs
)

// String names the output: "jsonarray", "awslogs", "Output(7)" for a value that is none.
func (o Output) String() string {
	switch o {
	case JSONArray:
		return "jsonarray"
	case AWSLogs:
		return "awslogs"
	}
	return "Output(" + strconv.Itoa(int(o)) + ")"
}

// Format is the delivery format the decoder reads the output as.
func (o Output) Format() cloudtrail.Format {
	switch o {
	case JSONArray:
		return cloudtrail.FormatRecord
	case AWSLogs:
		return cloudtrail.FormatCloudWatchLogs
	}
	return -1
}

// Encode writes events as the output, as the function Encode does in a delivery format.
func (o Output) Encode(w io.Writer, events ...*cloudtrail.Event) error {
	return encodeAll(o.NewEncoder(w), events)
}

// NewEncoder returns an encoder writing the output to w.
func (o Output) NewEncoder(w io.Writer) *Encoder {
	switch o {
	case JSONArray:
		e := NewEncoder(w, cloudtrail.FormatRecord)
		e.array = true
		return e
	case AWSLogs:
		e := NewEncoder(w, cloudtrail.FormatCloudWatchLogs)
		e.data = &bytes.Buffer{}
		e.inner = NewEncoder(e.data, cloudtrail.FormatCloudWatchLogs)
		return e
	}
	return &Encoder{err: fmt.Errorf("cloudtrailtest: %v is no output the kit writes", o)}
}
