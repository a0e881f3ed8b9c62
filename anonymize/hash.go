package anonymize

import (
	"crypto/hmac"
	"crypto/sha256"
	"strings"
)

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

func digest(parts ...string) [32]byte { return sha256.Sum256([]byte(strings.Join(parts, "\x00"))) }

// base32Of spells n characters of b in the alphabet IAM IDs use.
func base32Of(b [32]byte, n int) string {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	out := make([]byte, n)
	for i := range out {
		out[i] = alphabet[b[i]%32]
	}
	return string(out)
}
