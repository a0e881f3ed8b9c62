// Package guardduty types the CloudTrail records of Amazon GuardDuty (eventSource
// guardduty.amazonaws.com, the model's endpointPrefix and the eventSource of the GuardDuty User
// Guide's records): the requestParameters and responseElements of each operation, generated from
// the service's API model, losslessly like the cloudtrail package's own types. Times read from every
// layout CloudTrail writes them in and are written back as they came.
//
// Parse turns an event into a *DeleteDetector, *CreateFilter and so on; switch on the concrete type.
// Blinding GuardDuty is then one type each: DeleteDetector, UpdateDetector that turns the detector
// or a feature off, CreateFilter and UpdateFilter whose action is ARCHIVE (findings archived as
// they come), CreateIPSet (trusted addresses raise no findings), DeleteThreatIntelSet,
// DisassociateFromMasterAccount and StopMonitoringMembers (see the example).
package guardduty

//go:generate go run ../../internal/apigen/cmd/apigen -package guardduty -model model/service-2.json -event-source guardduty.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package guardduty -model model/service-2.json -event-source guardduty.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_plain_test.go
