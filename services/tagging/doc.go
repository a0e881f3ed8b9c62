// Package tagging types the CloudTrail records of AWS Resource Groups Tagging API (eventSource
// tagging.amazonaws.com; the model is botocore's resourcegroupstaggingapi, whose endpointPrefix is
// tagging, the first label of the eventSource the Tagging API Reference's CloudTrail record
// carries): the requestParameters and responseElements of each operation, generated from the
// service's API model, losslessly like the cloudtrail package's own types. Times read from every
// layout CloudTrail writes them in and are written back as they came.
//
// Parse turns an event into a *TagResources, *UntagResources and so on; switch on the concrete
// type. Tags decide access where policies use aws:ResourceTag conditions (attribute-based access
// control), so tags put on or taken off many resources at once are typed: which ARNs, which keys
// and values (TagResources, UntagResources; see the example), and which resources failed
// (FailedResourcesMap).
package tagging

//go:generate go run ../../internal/apigen/cmd/apigen -package tagging -model model/service-2.json -event-source tagging.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package tagging -model model/service-2.json -event-source tagging.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_plain_test.go
