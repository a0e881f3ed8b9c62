// Package xray types the CloudTrail records of AWS X-Ray (eventSource xray.amazonaws.com, the
// model's endpointPrefix and the eventSource of the X-Ray Developer Guide's CloudTrail records):
// the requestParameters and responseElements of each operation, management events and the data
// events of traces (PutTraceSegments, GetTraceSummaries, BatchGetTraces, ...: logged only when a
// trail selects them) alike, generated from the service's API model, losslessly like the
// cloudtrail package's own types. Times read from every layout CloudTrail writes them in and are
// written back as they came.
//
// Parse turns an event into a *PutTraceSegments, *PutEncryptionConfig and so on; switch on the
// concrete type. What a detection looks for is then typed: who uploads or reads traces, which
// carry request data (PutTraceSegments, BatchGetTraces; see the example), trace encryption moved
// off a customer key (PutEncryptionConfig's Type and KeyID), groups and sampling rules deleted or
// changed so that traces stop being recorded (DeleteGroup, DeleteSamplingRule, UpdateSamplingRule),
// and resource policies that let other accounts or services write traces (PutResourcePolicy).
package xray

//go:generate go run ../../internal/apigen/cmd/apigen -package xray -model model/service-2.json -event-source xray.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package xray -model model/service-2.json -event-source xray.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_plain_test.go
