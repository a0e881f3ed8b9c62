// Package monitoring types the CloudTrail records of Amazon CloudWatch (eventSource
// monitoring.amazonaws.com, the model's endpointPrefix and the eventSource of the CloudWatch User
// Guide's and Elastic's test records): the requestParameters and responseElements of each
// operation, generated from the service's API model ("cloudwatch"), losslessly like the cloudtrail
// package's own types. CloudTrail records the calls under the query protocol's member names, the
// model's with a lower-case first letter ("alarmNames"), as the generator writes them. Times read
// from every layout CloudTrail writes them in and are written back as they came.
//
// Parse turns an event into a *DeleteAlarms, *PutMetricAlarm and so on; switch on the concrete
// type. A detection of monitoring turned off looks for DeleteAlarms, DisableAlarmActions,
// SetAlarmState (an alarm forced back to OK), PutMetricAlarm with its actions disabled or its
// threshold moved, DeleteDashboards, DeleteAnomalyDetector, DeleteInsightRules and
// DisableInsightRules, and StopMetricStreams or DeleteMetricStream (the copies sent elsewhere).
//
// The records at hand have no responseElements, so the package is generated without
// -flatten-result: a response is typed as the model's output shape.
package monitoring

//go:generate go run ../../internal/apigen/cmd/apigen -package monitoring -model model/service-2.json -event-source monitoring.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package monitoring -model model/service-2.json -event-source monitoring.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_plain_test.go
