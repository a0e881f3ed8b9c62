// Package identitystore types the CloudTrail records of the IAM Identity Center Identity Store API
// (eventSource identitystore.amazonaws.com, the Identity Center User Guide's event source for its
// public operations; the console's own calls are sso-directory.amazonaws.com, which this package
// does not type): the requestParameters and responseElements of each operation, generated from the
// service's API model, losslessly like the cloudtrail package's own types.
//
// Parse turns an event into a *CreateUser, *CreateGroupMembership and so on; switch on the concrete
// type. Workforce users created, given a new email or name (UpdateUser), added to the groups that
// permission sets are assigned to (CreateGroupMembership), or deleted are one type each (see the
// example).
package identitystore

// No published Identity Store record was found (testdata/SOURCES.md): no Parse benchmark, and so no
// -plain baseline, until one can feed it.

//go:generate go run ../../internal/apigen/cmd/apigen -package identitystore -model model/service-2.json -event-source identitystore.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
