package cloudtrailtest_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/serverlessrepo"
)

// members lists an object's member names at a path ("" the record, "userIdentity",
// "userIdentity.sessionContext", ...), in order.
func members(t *testing.T, ev *cloudtrail.Event, path string) []string {
	t.Helper()
	raw, _ := json.Marshal(ev)
	var obj map[string]json.RawMessage
	_ = json.Unmarshal(raw, &obj)
	for _, p := range strings.Split(path, ".") {
		if p == "" {
			continue
		}
		var next map[string]json.RawMessage
		_ = json.Unmarshal(obj[p], &next)
		obj = next
	}
	var keys []string
	for k := range obj {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Each builder writes the members CloudTrail writes for that kind of record: compared with a real
// record of the kind, at each level of the identity, and for the record, leaving out the members
// that depend on the call (resources, vpcEndpointId, ...).
func TestBuildersMatchRealRecords(t *testing.T) {
	id := func(ev *cloudtrail.Event) *cloudtrail.UserIdentity {
		if ev.UserIdentity == nil {
			return &cloudtrail.UserIdentity{}
		}
		return ev.UserIdentity
	}
	tests := []struct {
		name  string
		built *cloudtrail.Event
		real  func(*cloudtrail.Event) bool
		paths []string
	}{
		{"IAM user API call", cloudtrailtest.NewEvent("ec2.amazonaws.com", "DescribeInstances", cloudtrailtest.By(cloudtrailtest.IAMUser("111122223333", "alice"))),
			func(ev *cloudtrail.Event) bool {
				return id(ev).Type == cloudtrail.IdentityIAMUser && id(ev).SessionContext == nil && id(ev).AccessKeyID != "" && len(id(ev).Extra) == 0
			}, []string{"userIdentity"}},
		{"assumed role", cloudtrailtest.NewEvent("s3.amazonaws.com", "PutBucketPolicy", cloudtrailtest.By(cloudtrailtest.AssumedRole("111122223333", "deploy", "ci"))),
			func(ev *cloudtrail.Event) bool {
				return id(ev).Type == cloudtrail.IdentityAssumedRole && id(ev).SessionContext != nil && id(ev).SessionContext.SessionIssuer != nil &&
					id(ev).SessionContext.WebIDFederationData != nil && id(ev).SessionContext.SourceIdentity == "" && len(id(ev).Extra) == 0 &&
					id(ev).SessionContext.EC2RoleDelivery == "" && id(ev).InvokedBy == "" && ev.EventVersion.AtLeast("1.08") && ev.TLSDetails != nil &&
					len(ev.Extra) == 0 && ev.EventID != "" && ev.AdditionalEventData == nil
			}, []string{"", "userIdentity", "userIdentity.sessionContext", "userIdentity.sessionContext.sessionIssuer", "userIdentity.sessionContext.attributes"}},
		{"root", cloudtrailtest.NewEvent("iam.amazonaws.com", "CreateAccessKey", cloudtrailtest.By(cloudtrailtest.Root("111122223333"))),
			func(ev *cloudtrail.Event) bool {
				return id(ev).Type == cloudtrail.IdentityRoot && id(ev).SessionContext != nil && id(ev).SessionContext.Attributes != nil
			}, []string{"userIdentity", "userIdentity.sessionContext.attributes"}},
		// The only FederatedUser sample (hand-written for Panther's rule tests) has no sessionContext,
		// which the CloudTrail User Guide documents: the identity's other members are compared.
		{"federated user", cloudtrailtest.NewEvent("s3.amazonaws.com", "ListBuckets", cloudtrailtest.By(cloudtrailtest.FederatedUser("111122223333", "bob", "app")),
			func(ev *cloudtrail.Event) { ev.UserIdentity.Delete("sessionContext") }),
			func(ev *cloudtrail.Event) bool { return id(ev).Type == cloudtrail.IdentityFederatedUser },
			[]string{"userIdentity"}},
		{"Identity Center user", cloudtrailtest.NewEvent("sso.amazonaws.com", "ListAccounts",
			cloudtrailtest.By(cloudtrailtest.IdentityCenterUser("111122223333", "94d00cd8-e9e6-4810-b177-b08e84775435", "arn:aws:identitystore::111122223333:identitystore/d-1234567890"))),
			func(ev *cloudtrail.Event) bool { return id(ev).Type == cloudtrail.IdentityIdentityCenterUser },
			[]string{"userIdentity", "userIdentity.onBehalfOf"}},
		{"SAML user", cloudtrailtest.NewEvent("sts.amazonaws.com", "AssumeRoleWithSAML", cloudtrailtest.By(cloudtrailtest.SAMLUser("111122223333", "okta", "ana@example.com"))),
			func(ev *cloudtrail.Event) bool { return id(ev).Type == cloudtrail.IdentitySAMLUser },
			[]string{"userIdentity"}},
		{"AWS service", cloudtrailtest.NewEvent("sts.amazonaws.com", "AssumeRole", cloudtrailtest.By(cloudtrailtest.AWSService("lambda.amazonaws.com"))),
			func(ev *cloudtrail.Event) bool { return id(ev).Type == cloudtrail.IdentityAWSService },
			[]string{"userIdentity"}},
		{"console login with MFA", cloudtrailtest.ConsoleLogin(cloudtrailtest.IAMUser("111122223333", "anaya"), cloudtrailtest.Login{MFA: true}),
			func(ev *cloudtrail.Event) bool {
				return ev.EventName == "ConsoleLogin" && strings.Contains(string(ev.AdditionalEventData), `"MFAUsed":"Yes"`)
			}, []string{"responseElements", "additionalEventData"}},
		{"failed console login", cloudtrailtest.ConsoleLogin(cloudtrailtest.IAMUser("111122223333", "anaya"), cloudtrailtest.Login{Failed: true}),
			func(ev *cloudtrail.Event) bool { return ev.EventName == "ConsoleLogin" && ev.Failed() },
			[]string{"responseElements", "additionalEventData"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			real := find(t, tc.real)
			for _, path := range tc.paths {
				got, want := members(t, tc.built, path), members(t, real, path)
				if path == "" {
					// Members a call has or not by its nature.
					optional := []string{"resources", "vpcEndpointId", "vpcEndpointAccountId", "additionalEventData", "sessionCredentialFromConsole", "sharedEventID", "apiVersion"}
					want = slices.DeleteFunc(want, func(k string) bool { return slices.Contains(optional, k) })
					got = slices.DeleteFunc(got, func(k string) bool { return slices.Contains(optional, k) })
				}
				if path == "userIdentity" && tc.name == "root" {
					got = slices.DeleteFunc(got, func(k string) bool { return k == "sessionContext" }) // root console sessions have it, not all records
					want = slices.DeleteFunc(want, func(k string) bool { return k == "sessionContext" || k == "userName" })
				}
				if !slices.Equal(got, want) {
					raw, _ := json.Marshal(real)
					t.Errorf("%q: built %q, real %q\nreal record: %s", path, got, want, raw)
				}
			}
		})
	}
}

// No public record has a WebIdentityUser identity; the builder follows the CloudTrail User Guide's
// description (shared reference, section 2.2): principalId issuer:app:user, userName, identityProvider.
func TestWebIdentityUserAsDocumented(t *testing.T) {
	ev := cloudtrailtest.NewEvent("sts.amazonaws.com", "AssumeRoleWithWebIdentity",
		cloudtrailtest.By(cloudtrailtest.WebIdentityUser("accounts.google.com", "app.apps.googleusercontent.com", "1234567890")))
	if got := members(t, ev, "userIdentity"); !slices.Equal(got, []string{"identityProvider", "principalId", "type", "userName"}) ||
		ev.UserIdentity.PrincipalID != "accounts.google.com:app.apps.googleusercontent.com:1234567890" {
		t.Errorf("members %q, identity %+v", got, ev.UserIdentity)
	}
}

// Built events decode as what they say: a failed call fails, a console login says whether MFA was
// used, a SAR call parses back into its operation.
func TestBuiltEventsRead(t *testing.T) {
	denied := cloudtrailtest.NewEvent("kms.amazonaws.com", "Decrypt", cloudtrailtest.By(cloudtrailtest.AssumedRole("111122223333", "app", "i-0abc")),
		cloudtrailtest.AccessDenied())
	if !denied.Failed() || denied.ErrorCode != "AccessDenied" || !strings.Contains(denied.ErrorMessage, "kms:Decrypt") ||
		denied.ActorARN() != "arn:aws:iam::111122223333:role/app" || *denied.ReadOnly {
		t.Errorf("denied: %+v", denied)
	}
	call := &serverlessrepo.PutApplicationPolicy{Request: &serverlessrepo.PutApplicationPolicyRequest{
		ApplicationID: "arn:aws:serverlessrepo:us-east-1:111122223333:applications/app",
		Statements:    []serverlessrepo.ApplicationPolicyStatement{{Actions: []string{"Deploy"}, Principals: []string{"*"}}}},
		Response: &serverlessrepo.PutApplicationPolicyResponse{Statements: []serverlessrepo.ApplicationPolicyStatement{{Actions: []string{"Deploy"}, Principals: []string{"*"}}}}}
	ev := cloudtrailtest.SARCall(call, cloudtrailtest.By(cloudtrailtest.IAMUser("111122223333", "publisher")))
	parsed, err := serverlessrepo.Parse(ev)
	if err != nil || !parsed.(*serverlessrepo.PutApplicationPolicy).MakesPublic() {
		t.Errorf("SAR call: %v %+v", err, parsed)
	}
	again := cloudtrailtest.SARCall(call, cloudtrailtest.By(cloudtrailtest.IAMUser("111122223333", "publisher")))
	if d := cloudtrailtest.Diff(ev, again); d != "" || ev.EventID == "" {
		t.Errorf("builders are not deterministic: %s", d)
	}
}
