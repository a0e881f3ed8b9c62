package anonymize

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/trailtype/cloudtrail/internal/lossless"
)

// rewrite copies a JSON document with every value anonymized: strings (JSON documents held in
// strings walked the same way) and 12-digit numbers. Member names, white space and punctuation are
// copied as they are: a value that equals a member name ("key", "type") must not rename the member.
func (a *Anonymizer) rewrite(raw []byte) ([]byte, error) {
	w := walker{a: a, in: raw, out: make([]byte, 0, len(raw)+len(raw)/8)}
	if err := w.value(""); err != nil {
		return nil, err
	}
	w.space()
	if w.pos < len(w.in) {
		return nil, fmt.Errorf("data after the record at byte %d", w.pos)
	}
	return w.out, nil
}

// value anonymizes a string value: a JSON object or array held in the string is rewritten as a
// document, so that its member names stay too; any other text goes through Text.
func (a *Anonymizer) value(s string) string {
	if t := strings.TrimSpace(s); t != "" && (t[0] == '{' || t[0] == '[') && json.Valid([]byte(t)) {
		if out, err := a.rewrite([]byte(s)); err == nil {
			return string(out)
		}
	}
	return a.Text(s)
}

// walker copies one JSON text, value by value.
type walker struct {
	a   *Anonymizer
	in  []byte
	pos int
	out []byte
}

var errSyntax = errors.New("malformed JSON")

// space copies white space.
func (w *walker) space() {
	start := w.pos
	for w.pos < len(w.in) && (w.in[w.pos] == ' ' || w.in[w.pos] == '\n' || w.in[w.pos] == '\r' || w.in[w.pos] == '\t') {
		w.pos++
	}
	w.out = append(w.out, w.in[start:w.pos]...)
}

// punct copies the byte c, which must come next.
func (w *walker) punct(c byte) error {
	w.space()
	if w.pos >= len(w.in) || w.in[w.pos] != c {
		return fmt.Errorf("%w: want %q at byte %d", errSyntax, c, w.pos)
	}
	w.out = append(w.out, c)
	w.pos++
	return nil
}

// peek is the next byte after white space, 0 at the end.
func (w *walker) peek() byte {
	w.space()
	if w.pos < len(w.in) {
		return w.in[w.pos]
	}
	return 0
}

// str reads a string token: its text as written and its value.
func (w *walker) str() ([]byte, string, error) {
	start := w.pos
	if w.peek() != '"' {
		return nil, "", fmt.Errorf("%w: want a string at byte %d", errSyntax, w.pos)
	}
	for w.pos++; w.pos < len(w.in) && w.in[w.pos] != '"'; w.pos++ {
		if w.in[w.pos] == '\\' {
			w.pos++
		}
	}
	if w.pos >= len(w.in) {
		return nil, "", fmt.Errorf("%w: unterminated string at byte %d", errSyntax, start)
	}
	w.pos++
	raw := w.in[start:w.pos]
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return nil, "", fmt.Errorf("%w: string at byte %d: %v", errSyntax, start, err)
	}
	return raw, s, nil
}

// value copies one value, the value of the member key ("" in an array of the document's top).
func (w *walker) value(key string) error {
	switch c := w.peek(); {
	case c == '{':
		w.out = append(w.out, '{')
		w.pos++
		if w.peek() == '}' {
			return w.punct('}')
		}
		for {
			raw, name, err := w.str()
			if err != nil {
				return err
			}
			w.out = append(w.out, raw...) // the name, as written
			if err := w.punct(':'); err != nil {
				return err
			}
			if err := w.value(name); err != nil {
				return err
			}
			if w.peek() != ',' {
				return w.punct('}')
			}
			w.out = append(w.out, ',')
			w.pos++
		}
	case c == '[':
		w.out = append(w.out, '[')
		w.pos++
		if w.peek() == ']' {
			return w.punct(']')
		}
		for {
			if err := w.value(key); err != nil { // the elements of a list are values of its member
				return err
			}
			if w.peek() != ',' {
				return w.punct(']')
			}
			w.out = append(w.out, ',')
			w.pos++
		}
	case c == '"':
		_, s, err := w.str()
		if err != nil {
			return err
		}
		if isTokenKey(key) {
			s = w.a.sameShape(s)
		} else {
			s = w.a.value(s)
		}
		w.out = lossless.AppendString(w.out, s)
		return nil
	}
	start := w.pos // a number or a literal
	for w.pos < len(w.in) && bytes.IndexByte([]byte(",}] \n\r\t"), w.in[w.pos]) < 0 {
		w.pos++
	}
	if w.pos == start {
		return fmt.Errorf("%w: want a value at byte %d", errSyntax, start)
	}
	w.out = append(w.out, w.a.accounts(string(w.in[start:w.pos]))...) // an account ID written as a number, even 123456789012.0
	return nil
}

// isTokenKey names the members that hold credentials.
func isTokenKey(key string) bool {
	switch strings.ToLower(key) {
	case "sessiontoken", "x-amz-security-token", "secretaccesskey", "password":
		return true
	}
	return false
}
