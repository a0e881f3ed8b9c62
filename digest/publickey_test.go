package digest

import (
	"crypto/x509"
	"encoding/base64"
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestPublicKeyFormats(t *testing.T) {
	key, _ := signingKeys(t)
	spki, err := x509.MarshalPKIXPublicKey(&key.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	for name, der := range map[string][]byte{"PKCS#1": x509.MarshalPKCS1PublicKey(&key.PublicKey), "SPKI": spki} {
		got, err := ParsePublicKey(der)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !got.Equal(&key.PublicKey) {
			t.Errorf("%s: a different key came back", name)
		}
	}
	if _, err := ParsePublicKey([]byte("MIIB")); err == nil {
		t.Error("garbage parsed as a key")
	}
}

func TestReadListPublicKeys(t *testing.T) {
	key, other := signingKeys(t)
	pkcs1 := base64.StdEncoding.EncodeToString(x509.MarshalPKCS1PublicKey(&key.PublicKey))
	spki, _ := x509.MarshalPKIXPublicKey(&other.PublicKey)
	// AWS CLI v2 prints times as text; with cli_timestamp_format = none they are epoch seconds.
	out := fmt.Sprintf(`{"PublicKeyList":[
	  {"Value":%q,"ValidityStartTime":"2026-10-01T00:00:00+00:00","ValidityEndTime":"2026-11-01T00:00:00+00:00","Fingerprint":"AB12"},
	  {"Value":%q,"ValidityStartTime":1793491200,"ValidityEndTime":1796083200.5,"Fingerprint":"cd34"}]}`,
		pkcs1, base64.StdEncoding.EncodeToString(spki))
	var ks KeySet
	if err := ks.ReadListPublicKeys(strings.NewReader(out)); err != nil {
		t.Fatal(err)
	}
	if ks.Len() != 2 {
		t.Fatalf("%d keys", ks.Len())
	}
	a, ok := ks.Lookup("ab12")
	if !ok || !a.Key.Equal(&key.PublicKey) || !a.ValidityStart.Equal(time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("first key: %+v %v", a, ok)
	}
	b, ok := ks.Lookup("CD34")
	if !ok || !b.Key.Equal(&other.PublicKey) || !b.ValidityStart.Equal(time.Unix(1793491200, 0)) ||
		!b.ValidityEnd.Equal(time.Unix(1796083200, 5e8)) {
		t.Errorf("second key: %+v %v", b, ok)
	}
	for _, bad := range []string{`{}`, `{"PublicKeyList":[{"Value":"!!"}]}`, `{"PublicKeyList":[{"Value":"AAAA"}]}`,
		`{"PublicKeyList":[{"Value":"` + pkcs1 + `","ValidityStartTime":"soon"}]}`, `[`} {
		if err := new(KeySet).ReadListPublicKeys(strings.NewReader(bad)); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}
