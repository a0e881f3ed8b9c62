package anonymize_test

import (
	"bytes"
	"encoding/json"
	"net/netip"
	"regexp"
	"strings"
	"testing"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/anonymize"
)

var (
	accountRun = regexp.MustCompile(`[0-9]+`)
	accessKeys = regexp.MustCompile(`(AKIA|ASIA)[A-Z0-9]{16}`)
	emails     = regexp.MustCompile(`[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,}`)
	ipv4s      = regexp.MustCompile(`[0-9]{1,3}(\.[0-9]{1,3}){3}`)
)

// sensitive lists the tokens of a record that must not survive anonymization: account IDs, access
// keys, e-mail addresses that are not example ones, public IPv4 addresses.
func sensitive(rec string) []string {
	var out []string
	for _, d := range accountRun.FindAllString(rec, -1) {
		if len(d) == 12 && d != "000000000000" {
			out = append(out, d)
		}
	}
	out = append(out, accessKeys.FindAllString(rec, -1)...)
	for _, e := range emails.FindAllString(rec, -1) {
		if !strings.HasSuffix(e, "@example.com") && !strings.HasSuffix(e, "@example.org") && !strings.HasSuffix(e, "@example.net") {
			out = append(out, e)
		}
	}
	for _, ip := range ipv4s.FindAllString(rec, -1) {
		a, err := netip.ParseAddr(ip)
		if err == nil && a.IsGlobalUnicast() && !a.IsPrivate() && !netip.MustParsePrefix("192.0.2.0/24").Contains(a) &&
			!netip.MustParsePrefix("198.51.100.0/24").Contains(a) && !netip.MustParsePrefix("203.0.113.0/24").Contains(a) {
			out = append(out, ip)
		}
	}
	return out
}

func TestAnonymizeEveryRecord(t *testing.T) {
	a := anonymize.New([]byte("test key"))
	checked := 0
	for i, ev := range records(t) {
		in, _ := json.Marshal(ev)
		anon, err := a.Anonymize(ev)
		if err != nil {
			t.Fatalf("record %d: %v", i, err)
		}
		out, _ := json.Marshal(anon)
		for _, tok := range sensitive(string(in)) {
			checked++
			if containsWord(string(out), tok) {
				t.Errorf("record %d: %q survived:\n%s\n%s", i, tok, in, out)
			}
		}
		// Lossless: the output decodes and encodes back to itself.
		var again cloudtrail.Event
		if err := json.Unmarshal(out, &again); err != nil {
			t.Fatal(err)
		}
		if out2, _ := json.Marshal(&again); !bytes.Equal(out, out2) {
			t.Fatalf("record %d: not lossless:\n%s\n%s", i, out, out2)
		}
		// The structure and AWS's own values stay.
		if anon.EventName != ev.EventName || anon.EventSource != ev.EventSource || anon.AWSRegion != ev.AWSRegion ||
			anon.EventTime != ev.EventTime || (ev.UserIdentity == nil) != (anon.UserIdentity == nil) || len(anon.Extra) != len(ev.Extra) {
			t.Fatalf("record %d: structure changed:\n%s\n%s", i, in, out)
		}
	}
	if checked < 500 {
		t.Errorf("only %d sensitive tokens checked", checked)
	}
}

func TestAnonymizeIsConsistentAndKeyed(t *testing.T) {
	build := func(account, ip string) *cloudtrail.Event {
		var ev cloudtrail.Event
		_ = json.Unmarshal([]byte(`{"eventVersion":"1.08","userIdentity":{"type":"AssumedRole","principalId":"AROAZZZZZZZZZZZZZZZZZ:alice.doe",`+
			`"arn":"arn:aws:sts::`+account+`:assumed-role/deploy/alice.doe","accountId":"`+account+`","accessKeyId":"ASIAZZZZZZZZZZZZZZZZ"},`+
			`"eventSource":"iam.amazonaws.com","eventName":"AttachRolePolicy","awsRegion":"us-east-1","sourceIPAddress":"`+ip+`",`+
			`"requestParameters":{"roleName":"deploy","policyArn":"arn:aws:iam::aws:policy/AdministratorAccess","note":"alice.doe@corp.io via alice.doe"},`+
			`"recipientAccountId":"`+account+`"}`), &ev)
		return &ev
	}
	a := anonymize.New([]byte("k1"))
	x, _ := a.Anonymize(build("123456789012", "8.8.8.8"))
	y, _ := a.Anonymize(build("123456789012", "2600:1f18::1"))
	if x.RecipientAccountID != y.RecipientAccountID || x.UserIdentity.ARN != y.UserIdentity.ARN || x.RecipientAccountID == "123456789012" {
		t.Errorf("the same account maps to %s and %s", x.RecipientAccountID, y.RecipientAccountID)
	}
	req := string(x.RequestParameters)
	if !strings.Contains(req, "arn:aws:iam::aws:policy/AdministratorAccess") || strings.Contains(req, "deploy") || strings.Contains(req, "alice") {
		t.Errorf("request %s: AWS-managed policy ARN kept, names replaced", req)
	}
	if ip, _ := x.SourceIP(); !netip.MustParsePrefix("192.0.0.0/8").Contains(ip) && !netip.MustParsePrefix("198.51.100.0/24").Contains(ip) && !netip.MustParsePrefix("203.0.113.0/24").Contains(ip) {
		t.Errorf("IPv4 %s is not in a documentation range", x.SourceIPAddress)
	}
	if ip, _ := y.SourceIP(); !netip.MustParsePrefix("2001:db8::/32").Contains(ip) {
		t.Errorf("IPv6 %s is not in 2001:db8::/32", y.SourceIPAddress)
	}
	z, _ := anonymize.New([]byte("k2")).Anonymize(build("123456789012", "8.8.8.8"))
	if z.RecipientAccountID == x.RecipientAccountID || z.UserIdentity.AccessKeyID == x.UserIdentity.AccessKeyID {
		t.Error("two keys gave the same replacements")
	}
	if len(x.UserIdentity.AccessKeyID) != 20 || !strings.HasPrefix(x.UserIdentity.AccessKeyID, "ASIA") {
		t.Errorf("access key %q: want the same prefix and length", x.UserIdentity.AccessKeyID)
	}
}

// containsWord reports tok in s where it is not part of a longer run of letters and digits, or of
// digits for a number (a 12-digit account inside a 13-digit number is not one).
func containsWord(s, tok string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], tok)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(tok)
		joined := isAlnum
		if strings.Trim(tok, "0123456789") == "" {
			joined = func(c byte) bool { return '0' <= c && c <= '9' }
		}
		if (start == 0 || !joined(s[start-1])) && (end == len(s) || !joined(s[end])) {
			return true
		}
		i = start + 1
	}
}

func isAlnum(c byte) bool {
	return ('0' <= c && c <= '9') || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')
}
