// Package macie2 types the CloudTrail records of Amazon Macie (eventSource macie2.amazonaws.com,
// the model's endpointPrefix and the eventSource the Macie User Guide's "Logging Macie API calls
// with AWS CloudTrail" names for Macie events): the requestParameters and responseElements of each
// operation, generated from the service's API model, losslessly like the cloudtrail package's own
// types. Times read from every layout CloudTrail writes them in and are written back as they came.
//
// Parse turns an event into a *DisableMacie, *GetSensitiveDataOccurrences and so on; switch on the
// concrete type. What an intruder does to blind or use Macie is then one type each: DisableMacie
// and UpdateMacieSession with status PAUSED turn discovery off,
// DisassociateFromAdministratorAccount leaves the organization's view, and
// GetSensitiveDataOccurrences reveals the sensitive data a finding points at (see the example).
//
// Macie's own service events (MacieMemberUpdated, MacieClassificationJobCancelled) are not API
// operations: Parse returns ErrUnknownOperation for them and they stay in the event as recorded.
package macie2

//go:generate go run ../../internal/apigen/cmd/apigen -package macie2 -model model/service-2.json -event-source macie2.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package macie2 -model model/service-2.json -event-source macie2.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_plain_test.go
