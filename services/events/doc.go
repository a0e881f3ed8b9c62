// Package events types the CloudTrail records of Amazon EventBridge (eventSource
// events.amazonaws.com, the model's endpointPrefix, "events", and the eventSource of the
// EventBridge User Guide's and Elastic's test records; CloudWatch Events records the same):
// the requestParameters and responseElements of each operation, generated from the service's API
// model, losslessly like the cloudtrail package's own types. Times read from every layout
// CloudTrail writes them in and are written back as they came.
//
// Parse turns an event into a *DeleteRule, *PutRule and so on; switch on the concrete type. A
// detection of automation turned off looks for DeleteRule, DisableRule, PutRule with State
// DISABLED, RemoveTargets and DeleteEventBus; of a bus opened up, PutPermission to the "*"
// principal without a condition, or a Policy that lets anyone in; of persistence, PutRule with a
// ScheduleExpression and PutTargets to a function or role (see the example). The model's
// EventSource structure is EventSourceShape here, the package's EventSource being the eventSource.
package events

//go:generate go run ../../internal/apigen/cmd/apigen -package events -model model/service-2.json -event-source events.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package events -model model/service-2.json -event-source events.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_plain_test.go
