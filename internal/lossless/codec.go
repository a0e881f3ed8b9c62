package lossless

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
)

// Layout is the field a lossless struct keeps its Shape in. It is exported, with an Equal method
// that always reports true, so that go-cmp compares structs by what their fields hold: how the JSON
// looked (key order, null against absent, the text of an odd value) never counts as a difference.
type Layout struct{ sh Shape }

// Equal reports true: layouts never tell two values apart.
func (Layout) Equal(Layout) bool { return true }

// ShapeOf is the Shape a Layout keeps.
func ShapeOf(l *Layout) *Shape { return &l.sh }

// Shape remembers, for one decoded struct, what its known fields looked like in the JSON: which were
// present, which were null, and which held a value the typed field could not represent exactly.
// Its zero value describes a struct built in Go rather than decoded.
type Shape struct {
	present uint64
	null    uint64
	// more is nil for almost every struct. A Shape is in every model struct, nine of them in the
	// one block an event is decoded into, so what few structs need is kept behind a pointer.
	more *shapeMore
}

// shapeMore is the part of a Shape that few structs need. A decoded struct may be copied, and the
// copy shares it: it is only written in place while its struct is being decoded (see own), and
// copied before any later change (see forget).
type shapeMore struct {
	// wide holds the bits of fields 64 and up, which only Types codecs have (RDS's DBInstance has
	// 93 members): for each further 64 fields a present word and a null word.
	wide []uint64
	odd  []oddValue
	ec2  *ec2Shape // Types.EC2: the spelling and wrapper the struct was read in
}

// queryMore is the shared shapeMore of a struct read in EC2's query spelling inside another; own
// copies it before writing.
var queryMore = &shapeMore{ec2: queryNested}

// own returns the Shape's shapeMore for a decoder to write in place, making one first when the
// Shape has none of its own. Decoders reset their struct first, so a shapeMore found here other
// than queryMore was made by this decode.
func (sh *Shape) own() *shapeMore {
	switch sh.more {
	case nil:
		sh.more = &shapeMore{}
	case queryMore:
		sh.more = &shapeMore{ec2: queryNested}
	}
	return sh.more
}

func (sh *Shape) wide() []uint64 {
	if sh.more == nil {
		return nil
	}
	return sh.more.wide
}

func (sh *Shape) odd() []oddValue {
	if sh.more == nil {
		return nil
	}
	return sh.more.odd
}

func (sh *Shape) ec2() *ec2Shape {
	if sh.more == nil {
		return nil
	}
	return sh.more.ec2
}

// oddValue keeps a member whose JSON the typed field cannot reproduce (a string "true" where a boolean
// belongs, a time in another format). seen is the field's own encoding right after decoding: while the
// field still encodes to it, the caller has not changed the field and raw is written back.
type oddValue struct {
	field int
	raw   []byte
	seen  []byte
}

// Any reports whether any field of mask (see Codec.Mask) was in the decoded JSON.
func (sh *Shape) Any(mask uint64) bool { return sh.present&mask != 0 }

// Present reports whether field number i was in the decoded JSON (null included).
func (sh *Shape) Present(i int) bool {
	if i < 64 {
		return sh.present&(1<<uint(i)) != 0
	}
	w, wide := 2*(i/64-1), sh.wide()
	return w < len(wide) && wide[w]&(1<<uint(i%64)) != 0
}

// Null reports whether field number i was JSON null.
func (sh *Shape) Null(i int) bool {
	if i < 64 {
		return sh.null&(1<<uint(i)) != 0
	}
	w, wide := 2*(i/64-1)+1, sh.wide()
	return w < len(wide) && wide[w]&(1<<uint(i%64)) != 0
}

// setPresent records that field i was in the JSON, and null too when null is set. Decoders call it.
func (sh *Shape) setPresent(i int, null bool) {
	if i < 64 {
		sh.present |= 1 << uint(i)
		if null {
			sh.null |= 1 << uint(i)
		}
		return
	}
	m, w := sh.own(), 2*(i/64-1)
	if len(m.wide) <= w+1 {
		m.wide = append(m.wide, make([]uint64, w+2-len(m.wide))...)
	}
	m.wide[w] |= 1 << uint(i%64)
	if null {
		m.wide[w+1] |= 1 << uint(i%64)
	}
}

// Raw returns the kept bytes of field i when they did not fit its type.
func (sh *Shape) Raw(i int) []byte {
	for _, o := range sh.odd() {
		if o.field == i {
			return o.raw
		}
	}
	return nil
}

// addOdd keeps field i's odd JSON raw, and seen, the field's encoding right after decoding.
// Decoders call it.
func (sh *Shape) addOdd(i int, raw, seen []byte) {
	m := sh.own()
	m.odd = append(m.odd, oddValue{field: i, raw: raw, seen: seen})
}

// forget clears what the Shape says of field i. The shapeMore may be shared with a copy of the
// struct, so it is changed in a copy of its own.
func (sh *Shape) forget(i int) {
	if i < 64 {
		sh.present &^= 1 << uint(i)
		sh.null &^= 1 << uint(i)
	}
	if sh.more == nil || (i < 64 && sh.Raw(i) == nil) {
		return
	}
	m := *sh.more
	m.wide = slices.Clone(m.wide)
	if w := 2 * (i/64 - 1); i >= 64 && w < len(m.wide) {
		m.wide[w] &^= 1 << uint(i%64)
		m.wide[w+1] &^= 1 << uint(i%64)
	}
	m.odd = slices.DeleteFunc(slices.Clone(m.odd), func(o oddValue) bool { return o.field == i })
	sh.more = &m
}

// Field describes one known member of a struct T.
type Field[T any] struct {
	name string
	// dec reads the member's value into t. It reports odd when the value did not fit the typed field
	// exactly (it still consumed the value and stored its best reading).
	dec func(t *T, s *Scanner) (odd bool, err error)
	// enc appends the typed field's JSON.
	enc func(t *T, b []byte) []byte
	// zero reports whether the typed field holds its zero value.
	zero func(t *T) bool
	// clear sets the typed field to its zero value.
	clear func(t *T)
	// takesNull fields read null themselves (raw payloads keep the literal).
	takesNull bool
}

// Codec decodes and encodes a struct T through its field table.
type Codec[T any] struct {
	fields []Field[T]
	slots  [slotCount]int8 // field index + 1 by keyHash, linear probing; 0 is empty
	table  *KeyTable       // the fields' names, when they fit in one: read as words (keytable.go)
	next   successors      // without a table, the field expected after each (see predict.go)
	layout func(*T) *Layout
	extra  func(*T) *map[string]json.RawMessage
}

// NewCodec builds the codec for T. layout and extra return the struct's Layout and its map of
// unknown members. Both may be nil for a struct that is only read (an envelope): nothing is then remembered
// for encoding, and unknown members are skipped.
func NewCodec[T any](layout func(*T) *Layout, extra func(*T) *map[string]json.RawMessage, fields ...Field[T]) *Codec[T] {
	if layout != nil && extra == nil {
		panic("lossless: a codec that keeps a Shape keeps unknown members too")
	}
	if len(fields) > 127 { // slots hold a field index + 1 in an int8
		panic("lossless: more than 127 fields")
	}
	c := &Codec[T]{fields: fields, layout: layout, extra: extra}
	names := make([]string, len(fields))
	for i, f := range fields {
		names[i] = f.name
		if c.Known(f.name) {
			panic("lossless: duplicate field " + f.name)
		}
		if strings.ContainsAny(f.name, "\"\\") || strings.ContainsFunc(f.name, func(r rune) bool { return r < 0x20 }) {
			panic("lossless: a field name that JSON must escape: " + f.name) // takeKey compares them unescaped
		}
		h := keyHash(f.name)
		for c.slots[h] != 0 {
			h = (h + 1) & (slotCount - 1)
		}
		c.slots[h] = int8(i + 1)
	}
	if c.table = keyTableFor(names); c.table == nil {
		c.next = newSuccessors(len(fields)) // the names are guessed instead
	}
	return c
}

const slotCount = 256 // over four times the most fields a codec has, so probes stay short

// keyHash mixes a member name's length and three of its bytes: cheap, and enough to tell apart the
// few dozen names of one struct.
func keyHash(k string) int {
	if len(k) == 0 {
		return 0
	}
	return (len(k)*37 + int(k[0])*7 + int(k[len(k)-1])*13 + int(k[len(k)/2])*3) & (slotCount - 1)
}

// lookup finds the field named key.
func (c *Codec[T]) lookup(key string) (int, bool) {
	for h := keyHash(key); ; h = (h + 1) & (slotCount - 1) {
		i := int(c.slots[h]) - 1
		if i < 0 {
			return 0, false
		}
		if c.fields[i].name == key {
			return i, true
		}
	}
}

// Known reports whether name is one of T's known fields.
func (c *Codec[T]) Known(name string) bool {
	_, ok := c.lookup(name)
	return ok
}

// Unmarshal decodes data, which the codec takes ownership of, into t.
func (c *Codec[T]) Unmarshal(t *T, data []byte) error {
	s := NewScanner(data)
	if err := c.Decode(t, s); err != nil {
		return err
	}
	if !s.AtEnd() {
		return s.errorf("data after the top-level value")
	}
	return nil
}

// UnmarshalCopy decodes a copy of data into t, for callers (json.Unmarshaler) that may reuse data.
func (c *Codec[T]) UnmarshalCopy(t *T, data []byte) error {
	return c.Unmarshal(t, bytes.Clone(data))
}

// Decode reads one JSON object from s into t, resetting t first.
func (c *Codec[T]) Decode(t *T, s *Scanner) error {
	var zero T
	*t = zero
	if c.layout == nil {
		return s.Object(func(key string) error { return c.read(t, key, s) })
	}
	sh := &c.layout(t).sh
	if err := s.expect('{'); err != nil {
		return err
	}
	if s.Peek() == '}' {
		s.pos++
		return nil
	}
	// Scanner.Object's loop, with the keys read by c.key: from c.table, or by trying the member
	// expected next.
	for prev := -1; ; {
		i, key, err := c.key(s, prev)
		if err != nil {
			return err
		}
		if s.pos < len(s.data) && s.data[s.pos] == ':' {
			s.pos++
		} else if err := s.expect(':'); err != nil {
			return err
		}
		if err := c.member(t, sh, s, i, key); err != nil {
			return err
		}
		if i >= 0 {
			prev = i
		}
		if s.pos < len(s.data) && s.data[s.pos] == ',' { // compact JSON, inline
			s.pos++
			continue
		}
		if done, err := s.objectNext(); done || err != nil {
			return err
		}
	}
}

// member decodes the value of member key, field i (-1 for an unknown member), into t.
func (c *Codec[T]) member(t *T, sh *Shape, s *Scanner, i int, key string) error {
	if i < 0 {
		raw, err := s.Raw()
		if err != nil {
			return err
		}
		extra := c.extra(t)
		if *extra == nil {
			*extra = make(map[string]json.RawMessage, 2)
		}
		(*extra)[key] = raw
		return nil
	}
	f := &c.fields[i]
	if i >= 64 { // a codec of more than 64 fields (S3's Request): their bits are in shapeMore.wide
		if sh.Present(i) {
			sh.forget(i)
		}
		null := !f.takesNull && s.Peek() == 'n' && s.Null()
		sh.setPresent(i, null)
		if null {
			return nil
		}
	} else {
		bit := uint64(1) << uint(i)
		if sh.present&bit != 0 {
			sh.forget(i) // a repeated key: the last one wins, as in encoding/json
		}
		sh.present |= bit
		if !f.takesNull && s.Peek() == 'n' && s.Null() {
			sh.null |= bit
			return nil
		}
	}
	s.ws()
	start := s.pos
	odd, err := f.dec(t, s)
	if err != nil {
		return err
	}
	if odd {
		sh.addOdd(i, s.data[start:s.pos:s.pos], f.enc(t, nil))
	}
	return nil
}

// read decodes one member for a codec that keeps no Shape: a struct that is only read, such as an
// envelope, where unknown members and odd values are passed over.
func (c *Codec[T]) read(t *T, key string, s *Scanner) error {
	i, ok := c.lookup(key)
	if !ok {
		return s.Skip()
	}
	if s.Peek() == 'n' && s.Null() {
		return nil
	}
	_, err := c.fields[i].dec(t, s)
	return err
}

// Delete removes t's member name: a known field is set to its zero value and forgotten, an unknown
// one leaves Extra, so that the encoding has no such key. It reports whether the member was there.
func (c *Codec[T]) Delete(t *T, name string) bool {
	if i, ok := c.lookup(name); ok {
		f := &c.fields[i]
		var sh *Shape
		if c.layout != nil {
			sh = &c.layout(t).sh
		}
		had := !f.zero(t) || (sh != nil && sh.Present(i))
		f.clear(t)
		if sh != nil {
			sh.forget(i)
		}
		return had
	}
	if c.extra == nil {
		return false
	}
	extra := c.extra(t)
	_, had := (*extra)[name]
	delete(*extra, name)
	return had
}

// Mask is the set of the named fields, for Shape.Any. It panics on a name T does not have, or
// that is not among its first 64 fields.
func (c *Codec[T]) Mask(names ...string) uint64 {
	var m uint64
	for _, n := range names {
		i, ok := c.lookup(n)
		if !ok || i >= 64 {
			panic("lossless: no field " + n + " among the first 64")
		}
		m |= 1 << uint(i)
	}
	return m
}

// Marshal encodes t.
func (c *Codec[T]) Marshal(t *T) ([]byte, error) {
	return c.Append(make([]byte, 0, 512), t), nil
}

// Append appends t's JSON to b: each known field as the caller left it, a member whose odd JSON the
// caller did not touch as it came, null and empty where the input had them, then the unknown members.
func (c *Codec[T]) Append(b []byte, t *T) []byte {
	sh := &Shape{}
	if c.layout != nil {
		sh = &c.layout(t).sh
	}
	b = append(b, '{')
	first := true
	for i := range c.fields {
		f := &c.fields[i]
		mark := len(b)
		if !first {
			b = append(b, ',')
		}
		b = AppendString(b, f.name)
		b = append(b, ':')
		if raw := sh.Raw(i); raw != nil && bytes.Equal(f.enc(t, nil), sh.seenOf(i)) {
			b = append(b, raw...)
			first = false
			continue
		}
		if f.zero(t) {
			switch {
			case sh.Null(i):
				b = append(b, "null"...)
			case sh.Present(i):
				b = f.enc(t, b)
			default:
				b = b[:mark]
				continue
			}
			first = false
			continue
		}
		b = f.enc(t, b)
		first = false
	}
	var extra map[string]json.RawMessage
	if c.extra != nil {
		extra = *c.extra(t)
	}
	return appendExtra(b, extra, first, c.Known)
}

// appendExtra appends the unknown members of extra, in key order, that known does not claim (a
// caller may have set the typed field since), and closes the object; first says whether no member
// has been written yet.
func appendExtra(b []byte, extra map[string]json.RawMessage, first bool, known func(string) bool) []byte {
	if len(extra) > 0 {
		keys := make([]string, 0, len(extra))
		for k := range extra {
			if !known(k) {
				keys = append(keys, k)
			}
		}
		slices.Sort(keys)
		for _, k := range keys {
			if !first {
				b = append(b, ',')
			}
			b = AppendString(b, k)
			b = append(b, ':')
			if v := extra[k]; len(v) == 0 {
				b = append(b, "null"...)
			} else {
				b = append(b, v...)
			}
			first = false
		}
	}
	return append(b, '}')
}

func (sh *Shape) seenOf(i int) []byte {
	for _, o := range sh.odd() {
		if o.field == i {
			return o.seen
		}
	}
	return nil
}
