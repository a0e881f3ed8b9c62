// Package secretsmanager types the CloudTrail records of AWS Secrets Manager (eventSource
// secretsmanager.amazonaws.com): the requestParameters and responseElements of each operation, generated from
// the service's API model, losslessly like the cloudtrail package's own types. Times read from every
// layout CloudTrail writes them in and are written back as they came.
//
// Parse turns an event into its operation's type; switch on the concrete type.
package secretsmanager

//go:generate go run ../../internal/apigen/cmd/apigen -package secretsmanager -model model/service-2.json -event-source secretsmanager.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -policy-shape NonEmptyResourcePolicyType -overlay model/overlay.json -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package secretsmanager -model model/service-2.json -event-source secretsmanager.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -policy-shape NonEmptyResourcePolicyType -overlay model/overlay.json -o zz_plain_test.go
