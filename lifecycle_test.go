package cloudtrail_test

import (
	"bytes"
	"runtime"
	"testing"
	"time"

	"github.com/trailtype/cloudtrail"
)

// A warm Lambda container runs thousands of invocations in one process: decoders abandoned half
// way, by a break out of All or by dropping one after a few Next calls, must leave no goroutine and
// no buffers behind, with or without Close.
func TestAbandonedDecodersDoNotLeak(t *testing.T) {
	log := leakLog(t)
	abandon := map[string]func(){
		"break out of All, no Close": func() {
			d := cloudtrail.NewDecoder(bytes.NewReader(log))
			for range d.All() {
				break
			}
		},
		"break out of All, Close": func() {
			d := cloudtrail.NewDecoder(bytes.NewReader(log))
			for range d.All() {
				break
			}
			d.Close()
		},
		"one Next, dropped without Close": func() {
			d := cloudtrail.NewDecoder(bytes.NewReader(log))
			if _, err := d.Next(); err != nil {
				t.Fatal(err)
			}
		},
		"one Next, Close": func() {
			d := cloudtrail.NewDecoder(bytes.NewReader(log))
			if _, err := d.Next(); err != nil {
				t.Fatal(err)
			}
			d.Close()
		},
	}
	for name, drop := range abandon {
		t.Run(name, func(t *testing.T) {
			goroutines, heap := settle(t, 0)
			for i := 0; i < 1000; i++ {
				drop()
			}
			g, h := settle(t, goroutines)
			if g > goroutines {
				t.Errorf("%d goroutines after 1000 abandoned decoders, %d before", g, goroutines)
			}
			// Each decoder had about 1.5 MiB in flight (read-ahead chunks and window): a leak of
			// all of them would be 1.5 GiB.
			if h > heap+32<<20 {
				t.Errorf("heap in use %d MiB after 1000 abandoned decoders, %d MiB before", h>>20, heap>>20)
			}
		})
	}
}

// leakLog is a gzip log file of a few megabytes, large enough that a decoder's read-ahead is busy
// when it is abandoned.
func leakLog(t *testing.T) []byte {
	log := logFile(generateLog(4000, 7))
	if len(log) < 4<<20 {
		t.Fatalf("log of %d bytes, want several MB", len(log))
	}
	return gz(t, log)
}

// settle collects garbage until the goroutine count is down to want (or stops falling), and
// returns it with the heap in use. Cleanups run on a goroutine of their own after a collection.
func settle(t *testing.T, want int) (goroutines int, heap uint64) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		runtime.GC()
		goroutines = runtime.NumGoroutine()
		if goroutines <= want || want == 0 || time.Now().After(deadline) {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return goroutines, ms.HeapInuse
}
