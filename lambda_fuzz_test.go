package cloudtrail

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// FuzzLambda feeds every Lambda trigger payload, and every other Lambda event, mutated, to the
// decoder and to Objects. Whatever the bytes, no Event may be a Lambda event's record or carry the
// members that mark one, a top-level document must have a record's core members, and an Object
// must name a bucket and a key.
func FuzzLambda(f *testing.F) {
	for _, pattern := range []string{"testdata/lambda/*.json", "testdata/lambda/other/*.json"} {
		files, err := filepath.Glob(pattern)
		if err != nil || len(files) == 0 {
			f.Fatalf("seeds %s: %v", pattern, err)
		}
		for _, file := range files {
			b, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d := NewDecoder(bytes.NewReader(data), WithMaxRecordSize(1<<16), WithSyncInflate())
		defer d.Close()
		for i := 0; ; i++ {
			if i > len(data)+10 {
				t.Fatal("more results than input bytes")
			}
			ev, err := d.Next()
			if err == io.EOF {
				break
			}
			var se *StreamError
			if errors.As(err, &se) {
				break
			}
			if err != nil {
				continue
			}
			env := d.Envelope()
			if kind, what := classifyRecord(ev, env.Format == FormatRecord); kind != kindRecord {
				t.Fatalf("decoded %s as an event (envelope %+v)", what, env)
			}
		}
		for o, err := range Objects(bytes.NewReader(data), WithMaxRecordSize(1<<16)) {
			if err == nil && (o.Bucket == "" || o.Key == "") {
				t.Fatalf("object without a bucket or key: %+v", o)
			}
		}
	})
}
