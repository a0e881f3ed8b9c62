package policy

import (
	"net/netip"
	"slices"
	"strings"
)

// Public reports whether some statement allows anyone: a "*" principal that no condition narrows
// (see Statement.Public). PublicPrincipal asks the same without looking at conditions. Deny
// statements are not weighed against the Allow ones.
func (d *Document) Public() bool {
	for i := range d.Statement {
		if d.Statement[i].Public() {
			return true
		}
	}
	return false
}

// PublicPrincipal reports whether some statement's Principal lets in anyone, whatever its
// conditions: a "*" limited to an organization by aws:PrincipalOrgID counts.
func (d *Document) PublicPrincipal() bool {
	for i := range d.Statement {
		if d.Statement[i].PublicPrincipal() {
			return true
		}
	}
	return false
}

// Public reports whether the statement allows anyone: its Principal is "*" (PublicPrincipal) and
// none of its conditions narrows who that is (NarrowingConditions is empty). This is how IAM Access
// Analyzer and S3 Block Public Access tell a public policy from one shared within an organization,
// an account or a network.
func (s *Statement) Public() bool {
	return s.PublicPrincipal() && len(s.NarrowingConditions()) == 0
}

// NarrowingConditions lists the condition keys of the statement, as written, that limit who it lets
// in to fixed principals or places, sorted. They are the keys IAM Access Analyzer reads so:
//
//   - who: aws:PrincipalArn, aws:PrincipalAccount, aws:PrincipalOrgID, aws:PrincipalOrgPaths,
//     aws:userid, aws:username, kms:CallerAccount;
//   - on whose behalf a service calls: aws:SourceArn, aws:SourceAccount, aws:SourceOwner,
//     aws:SourceOrgID, aws:SourceOrgPaths;
//   - from where: aws:SourceIp, aws:SourceVpc, aws:SourceVpce, s3:DataAccessPointArn,
//     s3:DataAccessPointAccount.
//
// A key narrows only under a positive operator (StringEquals, StringLike, ArnEquals, ArnLike,
// IpAddress, ..., or ForAnyValue: one of them) and with fixed values: no "*" or "?", no policy
// variable such as ${aws:username}, and for aws:SourceIp no range of every address (0.0.0.0/0). A
// negated operator (StringNotEquals), an ...IfExists operator and ForAllValues: let in requests that
// lack the key, so they narrow nothing; nor do other keys (aws:SecureTransport, sts:ExternalId).
func (s *Statement) NarrowingConditions() []string {
	var out []string
	for op, keys := range s.Condition {
		if !narrowingOperator(op) {
			continue
		}
		for key, values := range keys {
			if narrowingKeys[strings.ToLower(key)] && fixed(strings.ToLower(key), values.List) {
				out = append(out, key)
			}
		}
	}
	slices.Sort(out)
	return out
}

// narrowingKeys are the condition keys that can limit who a statement allows, in lower case:
// condition keys compare in any case.
var narrowingKeys = map[string]bool{
	"aws:principalarn": true, "aws:principalaccount": true, "aws:principalorgid": true, "aws:principalorgpaths": true,
	"aws:userid": true, "aws:username": true, "kms:calleraccount": true,
	"aws:sourcearn": true, "aws:sourceaccount": true, "aws:sourceowner": true, "aws:sourceorgid": true, "aws:sourceorgpaths": true,
	"aws:sourceip": true, "aws:sourcevpc": true, "aws:sourcevpce": true,
	"s3:dataaccesspointarn": true, "s3:dataaccesspointaccount": true,
}

// narrowingOperator reports an operator that a request passes only with one of the listed values.
func narrowingOperator(op string) bool {
	op = strings.ToLower(op)
	if rest, ok := strings.CutPrefix(op, "foranyvalue:"); ok {
		op = rest
	}
	switch op {
	case "stringequals", "stringequalsignorecase", "stringlike", "arnequals", "arnlike", "ipaddress":
		return true
	}
	return false
}

// fixed reports whether every value names one thing: no wildcard, no policy variable, no range of
// every IP address.
func fixed(key string, values []string) bool {
	if len(values) == 0 {
		return false
	}
	for _, v := range values {
		if v == "" || strings.ContainsAny(v, "*?") || strings.Contains(v, "${") {
			return false
		}
		if key == "aws:sourceip" {
			if p, err := netip.ParsePrefix(v); err == nil && p.Bits() == 0 {
				return false
			}
		}
	}
	return true
}
