// Package iam types the CloudTrail records of AWS Identity and Access Management (eventSource
// iam.amazonaws.com): the requestParameters and responseElements of each operation, generated from
// the service's API model, losslessly like the cloudtrail package's own types. Times read from every
// layout CloudTrail writes them in and are written back as they came.
//
// Parse turns an event into its operation's type; switch on the concrete type. Grants says which
// policies a call attaches or writes, and to whom.
package iam

//go:generate go run ../../internal/apigen/cmd/apigen -package iam -model model/service-2.json -event-source iam.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -policy-shape policyDocumentType -overlay model/overlay.json -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package iam -model model/service-2.json -event-source iam.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -policy-shape policyDocumentType -overlay model/overlay.json -o zz_plain_test.go
