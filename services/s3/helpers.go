package s3

import (
	"encoding/json"
	"slices"
	"strings"

	"github.com/trailtype/cloudtrail/policy"
)

// PolicyDocument reads the bucket policy a PutBucketPolicy call sets (Request.BucketPolicy); nil and
// no error when the request has none.
func (p *Payload) PolicyDocument() (*policy.Document, error) {
	if p.Request == nil {
		return nil, nil
	}
	return p.Request.BucketPolicy.Document()
}

// ObjectARN is the ARN of the object an object-level call names, "" when it names no bucket and key.
func (p *Payload) ObjectARN() string {
	if p.Request == nil || p.Request.BucketName == "" || p.Request.Key == "" {
		return ""
	}
	return "arn:aws:s3:::" + p.Request.BucketName + "/" + p.Request.Key
}

// Subresources lists the subresource flags the request carries ("acl", "policy", "versioning", ...):
// what a bucket call reads or changes.
func (p *Payload) Subresources() []string {
	if p.Request == nil {
		return nil
	}
	var out []string
	for _, f := range p.Request.flags() {
		if len(*f.v) > 0 {
			out = append(out, f.name)
		}
	}
	return out
}

// publicCannedACLs are the canned ACLs that grant to AllUsers or AuthenticatedUsers.
var publicCannedACLs = []string{"public-read", "public-read-write", "authenticated-read"}

// PublicGrants is what the request opens to everyone (AllUsers) or to every AWS account
// (AuthenticatedUsers): the public grants of its ACL body, the x-amz-grant-* headers that name one
// of those groups (Permission READ, WRITE, READ_ACP, WRITE_ACP or FULL_CONTROL), and a public
// canned ACL (x-amz-acl) as a grant whose Permission is the canned ACL's name.
func (p *Payload) PublicGrants() []Grant {
	if p.Request == nil {
		return nil
	}
	var out []Grant
	if acl := p.Request.AccessControlPolicy; acl != nil && acl.AccessControlList != nil {
		for _, g := range acl.AccessControlList.Grants {
			if g.Grantee != nil && (g.Grantee.URI == AllUsersGroup || g.Grantee.URI == AuthenticatedUsersGroup) {
				out = append(out, g)
			}
		}
	}
	for _, h := range []struct{ permission, grantees string }{{"READ", p.Request.GrantRead}, {"WRITE", p.Request.GrantWrite},
		{"READ_ACP", p.Request.GrantReadACP}, {"WRITE_ACP", p.Request.GrantWriteACP}, {"FULL_CONTROL", p.Request.GrantFullControl}} {
		for _, uri := range []string{AllUsersGroup, AuthenticatedUsersGroup} {
			if strings.Contains(h.grantees, uri) {
				out = append(out, Grant{Grantee: &Grantee{Type: "Group", URI: uri}, Permission: h.permission})
			}
		}
	}
	for _, canned := range p.Request.CannedACLs() {
		if slices.Contains(publicCannedACLs, canned) {
			uri := AllUsersGroup
			if canned == "authenticated-read" {
				uri = AuthenticatedUsersGroup
			}
			out = append(out, Grant{Grantee: &Grantee{Type: "Group", URI: uri}, Permission: canned})
		}
	}
	return out
}

// CannedACLs are the canned ACLs of the x-amz-acl header, which CloudTrail writes as a string or a
// list of strings.
func (r *Request) CannedACLs() []string {
	var one string
	if json.Unmarshal(r.ACLHeader, &one) == nil && one != "" {
		return []string{one}
	}
	var many []string
	_ = json.Unmarshal(r.ACLHeader, &many)
	return many
}

// Disabled lists the protections the configuration turns off, by member name: a detection of a
// bucket opened to the public reads it on PutBucketPublicAccessBlock.
func (v *PublicAccessBlockConfiguration) Disabled() []string {
	var out []string
	for _, f := range []struct {
		name string
		on   bool
	}{{"BlockPublicAcls", v.BlockPublicAcls}, {"IgnorePublicAcls", v.IgnorePublicAcls},
		{"BlockPublicPolicy", v.BlockPublicPolicy}, {"RestrictPublicBuckets", v.RestrictPublicBuckets}} {
		if !f.on {
			out = append(out, f.name)
		}
	}
	return out
}
