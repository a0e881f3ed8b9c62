// Package resourceexplorer2 types the CloudTrail records of AWS Resource Explorer (eventSource
// resource-explorer-2.amazonaws.com, the model's endpointPrefix and the eventSource of the Resource
// Explorer User Guide's records): the requestParameters and responseElements of each operation,
// generated from the service's API model, losslessly like the cloudtrail package's own types.
// CloudTrail records Resource Explorer's members under the model's own names ("Arn", "ViewName"),
// so the package is generated with -member-case model; it redacts every Tags, Filters and
// QueryString as "***", which the typed field does not hold but the encoding keeps. Times read
// from every layout CloudTrail writes them in and are written back as they came.
//
// Parse turns an event into a *Search, *DeleteIndex and so on; switch on the concrete type. A
// detection of resource discovery looks for Search and ListResources by an unusual principal,
// CreateIndex and UpdateIndexType to AGGREGATOR (every Region's inventory in one place),
// CreateView and AssociateDefaultView with a wide scope, and DeleteIndex (see the example).
package resourceexplorer2

//go:generate go run ../../internal/apigen/cmd/apigen -package resourceexplorer2 -model model/service-2.json -event-source resource-explorer-2.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -member-case model -overlay model/overlay.json -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package resourceexplorer2 -model model/service-2.json -event-source resource-explorer-2.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -member-case model -overlay model/overlay.json -o zz_plain_test.go
