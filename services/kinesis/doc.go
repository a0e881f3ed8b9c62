// Package kinesis types the CloudTrail records of Amazon Kinesis Data Streams (eventSource
// kinesis.amazonaws.com, the model's endpointPrefix and the eventSource of the Kinesis Data Streams
// Developer Guide's CloudTrail records): the requestParameters and responseElements of each
// operation, generated from the service's API model, losslessly like the cloudtrail package's own
// types. Times read from every layout CloudTrail writes them in and are written back as they came.
//
// Parse turns an event into a *DeleteStream, *PutResourcePolicy and so on; switch on the concrete
// type. Destroying or opening a stream is then one type each: DeleteStream,
// DecreaseStreamRetentionPeriod, StopStreamEncryption, DeregisterStreamConsumer, and
// PutResourcePolicy, whose policy is a policy.JSON: Document reads it and Public says whether it
// lets anyone in (see the example).
package kinesis

//go:generate go run ../../internal/apigen/cmd/apigen -package kinesis -model model/service-2.json -event-source kinesis.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -policy-shape Policy -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package kinesis -model model/service-2.json -event-source kinesis.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -policy-shape Policy -o zz_plain_test.go
