package cloudtrail

import (
	"bytes"
	"compress/gzip"
	"io"
	"runtime"
	"testing"

	"github.com/trailtype/cloudtrail/internal/benchlog"
)

// take hands over whole chunks with the window's unread bytes in front, and what it and Read give
// together is the input, in order.
func TestAsyncReaderTake(t *testing.T) {
	data := bytes.Repeat([]byte("0123456789abcdef"), 3*asyncChunkSize/16+100) // four chunks, the last short
	a := newAsyncReader(bytes.NewReader(data))
	defer a.close()
	var got []byte
	head := make([]byte, 1000)
	if _, err := io.ReadFull(a, head); err != nil {
		t.Fatal(err)
	}
	got = append(got, head...)
	if _, ok := a.take([]byte("x")); ok {
		t.Fatal("take while a chunk is part read")
	}
	rest := make([]byte, asyncChunkSize-len(head))
	if _, err := io.ReadFull(a, rest); err != nil {
		t.Fatal(err)
	}
	got = append(got, rest...)
	for i := 0; ; i++ {
		tail := []byte("tail")
		b, ok := a.take(tail)
		if !ok {
			break
		}
		if !bytes.HasPrefix(b, tail) {
			t.Fatalf("chunk %d does not start with the tail: %q", i, b[:8])
		}
		got = append(got, b[len(tail):]...)
	}
	if _, ok := a.take(make([]byte, asyncHeadroom+1)); ok {
		t.Fatal("take with a tail larger than the headroom")
	}
	if n, err := a.Read(make([]byte, 10)); n != 0 || err != io.EOF {
		t.Fatalf("Read after the end = %d, %v", n, err)
	}
	if !bytes.Equal(got, data) {
		t.Fatalf("got %d bytes, want the input's %d", len(got), len(data))
	}
}

// Inflating on a second goroutine, whose chunks the window takes as its buffers, gives what
// inflating on the reader's does: the same events, envelopes and raw records, over many chunks.
func TestAsyncInflateEqualsSync(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	plain := benchlog.LogFile(benchlog.Records(3000, 7)) // about 4 MB: 17 chunks
	var zipped bytes.Buffer
	zw := gzip.NewWriter(&zipped)
	zw.Write(plain)
	zw.Close()
	read := func(opts ...Option) (events, raws []string, envs []Envelope) {
		d := NewDecoder(bytes.NewReader(zipped.Bytes()), opts...)
		for ev, err := range d.All() {
			if err != nil {
				t.Fatal(err)
			}
			b, err := ev.MarshalJSON()
			if err != nil {
				t.Fatal(err)
			}
			events, raws, envs = append(events, string(b)), append(raws, string(d.Raw())), append(envs, d.Envelope())
		}
		return events, raws, envs
	}
	events, raws, envs := read()
	syncEvents, syncRaws, syncEnvs := read(WithSyncInflate())
	if len(events) != 3000 {
		t.Fatalf("%d events", len(events))
	}
	for i := range events {
		if events[i] != syncEvents[i] || raws[i] != syncRaws[i] || envs[i] != syncEnvs[i] {
			t.Fatalf("event %d differs:\n%s\n%s", i, events[i], syncEvents[i])
		}
	}
}
