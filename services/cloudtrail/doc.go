// Package cloudtrail types the CloudTrail records of AWS CloudTrail itself (eventSource
// cloudtrail.amazonaws.com, the model's endpointPrefix and the eventSource of the CloudTrail User
// Guide's and Stratus Red Team's records): the requestParameters and responseElements of each
// operation, generated from the service's API model, losslessly like the core cloudtrail package's
// types. Times read from every layout CloudTrail writes them in and are written back as they came.
//
// Its name is the core package's: import it under another, as ct "…/services/cloudtrail".
//
// Parse turns an event into a *StopLogging, *PutEventSelectors and so on; switch on the concrete
// type. The defense evasions of a trail are then one type each: StopLogging, DeleteTrail,
// UpdateTrail (a trail moved to another bucket or key), PutEventSelectors and
// PutInsightSelectors whose selectors leave out management events or read or write ones, and
// DeleteEventDataStore; PutResourcePolicy's policy is a policy.JSON (see the example).
package cloudtrail

//go:generate go run ../../internal/apigen/cmd/apigen -package cloudtrail -model model/service-2.json -event-source cloudtrail.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -policy-shape ResourcePolicy -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package cloudtrail -model model/service-2.json -event-source cloudtrail.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -policy-shape ResourcePolicy -o zz_plain_test.go
