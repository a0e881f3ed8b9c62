package digest

import (
	"bytes"
	"encoding/json"
	"testing"
)

func mustJSON(t testing.TB, v any) []byte {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// FuzzParse: any bytes give a Digest or a FormatError, never a panic; a parsed digest signs its
// end time exactly as written.
func FuzzParse(f *testing.F) {
	f.Add([]byte(docDigest))
	f.Add([]byte(`{"digestPublicKeyFingerprint":null,"digestS3Bucket":null,"digestS3Object":null,"previousDigestSignature":null,"digestStartTime":"2015-08-17T15:01:31Z","digestEndTime":"2015-08-17T15:01:31+02:00","logFiles":[{}]}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Parse(data)
		if err != nil {
			if _, ok := err.(*FormatError); !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		var raw struct{ DigestEndTime string }
		if json.Unmarshal(data, &raw) == nil && !bytes.HasPrefix([]byte(d.StringToSign("")), []byte(raw.DigestEndTime+"\n")) {
			t.Fatalf("signed end time differs from %q", raw.DigestEndTime)
		}
	})
}

// FuzzParseKey: a key that parses prints back as itself.
func FuzzParseKey(f *testing.F) {
	f.Add("AWSLogs/111111111111/CloudTrail/eu-central-1/2017/12/11/111111111111_CloudTrail_eu-central-1_20171211T1505Z_A6kvhMoVeCsc7v8U.json.gz")
	f.Add("/AWSLogs/111111111111/CloudTrail/eu-central-1/2017/12/11/111111111111_CloudTrail_eu-central-1_20171211T1505Z_A6kvhMoVeCsc7v8U.json.gz")
	f.Add("p/AWSLogs/o-aa111bb222/111122223333/CloudTrail-Digest/us-east-2/2015/08/17/111122223333_CloudTrail-Digest_us-east-2_a_b_us-west-2_20150817T150131Z_backfill.json.gz")
	f.Fuzz(func(t *testing.T, key string) {
		k, err := ParseObjectKey(key)
		if err != nil {
			return
		}
		if k.String() != key {
			t.Fatalf("%q prints back as %q", key, k.String())
		}
	})
}

// FuzzHashLogFile: any bytes hash or fail, never panic; a clean gzip member hashes its content.
func FuzzHashLogFile(f *testing.F) {
	f.Add(gz([]byte(`{"Records":[]}`)))
	f.Add(append(gz([]byte("a")), gz([]byte("b"))...))
	f.Add([]byte{0x1f, 0x8b})
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := HashLogFile(bytes.NewReader(data))
		if err == nil && g.Size < 0 {
			t.Fatal("negative size")
		}
	})
}
