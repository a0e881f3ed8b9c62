package cloudtrailtest

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"net/netip"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/lossless"
)

// Anonymizer turns real records into fixtures that are safe to share. It replaces, in every member
// and inside payloads (JSON held in strings included):
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
// The record keeps its structure and JSON types, and stays lossless.
//
// Names are learned as records go by; an Anonymizer used from several goroutines shares what it
// learned.
type Anonymizer struct {
	key   []byte
	mu    sync.Mutex
	names map[string]string // learned names and IDs, and their replacements
	order []string          // the learned names, longest first
}

// NewAnonymizer returns an Anonymizer keyed by key.
func NewAnonymizer(key []byte) *Anonymizer {
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
		return nil, fmt.Errorf("cloudtrailtest: anonymize: %w", err)
	}
	var anon cloudtrail.Event
	if err := json.Unmarshal(out, &anon); err != nil {
		return nil, fmt.Errorf("cloudtrailtest: anonymize: %w", err)
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

// rewrite copies a JSON document, anonymizing every string (keys included) and 12-digit number.
func (a *Anonymizer) rewrite(raw []byte) ([]byte, error) {
	s := lossless.NewScanner(raw)
	out, err := a.value(s, nil, "")
	if err == nil && !s.AtEnd() {
		err = fmt.Errorf("data after the record")
	}
	return out, err
}

func (a *Anonymizer) value(s *lossless.Scanner, out []byte, key string) ([]byte, error) {
	switch c := s.Peek(); {
	case c == '{':
		out = append(out, '{')
		first := true
		err := s.Object(func(k string) error {
			if !first {
				out = append(out, ',')
			}
			first = false
			out = lossless.AppendString(out, a.Text(k))
			out = append(out, ':')
			var err error
			out, err = a.value(s, out, k)
			return err
		})
		return append(out, '}'), err
	case c == '[':
		out = append(out, '[')
		first := true
		err := s.Array(func() error {
			if !first {
				out = append(out, ',')
			}
			first = false
			var err error
			out, err = a.value(s, out, key)
			return err
		})
		return append(out, ']'), err
	case c == '"':
		v, err := s.String()
		if isTokenKey(key) {
			return lossless.AppendString(out, a.sameShape(v)), err
		}
		return lossless.AppendString(out, a.Text(v)), err
	case c == '-' || ('0' <= c && c <= '9'):
		n, err := s.Number()
		return append(out, a.accounts(n)...), err // an account ID written as a number, even 123456789012.0
	}
	raw, err := s.Raw()
	return append(out, raw...), err
}

// isTokenKey names the members that hold credentials.
func isTokenKey(key string) bool {
	switch strings.ToLower(key) {
	case "sessiontoken", "x-amz-security-token", "secretaccesskey", "password":
		return true
	}
	return false
}

var (
	email  = regexp.MustCompile(`[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,}`)
	ipv4   = regexp.MustCompile(`[0-9]{1,3}(\.[0-9]{1,3}){3}`)
	ipv6   = regexp.MustCompile(`[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7}`)
	keyID  = regexp.MustCompile(`(AKIA|ASIA|AIDA|AROA|AIPA|ANPA|ANVA|APKA|AGPA|ABIA|ACCA|ASCA|AEKA|AKPA)[A-Z0-9]{12,28}`)
	tokens = regexp.MustCompile(`(IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE|AQoDYXdzE|AQoJb3JpZ2luX2Vj)[A-Za-z0-9+/=]+`)
)

// Text anonymizes one string as Anonymize does every string of a record; it uses and adds to the
// names the Anonymizer learned.
func (a *Anonymizer) Text(s string) string {
	s = iamARN.ReplaceAllStringFunc(s, a.arn)
	s = a.learned(s)
	s = tokens.ReplaceAllStringFunc(s, a.sameShape)
	s = replaceWords(s, keyID, func(k string) string { return k[:4] + a.code("key", k, len(k)-4) })
	s = email.ReplaceAllStringFunc(s, a.email)
	s = replaceWords(s, ipv4, a.ip)
	s = replaceWords(s, ipv6, a.ip)
	return a.accounts(s)
}

// arn anonymizes the names in an IAM or STS ARN; its account is left to accounts.
func (a *Anonymizer) arn(arn string) string {
	m := iamARN.FindStringSubmatchIndex(arn)
	if m[4] >= 0 && arn[m[4]:m[5]] == "aws" { // the account is optional: arn:aws:iam:::...
		return arn
	}
	resource := arn[m[6]:m[7]]
	parts := strings.Split(resource, "/")
	names := arnNames(resource)
	for i, p := range parts {
		if i > 0 && slices.Contains(names, p) {
			parts[i] = a.name(p)
		}
	}
	return arn[:m[6]] + strings.Join(parts, "/")
}

// name is a learned name's replacement; it learns the name if it is new.
func (a *Anonymizer) name(n string) string {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.add(n, "name")
	if r := a.names[n]; r != "" {
		return r
	}
	return n
}

// learned replaces learned names and IDs where they stand as whole words.
func (a *Anonymizer) learned(s string) string {
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, n := range a.order {
		if !strings.Contains(s, n) {
			continue
		}
		var b strings.Builder
		for rest := s; ; {
			i := strings.Index(rest, n)
			if i < 0 {
				b.WriteString(rest)
				break
			}
			end := i + len(n)
			if (i == 0 || !wordByte(rest[i-1])) && (end == len(rest) || !wordByte(rest[end])) {
				b.WriteString(rest[:i] + a.names[n])
			} else {
				b.WriteString(rest[:end])
			}
			rest = rest[end:]
		}
		s = b.String()
	}
	return s
}

// wordByte says c continues a name: a learned name is replaced where it stands between other bytes,
// so "alice" goes in "alice-4njny" and in "arn:...:user/alice", but not in "malice".
func wordByte(c byte) bool {
	return c == '_' || c == '.' || c == '+' || c == '=' || c == '@' ||
		('0' <= c && c <= '9') || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')
}

// replaceWords replaces the matches of re that stand as whole words.
func replaceWords(s string, re *regexp.Regexp, f func(string) string) string {
	var b strings.Builder
	last := 0
	for _, m := range re.FindAllStringIndex(s, -1) {
		if (m[0] > 0 && alnum(s[m[0]-1])) || (m[1] < len(s) && alnum(s[m[1]])) {
			continue
		}
		b.WriteString(s[last:m[0]])
		b.WriteString(f(s[m[0]:m[1]]))
		last = m[1]
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

func alnum(c byte) bool {
	return ('0' <= c && c <= '9') || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')
}

// accounts replaces every run of exactly 12 digits.
func (a *Anonymizer) accounts(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		if s[i] < '0' || s[i] > '9' {
			i++
			continue
		}
		j := i
		for j < len(s) && '0' <= s[j] && s[j] <= '9' {
			j++
		}
		if j-i == 12 {
			b.WriteString(s[last:i])
			b.WriteString(a.account(s[i:j]))
			last = j
		}
		i = j
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// account is a 12-digit account ID's replacement, 12 digits too.
func (a *Anonymizer) account(id string) string {
	n := binary.BigEndian.Uint64(a.mac("account", id)) % 1e12
	return fmt.Sprintf("%012d", n)
}

func (a *Anonymizer) email(addr string) string {
	_, domain, _ := strings.Cut(addr, "@")
	switch strings.ToLower(domain) {
	case "example.com", "example.org", "example.net":
		return addr
	}
	return "user-" + strings.ToLower(a.code("email", addr, 8)) + "@example.com"
}

// documentation ranges for IPv4 replacements.
var docNets = [3][3]byte{{192, 0, 2}, {198, 51, 100}, {203, 0, 113}}

// ip replaces a public address by one of a documentation range of its family.
func (a *Anonymizer) ip(text string) string {
	addr, err := netip.ParseAddr(text)
	if err != nil || !addr.IsGlobalUnicast() || addr.IsPrivate() || documentation(addr) {
		return text
	}
	h := a.mac("ip", addr.String())
	if addr.Is4() {
		n := docNets[int(h[0])%3]
		return netip.AddrFrom4([4]byte{n[0], n[1], n[2], h[1]}).String()
	}
	var b [16]byte
	copy(b[:], []byte{0x20, 0x01, 0x0d, 0xb8})
	copy(b[4:], h[2:14])
	return netip.AddrFrom16(b).String()
}

func documentation(addr netip.Addr) bool {
	for _, p := range []string{"192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32"} {
		if netip.MustParsePrefix(p).Contains(addr) {
			return true
		}
	}
	return false
}

// sameShape replaces an ID or a token by one of the same length and character classes.
func (a *Anonymizer) sameShape(v string) string {
	h := a.mac("shape", v)
	out := []byte(v)
	for i, c := range out {
		r := h[i%len(h)] ^ byte(i/len(h))
		switch {
		case '0' <= c && c <= '9':
			out[i] = '0' + r%10
		case 'a' <= c && c <= 'f' && isHexish(v):
			out[i] = "0123456789abcdef"[r%16]
		case 'a' <= c && c <= 'z':
			out[i] = 'a' + r%26
		case 'A' <= c && c <= 'Z':
			out[i] = 'A' + r%26
		}
	}
	return string(out)
}

// isHexish reports a value of hex digits and dashes, such as a UUID: it stays one.
func isHexish(v string) bool { return strings.Trim(strings.ToLower(v), "0123456789abcdef-") == "" }

// code is n characters of the keyed hash of v, in the alphabet of IAM IDs.
func (a *Anonymizer) code(kind, v string, n int) string {
	h := a.mac(kind, v)
	var b [32]byte
	copy(b[:], h)
	s := base32Of(b, min(n, 32))
	for len(s) < n {
		s += base32Of(digest(s), min(n-len(s), 32))
	}
	return s
}

func (a *Anonymizer) mac(kind, v string) []byte {
	m := hmac.New(sha256.New, a.key)
	m.Write([]byte(kind + "\x00" + v))
	return m.Sum(nil)
}
