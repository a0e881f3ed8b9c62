package digest

import (
	"bytes"
	"compress/gzip"
	"crypto"
	"crypto/md5"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// This file writes synthetic trails: log files and hourly digests, chained and signed the way
// CloudTrail does (spec §5 of the shared CloudTrail format reference), into a folder in the S3
// layout.

var (
	keysOnce           sync.Once
	trailKey, otherKey *rsa.PrivateKey
)

// signingKeys are generated once per test binary: RSA key generation is slow.
func signingKeys(t testing.TB) (*rsa.PrivateKey, *rsa.PrivateKey) {
	keysOnce.Do(func() {
		var err error
		if trailKey, err = rsa.GenerateKey(rand.Reader, 2048); err != nil {
			panic(err)
		}
		if otherKey, err = rsa.GenerateKey(rand.Reader, 2048); err != nil {
			panic(err)
		}
	})
	return trailKey, otherKey
}

// fingerprint is the tests' fingerprint of a key: CloudTrail does not document how it derives
// its own, and the validator only compares them.
func fingerprint(k *rsa.PublicKey) string {
	sum := md5.Sum(x509.MarshalPKCS1PublicKey(k))
	return hex.EncodeToString(sum[:])
}

// trail writes one trail's objects into dir, the local copy of the bucket.
type trail struct {
	t                    testing.TB
	dir, bucket          string
	prefix, org          string
	account, region      string
	name                 string
	key                  *rsa.PrivateKey
	end                  time.Time // end time of the last digest written
	prevKey, prevSig     string
	prevHash             string
	digests              []string   // keys, oldest first
	logs                 [][]string // log keys per digest
	noMetadata, startNew bool
	seq                  int
}

func newTrail(t testing.TB) *trail {
	key, _ := signingKeys(t)
	dir := t.TempDir()
	return &trail{t: t, dir: dir, bucket: "trail-bucket", account: "111122223333", region: "us-east-2",
		name: "management_events", key: key, end: time.Date(2026, 11, 1, 22, 1, 31, 0, time.UTC)}
}

func (tr *trail) store() Dir { return Dir{tr.bucket: os.DirFS(tr.dir)} }

func (tr *trail) keySet() *KeySet {
	var ks KeySet
	ks.Add(PublicKey{Fingerprint: fingerprint(&tr.key.PublicKey), Key: &tr.key.PublicKey})
	return &ks
}

func (tr *trail) validator() *Validator {
	return NewValidator(tr.store(), tr.keySet())
}

func (tr *trail) onlyTrail() Trail {
	return Trail{Bucket: tr.bucket, Prefix: tr.prefix, OrgID: tr.org, AccountID: tr.account, Region: tr.region, Name: tr.name, HomeRegion: tr.region}
}

func (tr *trail) path(key string) string { return filepath.Join(tr.dir, filepath.FromSlash(key)) }

func (tr *trail) write(key string, data []byte) {
	tr.t.Helper()
	p := tr.path(key)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		tr.t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		tr.t.Fatal(err)
	}
}

func gz(data []byte) []byte {
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	z.Write(data)
	z.Close()
	return b.Bytes()
}

func hexSHA256(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// logRecords is a small log file with random ids, so every file hashes differently.
func logRecords(t time.Time, n int) []byte {
	var recs []map[string]any
	for i := range n {
		id := make([]byte, 16)
		rand.Read(id)
		recs = append(recs, map[string]any{
			"eventVersion": "1.09", "eventTime": t.Add(-time.Duration(i) * time.Minute).Format(time.RFC3339),
			"eventSource": "s3.amazonaws.com", "eventName": "GetObject", "awsRegion": "us-east-2",
			"sourceIPAddress": "192.0.2.1", "eventID": hex.EncodeToString(id), "eventType": "AwsApiCall",
			"userIdentity": map[string]any{"type": "IAMUser", "accountId": "111122223333", "userName": "alice"},
		})
	}
	data, _ := json.Marshal(map[string]any{"Records": recs})
	return data
}

// hour delivers nLogs log files and the digest that covers them.
func (tr *trail) hour(nLogs int) {
	start := tr.end
	end := start.Add(time.Hour)
	var files []map[string]any
	var keys []string
	for i := range nLogs {
		delivered := start.Add(time.Duration(5+10*i) * time.Minute)
		tr.seq++
		lk := ObjectKey{FileType: FileLog, Prefix: tr.prefix, OrgID: tr.org, AccountID: tr.account, Region: tr.region,
			Time: delivered.Truncate(time.Minute), Unique: fmt.Sprintf("Uniq%012d", tr.seq)}.String()
		raw := logRecords(delivered, 3)
		tr.write(lk, gz(raw))
		keys = append(keys, lk)
		files = append(files, map[string]any{
			"s3Bucket": tr.bucket, "s3Object": lk, "hashValue": hexSHA256(raw), "hashAlgorithm": HashAlgorithm,
			"newestEventTime": delivered.Format(time.RFC3339), "oldestEventTime": delivered.Add(-2 * time.Minute).Format(time.RFC3339),
		})
	}
	dk := ObjectKey{FileType: FileDigest, Prefix: tr.prefix, OrgID: tr.org, AccountID: tr.account, Region: tr.region,
		Trail: tr.name, HomeRegion: tr.region, Time: end}.String()
	doc := tr.digestDoc(dk, start, end, files)
	if tr.startNew {
		for _, k := range []string{"previousDigestS3Bucket", "previousDigestS3Object", "previousDigestHashValue", "previousDigestHashAlgorithm", "previousDigestSignature"} {
			doc[k] = nil
		}
		tr.startNew = false
	}
	raw, sig := tr.sign(doc, tr.key)
	tr.writeDigest(dk, raw, sig)
	tr.prevKey, tr.prevSig, tr.prevHash, tr.end = dk, sig, hexSHA256(raw), end
	tr.digests = append(tr.digests, dk)
	tr.logs = append(tr.logs, keys)
}

func (tr *trail) digestDoc(key string, start, end time.Time, files []map[string]any) map[string]any {
	doc := map[string]any{
		"awsAccountId": tr.account, "digestStartTime": start.Format(time.RFC3339), "digestEndTime": end.Format(time.RFC3339),
		"digestS3Bucket": tr.bucket, "digestS3Object": key,
		"digestPublicKeyFingerprint": fingerprint(&tr.key.PublicKey), "digestSignatureAlgorithm": SignatureAlgorithm,
		"newestEventTime": nil, "oldestEventTime": nil,
		"previousDigestS3Bucket": nil, "previousDigestS3Object": nil, "previousDigestHashValue": nil,
		"previousDigestHashAlgorithm": nil, "previousDigestSignature": nil,
		"logFiles": files,
	}
	if files == nil {
		doc["logFiles"] = []any{}
	}
	if len(files) > 0 {
		doc["newestEventTime"] = files[len(files)-1]["newestEventTime"]
		doc["oldestEventTime"] = files[0]["oldestEventTime"]
	}
	if tr.prevKey != "" {
		doc["previousDigestS3Bucket"] = tr.bucket
		doc["previousDigestS3Object"] = tr.prevKey
		doc["previousDigestHashValue"] = tr.prevHash
		doc["previousDigestHashAlgorithm"] = HashAlgorithm
		doc["previousDigestSignature"] = tr.prevSig
	}
	return doc
}

// sign serializes a digest document and signs it as CloudTrail does.
func (tr *trail) sign(doc map[string]any, key *rsa.PrivateKey) (raw []byte, sigHex string) {
	tr.t.Helper()
	raw, err := json.Marshal(doc)
	if err != nil {
		tr.t.Fatal(err)
	}
	d, err := Parse(raw)
	if err != nil {
		tr.t.Fatal(err)
	}
	sum := sha256.Sum256([]byte(d.StringToSign(hexSHA256(raw))))
	sig, err := rsa.SignPKCS1v15(rand.Reader, key, crypto.SHA256, sum[:])
	if err != nil {
		tr.t.Fatal(err)
	}
	return raw, hex.EncodeToString(sig)
}

func (tr *trail) writeDigest(key string, raw []byte, sig string) {
	tr.write(key, gz(raw))
	if tr.noMetadata {
		return
	}
	meta, _ := json.Marshal(map[string]any{"Metadata": map[string]string{"signature": sig, "signature-algorithm": SignatureAlgorithm}})
	tr.write(key+MetadataSuffix, meta)
}

// readDigest gives a written digest back, uncompressed.
func (tr *trail) readDigest(key string) map[string]any {
	tr.t.Helper()
	f, err := os.Open(tr.path(key))
	if err != nil {
		tr.t.Fatal(err)
	}
	defer f.Close()
	var raw bytes.Buffer
	if _, err := gunzip(f, &raw, -1); err != nil {
		tr.t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(raw.Bytes(), &doc); err != nil {
		tr.t.Fatal(err)
	}
	return doc
}
