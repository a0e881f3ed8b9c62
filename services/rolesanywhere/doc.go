// Package rolesanywhere types the CloudTrail records of IAM Roles Anywhere (eventSource
// rolesanywhere.amazonaws.com, the model's endpointPrefix and the eventSource of the Roles Anywhere
// User Guide's CloudTrail record): the requestParameters and responseElements of each operation,
// generated from the service's API model, losslessly like the cloudtrail package's own types. Times
// read from every layout CloudTrail writes them in and are written back as they came.
//
// Parse turns an event into a *CreateTrustAnchor, *UpdateProfile and so on; switch on the concrete
// type. Outside identities given AWS roles are then typed: trust anchors created or changed, with
// the certificate authority they trust (CreateTrustAnchor, UpdateTrustAnchor; see the example), and
// profiles that map certificates to roles and managed policies (CreateProfile, UpdateProfile).
//
// UpdateProfile's sessionPolicy is a policy.JSON: Document reads it. CreateProfile's and a
// profile's sessionPolicy use the model's shared String shape, so they stay text: read them with
// policy.Parse.
package rolesanywhere

//go:generate go run ../../internal/apigen/cmd/apigen -package rolesanywhere -model model/service-2.json -event-source rolesanywhere.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -policy-shape UpdateProfileRequestSessionPolicyString -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package rolesanywhere -model model/service-2.json -event-source rolesanywhere.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -policy-shape UpdateProfileRequestSessionPolicyString -o zz_plain_test.go
