package cloudtrail

import (
	"bytes"
	"net/netip"
	"strings"
)

// ActorARN returns the ARN of the principal behind the event: the role (the session issuer) for an
// assumed role, the identity store user for an IAM Identity Center user, and otherwise the identity's
// own ARN. It is "" when the record names no ARN, as for AWS services and Insights records.
func (e *Event) ActorARN() string {
	u := e.UserIdentity
	if u == nil {
		return ""
	}
	if u.Type == IdentityAssumedRole && u.SessionContext != nil && u.SessionContext.SessionIssuer != nil &&
		u.SessionContext.SessionIssuer.ARN != "" {
		return u.SessionContext.SessionIssuer.ARN
	}
	if u.OnBehalfOf != nil && u.OnBehalfOf.UserID != "" {
		partition := "aws"
		if a, err := ParseARN(u.OnBehalfOf.IdentityStoreArn); err == nil {
			partition = a.Partition
		}
		return "arn:" + partition + ":identitystore:::user/" + u.OnBehalfOf.UserID
	}
	return u.ARN
}

// Actor returns a short label for who acted, for display: the actor ARN, else the invoking service,
// else the user name, principal ID or account.
func (e *Event) Actor() string {
	if arn := e.ActorARN(); arn != "" {
		return arn
	}
	u := e.UserIdentity
	if u == nil {
		return ""
	}
	for _, s := range []string{u.InvokedBy, u.UserName, u.PrincipalID, u.AccountID} {
		if s != "" {
			return s
		}
	}
	return ""
}

// AccountID returns the account the event belongs to: the recipient account, else the account of the
// identity that acted.
func (e *Event) AccountID() string {
	if e.RecipientAccountID != "" {
		return e.RecipientAccountID
	}
	if e.UserIdentity != nil {
		return e.UserIdentity.AccountID
	}
	return ""
}

// Failed reports whether the request failed: the record has an error code or an error message, or it
// is a console sign-in whose response says Failure (AWS adds only a message to those).
func (e *Event) Failed() bool {
	if e.ErrorCode != "" || e.ErrorMessage != "" {
		return true
	}
	return e.EventType == EventTypeConsoleSignIn && bytes.Contains(e.ResponseElements, []byte(`"Failure"`))
}

// SourceIP returns sourceIPAddress as an address when it is one; it is false for service host names
// such as "signin.amazonaws.com" and for "AWS Internal".
func (e *Event) SourceIP() (netip.Addr, bool) {
	a, err := netip.ParseAddr(strings.TrimSpace(e.SourceIPAddress))
	return a, err == nil
}
