package cloudtrail

import (
	"bytes"
	"errors"
	"fmt"
	"io"
)

// window is a refillable view of the input stream. It finds where JSON values end without decoding
// them, keeping a value's bytes (pinned) or dropping them as it goes (for values it skips).
type window struct {
	r    io.Reader
	buf  []byte
	pos  int   // next unread byte
	base int64 // stream offset of buf[0]
	pin  int   // bytes from pin on are kept by fill; -1 when nothing is pinned
	err  error // the reader's error, io.EOF at the end
	max  int   // the largest value that may be kept, in bytes
	// chunk is how much the window reads at least at a time; it grows by that much.
	chunk int
	// shared is set once values decoded in place alias buf: fill must then move on to a new buffer
	// rather than copy the unread bytes down over them.
	shared bool
	// borrowed marks a buf the window does not own (a bytesWindow's): it is never reused.
	borrowed bool
	// While countLines is set, lines is the number of newlines before buf[counted]. The decoder
	// stops it where line numbers stop meaning anything to a reader: inside an S3 log file.
	countLines     bool
	lines, counted int
}

const windowChunk = 256 << 10

// newWindow reads r into buf (empty, its capacity the first read's size); it grows as values need.
func newWindow(r io.Reader, maxValue int, buf []byte) *window {
	return &window{r: r, buf: buf[:0], pin: -1, max: maxValue, chunk: max(cap(buf), 4<<10), countLines: true}
}

// bytesWindow is a window over input already in memory, which it only reads.
func bytesWindow(b []byte, maxValue int) *window {
	return &window{buf: b, pin: -1, max: maxValue, err: io.EOF, borrowed: true, countLines: true}
}

// lineAt is the line of buf[i], from 1, or 0 once lines are no longer counted. i must not move
// back from one call to the next.
func (w *window) lineAt(i int) int {
	if !w.countLines {
		return 0
	}
	w.countTo(i)
	return w.lines + 1
}

func (w *window) countTo(i int) {
	if w.countLines && i > w.counted {
		w.lines += bytes.Count(w.buf[w.counted:i], []byte{'\n'})
		w.counted = i
	}
}

// own returns buf[start:end] for a caller to keep: a copy, as buf will be written again, unless
// the window borrowed buf, which is never written.
func (w *window) own(start, end int) []byte {
	if w.borrowed {
		return w.buf[start:end:end]
	}
	return bytes.Clone(w.buf[start:end])
}

// offset is the stream offset of buf[i].
func (w *window) offset(i int) int64 { return w.base + int64(i) }

// fill reads more input, dropping bytes before pos (or before pin), and reports whether any came.
// Indexes into buf shift by the returned amount.
func (w *window) fill() (shift int, ok bool) {
	if w.err != nil {
		return 0, false
	}
	keep := w.pos
	if w.pin >= 0 && w.pin < keep {
		keep = w.pin
	}
	roomy := cap(w.buf)-len(w.buf) >= w.chunk/4
	took := false // the new bytes came in the reader's buffer
	if w.shared && roomy {
		// Read on into the free tail: nothing handed out lives there, and nothing moves.
		keep = 0
	}
	w.countTo(keep) // before the bytes go
	switch {
	case w.shared && roomy:
	case w.shared:
		// Decoded values alias buf: leave it to them and go on in a new buffer, the reader's own
		// if it gives one.
		if cr, ok := w.r.(chunkReader); ok {
			if b, ok := cr.take(w.buf[keep:]); ok {
				w.buf, w.shared, took = b, false, true
				break
			}
		}
		fresh := make([]byte, len(w.buf)-keep, len(w.buf)-keep+w.chunk)
		copy(fresh, w.buf[keep:])
		w.buf, w.shared = fresh, false
	case keep > 0:
		n := copy(w.buf, w.buf[keep:])
		w.buf = w.buf[:n]
	}
	if keep > 0 {
		w.base += int64(keep)
		w.pos -= keep
		if w.countLines {
			w.counted -= keep
		}
		if w.pin >= 0 {
			w.pin -= keep
		}
		shift = keep
	}
	if took {
		return shift, true
	}
	if cap(w.buf)-len(w.buf) < w.chunk/4 {
		grown := make([]byte, len(w.buf), 2*cap(w.buf)+w.chunk)
		copy(grown, w.buf)
		w.buf = grown
	}
	for tries := 0; tries < 100; tries++ {
		n, err := w.r.Read(w.buf[len(w.buf):cap(w.buf)])
		w.buf = w.buf[:len(w.buf)+n]
		if err != nil {
			w.err = err
		}
		if n > 0 {
			return shift, true
		}
		if err != nil {
			return shift, false
		}
	}
	w.err = io.ErrNoProgress
	return shift, false
}

// chunkReader is a reader that can hand over what it read in a buffer of its own, with tail in
// front (asyncReader): see asyncReader.take.
type chunkReader interface {
	take(tail []byte) ([]byte, bool)
}

// readErr is the reason input stopped: nil at a clean end.
func (w *window) readErr() error {
	if w.err == io.EOF {
		return nil
	}
	return w.err
}

// peek skips white space and returns the next byte; ok is false at the end of input.
func (w *window) peek() (byte, bool) {
	for {
		for w.pos < len(w.buf) {
			if c := w.buf[w.pos]; !isSpace(c) {
				return c, true
			}
			w.pos++
		}
		if _, ok := w.fill(); !ok {
			return 0, false
		}
	}
}

// has reports whether n bytes from pos are in buf, reading on for them if need be.
func (w *window) has(n int) bool {
	for len(w.buf)-w.pos < n {
		if _, ok := w.fill(); !ok {
			return false
		}
	}
	return true
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\r' || c == '\t' }

// errTooLarge marks a value longer than the window may keep.
var errTooLarge = errors.New("value too large")

// errTruncated marks input that ended inside a value.
var errTruncated = errors.New("input ends inside a value")

// scan moves past the value at pos, whose first byte peek has seen, and returns its bounds in buf.
// With keep, the value stays in buf; without, bytes are dropped as they are passed and the bounds
// are meaningless. A kept value (counted from the pinned start, if the caller pinned one) longer
// than max is passed over all the same, dropping its bytes, and reported as errTooLarge. depth > 0
// resumes inside that many open containers, to skip the rest of one. The value is not validated:
// the record decoder does that.
func (w *window) scan(keep bool, depth int) (start, end int, err error) {
	start = w.pos
	pinnedHere := keep && w.pin < 0
	if pinnedHere {
		w.pin = start
	}
	defer func() {
		if pinnedHere {
			w.pin = -1
		}
	}()
	tooLarge := false
	i := w.pos
	inString := false
	// more refills the buffer, keeping i and start in step.
	more := func() bool {
		if keep && i-w.pin > w.max {
			keep, tooLarge = false, true
			w.pin = -1
			pinnedHere = false
		}
		if !keep {
			w.pos = i
		}
		shift, ok := w.fill()
		i -= shift
		start -= shift
		return ok
	}
	done := func(end int) (int, int, error) {
		w.pos = end
		if tooLarge || (keep && end-w.pin > w.max) {
			return start, end, errTooLarge
		}
		return start, end, nil
	}
	fail := func() (int, int, error) {
		w.pos = i
		if err := w.readErr(); err != nil {
			return start, i, err
		}
		return start, i, errTruncated
	}
	scalar := depth == 0 && i < len(w.buf) && w.buf[i] != '{' && w.buf[i] != '['
	for {
		if i >= len(w.buf) {
			if !more() {
				if scalar && !inString && w.readErr() == nil && i > start {
					return done(i) // a number or literal ends at the end of input
				}
				return fail()
			}
			continue
		}
		if inString {
			rest := w.buf[i:]
			q := bytes.IndexByte(rest, '"')
			seg := rest
			if q >= 0 {
				seg = rest[:q]
			}
			if b := bytes.IndexByte(seg, '\\'); b >= 0 {
				if i+b+1 >= len(w.buf) { // the escaped byte is not read yet
					i += b
					if !more() {
						return fail()
					}
					continue
				}
				i += b + 2
				continue
			}
			if q < 0 {
				i = len(w.buf)
				continue
			}
			i += q + 1
			inString = false
			if scalar {
				return done(i)
			}
			continue
		}
		c := w.buf[i]
		switch {
		case scalar && (c == ',' || c == ']' || c == '}' || isSpace(c)):
			return done(i)
		case c == '"':
			inString = true
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			depth--
			if depth <= 0 {
				return done(i + 1)
			}
		}
		i++
	}
}

// The framing helpers below move between the elements of an array or the members of an object, as
// encoding/json's stream.go does between tokens: each checks one separator and says what is next.
// Their errors are a *SyntaxError at the offending byte, or why input stopped.

// syntaxf is a *SyntaxError at pos.
func (w *window) syntaxf(format string, args ...any) error {
	return &SyntaxError{Offset: w.offset(w.pos), Msg: fmt.Sprintf(format, args...)}
}

// stopped is why input ended where a byte was wanted.
func (w *window) stopped() error { return orTruncated(w.readErr()) }

func orTruncated(err error) error {
	if err == nil {
		return errTruncated
	}
	return err
}

// nextElement moves to the next element of an array (closer ']') or member of an object ('}')
// and returns its first byte. first says that none was read yet, so no ',' comes before it. At the
// closing bracket it consumes it and reports done.
func (w *window) nextElement(closer byte, first bool) (c byte, done bool, err error) {
	c, ok := w.peek()
	switch {
	case !ok:
		return 0, false, w.stopped()
	case c == closer:
		w.pos++
		return c, true, nil
	case first:
		return c, false, nil
	case c != ',':
		return 0, false, w.syntaxf("unexpected %q, want ',' or %q", c, closer)
	}
	w.pos++
	if c, ok = w.peek(); !ok {
		return 0, false, w.stopped()
	}
	if c == closer {
		return 0, false, w.syntaxf("unexpected %q after ','", c)
	}
	return c, false, nil
}

// memberName moves past a member's name and its ':' to the first byte of its value. The name's
// bounds are returned relative to the pinned start, which refills do not move (pin must be set).
// errTooLarge means the name alone passed the size limit.
func (w *window) memberName() (ks, ke int, err error) {
	if c, _ := w.peek(); c != '"' {
		return 0, 0, w.syntaxf("want a member name")
	}
	ks, ke, err = w.scan(true, 0)
	if err != nil {
		return 0, 0, err
	}
	ks, ke = ks-w.pin, ke-w.pin
	if c, ok := w.peek(); !ok {
		return 0, 0, w.stopped()
	} else if c != ':' {
		return 0, 0, w.syntaxf("want ':' after a member name")
	}
	w.pos++
	if _, ok := w.peek(); !ok {
		return 0, 0, w.stopped()
	}
	return ks, ke, nil
}
