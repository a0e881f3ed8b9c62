package policy

import (
	"strings"
)

// The questions detections ask of a policy.

// Allows reports whether the statement's Effect is Allow.
func (s *Statement) Allows() bool { return strings.EqualFold(s.Effect, "Allow") }

// PublicPrincipal reports whether the statement's Principal lets in anyone: an Allow with Principal
// "*" or {"AWS": "*"}, whatever its conditions. Public also asks whether a condition narrows it.
func (s *Statement) PublicPrincipal() bool {
	if !s.Allows() || s.Principal == nil {
		return false
	}
	if s.Principal.Text == "*" {
		return true
	}
	aws := s.Principal.ByType["AWS"]
	for _, p := range aws.List {
		if p == "*" {
			return true
		}
	}
	return false
}

// HasCondition reports whether the statement has a Condition block, of any kind;
// NarrowingConditions lists those that limit who it allows.
func (s *Statement) HasCondition() bool { return len(s.Condition) > 0 }

// WildcardAction reports whether the statement allows every action ("*") or every action of a
// service ("s3:*"), or allows all but some (NotAction).
func (s *Statement) WildcardAction() bool {
	if !s.Allows() {
		return false
	}
	if s.NotAction != nil {
		return true
	}
	if s.Action == nil {
		return false
	}
	for _, a := range s.Action.List {
		if a == "*" || strings.HasSuffix(a, ":*") {
			return true
		}
	}
	return false
}

// OtherAccounts returns the AWS principals the statement allows that belong to an account other
// than account: account IDs and ARNs of other accounts, in the order written. "*" is not listed
// (PublicPrincipal covers it).
func (s *Statement) OtherAccounts(account string) []string {
	if !s.Allows() || s.Principal == nil {
		return nil
	}
	var out []string
	for _, p := range s.Principal.ByType["AWS"].List {
		if id := accountOf(p); id != "" && id != account {
			out = append(out, p)
		}
	}
	return out
}

// accountOf returns the account ID of an AWS principal: an ID itself, or the fifth field of an
// ARN ("arn:aws:iam::111122223333:root"); "" for anything else.
func accountOf(p string) string {
	if strings.HasPrefix(p, "arn:") {
		if f := strings.SplitN(p, ":", 6); len(f) == 6 {
			return f[4]
		}
		return ""
	}
	if len(p) == 12 && strings.Trim(p, "0123456789") == "" {
		return p
	}
	return ""
}
