package digest

import (
	"context"
	"crypto/rsa"
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"
)

// brief is what the tests compare of a finding: everything but the free-text Detail.
type brief struct {
	Status   Status
	FileType FileType
	Key      string
	From, To time.Time
	Count    int
}

func run(t *testing.T, v *Validator, tr Trail) []brief {
	t.Helper()
	var got []brief
	for f, err := range v.Validate(context.Background(), tr) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, brief{f.Status, f.FileType, f.Key, f.From, f.To, f.Count})
	}
	return got
}

// sixHours is a trail of six hourly digests with two log files each.
func sixHours(t *testing.T) *trail {
	tr := newTrail(t)
	for range 6 {
		tr.hour(2)
	}
	return tr
}

// expected is the walk's order for an intact chain: each digest, newest first, then its logs.
func (tr *trail) expected(override func(i int, d *brief, logs []brief) []brief) []brief {
	var want []brief
	for i := len(tr.digests) - 1; i >= 0; i-- {
		d := brief{Status: Valid, FileType: FileDigest, Key: tr.digests[i]}
		var logs []brief
		for _, lk := range tr.logs[i] {
			logs = append(logs, brief{Status: Valid, FileType: FileLog, Key: lk})
		}
		if override != nil {
			want = append(want, override(i, &d, logs)...)
			continue
		}
		want = append(want, d)
		want = append(want, logs...)
	}
	return want
}

func check(t *testing.T, got, want []brief) {
	t.Helper()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}

func TestUntouchedTrailIsValid(t *testing.T) {
	tr := sixHours(t)
	got := run(t, tr.validator(), tr.onlyTrail())
	check(t, got, tr.expected(nil))
	if len(got) != 6+12 {
		t.Fatalf("%d findings, want 18", len(got))
	}
}

func TestEditedLogFile(t *testing.T) {
	tr := sixHours(t)
	edited := tr.logs[2][1]
	tr.write(edited, gz(logRecords(time.Now(), 3)))
	check(t, run(t, tr.validator(), tr.onlyTrail()), tr.expected(func(i int, d *brief, logs []brief) []brief {
		if i == 2 {
			logs[1].Status = HashMismatch
		}
		return append([]brief{*d}, logs...)
	}))
}

func TestDeletedLogFile(t *testing.T) {
	tr := sixHours(t)
	if err := os.Remove(tr.path(tr.logs[4][0])); err != nil {
		t.Fatal(err)
	}
	check(t, run(t, tr.validator(), tr.onlyTrail()), tr.expected(func(i int, d *brief, logs []brief) []brief {
		if i == 4 {
			logs[0].Status = LogMissing
		}
		return append([]brief{*d}, logs...)
	}))
}

func (tr *trail) remove(key string) {
	tr.t.Helper()
	for _, p := range []string{tr.path(key), tr.path(key) + MetadataSuffix} {
		if err := os.Remove(p); err != nil {
			tr.t.Fatal(err)
		}
	}
}

func TestDeletedDigest(t *testing.T) {
	tr := sixHours(t)
	tr.remove(tr.digests[3])
	check(t, run(t, tr.validator(), tr.onlyTrail()), tr.expected(func(i int, d *brief, logs []brief) []brief {
		if i == 3 { // its log files cannot be checked: nothing lists them any more
			return []brief{{Status: DigestMissing, FileType: FileDigest, Key: d.Key}}
		}
		return append([]brief{*d}, logs...)
	}))
}

func TestTwoConsecutiveDigestsDeleted(t *testing.T) {
	tr := sixHours(t)
	tr.remove(tr.digests[3])
	tr.remove(tr.digests[2])
	end1 := tr.digestEnd(1)
	end3 := tr.digestEnd(3)
	check(t, run(t, tr.validator(), tr.onlyTrail()), tr.expected(func(i int, d *brief, logs []brief) []brief {
		switch i {
		case 3:
			return []brief{
				{Status: DigestMissing, FileType: FileDigest, Key: d.Key},
				{Status: DigestsDeleted, FileType: FileDigest, Key: d.Key, From: end1, To: end3, Count: 2},
			}
		case 2: // the AWS CLI says nothing of this one
			return nil
		}
		return append([]brief{*d}, logs...)
	}))
}

func (tr *trail) digestEnd(i int) time.Time {
	k, err := ParseObjectKey(tr.digests[i])
	if err != nil {
		tr.t.Fatal(err)
	}
	return k.Time
}

func (tr *trail) move(from, to string) {
	tr.t.Helper()
	for _, suffix := range []string{"", MetadataSuffix} {
		data, err := os.ReadFile(tr.path(from) + suffix)
		if err != nil {
			tr.t.Fatal(err)
		}
		tr.write(to+suffix, data)
	}
	tr.remove(from)
}

func TestMovedDigest(t *testing.T) {
	tr := sixHours(t)
	k, _ := ParseObjectKey(tr.digests[5])
	k.Time = k.Time.Add(-time.Second)
	moved := k.String()
	tr.move(tr.digests[5], moved)
	check(t, run(t, tr.validator(), tr.onlyTrail()), tr.expected(func(i int, d *brief, logs []brief) []brief {
		if i == 5 { // the signature still verifies: the content is CloudTrail's, the place is not
			return append([]brief{{Status: DigestMoved, FileType: FileDigest, Key: moved}}, logs...)
		}
		return append([]brief{*d}, logs...)
	}))
}

func TestMovedDigestInsideTheChain(t *testing.T) {
	tr := sixHours(t)
	k, _ := ParseObjectKey(tr.digests[2])
	k.Time = k.Time.Add(-time.Minute)
	moved := k.String()
	tr.move(tr.digests[2], moved)
	check(t, run(t, tr.validator(), tr.onlyTrail()), tr.expected(func(i int, d *brief, logs []brief) []brief {
		if i == 2 {
			return append([]brief{
				{Status: DigestMissing, FileType: FileDigest, Key: d.Key},
				{Status: DigestMoved, FileType: FileDigest, Key: moved},
			}, logs...)
		}
		return append([]brief{*d}, logs...)
	}))
}

// resign replaces a digest's content and signature, as someone holding a private key could.
func (tr *trail) resign(i int, key *rsa.PrivateKey, edit func(doc map[string]any)) {
	doc := tr.readDigest(tr.digests[i])
	edit(doc)
	raw, sig := tr.sign(doc, key)
	tr.writeDigest(tr.digests[i], raw, sig)
}

func TestDigestSignedWithAnotherKey(t *testing.T) {
	_, other := signingKeys(t)
	tr := sixHours(t)
	// The newest digest, signed with a key the set does not hold, fingerprint and all.
	tr.resign(5, other, func(doc map[string]any) { doc["digestPublicKeyFingerprint"] = fingerprint(&other.PublicKey) })
	// An older one, edited to hide a log file and signed with another key that claims the trail
	// key's fingerprint.
	tr.resign(1, other, func(doc map[string]any) { doc["logFiles"] = doc["logFiles"].([]any)[:1] })
	check(t, run(t, tr.validator(), tr.onlyTrail()), tr.expected(func(i int, d *brief, logs []brief) []brief {
		switch i {
		case 5:
			return []brief{{Status: UnknownPublicKey, FileType: FileDigest, Key: d.Key}}
		case 2:
			// Digest 2 recorded the original signature of 1 and the hash of its original bytes.
			return append([]brief{*d}, logs...)
		case 1:
			return []brief{
				{Status: ChainBroken, FileType: FileDigest, Key: d.Key}, // hash differs from digest 2's record
				{Status: ChainBroken, FileType: FileDigest, Key: d.Key}, // metadata signature differs from digest 2's record
				{Status: SignatureInvalid, FileType: FileDigest, Key: d.Key},
			}
		}
		return append([]brief{*d}, logs...)
	}))
}

func (tr *trail) appendTo(key string, extra []byte) {
	tr.t.Helper()
	f, err := os.OpenFile(tr.path(key), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		tr.t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.Write(extra); err != nil {
		tr.t.Fatal(err)
	}
}

func TestBytesAppendedAfterGzipMember(t *testing.T) {
	tr := sixHours(t)
	// A second gzip member: gunzip tools would print its records as part of the file.
	tr.appendTo(tr.logs[3][0], gz(logRecords(time.Now(), 1)))
	tr.appendTo(tr.digests[1], []byte("garbage"))
	check(t, run(t, tr.validator(), tr.onlyTrail()), tr.expected(func(i int, d *brief, logs []brief) []brief {
		switch i {
		case 3:
			logs[0].Status = TrailingData
		case 1:
			d.Status = TrailingData
		}
		return append([]brief{*d}, logs...)
	}))
}

func TestEditedDigestWithoutKey(t *testing.T) {
	tr := sixHours(t)
	// Hide a log file from the newest digest; the signature no longer verifies.
	doc := tr.readDigest(tr.digests[5])
	doc["logFiles"] = doc["logFiles"].([]any)[1:]
	raw, _ := json.Marshal(doc)
	tr.write(tr.digests[5], gz(raw))
	check(t, run(t, tr.validator(), tr.onlyTrail()), tr.expected(func(i int, d *brief, logs []brief) []brief {
		if i == 5 {
			return []brief{{Status: SignatureInvalid, FileType: FileDigest, Key: d.Key}}
		}
		return append([]brief{*d}, logs...)
	}))
}

func TestRestartLeavesGap(t *testing.T) {
	tr := newTrail(t)
	tr.hour(1)
	tr.hour(1)
	tr.end = tr.end.Add(3 * time.Hour) // logging stopped for three hours
	tr.startNew = true
	tr.hour(1)
	tr.hour(1)
	check(t, run(t, tr.validator(), tr.onlyTrail()), tr.expected(func(i int, d *brief, logs []brief) []brief {
		out := append([]brief{*d}, logs...)
		if i == 2 {
			out = append(out, brief{Status: Gap, FileType: FileDigest, Key: d.Key, From: tr.digestEnd(1), To: tr.digestEnd(1).Add(3 * time.Hour)})
		}
		return out
	}))
}

func TestSubstitutedDigestBreaksChain(t *testing.T) {
	tr := sixHours(t)
	// Digest 3 replaced by another, validly signed with the trail's own key (a leaked key, or a
	// digest from another chain). Its metadata signature verifies, so the AWS CLI calls it valid;
	// digest 4 recorded a different hash and signature.
	tr.resign(3, tr.key, func(doc map[string]any) { doc["logFiles"] = []any{} })
	check(t, run(t, tr.validator(), tr.onlyTrail()), tr.expected(func(i int, d *brief, logs []brief) []brief {
		if i == 3 {
			return []brief{
				{Status: ChainBroken, FileType: FileDigest, Key: d.Key},
				{Status: ChainBroken, FileType: FileDigest, Key: d.Key},
				{Status: SignatureInvalid, FileType: FileDigest, Key: d.Key},
			}
		}
		return append([]brief{*d}, logs...)
	}))
}

func TestMetadataSignatureReplaced(t *testing.T) {
	tr := sixHours(t)
	_, other := signingKeys(t)
	// Only the metadata copy of an older digest's signature is replaced; the content is intact
	// and verifies with the copy the next digest recorded.
	tr.resign(2, other, func(map[string]any) {})
	check(t, run(t, tr.validator(), tr.onlyTrail()), tr.expected(func(i int, d *brief, logs []brief) []brief {
		if i == 2 {
			d.Status = ChainBroken
		}
		return append([]brief{*d}, logs...)
	}))
}

func TestWithoutMetadataOnlyNewestIsUnverified(t *testing.T) {
	tr := newTrail(t)
	tr.noMetadata = true // as `aws s3 sync` copies it
	for range 3 {
		tr.hour(1)
	}
	check(t, run(t, tr.validator(), tr.onlyTrail()), tr.expected(func(i int, d *brief, logs []brief) []brief {
		if i == 2 {
			d.Status = SignatureMissing
		}
		return append([]brief{*d}, logs...)
	}))
}

func TestOrganizationTrailWithPrefixAndEmptyHours(t *testing.T) {
	tr := newTrail(t)
	tr.prefix, tr.org, tr.name = "org/logs/", "o-exampleorgid", "org_trail.v2"
	tr.hour(2)
	tr.hour(0) // an hour without activity still gets a digest, with no log files
	tr.hour(1)
	v := tr.validator()
	trails, err := v.Trails(context.Background(), tr.bucket, "")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]Trail{tr.onlyTrail()}, trails); diff != "" {
		t.Fatalf("trails (-want +got):\n%s", diff)
	}
	check(t, run(t, v, trails[0]), tr.expected(nil))
}

func TestTimeRange(t *testing.T) {
	tr := sixHours(t)
	// Digests ending in [end(2), end(3)], plus digest 4 for the hour after End; the walk stops
	// after digest 2, the first that starts before Start.
	v := NewValidator(tr.store(), tr.keySet(), WithTimeRange(tr.digestEnd(2), tr.digestEnd(3)))
	want := tr.expected(func(i int, d *brief, logs []brief) []brief {
		if i < 2 || i > 4 {
			return nil
		}
		return append([]brief{*d}, logs...)
	})
	check(t, run(t, v, tr.onlyTrail()), want)
}

func TestUnreadableDigest(t *testing.T) {
	tr := sixHours(t)
	tr.write(tr.digests[5], []byte("not gzip"))
	tr.write(tr.digests[2], gz([]byte(`{"awsAccountId":"111122223333"}`)))
	check(t, run(t, tr.validator(), tr.onlyTrail()), tr.expected(func(i int, d *brief, logs []brief) []brief {
		switch i {
		case 5, 2: // the walk goes on with the next older digest found by listing
			return []brief{{Status: InvalidFormat, FileType: FileDigest, Key: d.Key}}
		case 4, 1: // nothing newer vouches for them: the metadata signature is used
		}
		return append([]brief{*d}, logs...)
	}))
}

func TestChainLoopStops(t *testing.T) {
	tr := sixHours(t)
	// Digest 1 is made (with the trail key) to point forward to digest 4.
	tr.resign(1, tr.key, func(doc map[string]any) { doc["previousDigestS3Object"] = tr.digests[4] })
	got := run(t, tr.validator(), tr.onlyTrail())
	last := got[len(got)-1]
	if last.Status != ChainBroken || last.Key != tr.digests[4] {
		t.Fatalf("last finding %+v, want the loop reported at digest 4", last)
	}
}

func TestStopEarly(t *testing.T) {
	tr := sixHours(t)
	n := 0
	for range tr.validator().Validate(context.Background(), tr.onlyTrail()) {
		n++
		if n == 3 {
			break
		}
	}
	if n != 3 {
		t.Fatalf("got %d findings before break", n)
	}
}

func TestCancelledContext(t *testing.T) {
	tr := sixHours(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, err := range tr.validator().Validate(ctx, tr.onlyTrail()) {
		if err != context.Canceled {
			t.Fatalf("err %v, want context.Canceled", err)
		}
		return
	}
	t.Fatal("no error for a cancelled context")
}

func TestBackfillDigestCheckedApart(t *testing.T) {
	tr := newTrail(t)
	tr.hour(1)
	tr.hour(1)
	// A backfill digest covers a log file no hourly digest listed; it stands outside the chain.
	lk := ObjectKey{FileType: FileLog, AccountID: tr.account, Region: tr.region, Time: tr.digestEnd(0).Add(-time.Hour), Unique: "LateDelivery0001"}.String()
	raw := logRecords(tr.digestEnd(0), 2)
	tr.write(lk, gz(raw))
	bk := ObjectKey{FileType: FileDigest, AccountID: tr.account, Region: tr.region, Trail: tr.name, HomeRegion: tr.region, Time: tr.end, Backfill: true}.String()
	doc := tr.digestDoc(bk, tr.end.Add(-time.Hour), tr.end, []map[string]any{{"s3Bucket": tr.bucket, "s3Object": lk, "hashValue": hexSHA256(raw), "hashAlgorithm": HashAlgorithm}})
	for _, k := range []string{"previousDigestS3Bucket", "previousDigestS3Object", "previousDigestHashValue", "previousDigestHashAlgorithm", "previousDigestSignature"} {
		doc[k] = nil
	}
	data, sig := tr.sign(doc, tr.key)
	tr.writeDigest(bk, data, sig)
	want := append(tr.expected(nil),
		brief{Status: Valid, FileType: FileDigest, Key: bk},
		brief{Status: Valid, FileType: FileLog, Key: lk})
	check(t, run(t, tr.validator(), tr.onlyTrail()), want)
}

// brokenStore fails every Get after the first n with an error that is not "not found".
type brokenStore struct {
	Store
	n int
}

var errStoreDown = errors.New("store down")

func (b *brokenStore) Get(ctx context.Context, bucket, key string) (*Object, error) {
	if b.n == 0 {
		return nil, errStoreDown
	}
	b.n--
	return b.Store.Get(ctx, bucket, key)
}

func TestStoreFailureEndsTheWalk(t *testing.T) {
	tr := sixHours(t)
	v := tr.validator()
	v.store = &brokenStore{Store: v.store, n: 2}
	var findings int
	var last error
	for _, err := range v.Validate(context.Background(), tr.onlyTrail()) {
		if err != nil {
			last = err
			continue
		}
		findings++
	}
	if !errors.Is(last, errStoreDown) || findings != 2 {
		t.Fatalf("%d findings then %v; want 2 then the store's error", findings, last)
	}
}

func TestNoKeysMeansUnknownKey(t *testing.T) {
	tr := newTrail(t)
	tr.hour(1)
	v := tr.validator()
	v.keys = nil
	check(t, run(t, v, tr.onlyTrail()), []brief{{Status: UnknownPublicKey, FileType: FileDigest, Key: tr.digests[0]}})
}

// Two trails that differ only in prefix or organization still come in one stable order.
func TestTrailsOrderByWholeKey(t *testing.T) {
	const tail = "/CloudTrail-Digest/us-east-1/2026/11/02/111122223333_CloudTrail-Digest_us-east-1_t_us-east-1_20261102T093015Z.json.gz"
	fsys := fstest.MapFS{}
	for _, k := range []string{"z/AWSLogs/111122223333" + tail, "AWSLogs/o-b/111122223333" + tail, "a/AWSLogs/111122223333" + tail, "AWSLogs/o-a/111122223333" + tail} {
		fsys[k] = &fstest.MapFile{Data: []byte("x")}
	}
	v := NewValidator(reversedStore{Dir{"b": fsys}}, nil) // List may return keys in any order
	for i := 0; i < 5; i++ {
		trails, err := v.Trails(context.Background(), "b", "")
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, tr := range trails {
			got = append(got, tr.Prefix+"|"+tr.OrgID)
		}
		if want := []string{"|o-a", "|o-b", "a/|", "z/|"}; !slices.Equal(got, want) {
			t.Fatalf("order %q, want %q", got, want)
		}
	}
}

type reversedStore struct{ Store }

func (r reversedStore) List(ctx context.Context, bucket, prefix string) ([]string, error) {
	keys, err := r.Store.List(ctx, bucket, prefix)
	slices.Reverse(keys)
	return keys, err
}

// With a store that lists folders, Trails walks down to the digest folders and lists no log file;
// it finds what a listing of every key finds, custom prefixes and organizations included.
func TestTrailsWalkFolders(t *testing.T) {
	fsys := fstest.MapFS{}
	for _, k := range []string{
		"AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2026/11/02/111122223333_CloudTrail-Digest_us-east-1_a_us-east-1_20261102T093015Z.json.gz",
		"AWSLogs/111122223333/CloudTrail-Digest/eu-west-1/2026/11/02/111122223333_CloudTrail-Digest_eu-west-1_a_us-east-1_20261102T093015Z.json.gz",
		"AWSLogs/111122223333/CloudTrail/us-east-1/2026/11/02/111122223333_CloudTrail_us-east-1_20261102T0905Z_Ab12Cd34Ef56Gh78.json.gz",
		"deep/er/AWSLogs/o-aa111bb222/444455556666/CloudTrail-Digest/us-east-1/2026/11/02/444455556666_CloudTrail-Digest_us-east-1_org_trail_us-east-1_20261102T093015Z.json.gz",
		"deep/er/AWSLogs/o-aa111bb222/444455556666/CloudTrail/us-east-1/2026/11/02/444455556666_CloudTrail_us-east-1_20261102T0905Z_Ab12Cd34Ef56Gh78.json.gz",
		"other/data.csv",
	} {
		fsys[k] = &fstest.MapFile{Data: []byte("x")}
	}
	walking := &listCounter{Dir: Dir{"b": fsys}}
	folders, err := NewValidator(walking, nil).Trails(context.Background(), "b", "")
	if err != nil {
		t.Fatal(err)
	}
	flat, err := NewValidator(reversedStore{Dir{"b": fsys}}, nil).Trails(context.Background(), "b", "")
	if err != nil || len(flat) != 3 || !slices.Equal(folders, flat) {
		t.Errorf("walking folders %v, listing keys %v (%v)", folders, flat, err)
	}
	for _, p := range walking.listed {
		if !strings.Contains(p, "/CloudTrail-Digest/") {
			t.Errorf("listed %q: a prefix that is not a digest folder", p)
		}
	}
}

// listCounter records the prefixes a Dir is asked to list.
type listCounter struct {
	Dir
	listed []string
}

func (l *listCounter) List(ctx context.Context, bucket, prefix string) ([]string, error) {
	l.listed = append(l.listed, prefix)
	return l.Dir.List(ctx, bucket, prefix)
}
