// Package health types the CloudTrail records of AWS Health (eventSource health.amazonaws.com, the
// model's endpointPrefix and the eventSource of the AWS Health User Guide's CloudTrail record): the
// requestParameters and responseElements of each operation, generated from the service's API
// model, losslessly like the cloudtrail package's own types. Times read from every layout
// CloudTrail writes them in and are written back as they came.
//
// Parse turns an event into a *DescribeEntityAggregates, *DescribeEvents and so on; switch on the
// concrete type. The API is read-only but for its organization view, so what a detection looks
// for is who reads which events and affected entities (DescribeEvents, DescribeEventDetails,
// DescribeAffectedEntities and their ForOrganization forms: reconnaissance of an account's
// resources and outages; see the example), and the organization view turned off
// (DisableHealthServiceAccessForOrganization).
package health

//go:generate go run ../../internal/apigen/cmd/apigen -package health -model model/service-2.json -event-source health.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package health -model model/service-2.json -event-source health.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_plain_test.go
