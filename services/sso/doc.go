// Package sso types the CloudTrail records of AWS IAM Identity Center (eventSource
// sso.amazonaws.com): the three APIs the Identity Center User Guide lists under it, each
// operation's requestParameters and responseElements generated from their models, losslessly like
// the cloudtrail package's own types:
//
//   - the administration API (sso-admin, the first model): permission sets, account and
//     application assignments, instances, trusted token issuers;
//   - the AWS access portal API (model sso): ListAccounts, ListAccountRoles, GetRoleCredentials,
//     Logout;
//   - the OIDC API's CreateToken (model sso-oidc), which CloudTrail records here; its
//     CreateTokenWithIAM is sso-oauth.amazonaws.com's (package ssooauth).
//
// No operation name is in two of the models, and the shapes two of them share are errors and
// strings, so no Go name takes the prefixes the generator is given for them (Portal, OIDC). The
// portal's Authenticate, Federate, ListApplications and ListProfilesForApplication are no public
// API's; ListApplications parses as sso-admin's, whose name it has.
//
// Parse turns an event into a *CreateAccountAssignment, *PutInlinePolicyToPermissionSet and so on;
// switch on the concrete type. Access granted through Identity Center is then one type each:
// CreateAccountAssignment (who got which permission set on which account), CreatePermissionSet,
// AttachManagedPolicyToPermissionSet and PutInlinePolicyToPermissionSet (whose policy is a
// policy.JSON), ProvisionPermissionSet, and GetRoleCredentials, a user taking a role's credentials
// from the portal (see the example).
package sso

//go:generate go run ../../internal/apigen/cmd/apigen -package sso -model model/sso-admin.json -also-model model/sso.json=Portal -also-model model/sso-oidc.json=OIDC -event-source sso.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -time-layout "Jan 2, 2006 3:04:05 PM" -policy-shape PermissionSetPolicyDocument -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package sso -model model/sso-admin.json -also-model model/sso.json=Portal -also-model model/sso-oidc.json=OIDC -event-source sso.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -time-layout "Jan 2, 2006 3:04:05 PM" -policy-shape PermissionSetPolicyDocument -o zz_plain_test.go
