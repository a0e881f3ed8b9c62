// Package ce types the CloudTrail records of AWS Cost Explorer (eventSource ce.amazonaws.com, the
// model's endpointPrefix and the eventSource of the Cost Management User Guide's record): the
// requestParameters and responseElements of each operation, generated from the service's API
// model, losslessly like the cloudtrail package's own types. CloudTrail records Cost Explorer's
// members under the model's own names ("TimePeriod", "Granularity"), so the package is generated
// with -member-case model. Times read from every layout CloudTrail writes them in and are written
// back as they came.
//
// Parse turns an event into a *DeleteAnomalyMonitor, *GetCostAndUsage and so on; switch on the
// concrete type. A detection of cost monitoring turned off looks for DeleteAnomalyMonitor,
// DeleteAnomalySubscription and UpdateAnomalySubscription (a raised threshold, fewer
// subscribers), and of billing reconnaissance for GetCostAndUsage, GetAnomalyMonitors and
// ListCostAllocationTags by an unusual principal (see the example).
package ce

//go:generate go run ../../internal/apigen/cmd/apigen -package ce -model model/service-2.json -event-source ce.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -member-case model -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package ce -model model/service-2.json -event-source ce.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -member-case model -o zz_plain_test.go
