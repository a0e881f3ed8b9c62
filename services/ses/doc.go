// Package ses types the CloudTrail records of Amazon Simple Email Service (eventSource
// ses.amazonaws.com, the eventSource of the SES Developer Guide's CloudTrail records; both models'
// endpointPrefix is "email", their signing name "ses"): both of its APIs, the classic SES API (ses,
// apiVersion 2010-12-01, a query API: VerifyEmailIdentity, SendEmail, UpdateAccountSendingEnabled)
// and SES API v2 (sesv2, apiVersion 2019-09-27: CreateEmailIdentity, PutAccountSendingAttributes),
// which CloudTrail records under the one eventSource. Each operation's requestParameters and
// responseElements are generated from the API models, losslessly like the cloudtrail package's own
// types.
//
// Fourteen operations have the same name in both APIs (SendEmail, CreateConfigurationSet,
// CreateCustomVerificationEmailTemplate, ...); the v2 one is V2 before its name (*V2SendEmail), and
// the v2 shapes whose names the classic API has too are V2 before theirs (V2Destination). The
// records carry no apiVersion, so a record of one of them is the v2 operation when its apiVersion
// is 2019-09-27 or, with none, when its requestParameters has a member only the v2 request has
// ("fromEmailAddress", "content" of SendEmail; "configurationSetName" of CreateConfigurationSet);
// else it is the classic one. Operations only one API has keep their names.
//
// Parse turns an event into its operation's type; switch on the concrete type. What a detection
// looks for is then an operation or a field: identities verified or created (VerifyEmailIdentity,
// VerifyDomainIdentity, CreateEmailIdentity) or deleted (DeleteIdentity, DeleteEmailIdentity),
// sending turned on (UpdateAccountSendingEnabled, PutAccountSendingAttributes), identity policies
// that let others send as an identity (PutIdentityPolicy, CreateEmailIdentityPolicy), and the
// reconnaissance that precedes abuse of a stolen key: GetSendQuota, GetAccountSendingEnabled,
// ListIdentities (see the example).
package ses

//go:generate go run ../../internal/apigen/cmd/apigen -package ses -model model/ses.json -also-model model/sesv2.json=V2 -pick-by-members -event-source ses.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package ses -model model/ses.json -also-model model/sesv2.json=V2 -pick-by-members -event-source ses.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_plain_test.go
