package s3_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/s3"
)

// The bodies of the records read into their types: versioning, lifecycle, logging and the ACL of
// the S3 User Guide's PutBucketAcl, whose one Grant is an object, not a list.
func TestBodies(t *testing.T) {
	versioning, lifecycle, logging, acls := 0, 0, 0, 0
	for i, ev := range records(t) {
		c, err := s3.Parse(ev)
		if err != nil {
			continue // the unknown operations of want
		}
		req := s3.PayloadOf(c).Request
		if req == nil {
			continue
		}
		if v := req.VersioningConfiguration; v != nil {
			versioning++
			var raw struct{ VersioningConfiguration struct{ Status string } }
			if err := json.Unmarshal(ev.RequestParameters, &raw); err != nil || v.Status == "" || v.Status != raw.VersioningConfiguration.Status {
				t.Errorf("record %d: versioning status %q", i, v.Status)
			}
		}
		if l := req.LifecycleConfiguration; l != nil {
			lifecycle++
			if len(l.Rules) == 0 || l.Rules[0].ID == "" || l.Rules[0].Status == "" {
				t.Errorf("record %d: lifecycle rules %+v", i, l.Rules)
			}
		}
		if req.BucketLoggingStatus != nil {
			logging++
		}
		if acl := req.AccessControlPolicy; acl != nil {
			acls++
			if acl.Owner == nil || acl.Owner.ID == "" || acl.AccessControlList == nil || len(acl.AccessControlList.Grants) != 1 {
				t.Fatalf("record %d: ACL %+v", i, acl)
			}
			g := acl.AccessControlList.Grants[0]
			if g.Permission != "FULL_CONTROL" || g.Grantee == nil || g.Grantee.Type != "CanonicalUser" || g.Grantee.ID != acl.Owner.ID {
				t.Errorf("record %d: grant %+v", i, g)
			}
			if p := s3.PayloadOf(c).PublicGrants(); len(p) != 0 {
				t.Errorf("record %d: an owner's grant is not public: %+v", i, p)
			}
		}
	}
	if versioning < 10 || lifecycle == 0 || logging == 0 || acls != 1 {
		t.Errorf("%d versioning, %d lifecycle, %d logging bodies, %d ACLs", versioning, lifecycle, logging, acls)
	}
}

// PublicGrants finds AllUsers and AuthenticatedUsers in ACL bodies, canned ACLs and grant headers
// alike, and nothing in an ACL that grants to the owner only. The payloads follow the shapes of the
// S3 User Guide's records, with the grants a bucket made public would have.
func TestPublicGrants(t *testing.T) {
	for _, tc := range []struct {
		name, request string
		want          []string // the grants' permissions
	}{
		{"owner only", `{"bucketName":"b","x-amz-acl":["private"]}`, nil},
		{"canned public-read", `{"bucketName":"b","x-amz-acl":["public-read"]}`, []string{"public-read"}},
		{"canned as a string", `{"bucketName":"b","x-amz-acl":"authenticated-read"}`, []string{"authenticated-read"}},
		{"grant header", `{"bucketName":"b","x-amz-grant-read":"uri=\"http://acs.amazonaws.com/groups/global/AllUsers\""}`, []string{"READ"}},
		{"grant header to an account", `{"bucketName":"b","x-amz-grant-read":"id=\"d25639fbe9c19cd30a4c0f43fbf00e2d3f96400a9aa8dabfbbebe1906Example\""}`, nil},
		{"ACL body", `{"bucketName":"b","AccessControlPolicy":{"AccessControlList":{"Grant":[` +
			`{"Grantee":{"xsi:type":"CanonicalUser","ID":"d25639fbe9c19cd30a4c0f43fbf00e2d3f96400a9aa8dabfbbebe1906Example"},"Permission":"FULL_CONTROL"},` +
			`{"Grantee":{"xsi:type":"Group","URI":"http://acs.amazonaws.com/groups/global/AllUsers"},"Permission":"READ_ACP"}]},` +
			`"xmlns":"http://s3.amazonaws.com/doc/2006-03-01/"},"acl":[""]}`, []string{"READ_ACP"}},
	} {
		ev := &cloudtrail.Event{EventSource: s3.EventSource, EventName: "PutBucketAcl", RequestParameters: json.RawMessage(tc.request)}
		c, err := s3.Parse(ev)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		var got []string
		for _, g := range s3.PayloadOf(c).PublicGrants() {
			got = append(got, g.Permission)
		}
		if len(got) != len(tc.want) || (len(got) > 0 && got[0] != tc.want[0]) {
			t.Errorf("%s: public grants %q, want %q", tc.name, got, tc.want)
		}
	}
}

// PublicAccessBlockConfiguration.Disabled names the protections a configuration turns off.
func TestPublicAccessBlockDisabled(t *testing.T) {
	var c s3.PublicAccessBlockConfiguration
	in := `{"xmlns":"http://s3.amazonaws.com/doc/2006-03-01/","RestrictPublicBuckets":false,"BlockPublicPolicy":true,"BlockPublicAcls":false,"IgnorePublicAcls":true}`
	if err := json.Unmarshal([]byte(in), &c); err != nil {
		t.Fatal(err)
	}
	if got := c.Disabled(); len(got) != 2 || got[0] != "BlockPublicAcls" || got[1] != "RestrictPublicBuckets" {
		t.Errorf("Disabled = %q", got)
	}
	out, _ := json.Marshal(c)
	if d := cmp.Diff(generic(t, []byte(in)), generic(t, out)); d != "" {
		t.Errorf("encoding (-in +out):\n%s", d)
	}
}
