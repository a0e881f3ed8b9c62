// Package ram types the CloudTrail records of AWS Resource Access Manager (eventSource
// ram.amazonaws.com, the model's endpointPrefix and the eventSource of the RAM User Guide's
// CloudTrail record): the requestParameters and responseElements of each operation, generated from
// the service's API model, losslessly like the cloudtrail package's own types. Times read from
// every layout CloudTrail writes them in and are written back as they came.
//
// Parse turns an event into a *CreateResourceShare, *AssociateResourceShare and so on; switch on
// the concrete type. Resources leaving the account or organization are then typed: shares that
// allow external principals (CreateResourceShare, UpdateResourceShare with AllowExternalPrincipals;
// see the example), principals and resources added to a share (AssociateResourceShare), and sharing
// with the organization turned on (EnableSharingWithAwsOrganization).
//
// CreatePermission's policyTemplate is a fragment of a resource policy (Effect, Action, Condition,
// no Principal or Resource), not a policy document, and is kept as text.
package ram

//go:generate go run ../../internal/apigen/cmd/apigen -package ram -model model/service-2.json -event-source ram.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package ram -model model/service-2.json -event-source ram.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_plain_test.go
