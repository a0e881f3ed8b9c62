// Package anonymize turns real CloudTrail records into test data that is safe to commit: an
// [Anonymizer] replaces account IDs, access keys, names, e-mail and public IP addresses, IDs and
// tokens in every member value and inside payloads, consistently and under a key, and keeps the
// record's structure, member names and JSON types.
//
// It is the anonymizer of the test kit (cloudtrailtest.NewAnonymizer returns one) in a package of
// its own, so that a command that anonymizes logs does not link the testing package or its flags.
package anonymize

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/trailtype/cloudtrail"
)

// Anonymizer turns real records into fixtures that are safe to share. It replaces, in the value of
// every member and inside payloads (JSON documents held in strings included):
//
//   - account IDs (any run of exactly 12 digits: in ARNs, bucket names, payloads, numbers);
//   - access key IDs and IAM unique IDs (AKIA..., ASIA..., AIDA..., AROA..., and the other prefixes);
//   - user, role, session, group and policy names in IAM and STS ARNs, and wherever a name learned
//     from them or from the identity appears as a whole word;
//   - e-mail addresses (but not at example.com, .org or .net);
//   - public IP addresses, by addresses of the documentation ranges of the same family
//     (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32);
//   - request and event IDs, wherever they appear, and session tokens.
//
// Replacements are keyed: the same input gives the same output within an Anonymizer and across
// Anonymizers with the same key, so that the records of one account stay one account; without the
// key they cannot be reversed. AWS's own values stay: service principals and host names, regions,
// event names, AWS-managed policy ARNs (arn:aws:iam::aws:policy/...), service-linked role names.
// Only values change: member names stay as they are, even where a replaced name is spelled the same
// (an IAM user named "key" leaves the S3 request's "key" member alone), so the record keeps its
// structure and JSON types, and stays lossless.
//
// Names are learned as records go by; an Anonymizer used from several goroutines shares what it
// learned.
type Anonymizer struct {
	key   []byte
	mu    sync.Mutex
	names map[string]string // learned names and IDs, and their replacements
	order []string          // the learned names, longest first
}

// New returns an Anonymizer keyed by key.
func New(key []byte) *Anonymizer {
	return &Anonymizer{key: slices.Clone(key), names: map[string]string{}}
}

// Anonymize returns an anonymized copy of ev; ev is left as it was.
func (a *Anonymizer) Anonymize(ev *cloudtrail.Event) (*cloudtrail.Event, error) {
	raw, err := json.Marshal(ev)
	if err != nil {
		return nil, err
	}
	a.learn(ev, raw)
	out, err := a.rewrite(raw)
	if err != nil {
		return nil, fmt.Errorf("anonymize: %w", err)
	}
	var anon cloudtrail.Event
	if err := json.Unmarshal(out, &anon); err != nil {
		return nil, fmt.Errorf("anonymize: %w", err)
	}
	return &anon, nil
}

// iamARN finds IAM and STS ARNs: the account and the resource, whose names are replaced.
var iamARN = regexp.MustCompile(`arn:aws[a-z-]*:(iam|sts)::([0-9]{12}|aws)?:([A-Za-z0-9_+=,.@/-]+)`)

// learn remembers the names and IDs of a record, so that they are replaced wherever they appear.
func (a *Anonymizer) learn(ev *cloudtrail.Event, raw []byte) {
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, m := range iamARN.FindAllSubmatch(raw, -1) {
		if string(m[2]) == "aws" {
			continue // AWS-managed
		}
		for _, name := range arnNames(string(m[3])) {
			a.add(name, "name")
		}
	}
	if u := ev.UserIdentity; u != nil {
		a.add(u.UserName, "name")
		if _, session, ok := strings.Cut(u.PrincipalID, ":"); ok {
			a.add(session, "name")
		}
		if u.SessionContext != nil && u.SessionContext.SessionIssuer != nil {
			a.add(u.SessionContext.SessionIssuer.UserName, "name")
		}
		if u.OnBehalfOf != nil {
			a.add(u.OnBehalfOf.UserID, "id")
		}
		a.add(u.CredentialID, "id")
	}
	for _, id := range []string{ev.EventID, ev.RequestID, ev.SharedEventID} {
		a.add(id, "id")
	}
	if ev.Addendum != nil {
		a.add(ev.Addendum.OriginalEventID, "id")
		a.add(ev.Addendum.OriginalRequestID, "id")
	}
}

// arnNames are the parts of an ARN's resource that name things: all but its type and AWS's own
// paths (aws-reserved/sso.amazonaws.com/us-west-2/, service-role/) and service-linked role names.
func arnNames(resource string) []string {
	parts := strings.Split(resource, "/")
	if len(parts) < 2 || parts[0] == "root" {
		return nil
	}
	var names []string
	for _, p := range parts[1:] {
		switch {
		case p == "" || p == "aws-service-role" || p == "aws-reserved" || p == "service-role" || region.MatchString(p),
			strings.HasSuffix(p, ".amazonaws.com") || strings.HasPrefix(p, "AWSServiceRoleFor"):
			continue
		}
		names = append(names, p)
	}
	return names
}

var region = regexp.MustCompile(`^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]$`)

// add learns a value of a kind ("name" or "id"); values too short or too common to be safe to
// replace as words are not learned.
func (a *Anonymizer) add(v, kind string) {
	if len(v) < 3 || a.names[v] != "" || reserved[strings.ToLower(v)] {
		return
	}
	if kind == "id" {
		if !strings.ContainsAny(v, "0123456789") {
			return // not an ID: a placeholder such as "redacted"
		}
		a.names[v] = a.sameShape(v)
	} else {
		a.names[v] = "name-" + strings.ToLower(a.code("name", v, 8))
	}
	a.order = append(a.order, v)
	slices.SortFunc(a.order, func(x, y string) int { return len(y) - len(x) })
}

// reserved are words never learned as names: replacing them as words would break ARNs and text.
var reserved = map[string]bool{"root": true, "user": true, "role": true, "assumed-role": true, "federated-user": true,
	"group": true, "policy": true, "instance-profile": true, "aws": true, "hidden_due_to_security_reasons": true,
	"unknown": true, "anonymous": true, "null": true, "true": true, "false": true}
