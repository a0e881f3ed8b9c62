package policy_test

import (
	"strings"
	"testing"

	"github.com/trailtype/cloudtrail/policy"
)

// A "*" principal is public only when no condition narrows who it lets in, as IAM Access Analyzer
// reads it: a fixed organization, account, principal, source or network narrows it; a negated,
// IfExists or wildcard condition, or one on another key, does not.
func TestPublicNarrowedByConditions(t *testing.T) {
	for _, tc := range []struct {
		condition string
		public    bool
	}{
		{``, true},
		{`"StringEquals":{"aws:PrincipalOrgID":"o-a1b2c3d4e5"}`, false},
		{`"StringEquals":{"AWS:principalorgid":"o-a1b2c3d4e5"}`, false}, // condition keys compare in any case
		{`"StringEquals":{"aws:PrincipalAccount":["111122223333","444455556666"]}`, false},
		{`"ArnEquals":{"aws:PrincipalArn":"arn:aws:iam::111122223333:role/reader"}`, false},
		{`"ArnLike":{"aws:SourceArn":"arn:aws:cloudtrail:us-east-1:111122223333:trail/main"}`, false},
		{`"StringEquals":{"aws:SourceAccount":"111122223333"}`, false},
		{`"StringEquals":{"aws:SourceVpce":"vpce-1a2b3c4d"}`, false},
		{`"StringEquals":{"aws:SourceVpc":"vpc-111bbb22"}`, false},
		{`"IpAddress":{"aws:SourceIp":["192.0.2.0/24","2001:db8::/32"]}`, false},
		{`"StringEquals":{"aws:SourceOrgID":"o-a1b2c3d4e5"}`, false},
		{`"ForAnyValue:StringLike":{"aws:PrincipalOrgPaths":["o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/"]}`, false},
		{`"StringLike":{"aws:userid":"AROAEXAMPLEID:alice"}`, false},
		{`"StringEquals":{"kms:CallerAccount":"111122223333"}`, false},
		{`"StringEquals":{"aws:PrincipalOrgID":"o-a1b2c3d4e5"},"Bool":{"aws:SecureTransport":"true"}`, false},
		// What does not narrow it.
		{`"Bool":{"aws:SecureTransport":"true"}`, true},
		{`"StringEquals":{"sts:ExternalId":"12345"}`, true},
		{`"StringNotEquals":{"aws:PrincipalOrgID":"o-a1b2c3d4e5"}`, true},
		{`"StringEqualsIfExists":{"aws:SourceVpce":"vpce-1a2b3c4d"}`, true},
		{`"ForAllValues:StringEquals":{"aws:PrincipalOrgID":"o-a1b2c3d4e5"}`, true},
		{`"StringLike":{"aws:PrincipalArn":"arn:aws:iam::*:role/reader"}`, true},
		{`"StringLike":{"aws:PrincipalOrgID":"o-*"}`, true},
		{`"StringEquals":{"aws:PrincipalAccount":"${aws:ResourceAccount}"}`, true},
		{`"IpAddress":{"aws:SourceIp":"0.0.0.0/0"}`, true},
		{`"NotIpAddress":{"aws:SourceIp":"192.0.2.0/24"}`, true},
	} {
		doc, err := policy.Parse(`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},` +
			`"Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"` + strings.TrimSuffix(","+`"Condition":{`+tc.condition+`}`, `,"Condition":{}`) + `}]}`)
		if err != nil {
			t.Fatalf("%s: %v", tc.condition, err)
		}
		if got := doc.Public(); got != tc.public {
			t.Errorf("%s: Public() = %v, want %v", tc.condition, got, tc.public)
		}
		if !doc.PublicPrincipal() || !doc.Statement[0].PublicPrincipal() {
			t.Errorf("%s: PublicPrincipal() is false for a \"*\" principal", tc.condition)
		}
		if narrowed := len(doc.Statement[0].NarrowingConditions()) > 0; narrowed == tc.public {
			t.Errorf("%s: NarrowingConditions() = %q", tc.condition, doc.Statement[0].NarrowingConditions())
		}
	}
}
