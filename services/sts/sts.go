// Package sts types the CloudTrail records of the AWS Security Token Service
// (eventSource sts.amazonaws.com): the requestParameters and responseElements of each operation,
// generated from the service's API model, losslessly like the cloudtrail package's own types. Times
// read from every layout CloudTrail writes them in ("2023-07-18T16:07:39Z", "Jul 18, 2023, 4:07:39
// PM") and are written back as they came.
//
// Parse turns an event into an *AssumeRole, *GetSessionToken and so on; switch on the concrete type.
// Issuers follows temporary credentials back to the calls that issued them.
package sts

//go:generate go run ../../internal/apigen/cmd/apigen -package sts -model model/service-2.json -event-source sts.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -policy-shape sessionPolicyDocumentType -policy-shape unrestrictedSessionPolicyDocumentType -overlay model/overlay.json -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package sts -model model/service-2.json -event-source sts.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -policy-shape sessionPolicyDocumentType -policy-shape unrestrictedSessionPolicyDocumentType -overlay model/overlay.json -o zz_plain_test.go

import (
	"strings"

	"github.com/trailtype/cloudtrail"
)

// RoleSession is the role an AssumeRole call asked for and the session name it gave.
func (c *AssumeRole) RoleSession() (roleARN, session string) {
	if c.Request == nil {
		return "", ""
	}
	return c.Request.RoleARN, c.Request.RoleSessionName
}

// IssuedKey is the access key ID of the temporary credentials an STS call issued, "" when the
// record has none (a failed call, an operation that issues none).
func IssuedKey(call Call) string {
	var creds *Credentials
	switch c := call.(type) {
	case *AssumeRole:
		if c.Response != nil {
			creds = c.Response.Credentials
		}
	case *AssumeRoleWithSAML:
		if c.Response != nil {
			creds = c.Response.Credentials
		}
	case *AssumeRoleWithWebIdentity:
		if c.Response != nil {
			creds = c.Response.Credentials
		}
	case *AssumeRoot:
		if c.Response != nil {
			creds = c.Response.Credentials
		}
	case *GetFederationToken:
		if c.Response != nil {
			creds = c.Response.Credentials
		}
	case *GetSessionToken:
		if c.Response != nil {
			creds = c.Response.Credentials
		}
	}
	if creds == nil {
		return ""
	}
	return creds.AccessKeyID
}

// Issuers remembers the STS calls that issued temporary credentials, by access key ID, so that an
// event made with such credentials can be followed back to the call that issued them, and that
// call to the one that issued its own credentials: a role chain.
type Issuers struct{ byKey map[string]*cloudtrail.Event }

// Add remembers ev if it is an STS call that issued credentials; it reports whether it did.
func (is *Issuers) Add(ev *cloudtrail.Event) bool {
	call, err := Parse(ev)
	if err != nil {
		return false
	}
	key := IssuedKey(call)
	if key == "" {
		return false
	}
	if is.byKey == nil {
		is.byKey = map[string]*cloudtrail.Event{}
	}
	is.byKey[key] = ev
	return true
}

// Chain returns the calls that issued the credentials ev was made with, nearest first: the
// AssumeRole that gave its session, the one that gave the credentials that call was made with, and
// so on, as far as the remembered calls go.
func (is *Issuers) Chain(ev *cloudtrail.Event) []*cloudtrail.Event {
	var chain []*cloudtrail.Event
	seen := map[string]bool{}
	for ev != nil && ev.UserIdentity != nil {
		key := ev.UserIdentity.AccessKeyID
		if key == "" || seen[key] || !strings.HasPrefix(key, "ASIA") && is.byKey[key] == nil {
			break
		}
		seen[key] = true
		ev = is.byKey[key]
		if ev != nil {
			chain = append(chain, ev)
		}
	}
	return chain
}
