package digest

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// docDigest follows the sample in the CloudTrail User Guide, "CloudTrail digest file structure"
// (field names, order and value shapes; hashes and signature shortened to fit).
const docDigest = `{
  "awsAccountId": "111122223333",
  "digestStartTime": "2015-08-17T14:01:31Z",
  "digestEndTime": "2015-08-17T15:01:31Z",
  "digestS3Bucket": "amzn-s3-demo-bucket",
  "digestS3Object": "AWSLogs/111122223333/CloudTrail-Digest/us-east-2/2015/08/17/111122223333_CloudTrail-Digest_us-east-2_your-trail-name_us-east-2_20150817T150131Z.json.gz",
  "digestPublicKeyFingerprint": "31e8b5433410dfb61a9dc45cc65b22ff",
  "digestSignatureAlgorithm": "SHA256withRSA",
  "newestEventTime": "2015-08-17T14:52:27Z",
  "oldestEventTime": "2015-08-17T14:42:27Z",
  "previousDigestS3Bucket": "amzn-s3-demo-bucket",
  "previousDigestS3Object": "AWSLogs/111122223333/CloudTrail-Digest/us-east-2/2015/08/17/111122223333_CloudTrail-Digest_us-east-2_your-trail-name_us-east-2_20150817T140131Z.json.gz",
  "previousDigestHashValue": "97fb791cf91ffc440d274f8190dbdd9aa09c34432aba82739df18b6d3c13df2d",
  "previousDigestHashAlgorithm": "SHA-256",
  "previousDigestSignature": "50887ccffad4c002b97caa37cc9dc626e3c680207d41d27fa5835458e066e0d3",
  "logFiles": [
    {
      "s3Bucket": "amzn-s3-demo-bucket",
      "s3Object": "AWSLogs/111122223333/CloudTrail/us-east-2/2015/08/17/111122223333_CloudTrail_us-east-2_20150817T1445Z_9nYN7gp2eWAJHIfT.json.gz",
      "hashValue": "9bb6196fc6b84d6f075a56548feca262bd99ba3c2de41b618e5b6e22c1fc71f6",
      "hashAlgorithm": "SHA-256",
      "newestEventTime": "2015-08-17T14:52:27Z",
      "oldestEventTime": "2015-08-17T14:42:27Z"
    }
  ]
}`

func TestParseDocumentedDigest(t *testing.T) {
	d, err := Parse([]byte(docDigest))
	if err != nil {
		t.Fatal(err)
	}
	at := func(s string) time.Time { v, _ := time.Parse(time.RFC3339, s); return v }
	want := &Digest{
		AWSAccountID:                "111122223333",
		DigestStartTime:             at("2015-08-17T14:01:31Z"),
		DigestEndTime:               at("2015-08-17T15:01:31Z"),
		DigestS3Bucket:              "amzn-s3-demo-bucket",
		DigestS3Object:              "AWSLogs/111122223333/CloudTrail-Digest/us-east-2/2015/08/17/111122223333_CloudTrail-Digest_us-east-2_your-trail-name_us-east-2_20150817T150131Z.json.gz",
		DigestPublicKeyFingerprint:  "31e8b5433410dfb61a9dc45cc65b22ff",
		DigestSignatureAlgorithm:    "SHA256withRSA",
		NewestEventTime:             at("2015-08-17T14:52:27Z"),
		OldestEventTime:             at("2015-08-17T14:42:27Z"),
		PreviousDigestS3Bucket:      "amzn-s3-demo-bucket",
		PreviousDigestS3Object:      "AWSLogs/111122223333/CloudTrail-Digest/us-east-2/2015/08/17/111122223333_CloudTrail-Digest_us-east-2_your-trail-name_us-east-2_20150817T140131Z.json.gz",
		PreviousDigestHashValue:     "97fb791cf91ffc440d274f8190dbdd9aa09c34432aba82739df18b6d3c13df2d",
		PreviousDigestHashAlgorithm: "SHA-256",
		PreviousDigestSignature:     "50887ccffad4c002b97caa37cc9dc626e3c680207d41d27fa5835458e066e0d3",
		LogFiles: []LogFile{{
			S3Bucket:        "amzn-s3-demo-bucket",
			S3Object:        "AWSLogs/111122223333/CloudTrail/us-east-2/2015/08/17/111122223333_CloudTrail_us-east-2_20150817T1445Z_9nYN7gp2eWAJHIfT.json.gz",
			HashValue:       "9bb6196fc6b84d6f075a56548feca262bd99ba3c2de41b618e5b6e22c1fc71f6",
			HashAlgorithm:   "SHA-256",
			NewestEventTime: at("2015-08-17T14:52:27Z"),
			OldestEventTime: at("2015-08-17T14:42:27Z"),
		}},
	}
	if diff := cmp.Diff(want, d, cmpopts.IgnoreUnexported(Digest{})); diff != "" {
		t.Fatalf("(-want +got):\n%s", diff)
	}
	if d.Starting() {
		t.Error("a digest with a previous digest is not a starting digest")
	}
	// The exact string CloudTrail signs (spec §5.4): LF-joined, no trailing newline.
	wantSign := "2015-08-17T15:01:31Z\n" +
		"amzn-s3-demo-bucket/" + want.DigestS3Object + "\n" +
		"abc123\n" +
		"50887ccffad4c002b97caa37cc9dc626e3c680207d41d27fa5835458e066e0d3"
	if got := d.StringToSign("abc123"); got != wantSign {
		t.Errorf("StringToSign:\n%q\nwant\n%q", got, wantSign)
	}
}

func TestStartingDigestSignsNull(t *testing.T) {
	doc := `{"awsAccountId":"1","digestStartTime":"2015-08-17T14:01:31Z","digestEndTime":"2015-08-17T15:01:31.000Z",
	"digestS3Bucket":"b","digestS3Object":"k","digestPublicKeyFingerprint":"f","digestSignatureAlgorithm":"SHA256withRSA",
	"newestEventTime":null,"oldestEventTime":null,"previousDigestS3Bucket":null,"previousDigestS3Object":null,
	"previousDigestHashValue":null,"previousDigestHashAlgorithm":null,"previousDigestSignature":null,"logFiles":[]}`
	d, err := Parse([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if !d.Starting() || !d.NewestEventTime.IsZero() || len(d.LogFiles) != 0 {
		t.Fatalf("starting digest read as %+v", d)
	}
	// The end time is signed as written, milliseconds and all, not re-formatted.
	if got, want := d.StringToSign("h"), "2015-08-17T15:01:31.000Z\nb/k\nh\nnull"; got != want {
		t.Errorf("StringToSign %q, want %q", got, want)
	}
}

func TestParseRefusesWhatTheCLIRefuses(t *testing.T) {
	for _, key := range requiredKeys {
		doc := map[string]any{}
		for _, k := range requiredKeys {
			doc[k] = nil
		}
		doc["digestStartTime"], doc["digestEndTime"] = "2015-08-17T14:01:31Z", "2015-08-17T15:01:31Z"
		delete(doc, key)
		_, err := Parse(mustJSON(t, doc))
		var fe *FormatError
		if !errors.As(err, &fe) {
			t.Errorf("without %s: err %v, want a FormatError", key, err)
		}
	}
	for name, doc := range map[string]string{
		"not JSON":        `{"digestStartTime":`,
		"not an object":   `[1,2]`,
		"bad time":        `{"digestPublicKeyFingerprint":null,"digestS3Bucket":null,"digestS3Object":null,"previousDigestSignature":null,"digestStartTime":"yesterday","digestEndTime":"2015-08-17T15:01:31Z"}`,
		"null end time":   `{"digestPublicKeyFingerprint":null,"digestS3Bucket":null,"digestS3Object":null,"previousDigestSignature":null,"digestStartTime":"2015-08-17T15:01:31Z","digestEndTime":null}`,
		"bad log time":    `{"digestPublicKeyFingerprint":null,"digestS3Bucket":null,"digestS3Object":null,"previousDigestSignature":null,"digestStartTime":"2015-08-17T15:01:31Z","digestEndTime":"2015-08-17T15:01:31Z","logFiles":[{"newestEventTime":"x"}]}`,
		"wrong type":      `{"digestPublicKeyFingerprint":1,"digestS3Bucket":null,"digestS3Object":null,"previousDigestSignature":null,"digestStartTime":"2015-08-17T15:01:31Z","digestEndTime":"2015-08-17T15:01:31Z"}`,
		"logFiles not []": `{"digestPublicKeyFingerprint":null,"digestS3Bucket":null,"digestS3Object":null,"previousDigestSignature":null,"digestStartTime":"2015-08-17T15:01:31Z","digestEndTime":"2015-08-17T15:01:31Z","logFiles":{}}`,
	} {
		var fe *FormatError
		if _, err := Parse([]byte(doc)); !errors.As(err, &fe) {
			t.Errorf("%s: err %v, want a FormatError", name, err)
		}
	}
}
