// Package cognitoidentity types the CloudTrail records of Amazon Cognito identity pools
// (eventSource cognito-identity.amazonaws.com, the model's endpointPrefix and the eventSource of
// the Cognito Developer Guide's CloudTrail records; the package is cognitoidentity, the
// eventSource's first label without the dash; user pools (cognito-idp) are another model): the
// requestParameters and responseElements of each operation, generated from the service's API model,
// losslessly like the cloudtrail package's own types. Times read from every layout CloudTrail
// writes them in and are written back as they came.
//
// Parse turns an event into a *CreateIdentityPool, *SetIdentityPoolRoles and so on; switch on the
// concrete type. Who can get AWS credentials from a pool is then typed: unauthenticated (guest)
// identities allowed (CreateIdentityPool, UpdateIdentityPool with AllowUnauthenticatedIdentities;
// see the example), the login providers a pool trusts (SupportedLoginProviders,
// OpenIdConnectProviderARNs), and the roles it hands out (SetIdentityPoolRoles).
package cognitoidentity

//go:generate go run ../../internal/apigen/cmd/apigen -package cognitoidentity -model model/service-2.json -event-source cognito-identity.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package cognitoidentity -model model/service-2.json -event-source cognito-identity.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_plain_test.go
