// Package lossless decodes JSON objects into typed Go structs and encodes them back without losing
// anything the input held: unknown members, null versus absent, and values of an unexpected JSON type
// are all remembered and written out again unless the caller changed the typed field.
//
// It is internal to the module: the cloudtrail and serverlessrepo packages build their models on it.
package lossless

import (
	"encoding/binary"
	"fmt"
	"math/bits"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// maxDepth bounds the nesting of arrays and objects, as encoding/json does.
const maxDepth = 10000

// SyntaxError reports malformed JSON at a byte offset of the scanned input.
type SyntaxError struct {
	Offset int64
	Msg    string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("invalid JSON at byte %d: %s", e.Offset, e.Msg)
}

// Scanner reads JSON values from a buffer it owns. Strings without escapes alias that buffer, so the
// buffer must never be written to while any decoded value is alive.
type Scanner struct {
	data []byte
	pos  int
	// Arena is the caller's: storage for the structs of the value being decoded, which ObjectAlloc
	// allocators may hand out. The scanner never looks at it.
	Arena any
}

// NewScanner returns a scanner over data. The scanner's callers own data from now on: decoded strings
// and raw values point into it.
func NewScanner(data []byte) *Scanner { return &Scanner{data: data} }

// Reset makes the scanner read data from its start, as NewScanner does, without allocating.
func (s *Scanner) Reset(data []byte) { *s = Scanner{data: data} }

// ReadOnlyBytes gives the bytes of s without copying them, for a scanner that only reads: decoding
// a record held in a string (an envelope's embedded record, already unescaped into memory of its
// own) costs no second copy.
func ReadOnlyBytes(s string) []byte {
	if s == "" {
		return nil
	}
	return unsafe.Slice(unsafe.StringData(s), len(s))
}

// Pos is the offset of the next unread byte.
func (s *Scanner) Pos() int { return s.pos }

func (s *Scanner) errorf(format string, args ...any) error {
	return &SyntaxError{Offset: int64(s.pos), Msg: fmt.Sprintf(format, args...)}
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\r' || c == '\t' }

// ws skips white space.
func (s *Scanner) ws() { s.pos = skipSpace(s.data, s.pos) }

// Peek skips white space and returns the next byte, or 0 at the end.
//
// Every member and element calls it, so it is kept small enough to be inlined.
func (s *Scanner) Peek() byte {
	i := skipSpace(s.data, s.pos)
	s.pos = i
	if i < len(s.data) {
		return s.data[i]
	}
	return 0
}

// AtEnd reports whether only white space is left.
func (s *Scanner) AtEnd() bool { return s.Peek() == 0 && s.pos >= len(s.data) }

func (s *Scanner) expect(c byte) error {
	if s.Peek() != c {
		if s.pos >= len(s.data) {
			return s.errorf("unexpected end of input, want %q", c)
		}
		return s.errorf("unexpected %q, want %q", s.data[s.pos], c)
	}
	s.pos++
	return nil
}

const (
	lsb = 0x0101010101010101
	msb = 0x8080808080808080
)

// plainRun returns how many bytes from i on hold no '"', '\\' or control character. It reads whole
// 8-byte words and stops at the first such byte of a word, found from the word's mask (the lowest
// flag of the has-zero-byte and has-less-than tests is exact: a borrow only runs upward from a true
// match), or where fewer than 8 bytes are left: the caller finishes byte by byte.
//
// Every string of every record passes through it, so it is written for few instructions (counted
// with callgrind): words are loaded without bounds checks (the loop condition is the check), '"'
// and the control characters share one test, as x^0x02 is below 0x21 for exactly those bytes, and
// three of the constants are read from memory (plainMasks). It must stay small enough to be inlined
// (cost 80 of 80 with Go 1.26): the callers' loops are where it runs.
func plainRun(b []byte, i int) int {
	n, last := 0, len(b)-i-8 // words start at i+n for n up to last
	for ; n <= last; n += 8 {
		w := binary.LittleEndian.Uint64((*[8]byte)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(b)), i+n))[:])
		y := w ^ plainMasks.quote // '"' (0x22) becomes 0x20; the control characters stay below it
		e := w ^ plainMasks.backslash
		// (y-0x21)&^y finds y < 0x21, (e-1)&^e finds e == 0; both keep w's top bits, so one &^w
		// serves the two, and bytes from 0x80 up are never flagged.
		if m := ((y - plainMasks.below) | (e - lsb)) &^ w & msb; m != 0 {
			return n + bits.TrailingZeros64(m)>>3
		}
	}
	return n
}

// plainMasks are plainRun's constants in memory: the compiler can fold a load into the operation
// that uses it, where a 64-bit constant takes an instruction of its own in every iteration. (lsb and
// msb stay constants: reading them too makes plainRun too large to be inlined.)
var plainMasks = struct{ quote, backslash, below uint64 }{lsb * 0x02, lsb * '\\', lsb * 0x21}

// String reads a JSON string. Without escapes it aliases the scanner's buffer. Bytes that are not
// valid UTF-8 are kept as they are (encoding/json replaces each with U+FFFD); AppendString writes
// them back as U+FFFD, as encoding/json would.
func (s *Scanner) String() (string, error) {
	if s.Peek() != '"' {
		return "", s.errorf("want a string")
	}
	start := s.pos + 1
	for i := start + plainRun(s.data, start); i < len(s.data); i++ {
		switch c := s.data[i]; {
		case c == '"':
			s.pos = i + 1
			// start is in data (i is past it), so the pointer needs no bounds check.
			return unsafe.String((*byte)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(s.data)), start)), i-start), nil
		case c == '\\':
			return s.unescape(start, i)
		case c < 0x20:
			s.pos = i
			return "", s.errorf("control character in string")
		}
	}
	s.pos = len(s.data)
	return "", s.errorf("unexpected end of input in string")
}

// PlainString reads a string without escapes that starts right at the scanner's position, as
// CloudTrail writes most values, in the few instructions of plainRun's words; ok is false, and
// nothing is read, for anything else (white space first, escapes, not a string, a string that
// ends in the input's last eight bytes), which String then reads or refuses.
func (s *Scanner) PlainString() (v string, ok bool) {
	d, i := s.data, s.pos
	if j := i + 1 + plainRun(d, i+1); j < len(d) && d[i] == '"' && d[j] == '"' {
		s.pos = j + 1
		// i+1 is at most j, in data, so the pointer needs no bounds check.
		return unsafe.String((*byte)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(d)), i+1)), j-i-1), true
	}
	return "", false
}

// unescape decodes a string with escapes; esc is the first backslash. Invalid surrogates become U+FFFD,
// as in encoding/json. Runs without escapes are copied whole: a record held in a string (a log
// event's message) is mostly such runs.
func (s *Scanner) unescape(start, esc int) (string, error) {
	out := make([]byte, 0, esc-start+(len(s.data)-esc)/2+16)
	out = append(out, s.data[start:esc]...)
	i := esc
	for i < len(s.data) {
		if run := plainRun(s.data, i); run > 0 {
			out = append(out, s.data[i:i+run]...)
			i += run
			continue
		}
		c := s.data[i]
		switch {
		case c == '"':
			s.pos = i + 1
			return string(out), nil
		case c < 0x20:
			s.pos = i
			return "", s.errorf("control character in string")
		case c != '\\':
			out = append(out, c)
			i++
			continue
		}
		if i+1 >= len(s.data) {
			break
		}
		switch e := s.data[i+1]; e {
		case '"', '\\', '/':
			out = append(out, e)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, ok := hex4(s.data, i+2)
			if !ok {
				s.pos = i
				return "", s.errorf("invalid \\u escape")
			}
			i += 6
			if utf16.IsSurrogate(r) {
				if r2, ok := hex4(s.data, i+2); ok && i+1 < len(s.data) && s.data[i] == '\\' && s.data[i+1] == 'u' {
					if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
						out = utf8.AppendRune(out, dec)
						i += 6
						continue
					}
				}
				r = utf8.RuneError
			}
			out = utf8.AppendRune(out, r)
			continue
		default:
			s.pos = i
			return "", s.errorf("invalid escape %q", e)
		}
		i += 2
	}
	s.pos = len(s.data)
	return "", s.errorf("unexpected end of input in string")
}

func hex4(b []byte, at int) (rune, bool) {
	if at+4 > len(b) {
		return 0, false
	}
	var r rune
	for _, c := range b[at : at+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// skipString moves past a string, checking its escapes, without decoding it.
func (s *Scanner) skipString() error {
	if s.pos >= len(s.data) || s.data[s.pos] != '"' {
		return s.errorf("want a string")
	}
	for i := s.pos + 1 + plainRun(s.data, s.pos+1); i < len(s.data); i++ {
		switch c := s.data[i]; {
		case c == '"':
			s.pos = i + 1
			return nil
		case c < 0x20:
			s.pos = i
			return s.errorf("control character in string")
		case c == '\\':
			if i+1 >= len(s.data) {
				s.pos = i
				return s.errorf("unexpected end of input in string")
			}
			switch s.data[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i++
			case 'u':
				if _, ok := hex4(s.data, i+2); !ok {
					s.pos = i
					return s.errorf("invalid \\u escape")
				}
				i += 5
			default:
				s.pos = i
				return s.errorf("invalid escape %q", s.data[i+1])
			}
		}
	}
	s.pos = len(s.data)
	return s.errorf("unexpected end of input in string")
}

// Number reads a JSON number and returns its text, which aliases the buffer.
func (s *Scanner) Number() (string, error) {
	s.ws()
	start := s.pos
	if err := s.skipNumber(); err != nil {
		return "", err
	}
	return unsafe.String(&s.data[start], s.pos-start), nil
}

func (s *Scanner) skipNumber() error {
	d, i := s.data, s.pos
	digits := func() int {
		n := 0
		for i < len(d) && '0' <= d[i] && d[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if i < len(d) && d[i] == '-' {
		i++
	}
	switch {
	case i < len(d) && d[i] == '0':
		i++
	case digits() == 0:
		s.pos = i
		return s.errorf("invalid number")
	}
	if i < len(d) && d[i] == '.' {
		i++
		if digits() == 0 {
			s.pos = i
			return s.errorf("invalid number")
		}
	}
	if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
		i++
		if i < len(d) && (d[i] == '+' || d[i] == '-') {
			i++
		}
		if digits() == 0 {
			s.pos = i
			return s.errorf("invalid number")
		}
	}
	s.pos = i
	return nil
}

func (s *Scanner) literal(word string) error {
	if !hasWord(s.data, s.pos, word) {
		return s.errorf("invalid literal")
	}
	s.pos += len(word)
	return nil
}

// Null consumes a null literal if one is next.
//
// It is too large to be inlined, so the decoders, which ask for every member, call it only when
// the inlined Peek has found an 'n'.
func (s *Scanner) Null() bool {
	if s.Peek() == 'n' && s.literal("null") == nil {
		return true
	}
	return false
}

// Bool reads true or false.
func (s *Scanner) Bool() (bool, error) {
	switch s.Peek() {
	case 't':
		return true, s.literal("true")
	case 'f':
		return false, s.literal("false")
	}
	return false, s.errorf("want a boolean")
}

// Raw moves past one value and returns its bytes. The slice's capacity ends with the value, so a
// caller appending to it cannot overwrite what follows in the buffer.
func (s *Scanner) Raw() ([]byte, error) {
	s.ws()
	start := s.pos
	if err := s.Skip(); err != nil {
		return nil, err
	}
	return s.data[start:s.pos:s.pos], nil
}

// Object walks the members of an object, calling member with each key; member must consume the value.
func (s *Scanner) Object(member func(key string) error) error {
	return s.ObjectKeys(nil, func(_ int, key string) error { return member(key) })
}

// key reads a member's key and its colon. A compact key without escapes, as CloudTrail writes
// them, is read inline; the rest goes through String.
func (s *Scanner) key() (string, error) {
	d, i := s.data, s.pos
	if j := i + 1 + plainRun(d, i+1); j+1 < len(d) && d[i] == '"' && d[j] == '"' && d[j+1] == ':' {
		s.pos = j + 2
		// i+1 is at most j, in data, so the pointer needs no bounds check.
		return unsafe.String((*byte)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(d)), i+1)), j-i-1), nil
	}
	key, err := s.String()
	if err != nil {
		return "", err
	}
	return key, s.expect(':')
}

// objectNext consumes what follows a member: a ',' before the next, or the '}' that ends the
// object (done).
func (s *Scanner) objectNext() (done bool, err error) {
	switch s.Peek() {
	case ',':
		s.pos++
		return false, nil
	case '}':
		s.pos++
		return true, nil
	}
	if s.pos >= len(s.data) {
		return false, s.errorf("unexpected end of input in object")
	}
	return false, s.errorf("unexpected %q in object, want ',' or '}'", s.data[s.pos])
}

// Array walks the elements of an array, calling elem for each; elem must consume the value.
func (s *Scanner) Array(elem func() error) error {
	if err := s.expect('['); err != nil {
		return err
	}
	if s.Peek() == ']' {
		s.pos++
		return nil
	}
	for {
		if err := elem(); err != nil {
			return err
		}
		switch s.Peek() {
		case ',':
			s.pos++
		case ']':
			s.pos++
			return nil
		default:
			if s.pos >= len(s.data) {
				return s.errorf("unexpected end of input in array")
			}
			return s.errorf("unexpected %q in array, want ',' or ']'", s.data[s.pos])
		}
	}
}
