// Package cloudformation types the CloudTrail records of AWS CloudFormation (eventSource
// cloudformation.amazonaws.com, the model's endpointPrefix and the eventSource of the
// CloudFormation User Guide's CloudTrail records): the requestParameters and responseElements of
// each operation, generated from the service's API model, losslessly like the cloudtrail
// package's own types. Times read from every layout CloudTrail writes them in (ISO 8601 for its
// query API) and are written back as they came.
//
// Parse turns an event into a *CreateStack, *DeleteStack and so on; switch on the concrete type.
// What a detection looks for is then typed: stacks and stack sets created or updated with IAM
// capabilities acknowledged (CreateStack's, UpdateStack's, CreateChangeSet's and
// CreateStackSet's Capabilities holding CapabilityIAM or CapabilityNamedIAM; see the example),
// from which template (TemplateURL) and with which service role (RoleARN), stack sets deploying
// to other accounts (CreateStackInstances), termination protection turned off
// (UpdateTerminationProtection), stack policies replaced (SetStackPolicy), and stacks deleted
// (DeleteStack).
package cloudformation

//go:generate go run ../../internal/apigen/cmd/apigen -package cloudformation -model model/service-2.json -event-source cloudformation.amazonaws.com -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package cloudformation -model model/service-2.json -event-source cloudformation.amazonaws.com -o zz_plain_test.go
