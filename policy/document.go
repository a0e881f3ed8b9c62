package policy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"
)

// Document is an IAM policy document.
type Document struct {
	Version string
	ID      string
	// Statement holds the statements; SingleStatement records that the document wrote one object
	// rather than a list.
	Statement       []Statement
	SingleStatement bool
	// Extra keeps the members this package does not know, and known ones written as "", as they
	// came.
	Extra map[string]json.RawMessage
}

// Statement is one statement of a policy.
type Statement struct {
	Sid    string
	Effect string // "Allow" or "Deny", as written
	// Principal and NotPrincipal are nil when absent.
	Principal, NotPrincipal *Principal
	// Action, NotAction, Resource and NotResource are nil when absent.
	Action, NotAction, Resource, NotResource *Values
	// Condition maps an operator ("StringEquals") to condition keys and their values.
	Condition map[string]map[string]Values
	// Extra is as Document's.
	Extra map[string]json.RawMessage
}

// Principal is a string, "*" for anyone, or principals by type: "AWS", "Service", "Federated",
// "CanonicalUser".
type Principal struct {
	Text   string
	ByType map[string]Values
}

// ErrNotPolicy is the error when a payload member is neither a JSON object nor a string holding one.
var ErrNotPolicy = errors.New("policy: not a policy document")

// Read reads a policy from a payload member: a JSON object, or a JSON string holding the document,
// URL-encoded or not.
func Read(raw json.RawMessage) (*Document, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) > 0 && raw[0] == '"' {
		var text string
		if err := json.Unmarshal(raw, &text); err != nil {
			return nil, err
		}
		return Parse(text)
	}
	return decode(raw)
}

// Parse reads a policy document's text, URL-decoding it first when it is URL-encoded.
func Parse(text string) (*Document, error) {
	text, err := unescape(text)
	if err != nil {
		return nil, err
	}
	return decode([]byte(text))
}

// unescape URL-decodes a document recorded the way IAM's query API received it ("%7B%22Version..."),
// and returns other text trimmed, as it is.
func unescape(text string) (string, error) {
	text = strings.TrimSpace(text)
	if !strings.HasPrefix(text, "%7B") && !strings.HasPrefix(text, "%7b") {
		return text, nil
	}
	dec, err := url.QueryUnescape(text)
	if err != nil {
		return "", fmt.Errorf("%w: URL-encoding: %v", ErrNotPolicy, err)
	}
	return dec, nil
}

func decode(b []byte) (*Document, error) {
	if len(b) == 0 || b[0] != '{' {
		return nil, ErrNotPolicy
	}
	var d Document
	if err := json.Unmarshal(b, &d); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotPolicy, err)
	}
	return &d, nil
}

// UnmarshalJSON reads a document, keeping unknown members in Extra.
func (d *Document) UnmarshalJSON(b []byte) error {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	*d = Document{}
	if err := take(m, "Version", &d.Version); err != nil {
		return err
	}
	if err := take(m, "Id", &d.ID); err != nil {
		return err
	}
	if s, ok := m["Statement"]; ok {
		delete(m, "Statement")
		if s = bytes.TrimSpace(s); len(s) > 0 && s[0] == '{' {
			d.Statement, d.SingleStatement = make([]Statement, 1), true
			if err := json.Unmarshal(s, &d.Statement[0]); err != nil {
				return fmt.Errorf("Statement: %w", err)
			}
		} else if err := json.Unmarshal(s, &d.Statement); err != nil {
			return fmt.Errorf("Statement: %w", err)
		}
	}
	d.Extra = rest(m)
	return nil
}

// MarshalJSON writes the document back, Extra members included.
func (d Document) MarshalJSON() ([]byte, error) {
	m := map[string]any{}
	for k, v := range d.Extra {
		m[k] = v
	}
	put(m, "Version", d.Version)
	put(m, "Id", d.ID)
	if d.SingleStatement && len(d.Statement) == 1 {
		m["Statement"] = d.Statement[0]
	} else if d.Statement != nil {
		m["Statement"] = d.Statement
	}
	return json.Marshal(m)
}

// UnmarshalJSON reads a statement, keeping unknown members in Extra.
func (s *Statement) UnmarshalJSON(b []byte) error {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	*s = Statement{}
	for _, f := range []struct {
		name string
		v    any
	}{{"Sid", &s.Sid}, {"Effect", &s.Effect}, {"Principal", &s.Principal}, {"NotPrincipal", &s.NotPrincipal},
		{"Action", &s.Action}, {"NotAction", &s.NotAction}, {"Resource", &s.Resource}, {"NotResource", &s.NotResource},
		{"Condition", &s.Condition}} {
		if err := take(m, f.name, f.v); err != nil {
			return err
		}
	}
	s.Extra = rest(m)
	return nil
}

// MarshalJSON writes the statement back, Extra members included.
func (s Statement) MarshalJSON() ([]byte, error) {
	m := map[string]any{}
	for k, v := range s.Extra {
		m[k] = v
	}
	put(m, "Sid", s.Sid)
	put(m, "Effect", s.Effect)
	for name, v := range map[string]any{"Principal": s.Principal, "NotPrincipal": s.NotPrincipal,
		"Action": s.Action, "NotAction": s.NotAction, "Resource": s.Resource, "NotResource": s.NotResource} {
		if !isNil(v) {
			m[name] = v
		}
	}
	if s.Condition != nil {
		m["Condition"] = s.Condition
	}
	return json.Marshal(m)
}

// UnmarshalJSON reads a string or an object of principals by type.
func (p *Principal) UnmarshalJSON(b []byte) error {
	*p = Principal{}
	if b = bytes.TrimSpace(b); len(b) > 0 && b[0] == '"' {
		return json.Unmarshal(b, &p.Text)
	}
	return json.Unmarshal(b, &p.ByType)
}

// MarshalJSON writes the string or the object.
func (p Principal) MarshalJSON() ([]byte, error) {
	if p.ByType == nil {
		return json.Marshal(p.Text)
	}
	return json.Marshal(p.ByType)
}

// take decodes member name of m into v and removes it; absent members leave v alone, and so do
// empty strings ("Sid": ""), which stay in m so that the encoding writes them back.
func take(m map[string]json.RawMessage, name string, v any) error {
	raw, ok := m[name]
	if _, text := v.(*string); !ok || (text && string(bytes.TrimSpace(raw)) == `""`) {
		return nil
	}
	delete(m, name)
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// rest is what is left of m, nil when nothing is.
func rest(m map[string]json.RawMessage) map[string]json.RawMessage {
	if len(m) == 0 {
		return nil
	}
	return m
}

// put sets a string member when it is not empty.
func put(m map[string]any, name, v string) {
	if v != "" {
		m[name] = v
	}
}

func isNil(v any) bool {
	switch v := v.(type) {
	case *Principal:
		return v == nil
	case *Values:
		return v == nil
	}
	return v == nil
}
