package iam

import (
	"github.com/trailtype/cloudtrail/policy"
)

// GrantKind says how an IAM call grants permissions.
type GrantKind string

// The kinds of grant.
const (
	// GrantAttach attaches a managed policy (AttachUserPolicy, AttachGroupPolicy, AttachRolePolicy).
	GrantAttach GrantKind = "attach"
	// GrantInline puts an inline policy (PutUserPolicy, PutGroupPolicy, PutRolePolicy).
	GrantInline GrantKind = "inline"
	// GrantPolicyVersion writes a new version of a managed policy (CreatePolicyVersion): everyone the
	// policy is attached to gets it when it is the default.
	GrantPolicyVersion GrantKind = "policy-version"
	// GrantTrust replaces a role's trust policy (UpdateAssumeRolePolicy): who may assume the role.
	GrantTrust GrantKind = "trust"
)

// Grant is a policy an IAM call attaches to, or writes for, a user, group or role.
type Grant struct {
	Kind GrantKind
	// PrincipalType is "user", "group" or "role", Principal its name; both are empty for
	// GrantPolicyVersion, which changes a policy rather than a principal.
	PrincipalType, Principal string
	// PolicyARN is the managed policy (GrantAttach, GrantPolicyVersion).
	PolicyARN string
	// PolicyName is the inline policy's name (GrantInline).
	PolicyName string
	// Document is the policy document's JSON text (GrantInline, GrantPolicyVersion, GrantTrust),
	// URL-decoded when the record has it URL-encoded as IAM's query API sends it; the object's JSON
	// when the record has the document as an object.
	Document string
	// Default is CreatePolicyVersion's setAsDefault: the new version is in force.
	Default bool
}

// Grants returns the policies a call attaches or writes; none for calls that grant nothing or
// whose request is absent (a call that failed before IAM read it).
func Grants(call Call) []Grant {
	var g Grant
	switch c := call.(type) {
	case *AttachUserPolicy:
		if r := c.Request; r != nil {
			g = Grant{Kind: GrantAttach, PrincipalType: "user", Principal: r.UserName, PolicyARN: r.PolicyARN}
		}
	case *AttachGroupPolicy:
		if r := c.Request; r != nil {
			g = Grant{Kind: GrantAttach, PrincipalType: "group", Principal: r.GroupName, PolicyARN: r.PolicyARN}
		}
	case *AttachRolePolicy:
		if r := c.Request; r != nil {
			g = Grant{Kind: GrantAttach, PrincipalType: "role", Principal: r.RoleName, PolicyARN: r.PolicyARN}
		}
	case *PutUserPolicy:
		if r := c.Request; r != nil {
			g = Grant{Kind: GrantInline, PrincipalType: "user", Principal: r.UserName, PolicyName: r.PolicyName, Document: r.PolicyDocument.Text()}
		}
	case *PutGroupPolicy:
		if r := c.Request; r != nil {
			g = Grant{Kind: GrantInline, PrincipalType: "group", Principal: r.GroupName, PolicyName: r.PolicyName, Document: r.PolicyDocument.Text()}
		}
	case *PutRolePolicy:
		if r := c.Request; r != nil {
			g = Grant{Kind: GrantInline, PrincipalType: "role", Principal: r.RoleName, PolicyName: r.PolicyName, Document: r.PolicyDocument.Text()}
		}
	case *CreatePolicyVersion:
		if r := c.Request; r != nil {
			g = Grant{Kind: GrantPolicyVersion, PolicyARN: r.PolicyARN, Document: r.PolicyDocument.Text(), Default: r.SetAsDefault}
		}
	case *UpdateAssumeRolePolicy:
		if r := c.Request; r != nil {
			g = Grant{Kind: GrantTrust, PrincipalType: "role", Principal: r.RoleName, Document: r.PolicyDocument.Text()}
		}
	}
	if g.Kind == "" {
		return nil
	}
	return []Grant{g}
}

// Policy reads the grant's document; nil and no error for an attachment, which names a managed
// policy instead.
func (g Grant) Policy() (*policy.Document, error) {
	if g.Document == "" {
		return nil, nil
	}
	return policy.Parse(g.Document)
}
