package digest

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"iter"
	"math"
	"slices"
	"sort"
	"strings"
	"time"
)

// Validator walks digest chains and checks every digest and log file they list. Make one with
// NewValidator.
type Validator struct {
	store         Store
	keys          *KeySet
	start, end    time.Time
	maxDigestSize int64
}

// ValidatorOption configures a Validator. Like the decoder's options in the core package, options
// fix a setting when the value is made and have safe defaults.
type ValidatorOption func(*Validator)

// DefaultMaxDigestSize bounds a digest's uncompressed size. Log files are streamed and need no bound.
const DefaultMaxDigestSize = 64 << 20

// NewValidator returns a validator reading objects from store and checking signatures against keys
// (nil: no key is known, so every signature is reported as made with an unknown key).
func NewValidator(store Store, keys *KeySet, opts ...ValidatorOption) *Validator {
	v := &Validator{store: store, keys: keys, maxDigestSize: DefaultMaxDigestSize}
	for _, opt := range opts {
		opt(v)
	}
	return v
}

// WithTimeRange bounds the walk by digest end time, as validate-logs' --start-time and --end-time
// do; a zero time leaves that end open. Digests up to an hour after end are read too, for the log
// files delivered in the range but listed in the next digest.
func WithTimeRange(start, end time.Time) ValidatorOption {
	return func(v *Validator) { v.start, v.end = start, end }
}

// WithMaxDigestSize bounds a digest's uncompressed size (default DefaultMaxDigestSize); a larger
// digest is reported as InvalidFormat.
func WithMaxDigestSize(n int64) ValidatorOption {
	return func(v *Validator) {
		if n > 0 {
			v.maxDigestSize = n
		}
	}
}

// Trail names one digest chain: a trail's digests for one account, delivered from one region.
type Trail struct {
	Bucket     string
	Prefix     string // the trail's S3 key prefix with a trailing slash, "" when none
	OrgID      string // organization trails only
	AccountID  string
	Region     string // the region the digests are delivered from
	Name       string // the trail name
	HomeRegion string
}

// String describes the trail for people; it leaves out the prefix and organization.
func (t Trail) String() string {
	return fmt.Sprintf("trail %s (home %s) account %s region %s in s3://%s", t.Name, t.HomeRegion, t.AccountID, t.Region, t.Bucket)
}

func (t Trail) match(k ObjectKey) bool {
	return k.FileType == FileDigest && k.Prefix == t.Prefix && k.OrgID == t.OrgID && k.AccountID == t.AccountID &&
		k.Region == t.Region && k.Trail == t.Name && k.HomeRegion == t.HomeRegion
}

func trailOf(bucket string, k ObjectKey) Trail {
	return Trail{Bucket: bucket, Prefix: k.Prefix, OrgID: k.OrgID, AccountID: k.AccountID, Region: k.Region, Name: k.Trail, HomeRegion: k.HomeRegion}
}

// digestFolder is the prefix every digest key of the trail starts with.
func (t Trail) digestFolder() string {
	return ObjectKey{FileType: FileDigest, Prefix: t.Prefix, OrgID: t.OrgID, AccountID: t.AccountID, Region: t.Region}.fullFolder()
}

// Trails lists the digest chains found under a key prefix of a bucket ("" for the whole bucket),
// in a stable order. When the store is a FolderLister it walks the folders down to each region's
// digests, so that no listing of the log files is ever held; otherwise it lists every key under the
// prefix.
func (v *Validator) Trails(ctx context.Context, bucket, prefix string) ([]Trail, error) {
	seen := map[Trail]bool{}
	var trails []Trail
	add := func(keys []string) {
		for _, key := range keys {
			k, err := ParseObjectKey(key)
			if err != nil || k.FileType != FileDigest {
				continue
			}
			if t := trailOf(bucket, k); !seen[t] {
				seen[t] = true
				trails = append(trails, t)
			}
		}
	}
	if fl, ok := v.store.(FolderLister); ok && (prefix == "" || strings.HasSuffix(prefix, "/")) {
		if err := v.walkFolders(ctx, fl, bucket, prefix, 0, add); err != nil {
			return nil, err
		}
	} else {
		keys, err := v.store.List(ctx, bucket, prefix)
		if err != nil {
			return nil, err
		}
		add(keys)
	}
	slices.SortFunc(trails, compareTrails)
	return trails, nil
}

// FolderLister is a Store that can list the folders right under a prefix ("AWSLogs/" under "",
// "111122223333/" under "AWSLogs/"), as S3 does with a delimiter. Validator.Trails then lists
// digest folders only.
type FolderLister interface {
	ListFolders(ctx context.Context, bucket, prefix string) ([]string, error)
}

// maxPrefixDepth bounds how many folders deep Trails looks for AWSLogs/ under a custom prefix.
const maxPrefixDepth = 4

// walkFolders finds the AWSLogs/ folders under prefix and hands the digest keys of each account and
// region to found.
func (v *Validator) walkFolders(ctx context.Context, fl FolderLister, bucket, prefix string, depth int, found func([]string)) error {
	folders, err := fl.ListFolders(ctx, bucket, prefix)
	if err != nil {
		return err
	}
	for _, f := range folders {
		switch {
		case f == "AWSLogs/":
			if err := v.accounts(ctx, fl, bucket, prefix+f, true, found); err != nil {
				return err
			}
		case depth < maxPrefixDepth:
			if err := v.walkFolders(ctx, fl, bucket, prefix+f, depth+1, found); err != nil {
				return err
			}
		}
	}
	return nil
}

// accounts goes through the account folders under awsLogs (and those under an organization's
// folder), listing each region's digests.
func (v *Validator) accounts(ctx context.Context, fl FolderLister, bucket, awsLogs string, orgsToo bool, found func([]string)) error {
	accounts, err := fl.ListFolders(ctx, bucket, awsLogs)
	if err != nil {
		return err
	}
	for _, a := range accounts {
		if strings.HasPrefix(a, "o-") && orgsToo {
			if err := v.accounts(ctx, fl, bucket, awsLogs+a, false, found); err != nil {
				return err
			}
			continue
		}
		digests := awsLogs + a + string(folders[FileDigest]) + "/"
		regions, err := fl.ListFolders(ctx, bucket, digests)
		if err != nil {
			return err
		}
		for _, r := range regions {
			keys, err := v.store.List(ctx, bucket, digests+r)
			if err != nil {
				return err
			}
			found(keys)
		}
	}
	return nil
}

// compareTrails orders trails by every part of their digest keys, so that two trails differing
// only in prefix or organization have a stable order too.
func compareTrails(a, b Trail) int {
	return cmp.Or(cmp.Compare(a.Bucket, b.Bucket), cmp.Compare(a.Prefix, b.Prefix), cmp.Compare(a.OrgID, b.OrgID),
		cmp.Compare(a.AccountID, b.AccountID), cmp.Compare(a.Region, b.Region), cmp.Compare(a.Name, b.Name),
		cmp.Compare(a.HomeRegion, b.HomeRegion))
}

// Validate walks the trail's chain from the newest digest in range to the oldest and yields a
// finding for every digest, log file and hole. An error ends the walk: the store failed (other than
// an object being missing) or ctx was cancelled.
func (v *Validator) Validate(ctx context.Context, t Trail) iter.Seq2[Finding, error] {
	return func(yield func(Finding, error) bool) {
		w := &walk{v: v, ctx: ctx, yield: yield, listed: map[string][]listedDigest{}, visited: map[string]bool{}}
		if err := w.run(t); err != nil && !errors.Is(err, errStopped) {
			yield(Finding{}, err)
		}
	}
}

var errStopped = errors.New("stopped by the caller")

// listedDigest is a digest key found by listing.
type listedDigest struct {
	key    string
	parsed ObjectKey
}

// link is what a newer digest says of the one before it.
type link struct {
	signature string // previousDigestSignature
	hash      string // previousDigestHashValue
	from      string // the newer digest's key
}

type walk struct {
	v       *Validator
	ctx     context.Context
	yield   func(Finding, error) bool
	listed  map[string][]listedDigest // per bucket, oldest first, this trail only
	visited map[string]bool           // bucket + "/" + key of every digest read
}

func (w *walk) emit(f Finding) error {
	if !w.yield(f, nil) {
		return errStopped
	}
	return nil
}

// list finds the trail's digests in a bucket within the requested range, oldest first. Backfill
// digests are outside the hourly chain and are returned apart.
func (w *walk) list(t Trail) (chain, backfill []listedDigest, err error) {
	keys, err := w.v.store.List(w.ctx, t.Bucket, t.digestFolder())
	if err != nil {
		return nil, nil, err
	}
	for _, key := range keys {
		k, err := ParseObjectKey(key)
		if err != nil || !t.match(k) || !w.v.inRange(k.Time) {
			continue
		}
		if k.Backfill {
			backfill = append(backfill, listedDigest{key, k})
		} else {
			chain = append(chain, listedDigest{key, k})
		}
	}
	sort.SliceStable(chain, func(i, j int) bool { return chain[i].parsed.Time.Before(chain[j].parsed.Time) })
	return chain, backfill, nil
}

func (v *Validator) inRange(end time.Time) bool {
	if !v.start.IsZero() && end.Before(v.start) {
		return false
	}
	return v.end.IsZero() || !end.After(v.end.Add(time.Hour))
}

// olderThan is the newest listed digest of the bucket that ends before t.
func (w *walk) olderThan(bucket string, t time.Time) (listedDigest, bool) {
	l := w.listed[bucket]
	i := sort.Search(len(l), func(i int) bool { return !l[i].parsed.Time.Before(t) })
	if i == 0 {
		return listedDigest{}, false
	}
	return l[i-1], true
}

func (w *walk) run(t Trail) error {
	chain, backfill, err := w.list(t)
	if err != nil {
		return err
	}
	w.listed[t.Bucket] = chain
	if len(chain) > 0 {
		newest := chain[len(chain)-1]
		if err := w.chain(t.Bucket, newest.key, newest.parsed.Time); err != nil {
			return err
		}
	}
	for _, b := range backfill {
		if _, _, err := w.digest(t.Bucket, b.key, nil); err != nil {
			return err
		}
	}
	return nil
}

// chain follows previous-digest links from one digest, jumping over breaks by listing.
func (w *walk) chain(bucket, key string, keyTime time.Time) error {
	var next *link
	for {
		if err := w.ctx.Err(); err != nil {
			return err
		}
		if w.visited[bucket+"/"+key] {
			// Only a forged chain leads back to a digest already read; stop rather than loop.
			from := "a listing jump"
			if next != nil {
				from = next.from
			}
			return w.emit(Finding{Status: ChainBroken, FileType: FileDigest, Bucket: bucket, Key: key, Detail: "the chain loops back to this digest from " + from})
		}
		w.visited[bucket+"/"+key] = true
		d, missing, err := w.digest(bucket, key, next)
		if err != nil {
			return err
		}
		if d != nil && !w.v.start.IsZero() && d.DigestStartTime.Before(w.v.start) {
			return nil
		}
		if d != nil && !d.Starting() {
			prev, err := ParseObjectKey(d.PreviousDigestS3Object)
			if err != nil {
				prev.Time = d.DigestStartTime // a key not in CloudTrail's layout: still follow it
			}
			if err := w.ensureListed(d.PreviousDigestS3Bucket, prev); err != nil {
				return err
			}
			next = &link{signature: d.PreviousDigestSignature, hash: d.PreviousDigestHashValue, from: key}
			bucket, key, keyTime = d.PreviousDigestS3Bucket, d.PreviousDigestS3Object, prev.Time
			continue
		}
		// A starting digest, or one missing or unreadable: go on with the next older listed one.
		older, ok := w.olderThan(bucket, keyTime)
		if !ok {
			return nil
		}
		switch {
		case d != nil:
			err = w.emit(Finding{Status: Gap, FileType: FileDigest, Bucket: bucket, Key: key, From: older.parsed.Time, To: d.DigestStartTime})
		case missing:
			err = w.holeCheck(bucket, key, keyTime, older)
		}
		if err != nil {
			return err
		}
		key, keyTime, next = older.key, older.parsed.Time, nil
	}
}

// holeCheck runs after a missing digest: CloudTrail writes a digest every hour, so when the next
// older digest ended two or more hours before the missing one, more digests are gone than the one
// the chain pointed to.
func (w *walk) holeCheck(bucket, missingKey string, missingEnd time.Time, older listedDigest) error {
	hours := int(math.Round(missingEnd.Sub(older.parsed.Time).Hours()))
	if hours < 2 {
		return nil
	}
	return w.emit(Finding{Status: DigestsDeleted, FileType: FileDigest, Bucket: bucket, Key: missingKey,
		From: older.parsed.Time, To: missingEnd, Count: hours,
		Detail: fmt.Sprintf("the next older digest is %s", older.key)})
}

// ensureListed lists the trail in a bucket the chain moves into.
func (w *walk) ensureListed(bucket string, k ObjectKey) error {
	if _, ok := w.listed[bucket]; ok {
		return nil
	}
	var chain []listedDigest
	var err error
	if k.FileType == FileDigest {
		chain, _, err = w.list(trailOf(bucket, k))
	}
	w.listed[bucket] = chain
	return err
}

// digest checks one digest and, when its content can be trusted, its log files. It returns the
// parsed digest, nil when it is missing (missing set) or unreadable.
func (w *walk) digest(bucket, key string, next *link) (d *Digest, missing bool, err error) {
	at := Finding{FileType: FileDigest, Bucket: bucket, Key: key}
	obj, err := w.v.store.Get(w.ctx, bucket, key)
	if errors.Is(err, fs.ErrNotExist) {
		at.Status = DigestMissing
		return nil, true, w.emit(at)
	}
	if err != nil {
		return nil, false, fmt.Errorf("digest: get %s: %w", location(bucket, key), err)
	}
	var raw bytes.Buffer
	g, err := gunzip(obj.Body, &raw, w.v.maxDigestSize)
	obj.Body.Close()
	if err == nil {
		d, err = Parse(raw.Bytes())
	}
	if err != nil {
		at.Status, at.Detail = InvalidFormat, err.Error()
		return nil, false, w.emit(at)
	}
	problems, trusted := w.problems(d, g, at, obj.Metadata["signature"], next)
	if len(problems) == 0 {
		at.Status = Valid
		problems = append(problems, at)
	}
	for _, f := range problems {
		if err := w.emit(f); err != nil {
			return nil, false, err
		}
	}
	if trusted {
		for _, lf := range d.LogFiles {
			if err := w.logFile(lf, key); err != nil {
				return nil, false, err
			}
		}
	}
	return d, false, nil
}

// problems lists what is wrong with a digest that parsed, in a fixed order, and whether its list of
// log files can be trusted (its signature holds, or is only missing).
func (w *walk) problems(d *Digest, g Gunzipped, at Finding, meta string, next *link) (problems []Finding, trusted bool) {
	add := func(k Status, detail string) {
		f := at
		f.Status, f.Detail = k, detail
		problems = append(problems, f)
	}
	if g.Trailing > 0 {
		add(TrailingData, fmt.Sprintf("%d bytes", g.Trailing))
	}
	if d.DigestS3Bucket != at.Bucket || d.DigestS3Object != at.Key {
		add(DigestMoved, "its content says "+location(d.DigestS3Bucket, d.DigestS3Object))
	}
	if next != nil && next.hash != "" && !strings.EqualFold(next.hash, g.SHA256) {
		add(ChainBroken, fmt.Sprintf("its SHA-256 is %s, previousDigestHashValue in %s is %s", g.SHA256, next.from, next.hash))
	}
	// The newer digest's copy of the signature is covered by that digest's own signature, so it is
	// the stronger anchor; the metadata copy must agree with it.
	sig := meta
	if next != nil && next.signature != "" {
		sig = next.signature
		if meta != "" && !strings.EqualFold(meta, sig) {
			add(ChainBroken, "its signature metadata differs from previousDigestSignature in "+next.from)
		}
	}
	switch err := d.Verify(w.v.keys, g.SHA256, sig); {
	case err == nil:
	case errors.Is(err, ErrNoSignature):
		add(SignatureMissing, "no signature metadata and no newer digest")
	case errors.Is(err, ErrUnknownKey):
		add(UnknownPublicKey, "fingerprint "+d.DigestPublicKeyFingerprint)
		return problems, false
	default:
		add(SignatureInvalid, err.Error())
		return problems, false
	}
	return problems, true
}

// logFile checks one log file a digest lists.
func (w *walk) logFile(lf LogFile, digestKey string) error {
	f := Finding{FileType: FileLog, Bucket: lf.S3Bucket, Key: lf.S3Object, Digest: digestKey}
	obj, err := w.v.store.Get(w.ctx, lf.S3Bucket, lf.S3Object)
	if errors.Is(err, fs.ErrNotExist) {
		f.Status = LogMissing
		return w.emit(f)
	}
	if err != nil {
		return fmt.Errorf("digest: get %s: %w", location(lf.S3Bucket, lf.S3Object), err)
	}
	g, err := HashLogFile(obj.Body)
	obj.Body.Close()
	switch {
	case err != nil:
		f.Status, f.Detail = InvalidFormat, err.Error()
	case !strings.EqualFold(g.SHA256, lf.HashValue):
		f.Status, f.Detail = HashMismatch, fmt.Sprintf("SHA-256 is %s, the digest says %s", g.SHA256, lf.HashValue)
	case g.Trailing > 0:
		f.Status, f.Detail = TrailingData, fmt.Sprintf("%d bytes", g.Trailing)
	default:
		f.Status = Valid
	}
	return w.emit(f)
}

// location is an object's s3:// address.
func location(bucket, key string) string { return "s3://" + bucket + "/" + key }
