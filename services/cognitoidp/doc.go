// Package cognitoidp types the CloudTrail records of Amazon Cognito user pools (eventSource
// cognito-idp.amazonaws.com, the model's endpointPrefix and the eventSource of the Cognito
// Developer Guide's CloudTrail records; the package is cognitoidp, the eventSource's first label
// without the dash; Cognito identity pools (cognito-identity) are another model): the
// requestParameters and responseElements of each operation, generated from the service's API model,
// losslessly like the cloudtrail package's own types. Times read from every layout CloudTrail
// writes them in and are written back as they came.
//
// Parse turns an event into a *AdminCreateUser, *UpdateUserPool and so on; switch on the concrete
// type. Changes to who can sign in, and how, are then typed: users created, confirmed or added to
// groups by an administrator (AdminCreateUser, AdminConfirmSignUp, AdminAddUserToGroup), passwords
// set (AdminSetUserPassword), MFA turned off (SetUserPoolMfaConfig, AdminSetUserMFAPreference),
// self sign-up opened (UpdateUserPool's AdminCreateUserConfig; see the example), and app clients
// and identity providers added (CreateUserPoolClient, CreateIdentityProvider).
//
// The managed login pages' own events (Login_GET, Token_POST, ...) are not API operations: Parse
// returns ErrUnknownOperation for them.
package cognitoidp

//go:generate go run ../../internal/apigen/cmd/apigen -package cognitoidp -model model/service-2.json -event-source cognito-idp.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package cognitoidp -model model/service-2.json -event-source cognito-idp.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_plain_test.go
