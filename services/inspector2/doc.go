// Package inspector2 types the CloudTrail records of Amazon Inspector (eventSource
// inspector2.amazonaws.com, the model's endpointPrefix and the eventSource the Amazon Inspector
// User Guide names; Amazon Inspector Classic is inspector.amazonaws.com): the requestParameters
// and responseElements of each operation, generated from the service's API model, losslessly like
// the cloudtrail package's own types. Times read from every layout CloudTrail writes them in and
// are written back as they came.
//
// Parse turns an event into a *Disable, *UpdateOrganizationConfiguration and so on; switch on the
// concrete type. A detection of Inspector turned off looks for Disable (its ResourceTypes and
// AccountIDs), DisableDelegatedAdminAccount, DisassociateMember, UpdateConfiguration and
// UpdateOrganizationConfiguration that stop automatic scanning, CreateFilter with Action SUPPRESS
// (findings hidden as they arrive), and DeleteFilter or CancelFindingsReport.
//
// No public inspector2.amazonaws.com record was found (the AWS documentation, detection rules'
// tests, the project's test data), so the member names are the generator's default, the model's
// with a lower-case first letter, as the API's JSON has them, unverified against CloudTrail; the
// package's tests cover the model's operations only. The model's ErrorCode enum is ErrorCodeEnum
// here, its constants (ErrorCodeEnumAccessDenied) apart from the package's error-code constants
// (ErrorCodeAccessDenied).
package inspector2

//go:generate go run ../../internal/apigen/cmd/apigen -package inspector2 -model model/service-2.json -event-source inspector2.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package inspector2 -model model/service-2.json -event-source inspector2.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_plain_test.go
