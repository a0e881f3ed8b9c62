package digest

import (
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// PublicKey is one CloudTrail signing key as ListPublicKeys returns it.
type PublicKey struct {
	Fingerprint   string // 32 hex characters, as digests name it
	Key           *rsa.PublicKey
	ValidityStart time.Time // zero when unknown
	ValidityEnd   time.Time // zero when unknown
}

// ParsePublicKey reads a DER RSA public key: PKCS#1 RSAPublicKey, as CloudTrail documents, or
// SubjectPublicKeyInfo, as one of the AWS documentation's samples is.
func ParsePublicKey(der []byte) (*rsa.PublicKey, error) {
	if k, err := x509.ParsePKCS1PublicKey(der); err == nil {
		return k, nil
	}
	k, err := x509.ParsePKIXPublicKey(der)
	if err != nil {
		return nil, fmt.Errorf("digest: public key is neither PKCS#1 nor SubjectPublicKeyInfo DER: %w", err)
	}
	rk, ok := k.(*rsa.PublicKey)
	if !ok {
		return nil, fmt.Errorf("digest: public key is %T, not RSA", k)
	}
	return rk, nil
}

// KeySet holds public keys by fingerprint. Keys of several regions can share one set: fingerprints
// differ.
type KeySet struct {
	keys map[string]PublicKey
}

// Add puts a key in the set, replacing one with the same fingerprint.
func (s *KeySet) Add(k PublicKey) {
	if s.keys == nil {
		s.keys = make(map[string]PublicKey)
	}
	s.keys[strings.ToLower(k.Fingerprint)] = k
}

// AddDER parses a DER key (see [ParsePublicKey]) and adds it under a fingerprint.
func (s *KeySet) AddDER(fingerprint string, der []byte) error {
	k, err := ParsePublicKey(der)
	if err != nil {
		return err
	}
	s.Add(PublicKey{Fingerprint: fingerprint, Key: k})
	return nil
}

// Lookup finds a key by fingerprint, ignoring hex case. A nil set holds no key.
func (s *KeySet) Lookup(fingerprint string) (PublicKey, bool) {
	if s == nil {
		return PublicKey{}, false
	}
	k, ok := s.keys[strings.ToLower(fingerprint)]
	return k, ok
}

// Len is the number of keys.
func (s *KeySet) Len() int {
	if s == nil {
		return 0
	}
	return len(s.keys)
}

// ReadListPublicKeys adds the keys of a ListPublicKeys response in JSON, as
// `aws cloudtrail list-public-keys --start-time ... --region ...` prints it: Value in base64,
// validity times as RFC 3339 text or epoch seconds. Several responses can be read into one set.
func (s *KeySet) ReadListPublicKeys(r io.Reader) error {
	var out struct {
		PublicKeyList []struct {
			Value             string          `json:"Value"`
			Fingerprint       string          `json:"Fingerprint"`
			ValidityStartTime json.RawMessage `json:"ValidityStartTime"`
			ValidityEndTime   json.RawMessage `json:"ValidityEndTime"`
		} `json:"PublicKeyList"`
	}
	if err := json.NewDecoder(r).Decode(&out); err != nil {
		return fmt.Errorf("digest: reading ListPublicKeys output: %w", err)
	}
	if out.PublicKeyList == nil {
		return errors.New("digest: ListPublicKeys output has no PublicKeyList")
	}
	for i, pk := range out.PublicKeyList {
		der, err := base64.StdEncoding.DecodeString(pk.Value)
		if err != nil {
			return fmt.Errorf("digest: PublicKeyList[%d].Value: %w", i, err)
		}
		k, err := ParsePublicKey(der)
		if err != nil {
			return fmt.Errorf("digest: PublicKeyList[%d]: %w", i, err)
		}
		start, err1 := apiTime(pk.ValidityStartTime)
		end, err2 := apiTime(pk.ValidityEndTime)
		if err := errors.Join(err1, err2); err != nil {
			return fmt.Errorf("digest: PublicKeyList[%d]: %w", i, err)
		}
		s.Add(PublicKey{Fingerprint: pk.Fingerprint, Key: k, ValidityStart: start, ValidityEnd: end})
	}
	return nil
}

// apiTime reads a time as the AWS CLI prints it: RFC 3339 text (with or without a colon in the
// offset) or epoch seconds.
func apiTime(raw json.RawMessage) (time.Time, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return time.Time{}, nil
	}
	var secs float64
	if json.Unmarshal(raw, &secs) == nil {
		return time.Unix(0, int64(secs*1e9)).UTC(), nil
	}
	var text string
	if err := json.Unmarshal(raw, &text); err != nil {
		return time.Time{}, err
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999-0700"} {
		if t, err := time.Parse(layout, text); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("unreadable time %q", text)
}
