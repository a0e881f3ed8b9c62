// Package securityhub types the CloudTrail records of AWS Security Hub (eventSource
// securityhub.amazonaws.com, the model's endpointPrefix and the eventSource of the Security Hub
// User Guide's records): the requestParameters and responseElements of each operation, generated
// from the service's API model, losslessly like the cloudtrail package's own types. CloudTrail
// records Security Hub's members under the model's own names ("FindingIdentifiers", "RuleName"),
// not with a lower-case first letter, so the package is generated with -member-case model. Times
// read from every layout CloudTrail writes them in and are written back as they came.
//
// Parse turns an event into a *DisableSecurityHub, *BatchUpdateFindings and so on; switch on the
// concrete type. A detection of Security Hub turned off or blinded looks for DisableSecurityHub,
// BatchDisableStandards, UpdateStandardsControl and BatchUpdateStandardsControlAssociations that
// disable controls, DisableImportFindingsForProduct, DisassociateFromAdministratorAccount and
// DisassociateMembers, DeleteInsight, BatchUpdateFindings that set findings SUPPRESSED or
// RESOLVED, and automation rules (CreateAutomationRule, CreateAutomationRuleV2) that rewrite the
// findings they match (see the example).
package securityhub

//go:generate go run ../../internal/apigen/cmd/apigen -package securityhub -model model/service-2.json -event-source securityhub.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -member-case model -overlay model/overlay.json -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package securityhub -model model/service-2.json -event-source securityhub.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -member-case model -overlay model/overlay.json -o zz_plain_test.go
