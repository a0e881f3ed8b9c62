// Package account types the CloudTrail records of AWS Account Management (eventSource
// account.amazonaws.com, the model's endpointPrefix and the eventSource of the Account Management
// Reference Guide's CloudTrail records): the requestParameters and responseElements of each
// operation, generated from the service's API model, losslessly like the cloudtrail package's own
// types. Times read from every layout CloudTrail writes them in and are written back as they came.
//
// Parse turns an event into a *PutAlternateContact, *DeleteAlternateContact and so on; switch on
// the concrete type. Changes to who AWS tells about the account are then typed: alternate contacts
// (billing, operations, security) put or deleted (see the example), the primary contact changed
// (PutContactInformation), Regions opted in or out (EnableRegion, DisableRegion), and the root
// email address changed (StartPrimaryEmailUpdate, AcceptPrimaryEmailUpdate).
package account

//go:generate go run ../../internal/apigen/cmd/apigen -package account -model model/service-2.json -event-source account.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package account -model model/service-2.json -event-source account.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_plain_test.go
