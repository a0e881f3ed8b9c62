package policy_test

import (
	"bufio"
	"encoding/json"
	"errors"
	"net/url"
	"os"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/trailtype/cloudtrail/policy"
)

type sample struct {
	Source, EventName, Member string
	Value                     json.RawMessage
}

func samples(t testing.TB) []sample {
	f, err := os.Open("testdata/policies.ndjson")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []sample
	for sc := bufio.NewScanner(f); sc.Scan(); {
		var s sample
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

// documentJSON is the document a payload member holds, as generic JSON; ok is false when it holds
// none.
func documentJSON(raw json.RawMessage) (v any, ok bool) {
	var text string
	if json.Unmarshal(raw, &text) == nil {
		raw = json.RawMessage(text)
	}
	return v, json.Unmarshal(raw, &v) == nil
}

// Every policy of the test records reads and encodes back to the same JSON; the one that is not
// JSON is ErrNotPolicy.
func TestRecordsRoundTrip(t *testing.T) {
	all := samples(t)
	if len(all) < 10 {
		t.Fatalf("%d samples", len(all))
	}
	for _, s := range all {
		want, ok := documentJSON(s.Value)
		doc, err := policy.Read(s.Value)
		if !ok {
			if !errors.Is(err, policy.ErrNotPolicy) {
				t.Errorf("%s: got %v, want ErrNotPolicy", s.Source, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", s.Source, err)
			continue
		}
		out, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		got, _ := documentJSON(out)
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("%s does not encode back (-record +encoded):\n%s", s.Source, d)
		}
	}
}

// The helpers on the real documents: who is public, who grants a service's every action, who
// lets another account in.
func TestRecordsChecks(t *testing.T) {
	var public, publicWeighed, wildcard, cross []string
	for _, s := range samples(t) {
		doc, err := policy.Read(s.Value)
		if err != nil {
			continue
		}
		if doc.Public() {
			publicWeighed = append(publicWeighed, s.EventName)
		}
		if !doc.PublicPrincipal() {
			continue
		}
		for i := range doc.Statement {
			st := &doc.Statement[i]
			if st.PublicPrincipal() && st.HasCondition() {
				public = append(public, s.EventName+" if conditions hold")
				break
			} else if st.PublicPrincipal() {
				public = append(public, s.EventName)
				break
			}
		}
	}
	for _, s := range samples(t) {
		doc, err := policy.Read(s.Value)
		if err != nil {
			continue
		}
		for i := range doc.Statement {
			st := &doc.Statement[i]
			if st.WildcardAction() {
				wildcard = append(wildcard, s.EventName)
			}
			cross = append(cross, st.OtherAccounts("123456789012")...)
		}
	}
	slices.Sort(public)
	wantPublic := []string{"PutBucketPolicy", "PutBucketPolicy", "PutBucketPolicy if conditions hold", "PutKeyPolicy",
		"PutKeyPolicy if conditions hold", // "*" within an organization (aws:PrincipalOrgID)
		"PutResourcePolicy if conditions hold", "PutResourcePolicy if conditions hold", "UpdateAssumeRolePolicy if conditions hold"}
	if !slices.Equal(public, wantPublic) {
		t.Errorf("public principals: %q, want %q", public, wantPublic)
	}
	// Conditions weighed: "*" within an organization, or from a VPC or an IP range of the
	// organization, is not public; sts:ExternalId narrows nothing.
	slices.Sort(publicWeighed)
	if want := []string{"PutBucketPolicy", "PutBucketPolicy", "PutKeyPolicy", "UpdateAssumeRolePolicy"}; !slices.Equal(publicWeighed, want) {
		t.Errorf("public: %q, want %q", publicWeighed, want)
	}
	if !slices.Equal(wildcard, []string{"PutKeyPolicy"}) { // kms:* for the account root; the Deny "*" is no grant
		t.Errorf("wildcard actions: %q", wildcard)
	}
	if !slices.Equal(cross, []string{"arn:aws:iam::210987654321:root"}) {
		t.Errorf("other accounts: %q", cross)
	}
}

// One value or a list, one statement or a list, a string principal: each encodes back as written;
// unknown members stay; URL-encoded text reads.
func TestShapesKept(t *testing.T) {
	for _, doc := range []string{
		`{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":["arn:aws:s3:::b/*"],"Principal":"*"}}`,
		`{"Version":"2012-10-17","Id":"x","Statement":[{"Sid":"a","Effect":"Deny","NotAction":["iam:*"],"NotResource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"false"}}}],"Future":1}`,
		`{"Statement":[{"Effect":"Allow","Principal":{"AWS":["111122223333","arn:aws:iam::444455556666:root"],"Service":"s3.amazonaws.com"},"Action":[],"Later":{"a":true}}]}`,
	} {
		for _, text := range []string{doc, url.QueryEscape(doc)} {
			d, err := policy.Parse(text)
			if err != nil {
				t.Fatalf("%s: %v", text, err)
			}
			out, _ := json.Marshal(d)
			want, _ := documentJSON(json.RawMessage(doc))
			got, _ := documentJSON(out)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", text, diff)
			}
		}
	}
}

// Bad documents are errors, never a partial policy.
func TestReadErrors(t *testing.T) {
	for _, raw := range []string{`"not a policy"`, `[1]`, `{"Statement":"x"}`, `{"Statement":[{"Action":1}]}`, `"%7Bbad%zz"`, `null`, ``} {
		if d, err := policy.Read(json.RawMessage(raw)); err == nil {
			t.Errorf("%s: read %+v", raw, d)
		}
	}
}

// FuzzRead: any payload member reads without panic, and a document read encodes to JSON that
// reads again and encodes the same.
func FuzzRead(f *testing.F) {
	for _, s := range samples(f) {
		f.Add([]byte(s.Value))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		d, err := policy.Read(raw)
		if err != nil {
			return
		}
		out, err := json.Marshal(d)
		if err != nil {
			t.Fatalf("%s: %v", raw, err)
		}
		again, err := policy.Read(out)
		if err != nil {
			t.Fatalf("%s: %s does not read again: %v", raw, out, err)
		}
		if out2, _ := json.Marshal(again); string(out2) != string(out) {
			t.Errorf("%s: second encoding differs: %s, then %s", raw, out, out2)
		}
	})
}
