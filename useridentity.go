package cloudtrail

import (
	"encoding/json"
	"time"

	"github.com/trailtype/cloudtrail/internal/lossless"
)

// UserIdentity describes the principal that made a request. Which fields are set depends on Type;
// some service events carry no Type at all.
type UserIdentity struct {
	// Type is the kind of principal, such as AssumedRole; empty when the record has none.
	Type IdentityType `json:"type,omitempty"`
	// PrincipalID is the principal's unique ID; "ROLEID:sessionName" for temporary credentials.
	PrincipalID string `json:"principalId,omitempty"`
	// ARN is the principal's ARN.
	ARN string `json:"arn,omitempty"`
	// AccountID is the account that owns the principal.
	AccountID string `json:"accountId,omitempty"`
	// AccessKeyID is the access key used; it can be absent or "".
	AccessKeyID string `json:"accessKeyId,omitempty"`
	// UserName is the friendly name (the alias for Root, HIDDEN_DUE_TO_SECURITY_REASONS on some
	// failed sign-ins).
	UserName string `json:"userName,omitempty"`
	// SessionContext describes temporary credentials.
	SessionContext *SessionContext `json:"sessionContext,omitempty"`
	// InvokedBy names the AWS service that made the request on the principal's behalf.
	InvokedBy string `json:"invokedBy,omitempty"`
	// InvokedByDelegate is the product-provider account that used delegated access.
	InvokedByDelegate *InvokedByDelegate `json:"invokedByDelegate,omitempty"`
	// IdentityProvider is the SAML name qualifier or web identity issuer (SAMLUser, WebIdentityUser).
	IdentityProvider string `json:"identityProvider,omitempty"`
	// CredentialID identifies a bearer token (IAM Identity Center).
	CredentialID string `json:"credentialId,omitempty"`
	// OnBehalfOf names the IAM Identity Center user a request was made for.
	OnBehalfOf *OnBehalfOf `json:"onBehalfOf,omitempty"`
	// InScopeOf describes the resource credentials were issued to, such as a Lambda function.
	InScopeOf *InScopeOf `json:"inScopeOf,omitempty"`
	// Extra holds members this package does not model.
	Extra map[string]json.RawMessage `json:"-"`

	// Layout keeps how the JSON looked; it never counts when values are compared (see Layout).
	Layout Layout `json:"-"`
}

// SessionContext describes the temporary credentials behind a request.
type SessionContext struct {
	// SessionIssuer is who issued the session; it can be an empty object.
	SessionIssuer *SessionIssuer `json:"sessionIssuer,omitempty"`
	// WebIDFederationData describes a web identity federation; often an empty object.
	WebIDFederationData *WebIDFederationData `json:"webIdFederationData,omitempty"`
	// Attributes holds the session's creation time and MFA state.
	Attributes *SessionAttributes `json:"attributes,omitempty"`
	// SourceIdentity is the value set through STS SourceIdentity.
	SourceIdentity string `json:"sourceIdentity,omitempty"`
	// EC2RoleDelivery is "1.0" for IMDSv1 or "2.0" for IMDSv2 instance credentials.
	EC2RoleDelivery string `json:"ec2RoleDelivery,omitempty"`
	// AssumedRoot reports a session from sts:AssumeRoot (the string "true" in JSON).
	AssumedRoot bool `json:"assumedRoot,omitempty"`
	// SignInSessionArn is the aws:SignInSessionArn of a console sign-in session.
	SignInSessionArn string `json:"signInSessionArn,omitempty"`
	// Extra holds members this package does not model.
	Extra map[string]json.RawMessage `json:"-"`

	// Layout keeps how the JSON looked; it never counts when values are compared (see Layout).
	Layout Layout `json:"-"`
}

// SessionIssuer is the principal that issued temporary credentials.
type SessionIssuer struct {
	// Type is Root, IAMUser or Role.
	Type IdentityType `json:"type,omitempty"`
	// PrincipalID is the issuer's unique ID.
	PrincipalID string `json:"principalId,omitempty"`
	// ARN is the issuer's ARN, for example the role's.
	ARN string `json:"arn,omitempty"`
	// AccountID is the account that owns the issuer.
	AccountID string `json:"accountId,omitempty"`
	// UserName is the issuer's friendly name.
	UserName string `json:"userName,omitempty"`
	// Extra holds members this package does not model.
	Extra map[string]json.RawMessage `json:"-"`

	// Layout keeps how the JSON looked; it never counts when values are compared (see Layout).
	Layout Layout `json:"-"`
}

// WebIDFederationData describes the identity provider of a web identity session.
type WebIDFederationData struct {
	// FederatedProvider is the identity provider, such as "accounts.google.com".
	FederatedProvider string `json:"federatedProvider,omitempty"`
	// Attributes are the provider's attributes, such as "www.amazon.com:app_id".
	Attributes map[string]string `json:"attributes,omitempty"`
	// Extra holds members this package does not model.
	Extra map[string]json.RawMessage `json:"-"`

	// Layout keeps how the JSON looked; it never counts when values are compared (see Layout).
	Layout Layout `json:"-"`
}

// SessionAttributes holds a session's creation time and MFA state.
type SessionAttributes struct {
	// CreationDate is when the credentials were issued. Both ISO 8601 forms are read.
	CreationDate time.Time `json:"creationDate"`
	// MFAAuthenticated reports MFA at sign-in (the string "true" or "false" in JSON).
	MFAAuthenticated bool `json:"mfaAuthenticated,omitempty"`
	// Extra holds members this package does not model.
	Extra map[string]json.RawMessage `json:"-"`

	// Layout keeps how the JSON looked; it never counts when values are compared (see Layout).
	Layout Layout `json:"-"`
}

// InvokedByDelegate is the product-provider account that used temporary delegated access.
type InvokedByDelegate struct {
	// AccountID is the provider's account.
	AccountID string `json:"accountId,omitempty"`
	// Extra holds members this package does not model.
	Extra map[string]json.RawMessage `json:"-"`

	// Layout keeps how the JSON looked; it never counts when values are compared (see Layout).
	Layout Layout `json:"-"`
}

// OnBehalfOf names the IAM Identity Center user a request was made for.
type OnBehalfOf struct {
	// UserID is the user's ID in the identity store.
	UserID string `json:"userId,omitempty"`
	// IdentityStoreArn is the identity store's ARN.
	IdentityStoreArn string `json:"identityStoreArn,omitempty"`
	// Extra holds members this package does not model.
	Extra map[string]json.RawMessage `json:"-"`

	// Layout keeps how the JSON looked; it never counts when values are compared (see Layout).
	Layout Layout `json:"-"`
}

// InScopeOf describes the resource that temporary credentials were issued to.
type InScopeOf struct {
	// SourceArn is the resource's ARN.
	SourceArn string `json:"sourceArn,omitempty"`
	// SourceAccount is the account of SourceArn.
	SourceAccount string `json:"sourceAccount,omitempty"`
	// IssuerType is the resource type, such as "AWS::Lambda::Function".
	IssuerType string `json:"issuerType,omitempty"`
	// CredentialsIssuedTo is the ARN the credentials were issued to.
	CredentialsIssuedTo string `json:"credentialsIssuedTo,omitempty"`
	// CredentialsIssuedToVersion is the versioned ARN (seen on Lambda; undocumented).
	CredentialsIssuedToVersion string `json:"credentialsIssuedToVersion,omitempty"`
	// Extra holds members this package does not model.
	Extra map[string]json.RawMessage `json:"-"`

	// Layout keeps how the JSON looked; it never counts when values are compared (see Layout).
	Layout Layout `json:"-"`
}

var userIdentityCodec = lossless.NewCodec(
	func(u *UserIdentity) *lossless.Layout { return &u.Layout },
	func(u *UserIdentity) *map[string]json.RawMessage { return &u.Extra },
	lossless.String("type", func(u *UserIdentity) *IdentityType { return &u.Type }),
	lossless.String("principalId", func(u *UserIdentity) *string { return &u.PrincipalID }),
	lossless.String("arn", func(u *UserIdentity) *string { return &u.ARN }),
	lossless.String("accountId", func(u *UserIdentity) *string { return &u.AccountID }),
	lossless.String("accessKeyId", func(u *UserIdentity) *string { return &u.AccessKeyID }),
	lossless.String("userName", func(u *UserIdentity) *string { return &u.UserName }),
	lossless.ObjectAlloc("sessionContext", func(u *UserIdentity) **SessionContext { return &u.SessionContext }, sessionContextCodec,
		fromBlock(usedSession, func(b *eventBlock) *SessionContext { return &b.session })),
	lossless.String("invokedBy", func(u *UserIdentity) *string { return &u.InvokedBy }),
	lossless.Object("invokedByDelegate", func(u *UserIdentity) **InvokedByDelegate { return &u.InvokedByDelegate }, invokedByDelegateCodec),
	lossless.String("identityProvider", func(u *UserIdentity) *string { return &u.IdentityProvider }),
	lossless.String("credentialId", func(u *UserIdentity) *string { return &u.CredentialID }),
	lossless.Object("onBehalfOf", func(u *UserIdentity) **OnBehalfOf { return &u.OnBehalfOf }, onBehalfOfCodec),
	lossless.Object("inScopeOf", func(u *UserIdentity) **InScopeOf { return &u.InScopeOf }, inScopeOfCodec),
)

var sessionContextCodec = lossless.NewCodec(
	func(c *SessionContext) *lossless.Layout { return &c.Layout },
	func(c *SessionContext) *map[string]json.RawMessage { return &c.Extra },
	lossless.ObjectAlloc("sessionIssuer", func(c *SessionContext) **SessionIssuer { return &c.SessionIssuer }, sessionIssuerCodec,
		fromBlock(usedIssuer, func(b *eventBlock) *SessionIssuer { return &b.issuer })),
	lossless.ObjectAlloc("webIdFederationData", func(c *SessionContext) **WebIDFederationData { return &c.WebIDFederationData }, webIDFederationDataCodec,
		fromBlock(usedWebID, func(b *eventBlock) *WebIDFederationData { return &b.webID })),
	lossless.ObjectAlloc("attributes", func(c *SessionContext) **SessionAttributes { return &c.Attributes }, sessionAttributesCodec,
		fromBlock(usedAttributes, func(b *eventBlock) *SessionAttributes { return &b.attributes })),
	lossless.String("sourceIdentity", func(c *SessionContext) *string { return &c.SourceIdentity }),
	lossless.String("ec2RoleDelivery", func(c *SessionContext) *string { return &c.EC2RoleDelivery }),
	lossless.StringBool("assumedRoot", func(c *SessionContext) *bool { return &c.AssumedRoot }),
	lossless.String("signInSessionArn", func(c *SessionContext) *string { return &c.SignInSessionArn }),
)

var sessionIssuerCodec = lossless.NewCodec(
	func(i *SessionIssuer) *lossless.Layout { return &i.Layout },
	func(i *SessionIssuer) *map[string]json.RawMessage { return &i.Extra },
	lossless.String("type", func(i *SessionIssuer) *IdentityType { return &i.Type }),
	lossless.String("principalId", func(i *SessionIssuer) *string { return &i.PrincipalID }),
	lossless.String("arn", func(i *SessionIssuer) *string { return &i.ARN }),
	lossless.String("accountId", func(i *SessionIssuer) *string { return &i.AccountID }),
	lossless.String("userName", func(i *SessionIssuer) *string { return &i.UserName }),
)

var webIDFederationDataCodec = lossless.NewCodec(
	func(w *WebIDFederationData) *lossless.Layout { return &w.Layout },
	func(w *WebIDFederationData) *map[string]json.RawMessage { return &w.Extra },
	lossless.String("federatedProvider", func(w *WebIDFederationData) *string { return &w.FederatedProvider }),
	lossless.StringMap("attributes", func(w *WebIDFederationData) *map[string]string { return &w.Attributes }),
)

// basicISO8601 is the "basic notation" creationDate of old documentation examples.
const basicISO8601 = "20060102T150405Z"

var sessionAttributesCodec = lossless.NewCodec(
	func(a *SessionAttributes) *lossless.Layout { return &a.Layout },
	func(a *SessionAttributes) *map[string]json.RawMessage { return &a.Extra },
	lossless.Time("creationDate", func(a *SessionAttributes) *time.Time { return &a.CreationDate }, basicISO8601),
	lossless.StringBool("mfaAuthenticated", func(a *SessionAttributes) *bool { return &a.MFAAuthenticated }),
)

var invokedByDelegateCodec = lossless.NewCodec(
	func(d *InvokedByDelegate) *lossless.Layout { return &d.Layout },
	func(d *InvokedByDelegate) *map[string]json.RawMessage { return &d.Extra },
	lossless.String("accountId", func(d *InvokedByDelegate) *string { return &d.AccountID }),
)

var onBehalfOfCodec = lossless.NewCodec(
	func(o *OnBehalfOf) *lossless.Layout { return &o.Layout },
	func(o *OnBehalfOf) *map[string]json.RawMessage { return &o.Extra },
	lossless.String("userId", func(o *OnBehalfOf) *string { return &o.UserID }),
	lossless.String("identityStoreArn", func(o *OnBehalfOf) *string { return &o.IdentityStoreArn }),
)

var inScopeOfCodec = lossless.NewCodec(
	func(i *InScopeOf) *lossless.Layout { return &i.Layout },
	func(i *InScopeOf) *map[string]json.RawMessage { return &i.Extra },
	lossless.String("sourceArn", func(i *InScopeOf) *string { return &i.SourceArn }),
	lossless.String("sourceAccount", func(i *InScopeOf) *string { return &i.SourceAccount }),
	lossless.String("issuerType", func(i *InScopeOf) *string { return &i.IssuerType }),
	lossless.String("credentialsIssuedTo", func(i *InScopeOf) *string { return &i.CredentialsIssuedTo }),
	lossless.String("credentialsIssuedToVersion", func(i *InScopeOf) *string { return &i.CredentialsIssuedToVersion }),
)

// MarshalJSON encodes the identity losslessly.
func (u UserIdentity) MarshalJSON() ([]byte, error) { return userIdentityCodec.Marshal(&u) }

// UnmarshalJSON decodes a userIdentity object.
func (u *UserIdentity) UnmarshalJSON(data []byte) error {
	return userIdentityCodec.UnmarshalCopy(u, data)
}

// MarshalJSON encodes the session context losslessly.
func (c SessionContext) MarshalJSON() ([]byte, error) { return sessionContextCodec.Marshal(&c) }

// UnmarshalJSON decodes a sessionContext object.
func (c *SessionContext) UnmarshalJSON(data []byte) error {
	return sessionContextCodec.UnmarshalCopy(c, data)
}

// MarshalJSON encodes the session issuer losslessly.
func (i SessionIssuer) MarshalJSON() ([]byte, error) { return sessionIssuerCodec.Marshal(&i) }

// UnmarshalJSON decodes a sessionIssuer object.
func (i *SessionIssuer) UnmarshalJSON(data []byte) error {
	return sessionIssuerCodec.UnmarshalCopy(i, data)
}

// MarshalJSON encodes the federation data losslessly.
func (w WebIDFederationData) MarshalJSON() ([]byte, error) {
	return webIDFederationDataCodec.Marshal(&w)
}

// UnmarshalJSON decodes a webIdFederationData object.
func (w *WebIDFederationData) UnmarshalJSON(data []byte) error {
	return webIDFederationDataCodec.UnmarshalCopy(w, data)
}

// MarshalJSON encodes the attributes losslessly.
func (a SessionAttributes) MarshalJSON() ([]byte, error) { return sessionAttributesCodec.Marshal(&a) }

// UnmarshalJSON decodes an attributes object.
func (a *SessionAttributes) UnmarshalJSON(data []byte) error {
	return sessionAttributesCodec.UnmarshalCopy(a, data)
}

// MarshalJSON encodes the delegate losslessly.
func (d InvokedByDelegate) MarshalJSON() ([]byte, error) { return invokedByDelegateCodec.Marshal(&d) }

// UnmarshalJSON decodes an invokedByDelegate object.
func (d *InvokedByDelegate) UnmarshalJSON(data []byte) error {
	return invokedByDelegateCodec.UnmarshalCopy(d, data)
}

// MarshalJSON encodes onBehalfOf losslessly.
func (o OnBehalfOf) MarshalJSON() ([]byte, error) { return onBehalfOfCodec.Marshal(&o) }

// UnmarshalJSON decodes an onBehalfOf object.
func (o *OnBehalfOf) UnmarshalJSON(data []byte) error { return onBehalfOfCodec.UnmarshalCopy(o, data) }

// MarshalJSON encodes inScopeOf losslessly.
func (i InScopeOf) MarshalJSON() ([]byte, error) { return inScopeOfCodec.Marshal(&i) }

// UnmarshalJSON decodes an inScopeOf object.
func (i *InScopeOf) UnmarshalJSON(data []byte) error { return inScopeOfCodec.UnmarshalCopy(i, data) }
