package lossless

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unsafe"
)

// String is a string field of any string type. Another JSON type is odd; the field gets its text
// for numbers and booleans, "" otherwise.
func String[T any, S ~string](name string, get func(*T) *S) Field[T] {
	return Field[T]{
		name:  name,
		dec:   func(t *T, s *Scanner) (bool, error) { return decodeString((*string)(unsafe.Pointer(get(t))), s) },
		enc:   func(t *T, b []byte) []byte { return AppendString(b, string(*get(t))) },
		zero:  func(t *T) bool { return *get(t) == "" },
		clear: func(t *T) { *get(t) = "" },
	}
}

// decodeString reads a string; another JSON type is odd, and the field gets its text for numbers
// and booleans, "" otherwise.
func decodeString(p *string, s *Scanner) (bool, error) {
	if v, ok := s.PlainString(); ok { // most values: compact, without escapes
		*p = v
		return false, nil
	}
	if s.Peek() == '"' {
		v, err := s.String()
		*p = v
		return false, err
	}
	v, err := s.scalarText()
	*p = v
	return true, err
}

// scalarText consumes any value and returns the text of a number or boolean, "" for anything else.
func (s *Scanner) scalarText() (string, error) {
	switch c := s.Peek(); {
	case c == 't' || c == 'f':
		v, err := s.Bool()
		return strconv.FormatBool(v), err
	case c == '-' || ('0' <= c && c <= '9'):
		return s.Number()
	}
	return "", s.Skip()
}

// StringBool is a boolean that CloudTrail writes as the string "true" or "false". A real JSON boolean,
// or another string, is odd and read as well as it can be.
func StringBool[T any](name string, get func(*T) *bool) Field[T] {
	return Field[T]{
		name: name,
		dec: func(t *T, s *Scanner) (bool, error) {
			if s.Peek() == '"' {
				v, err := s.String()
				*get(t) = v == "true" || v == "TRUE" || v == "True"
				return v != "true" && v != "false", err
			}
			v, err := s.scalarText()
			*get(t) = v == "true"
			return true, err
		},
		enc: func(t *T, b []byte) []byte {
			if *get(t) {
				return append(b, `"true"`...)
			}
			return append(b, `"false"`...)
		},
		zero:  func(t *T) bool { return !*get(t) },
		clear: func(t *T) { *get(t) = false },
	}
}

// Bool is a JSON boolean. A string "true"/"false" is odd and read as the boolean.
func Bool[T any](name string, get func(*T) *bool) Field[T] {
	return Field[T]{
		name: name,
		dec: func(t *T, s *Scanner) (bool, error) {
			v, odd, err := readBool(s)
			*get(t) = v
			return odd, err
		},
		enc:   func(t *T, b []byte) []byte { return strconv.AppendBool(b, *get(t)) },
		zero:  func(t *T) bool { return !*get(t) },
		clear: func(t *T) { *get(t) = false },
	}
}

// OptionalBool is a JSON boolean kept as a pointer, nil when absent or null.
func OptionalBool[T any](name string, get func(*T) **bool) Field[T] {
	return OptionalBoolAlloc(name, get, nil)
}

// OptionalBoolAlloc is OptionalBool with an allocator for the bool, as ObjectAlloc has for structs.
func OptionalBoolAlloc[T any](name string, get func(*T) **bool, alloc func(*Scanner) *bool) Field[T] {
	return Field[T]{
		name: name,
		dec: func(t *T, s *Scanner) (bool, error) {
			v, odd, err := readBool(s)
			var p *bool
			if alloc != nil {
				p = alloc(s)
			}
			if p == nil {
				p = new(bool)
			}
			*p = v
			*get(t) = p
			return odd, err
		},
		enc: func(t *T, b []byte) []byte {
			if p := *get(t); p != nil {
				return strconv.AppendBool(b, *p)
			}
			return append(b, "null"...)
		},
		zero:  func(t *T) bool { return *get(t) == nil },
		clear: func(t *T) { *get(t) = nil },
	}
}

func readBool(s *Scanner) (v, odd bool, err error) {
	switch s.Peek() {
	case 't', 'f':
		v, err = s.Bool()
		return v, false, err
	case '"':
		text, err := s.String()
		return text == "true" || text == "True" || text == "TRUE", true, err
	}
	return false, true, s.Skip()
}

// Int is a JSON integer. A fraction, an exponent or a numeric string is odd and read as well as it can
// be.
func Int[T any](name string, get func(*T) *int64) Field[T] {
	return Field[T]{
		name:  name,
		dec:   func(t *T, s *Scanner) (bool, error) { return decodeInt(get(t), s) },
		enc:   func(t *T, b []byte) []byte { return appendInt(b, *get(t)) },
		zero:  func(t *T) bool { return *get(t) == 0 },
		clear: func(t *T) { *get(t) = 0 },
	}
}

// decodeInt reads an integer; a fraction, an exponent or a numeric string is odd and read as well as
// it can be.
func decodeInt(p *int64, s *Scanner) (bool, error) {
	text, err := numberText(s)
	if err != nil {
		return false, err
	}
	if v, perr := strconv.ParseInt(text.s, 10, 64); perr == nil && !text.quoted {
		*p = v
		return strconv.FormatInt(v, 10) != text.s, nil
	}
	if f, perr := strconv.ParseFloat(text.s, 64); perr == nil && f == math.Trunc(f) && math.Abs(f) < 1<<63 {
		*p = int64(f)
	}
	return true, nil
}

func appendInt(b []byte, v int64) []byte { return strconv.AppendInt(b, v, 10) }

// Float is a JSON number read as float64. Text that float64 would write differently (9.82222E-5,
// 100.0) is odd, so the original digits are kept.
func Float[T any](name string, get func(*T) *float64) Field[T] {
	return Field[T]{
		name:  name,
		dec:   func(t *T, s *Scanner) (bool, error) { return decodeFloat(get(t), s) },
		enc:   func(t *T, b []byte) []byte { return AppendFloat(b, *get(t)) },
		zero:  func(t *T) bool { return *get(t) == 0 },
		clear: func(t *T) { *get(t) = 0 },
	}
}

// decodeFloat reads a number; text that float64 would write differently is odd.
func decodeFloat(p *float64, s *Scanner) (bool, error) {
	text, err := numberText(s)
	if err != nil {
		return false, err
	}
	f, perr := strconv.ParseFloat(text.s, 64)
	if perr != nil {
		return true, nil
	}
	*p = f
	return text.quoted || string(AppendFloat(nil, f)) != text.s, nil
}

type numText struct {
	s      string
	quoted bool
}

// numberText consumes a number, or any other value, returning the number's text (or a string's text,
// marked quoted).
func numberText(s *Scanner) (numText, error) {
	switch c := s.Peek(); {
	case c == '-' || ('0' <= c && c <= '9'):
		n, err := s.Number()
		return numText{s: n}, err
	case c == '"':
		v, err := s.String()
		return numText{s: v, quoted: true}, err
	}
	return numText{quoted: true}, s.Skip()
}

// AppendFloat writes f the way encoding/json does.
func AppendFloat(b []byte, f float64) []byte {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// clean up e-09 to e-9
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// Time is a timestamp string. It accepts RFC 3339 with or without fractions and the given extra
// layouts; text that the field would not write back identically (another layout, an offset, an
// unparsable value) is odd and kept.
func Time[T any](name string, get func(*T) *time.Time, layouts ...string) Field[T] {
	return Field[T]{
		name:  name,
		dec:   func(t *T, s *Scanner) (bool, error) { return decodeTime(get(t), s, layouts) },
		enc:   func(t *T, b []byte) []byte { return AppendTime(b, *get(t)) },
		zero:  func(t *T) bool { return get(t).IsZero() },
		clear: func(t *T) { *get(t) = time.Time{} },
	}
}

// decodeTime reads a timestamp string in RFC 3339 or one of layouts; text that would not be written
// back identically is odd.
func decodeTime(p *time.Time, s *Scanner, layouts []string) (bool, error) {
	text, plain := s.PlainString()
	if !plain {
		if s.Peek() != '"' {
			_, err := s.scalarText()
			return true, err
		}
		var err error
		if text, err = s.String(); err != nil {
			return false, err
		}
	}
	if v, ok := parseCanonical(text); ok {
		*p = v
		return false, nil
	}
	v, ok := ParseTime(text, layouts...)
	*p = v
	return !ok || string(AppendTime(nil, v)) != `"`+text+`"`, nil
}

// fallbackLayouts are read as a last resort so that the typed time is useful for text a tool
// rewrote; such values are odd and keep their original text.
var fallbackLayouts = []string{"2006-01-02 15:04:05.999999999Z07:00", "2006-01-02 15:04:05.999999999"}

// ParseTime reads RFC 3339 (with or without fractions), then each layout, then a space-separated
// form. Times without a zone are UTC.
func ParseTime(text string, layouts ...string) (time.Time, bool) {
	if v, ok := parseCanonical(text); ok {
		return v, true
	}
	if v, err := time.Parse(time.RFC3339Nano, text); err == nil {
		return v, true
	}
	for _, l := range layouts {
		if v, err := time.Parse(l, text); err == nil {
			return v, true
		}
	}
	for _, l := range fallbackLayouts {
		if v, err := time.Parse(l, text); err == nil {
			return v, true
		}
	}
	return time.Time{}, false
}

// parseCanonical reads exactly 2006-01-02T15:04:05Z, the form CloudTrail writes, without time.Parse
// and without time.Date: every record has such a time or several, so the date is turned into days
// since the epoch here (the proleptic Gregorian count of civilDays) and the time made with time.Unix.
func parseCanonical(s string) (time.Time, bool) {
	if len(s) != 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != 'Z' {
		return time.Time{}, false
	}
	c, y2, mo, d, h, mi, se := twoDigits(s, 0), twoDigits(s, 2), twoDigits(s, 5), twoDigits(s, 8),
		twoDigits(s, 11), twoDigits(s, 14), twoDigits(s, 17)
	if c|y2|mo|d|h|mi|se < 0 { // a byte that is not a digit
		return time.Time{}, false
	}
	y := c*100 + y2
	if mo < 1 || mo > 12 || d < 1 || d > daysIn(mo, y) || h > 23 || mi > 59 || se > 59 {
		return time.Time{}, false
	}
	secs := civilDays(y, mo, d)*86400 + int64(h*3600+mi*60+se)
	return time.Unix(secs, 0).UTC(), true
}

// twoDigits is the number written by s[i] and s[i+1], or -1 when either is not a digit.
func twoDigits(s string, i int) int {
	a, b := int(s[i])-'0', int(s[i+1])-'0'
	if uint(a) > 9 || uint(b) > 9 {
		return -1
	}
	return a*10 + b
}

// daysIn is the number of days in month m (1 to 12) of year y.
func daysIn(m, y int) int {
	if m == 2 {
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	}
	return 30 + (m^m>>3)&1 // 31 in the odd months up to July and the even ones from August
}

// civilDays is the number of days from 1970-01-01 to the date y-m-d (year 0 to 9999), counted in
// 400-year eras of 146,097 days from 0000-03-01, with March first so that a leap day ends a year
// (Howard Hinnant's days_from_civil).
func civilDays(y, m, d int) int64 {
	if m <= 2 {
		y--
	}
	era := (y+400)/400 - 1 // y may be -1 (January and February of year 0)
	yoe := y - era*400
	mp := (m + 9) % 12 // March is 0
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int64(era)*146097 + int64(doe) - 719468
}

// AppendTime writes t as CloudTrail does: UTC seconds with a Z, or RFC 3339 with fractions and the
// time's own offset when it has them.
func AppendTime(b []byte, t time.Time) []byte {
	b = append(b, '"')
	if t.Location() == time.UTC && t.Nanosecond() == 0 {
		b = t.AppendFormat(b, "2006-01-02T15:04:05Z")
	} else {
		b = t.AppendFormat(b, time.RFC3339Nano)
	}
	return append(b, '"')
}

// Text is a string member of an envelope whose presence matters, such as a record held as a JSON
// string: found is set when the member is a JSON string. Any other JSON type leaves both alone.
func Text[T any](name string, get func(*T) *string, found func(*T) *bool) Field[T] {
	return Field[T]{
		name: name,
		dec: func(t *T, s *Scanner) (bool, error) {
			if s.Peek() != '"' {
				return true, s.Skip()
			}
			v, err := s.String()
			*get(t), *found(t) = v, err == nil
			return false, err
		},
		enc:   func(t *T, b []byte) []byte { return AppendString(b, *get(t)) },
		zero:  func(t *T) bool { return !*found(t) },
		clear: func(t *T) { *get(t), *found(t) = "", false },
	}
}

// EpochTime is a time written as a number of units since the Unix epoch (seconds with a fraction,
// milliseconds). A string holding such a number (SQS attributes) or a timestamp, or a number written
// otherwise than the field would write it, is odd; any other JSON type leaves the zero time.
func EpochTime[T any](name string, get func(*T) *time.Time, unit time.Duration) Field[T] {
	return Field[T]{
		name: name,
		dec: func(t *T, s *Scanner) (bool, error) {
			text, err := numberText(s)
			if err != nil || text.s == "" {
				return true, err
			}
			if f, perr := strconv.ParseFloat(text.s, 64); perr == nil && math.Abs(f) < 1<<53 {
				// Whole units and the fraction apart: f*unit in nanoseconds would round.
				whole := math.Floor(f)
				ns := int64(whole)*int64(unit) + int64(math.Round((f-whole)*float64(unit)))
				*get(t) = time.Unix(0, ns).UTC()
				return text.quoted || string(appendEpoch(nil, *get(t), unit)) != text.s, nil
			}
			*get(t), _ = ParseTime(text.s)
			return true, nil // a timestamp where a number belongs
		},
		enc:   func(t *T, b []byte) []byte { return appendEpoch(b, *get(t), unit) },
		zero:  func(t *T) bool { return get(t).IsZero() },
		clear: func(t *T) { *get(t) = time.Time{} },
	}
}

// appendEpoch writes t as a number of units since the epoch.
func appendEpoch(b []byte, t time.Time, unit time.Duration) []byte {
	ns := t.UnixNano()
	if ns%int64(unit) == 0 {
		return strconv.AppendInt(b, ns/int64(unit), 10)
	}
	return AppendFloat(b, float64(ns)/float64(unit))
}

// Raw is a free-form member kept as its exact JSON, null included, in a json.RawMessage or another
// byte-slice type (policy.JSON).
func Raw[T any, R ~[]byte](name string, get func(*T) *R) Field[T] {
	return Field[T]{
		name: name,
		dec: func(t *T, s *Scanner) (bool, error) {
			raw, err := s.Raw()
			*get(t) = raw
			return false, err
		},
		enc: func(t *T, b []byte) []byte {
			if raw := *get(t); len(raw) > 0 {
				return append(b, raw...)
			}
			return append(b, "null"...)
		},
		zero:      func(t *T) bool { return len(*get(t)) == 0 },
		clear:     func(t *T) { *get(t) = nil },
		takesNull: true,
	}
}

// Object is a nested struct decoded by its own codec. Another JSON type is odd and leaves the pointer
// nil.
func Object[T, U any](name string, get func(*T) **U, c *Codec[U]) Field[T] {
	return ObjectAlloc(name, get, c, nil)
}

// ObjectAlloc is Object with an allocator for the nested struct: alloc may hand out storage the
// caller set aside in Scanner.Arena, so that one record costs one allocation, not one per level.
// A nil alloc, or one returning nil, means new(U).
func ObjectAlloc[T, U any](name string, get func(*T) **U, c *Codec[U], alloc func(*Scanner) *U) Field[T] {
	return Field[T]{
		name: name,
		dec: func(t *T, s *Scanner) (bool, error) {
			if s.Peek() != '{' {
				return true, s.Skip()
			}
			var u *U
			if alloc != nil {
				u = alloc(s)
			}
			if u == nil {
				u = new(U)
			}
			*get(t) = u
			return false, c.Decode(u, s)
		},
		enc: func(t *T, b []byte) []byte {
			if u := *get(t); u != nil {
				return c.Append(b, u)
			}
			return append(b, "null"...)
		},
		zero:  func(t *T) bool { return *get(t) == nil },
		clear: func(t *T) { *get(t) = nil },
	}
}

// Slice is an array of nested structs. Elements that are not objects make the field odd; the typed
// slice holds the objects.
func Slice[T, U any](name string, get func(*T) *[]U, c *Codec[U]) Field[T] {
	return SliceAlloc(name, get, c, nil)
}

// SliceAlloc is Slice with an allocator for the slice: alloc may hand out an empty slice with room
// the caller set aside in Scanner.Arena. A nil alloc, or one returning a nil slice, means make.
func SliceAlloc[T, U any](name string, get func(*T) *[]U, c *Codec[U], alloc func(*Scanner) []U) Field[T] {
	return Field[T]{
		name: name,
		dec: func(t *T, s *Scanner) (bool, error) {
			if s.Peek() != '[' {
				return true, s.Skip()
			}
			var out []U
			if alloc != nil {
				out = alloc(s)
			}
			if out == nil {
				out = make([]U, 0, 2)
			}
			odd := false
			err := s.Array(func() error {
				if s.Peek() != '{' {
					odd = true
					return s.Skip()
				}
				out = append(out, *new(U))
				return c.Decode(&out[len(out)-1], s)
			})
			*get(t) = out
			return odd, err
		},
		enc: func(t *T, b []byte) []byte {
			b = append(b, '[')
			for i := range *get(t) {
				if i > 0 {
					b = append(b, ',')
				}
				b = c.Append(b, &(*get(t))[i])
			}
			return append(b, ']')
		},
		zero:  func(t *T) bool { return len(*get(t)) == 0 },
		clear: func(t *T) { *get(t) = nil },
	}
}

// Elements is a repeatable XML element of a body CloudTrail turned into JSON: an object when the
// element occurs once, an array when it repeats. Either reads into the slice; a single object is
// written back as an object until the slice changes, then as an array.
func Elements[T, U any](name string, get func(*T) *[]U, c *Codec[U]) Field[T] {
	f := Slice(name, get, c)
	array := f.dec
	f.dec = func(t *T, s *Scanner) (bool, error) {
		if s.Peek() != '{' {
			return array(t, s)
		}
		out := make([]U, 1)
		*get(t) = out
		return true, c.Decode(&out[0], s) // odd: the encoding, an array, is not what came
	}
	return f
}

// Strings is an array of strings of any string type. Other elements make the field odd.
func Strings[T any, S ~string](name string, get func(*T) *[]S) Field[T] {
	return Field[T]{
		name: name,
		// A []S has the layout of a []string.
		dec:   func(t *T, s *Scanner) (bool, error) { return decodeStrings((*[]string)(unsafe.Pointer(get(t))), s) },
		enc:   func(t *T, b []byte) []byte { return appendStrings(b, *(*[]string)(unsafe.Pointer(get(t)))) },
		zero:  func(t *T) bool { return len(*get(t)) == 0 },
		clear: func(t *T) { *get(t) = nil },
	}
}

// decodeStrings reads an array of strings; other elements make it odd.
func decodeStrings(p *[]string, s *Scanner) (bool, error) {
	if s.Peek() != '[' {
		return true, s.Skip()
	}
	out := make([]string, 0, 2)
	odd := false
	err := s.Array(func() error {
		if s.Peek() != '"' {
			odd = true
			return s.Skip()
		}
		v, err := s.String()
		out = append(out, v)
		return err
	})
	*p = out
	return odd, err
}

func appendStrings(b []byte, vs []string) []byte {
	b = append(b, '[')
	for i, v := range vs {
		if i > 0 {
			b = append(b, ',')
		}
		b = AppendString(b, v)
	}
	return append(b, ']')
}

// StringMap is an object of string values. Other values make the field odd.
func StringMap[T any](name string, get func(*T) *map[string]string) Field[T] {
	return Field[T]{
		name:  name,
		dec:   func(t *T, s *Scanner) (bool, error) { return decodeStringMap(get(t), s) },
		enc:   func(t *T, b []byte) []byte { return appendStringMap(b, *get(t)) },
		zero:  func(t *T) bool { return *get(t) == nil },
		clear: func(t *T) { *get(t) = nil },
	}
}

// decodeStringMap reads an object of strings; other values make it odd.
func decodeStringMap(p *map[string]string, s *Scanner) (bool, error) {
	if s.Peek() != '{' {
		return true, s.Skip()
	}
	out := make(map[string]string)
	odd := false
	err := s.Object(func(key string) error {
		if s.Peek() != '"' {
			odd = true
			return s.Skip()
		}
		v, err := s.String()
		out[key] = v
		return err
	})
	*p = out
	return odd, err
}

func appendStringMap(b []byte, m map[string]string) []byte {
	b = append(b, '{')
	for i, k := range sortedKeys(m) {
		if i > 0 {
			b = append(b, ',')
		}
		b = AppendString(b, k)
		b = append(b, ':')
		b = AppendString(b, m[k])
	}
	return append(b, '}')
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// TrimAPIVersion removes the API version CloudTrail appends to some event names
// ("UpdateFunctionCode20150331v2" is UpdateFunctionCode): a date of eight digits and an optional "v"
// and number, after an operation name that starts with a capital.
func TrimAPIVersion(name string) string {
	end := len(name)
	if i := strings.LastIndexByte(name, 'v'); i > 0 && i < len(name)-1 && strings.Trim(name[i+1:], "0123456789") == "" {
		end = i
	}
	if end < 9 || strings.Trim(name[end-8:end], "0123456789") != "" || name[0] < 'A' || name[0] > 'Z' {
		return name
	}
	return name[:end-8]
}
