package lambdatrail

import "github.com/aws/aws-lambda-go/events"

// BatchFailures collects the batch items (SQS message IDs, Kinesis sequence numbers) a function
// could not process, once each, in the order they failed, for a partial batch response: Lambda
// retries those and deletes the rest. The event source mapping must have ReportBatchItemFailures on.
type BatchFailures struct {
	ids  []string
	seen map[string]bool
}

// Add records a failed item; "" (an input that came in no message) is ignored.
func (f *BatchFailures) Add(id string) {
	if id == "" || f.seen[id] {
		return
	}
	if f.seen == nil {
		f.seen = map[string]bool{}
	}
	f.seen[id] = true
	f.ids = append(f.ids, id)
}

// Len is the number of failed items.
func (f *BatchFailures) Len() int { return len(f.ids) }

// SQS is the response of an SQS-triggered function.
func (f *BatchFailures) SQS() events.SQSEventResponse {
	r := events.SQSEventResponse{BatchItemFailures: []events.SQSBatchItemFailure{}}
	for _, id := range f.ids {
		r.BatchItemFailures = append(r.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: id})
	}
	return r
}

// Kinesis is the response of a Kinesis-triggered function: Lambda retries from the first failed
// sequence number.
func (f *BatchFailures) Kinesis() events.KinesisEventResponse {
	r := events.KinesisEventResponse{BatchItemFailures: []events.KinesisBatchItemFailure{}}
	for _, id := range f.ids {
		r.BatchItemFailures = append(r.BatchItemFailures, events.KinesisBatchItemFailure{ItemIdentifier: id})
	}
	return r
}
