// Package ssooauth types the CloudTrail records of the IAM Identity Center OIDC API (eventSource
// sso-oauth.amazonaws.com: the model sso-oidc's signingName, and the eventSource the Identity Center
// User Guide gives CreateTokenWithIAM and a published CreateTokenWithIAM record has): the
// requestParameters and responseElements of each operation, generated from the service's API
// model, losslessly like the cloudtrail package's own types. CloudTrail records the same API's
// CreateToken under sso.amazonaws.com (package sso).
//
// Parse turns an event into a *CreateTokenWithIAM and so on; switch on the concrete type. An
// application exchanging a user's identity-provider token for an Identity Center token
// (CreateTokenWithIAM, grant type jwt-bearer) with scope sso:account:access can then list the
// user's accounts and take their roles: the Request's Scope and ClientID say which (see the
// example).
package ssooauth

//go:generate go run ../../internal/apigen/cmd/apigen -package ssooauth -model model/service-2.json -event-source sso-oauth.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package ssooauth -model model/service-2.json -event-source sso-oauth.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_plain_test.go
