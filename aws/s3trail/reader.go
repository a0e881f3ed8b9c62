package s3trail

import (
	"context"
	"fmt"
	"iter"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/digest"
)

// Query chooses the log files of a trail to read.
type Query struct {
	// Bucket is the trail's bucket.
	Bucket string
	// Prefix is the trail's S3 key prefix, "" when it has none.
	Prefix string
	// OrgID is the organization of an organization trail ("o-..."), "" for an account's trail.
	OrgID string
	// Accounts and Regions narrow the trail to these folders; empty reads every one found.
	Accounts, Regions []string
	// Start and End bound the log files by delivery time, the time in their key; zero leaves that
	// end open. Events reach a log file about five to fifteen minutes after they happen: widen End
	// by as much, and filter events by EventTime, to get the events of a period.
	Start, End time.Time
}

// Reader streams the events of a trail's log files from S3. Make one with NewReader.
type Reader struct {
	api        API
	inFlight   int
	ordered    bool
	progress   func(Progress)
	decoderOpt []cloudtrail.Option
}

// ReaderOption configures a Reader. The decoder of each object takes cloudtrail.Option values,
// through WithDecoderOptions.
type ReaderOption func(*Reader)

// WithConcurrency reads n objects at a time (default 4). Memory grows with n: each object in
// flight holds its decoder's buffers (about 1.5 MiB) and up to 256 decoded events.
func WithConcurrency(n int) ReaderOption {
	return func(r *Reader) {
		if n > 0 {
			r.inFlight = n
		}
	}
}

// WithUnordered yields events as objects finish instead of in key order: faster when objects
// differ in size, since no object waits for the one before it.
func WithUnordered() ReaderOption { return func(r *Reader) { r.ordered = false } }

// WithProgress calls f after each object is read and when the listing ends, one call at a time,
// from the reader's goroutines.
func WithProgress(f func(Progress)) ReaderOption { return func(r *Reader) { r.progress = f } }

// WithDecoderOptions passes options to the decoder of each object (limits, for instance).
func WithDecoderOptions(opts ...cloudtrail.Option) ReaderOption {
	return func(r *Reader) { r.decoderOpt = append(r.decoderOpt, opts...) }
}

// Progress counts what a Reader has done. The totals grow while the trail is still being listed.
type Progress struct {
	ObjectsDone, ObjectsListed int
	// BytesDone and BytesListed count the objects' sizes, compressed.
	BytesDone, BytesListed int64
	// Listed reports that the totals are final.
	Listed bool
}

// NewReader returns a Reader reading through api.
func NewReader(api API, opts ...ReaderOption) *Reader {
	r := &Reader{api: api, inFlight: 4, ordered: true}
	for _, opt := range opts {
		opt(r)
	}
	return r
}

// ObjectError is an error of one object: the object could not be read (the error ends that object,
// the trail goes on), or one of its records could not be used (Err is a *cloudtrail.RecordError).
type ObjectError struct {
	Bucket, Key string
	Err         error
}

func (e *ObjectError) Error() string { return fmt.Sprintf("s3://%s/%s: %v", e.Bucket, e.Key, e.Err) }

// Unwrap returns the cause.
func (e *ObjectError) Unwrap() error { return e.Err }

// logObject is one log file to read, and where its results go.
type logObject struct {
	key  string
	size int64
	out  chan result
	own  bool // out is the object's own channel, closed when it is read (ordered reading)
}

type result struct {
	ev  *cloudtrail.Event
	err error
}

// Events yields the events of every log file the query names (digest and Insights files are left
// out), and an *ObjectError for each object or record that could not be read. A listing error ends
// the stream, as does ctx. Leaving the loop early stops every goroutine and request the reader
// started.
func (r *Reader) Events(ctx context.Context, q Query) iter.Seq2[*cloudtrail.Event, error] {
	return func(yield func(*cloudtrail.Event, error) bool) {
		ctx, cancel := context.WithCancel(ctx)
		var wg sync.WaitGroup
		defer wg.Wait() // after cancel, below: every goroutine has returned when Events does
		defer cancel()

		work := make(chan *logObject, r.inFlight)
		order := make(chan *logObject, r.inFlight) // ordered: the objects in key order
		merged := make(chan result, 64)            // unordered: every object's results
		listErr := make(chan error, 1)
		var prog progressCounter
		prog.report = r.progress

		wg.Add(1)
		go func() { // the lister
			defer wg.Done()
			defer close(work)
			defer close(order)
			err := r.list(ctx, q, func(key string, size int64) bool {
				o := &logObject{key: key, size: size, out: merged}
				if r.ordered {
					o.out, o.own = make(chan result, 256), true
				}
				prog.listed(size)
				select {
				case work <- o:
				case <-ctx.Done():
					return false
				}
				if r.ordered {
					select {
					case order <- o:
					case <-ctx.Done():
						return false
					}
				}
				return true
			})
			prog.listingDone()
			listErr <- err
		}()
		var workers sync.WaitGroup
		for i := 0; i < r.inFlight; i++ {
			wg.Add(1)
			workers.Add(1)
			go func() {
				defer wg.Done()
				defer workers.Done()
				for o := range work {
					r.read(ctx, q.Bucket, o)
					prog.done(o.size)
				}
			}()
		}
		if !r.ordered {
			wg.Add(1)
			go func() { defer wg.Done(); workers.Wait(); close(merged) }()
			for res := range merged {
				if !yield(res.ev, res.err) {
					return
				}
			}
		} else {
			for o := range order {
				for res := range o.out {
					if !yield(res.ev, res.err) {
						return
					}
				}
			}
		}
		if err := <-listErr; err != nil {
			yield(nil, err)
		} else if err := ctx.Err(); err != nil {
			yield(nil, err)
		}
	}
}

// read streams one object's events into its channel, which it closes when it owns it.
func (r *Reader) read(ctx context.Context, bucket string, o *logObject) {
	if o.own {
		defer close(o.out)
	}
	send := func(res result) bool {
		select {
		case o.out <- res:
			return true
		case <-ctx.Done():
			return false
		}
	}
	if o.size == 0 { // a log file is gzip, never empty: decoding nothing would say nothing
		send(result{err: &ObjectError{Bucket: bucket, Key: o.key, Err: cloudtrail.ErrEmptyObject}})
		return
	}
	out, err := r.api.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(bucket), Key: aws.String(o.key)})
	if err != nil {
		if ctx.Err() == nil {
			send(result{err: &ObjectError{Bucket: bucket, Key: o.key, Err: objectError(bucket, o.key, err)}})
		}
		return
	}
	defer out.Body.Close()
	d := cloudtrail.NewDecoder(out.Body, r.decoderOpt...)
	for ev, err := range d.All() {
		if ctx.Err() != nil {
			return
		}
		if err != nil {
			err = &ObjectError{Bucket: bucket, Key: o.key, Err: err}
		}
		if !send(result{ev: ev, err: err}) {
			return
		}
	}
}

// list calls found with each log file of the query, in key order, until it returns false.
func (r *Reader) list(ctx context.Context, q Query, found func(key string, size int64) bool) error {
	base := strings.TrimSuffix(q.Prefix, "/")
	if base != "" {
		base += "/"
	}
	base += "AWSLogs/"
	if q.OrgID != "" {
		base += q.OrgID + "/"
	}
	accounts, err := r.folders(ctx, q.Bucket, base, q.Accounts)
	if err != nil {
		return err
	}
	for _, account := range accounts {
		folder := base + account + "/CloudTrail/"
		regions, err := r.folders(ctx, q.Bucket, folder, q.Regions)
		if err != nil {
			return err
		}
		for _, region := range regions {
			for _, prefix := range dayPrefixes(folder+region+"/", q.Start, q.End) {
				for obj, err := range listObjects(ctx, r.api, q.Bucket, prefix) {
					if err != nil {
						return err
					}
					key := aws.ToString(obj.Key)
					k, perr := digest.ParseObjectKey(key)
					if perr != nil || k.FileType != digest.FileLog || (!q.Start.IsZero() && k.Time.Before(q.Start)) || (!q.End.IsZero() && k.Time.After(q.End)) {
						continue
					}
					if !found(key, aws.ToInt64(obj.Size)) {
						return ctx.Err()
					}
				}
			}
		}
	}
	return nil
}

// folders lists the folders under prefix, or takes the given ones; in key order either way.
func (r *Reader) folders(ctx context.Context, bucket, prefix string, given []string) ([]string, error) {
	if len(given) > 0 {
		return slices.Sorted(slices.Values(given)), nil
	}
	found, err := listFolders(ctx, r.api, bucket, prefix)
	for i := range found {
		found[i] = strings.TrimSuffix(found[i], "/")
	}
	// An organization trail's account folders sit beside its o- folder: they are not accounts.
	return slices.DeleteFunc(found, func(f string) bool { return strings.HasPrefix(f, "o-") }), err
}

// dayPrefixes are the day folders from start to end, or the region folder when the range is open.
func dayPrefixes(region string, start, end time.Time) []string {
	if start.IsZero() || end.IsZero() || end.Before(start) || end.Sub(start) > 400*24*time.Hour {
		return []string{region}
	}
	var out []string
	for d := start.UTC().Truncate(24 * time.Hour); !d.After(end); d = d.Add(24 * time.Hour) {
		out = append(out, region+d.Format("2006/01/02/"))
	}
	return out
}

// progressCounter reports Progress one call at a time.
type progressCounter struct {
	mu     sync.Mutex
	p      Progress
	report func(Progress)
}

func (c *progressCounter) listed(size int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.p.ObjectsListed++
	c.p.BytesListed += size
}

// listingDone reports too, so that the last report says Listed whichever ends last.
func (c *progressCounter) listingDone() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.p.Listed = true
	if c.report != nil {
		c.report(c.p)
	}
}

func (c *progressCounter) done(size int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.p.ObjectsDone++
	c.p.BytesDone += size
	if c.report != nil {
		c.report(c.p)
	}
}
