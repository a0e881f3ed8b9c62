package anonymize

import (
	"encoding/binary"
	"fmt"
	"net/netip"
	"regexp"
	"slices"
	"strings"
)

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
