package lossless

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"time"
	"unsafe"
)

// Types decodes and encodes the generated struct types of one package. A generated type is plain
// data: its fields, their JSON names in `json` tags, an Extra map and a Layout. Its codec is made
// from the type itself (reflect) the first time a value of it is decoded or encoded, and shared by
// every value after that.
//
// This is what keeps generated packages cheap for their users: a package holds no code per type
// and per field (only the three one-line methods that call Types), nothing runs at program start,
// and the linker drops every type a program cannot reach. Decoding goes through one switch per
// field kind below instead of a closure per field.
//
// The zero Types reads times in RFC 3339, and JSON numbers as epoch times (seconds, as the JSON
// protocols write them; milliseconds in EC2 mode); a package whose service writes other layouts
// lists them in Layouts. A Types must not be copied after first use.
type Types struct {
	// Layouts are the time layouts, besides RFC 3339, the package's time.Time fields are read in.
	Layouts []string
	// EC2 reads and writes EC2's spellings besides the usual JSON (items.go): {"items": [...]}
	// lists, epoch-millisecond times, {"<Op>Request": {...}} wrappers in the query spelling, and
	// the string "" for an empty request.
	EC2 bool

	queryMode bool      // EC2: this Types reads the query spelling
	qonce     sync.Once // makes query
	query     *Types    // EC2: the Types of the query spelling

	codecs sync.Map // reflect.Type of a struct -> *typeCodec, complete
	mu     sync.Mutex
}

// kind is how a field is read and written.
type kind uint8

const (
	kindString    kind = iota // any string type
	kindBool                  // bool
	kindInt                   // int64
	kindFloat                 // float64
	kindTime                  // time.Time, RFC 3339 or Types.Layouts
	kindRaw                   // any []byte type: the member's JSON as recorded
	kindStrings               // a slice of any string type
	kindStringMap             // map[string]string
	kindObject                // a pointer to a struct with its own codec
	kindSlice                 // a slice of structs with their own codec
)

// typeField is one known member of a struct type.
type typeField struct {
	name string
	off  uintptr
	kind kind
	typ  reflect.Type // the field's type, for kindObject the struct's and for kindSlice the slice's
	elem *typeCodec   // kindObject and kindSlice
	item string       // kindItemStrings: the member of each item
}

// typeCodec is the codec of one struct type.
type typeCodec struct {
	typ       reflect.Type
	fields    []typeField
	slots     []int16 // field index + 1 by keyHash & mask, linear probing; 0 is empty
	mask      int
	layout    uintptr // offset of the Layout field
	extra     uintptr // offset of the Extra map
	hasLayout bool
	hasExtra  bool
	layouts   []string
	ec2       bool // made by an EC2 Types
	query     bool // made by the query spelling's Types
}

var (
	layoutType = reflect.TypeFor[Layout]()
	extraType  = reflect.TypeFor[map[string]json.RawMessage]()
	timeType   = reflect.TypeFor[time.Time]()
	mapType    = reflect.TypeFor[map[string]string]()
)

// codec returns the codec of struct type t, making it (and those of the types it refers to) on
// first use.
func (ts *Types) codec(t reflect.Type) *typeCodec {
	if c, ok := ts.codecs.Load(t); ok {
		return c.(*typeCodec)
	}
	ts.mu.Lock()
	defer ts.mu.Unlock()
	if c, ok := ts.codecs.Load(t); ok {
		return c.(*typeCodec)
	}
	made := map[reflect.Type]*typeCodec{}
	c := ts.make(t, made)
	for t, c := range made { // published only once complete: types may refer to themselves
		ts.codecs.Store(t, c)
	}
	return c
}

// make builds the codec of t, recording it in made before its fields so that a type that refers to
// itself, directly or not, finds it there.
func (ts *Types) make(t reflect.Type, made map[reflect.Type]*typeCodec) *typeCodec {
	if c, ok := made[t]; ok {
		return c
	}
	if c, ok := ts.codecs.Load(t); ok {
		return c.(*typeCodec)
	}
	c := &typeCodec{typ: t, layouts: ts.Layouts, ec2: ts.EC2, query: ts.queryMode}
	made[t] = c
	for i := range t.NumField() {
		sf := t.Field(i)
		if sf.Type == layoutType {
			c.layout, c.hasLayout = sf.Offset, true
			continue
		}
		name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		if name == "-" && sf.Name == "Extra" && sf.Type == extraType {
			c.extra, c.hasExtra = sf.Offset, true
			continue
		}
		if name == "" || name == "-" || !sf.IsExported() {
			panic(fmt.Sprintf("lossless: %s.%s has no JSON name", t, sf.Name))
		}
		f := typeField{name: name, off: sf.Offset, typ: sf.Type}
		if ts.EC2 && ts.ec2Field(sf, &f) {
			if f.kind == kindItems || f.kind == kindTagged {
				f.elem = ts.make(sf.Type.Elem(), made)
			}
			c.fields = append(c.fields, f)
			continue
		}
		switch ft := sf.Type; {
		case ft == timeType:
			f.kind = kindTime
		case ft == mapType:
			f.kind = kindStringMap
		case ft.Kind() == reflect.String:
			f.kind = kindString
		case ft.Kind() == reflect.Bool:
			f.kind = kindBool
		case ft.Kind() == reflect.Int64:
			f.kind = kindInt
		case ft.Kind() == reflect.Float64:
			f.kind = kindFloat
		case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Uint8:
			f.kind = kindRaw
		case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.String:
			f.kind = kindStrings
		case ft.Kind() == reflect.Pointer && ft.Elem().Kind() == reflect.Struct:
			f.kind, f.typ, f.elem = kindObject, ft.Elem(), ts.make(ft.Elem(), made)
		case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct:
			f.kind, f.elem = kindSlice, ts.make(ft.Elem(), made)
		default:
			panic(fmt.Sprintf("lossless: %s.%s: no codec for %s", t, sf.Name, ft))
		}
		c.fields = append(c.fields, f)
	}
	if !c.hasLayout || !c.hasExtra {
		panic(fmt.Sprintf("lossless: %s has no Layout or no Extra", t))
	}
	if len(c.fields) > 1<<14 {
		panic(fmt.Sprintf("lossless: %s has more than %d fields", t, 1<<14))
	}
	size := 16 // a power of two over four times the fields, so that probes stay short
	for size < 4*len(c.fields) {
		size *= 2
	}
	c.slots, c.mask = make([]int16, size), size-1
	for i, f := range c.fields {
		h := wideHash(f.name) & c.mask
		for c.slots[h] != 0 {
			if c.fields[c.slots[h]-1].name == f.name {
				panic(fmt.Sprintf("lossless: %s: duplicate member %s", t, f.name))
			}
			h = (h + 1) & c.mask
		}
		c.slots[h] = int16(i + 1)
	}
	return c
}

// structOf returns v's codec and the struct v points to. v must be a non-nil pointer to a struct.
// It reads the pointer out of the interface itself rather than through reflect.ValueOf, so that v
// does not escape: a value receiver's MarshalJSON then keeps its copy on the stack.
func (ts *Types) structOf(v any) (*typeCodec, unsafe.Pointer) {
	t := reflect.TypeOf(v)
	p := (*[2]unsafe.Pointer)(unsafe.Pointer(&v))[1] // an interface holding a pointer: its data word is the pointer
	if t == nil || t.Kind() != reflect.Pointer || t.Elem().Kind() != reflect.Struct || p == nil {
		panic("lossless: not a non-nil pointer to a struct")
	}
	return ts.codec(t.Elem()), p
}

// Marshal encodes the struct v points to.
func (ts *Types) Marshal(v any) ([]byte, error) {
	c, p := ts.structOf(v)
	if ts.EC2 {
		return ts.appendEC2(c, make([]byte, 0, 256), p), nil
	}
	return c.append(make([]byte, 0, 256), p), nil
}

// Unmarshal decodes a copy of data into the struct v points to, for callers (json.Unmarshaler)
// that may reuse data.
//
// It is not inlined: every generated type's UnmarshalJSON calls it, and one call is smaller than
// the copy.
//
//go:noinline
func (ts *Types) Unmarshal(v any, data []byte) error {
	return ts.Decode(v, append([]byte(nil), data...))
}

// Decode decodes data, which it takes ownership of (strings alias it), into the struct v points
// to. It fails when data is not one well-formed JSON object.
func (ts *Types) Decode(v any, data []byte) error {
	c, p := ts.structOf(v)
	if ts.EC2 {
		if done, err := ts.decodeEC2(c, p, data); done {
			return err
		}
	}
	s := NewScanner(data)
	if s.Peek() != '{' {
		return s.errorf("not a JSON object")
	}
	if err := c.decode(p, s); err != nil {
		return err
	}
	if !s.AtEnd() {
		return s.errorf("data after the top-level value")
	}
	return nil
}

// Delete removes the member name of the struct v points to: a known field is set to its zero value
// and forgotten, an unknown one leaves Extra, so that the encoding has no such key. It reports
// whether the member was there.
func (ts *Types) Delete(v any, name string) bool {
	c, p := ts.structOf(v)
	return c.delete(p, name)
}

// Known reports whether the struct type v points to has a member called name.
func (ts *Types) Known(v any, name string) bool {
	c, _ := ts.structOf(v)
	_, ok := c.lookup(name)
	return ok
}

// wideHash is keyHash without its table size: it mixes a member name's length and three of its
// bytes.
func wideHash(k string) int {
	if len(k) == 0 {
		return 0
	}
	return len(k)*37 + int(k[0])*7 + int(k[len(k)-1])*13 + int(k[len(k)/2])*3
}

func (c *typeCodec) lookup(key string) (int, bool) {
	for h := wideHash(key) & c.mask; ; h = (h + 1) & c.mask {
		i := int(c.slots[h]) - 1
		if i < 0 {
			return 0, false
		}
		if c.fields[i].name == key {
			return i, true
		}
	}
}

func (c *typeCodec) shape(p unsafe.Pointer) *Shape { return &(*Layout)(unsafe.Add(p, c.layout)).sh }

func (c *typeCodec) extraOf(p unsafe.Pointer) *map[string]json.RawMessage {
	return (*map[string]json.RawMessage)(unsafe.Add(p, c.extra))
}

// decode reads one JSON object from s into the struct at p, resetting it first.
func (c *typeCodec) decode(p unsafe.Pointer, s *Scanner) error {
	reflect.NewAt(c.typ, p).Elem().SetZero()
	sh := c.shape(p)
	if c.query {
		sh.more = queryMore
	}
	return s.Object(func(key string) error {
		i, ok := c.lookup(key)
		if !ok {
			raw, err := s.Raw()
			if err != nil {
				return err
			}
			extra := c.extraOf(p)
			if *extra == nil {
				*extra = make(map[string]json.RawMessage, 2)
			}
			(*extra)[key] = raw
			return nil
		}
		if sh.Present(i) {
			sh.forget(i) // a repeated key: the last one wins, as in encoding/json
		}
		f := &c.fields[i]
		if f.kind != kindRaw && s.Peek() == 'n' && s.Null() {
			sh.setPresent(i, true)
			return nil
		}
		sh.setPresent(i, false)
		s.ws()
		start := s.pos
		odd, err := c.decodeField(f, unsafe.Add(p, f.off), s)
		if err != nil {
			return err
		}
		if odd {
			sh.addOdd(i, s.data[start:s.pos:s.pos], c.encodeField(f, unsafe.Add(p, f.off), nil))
		}
		return nil
	})
}

// decodeField reads field f's value into fp, where the field is. It reports odd when the value did
// not fit the field exactly, as Field.dec does.
func (c *typeCodec) decodeField(f *typeField, fp unsafe.Pointer, s *Scanner) (odd bool, err error) {
	switch f.kind {
	case kindString:
		return decodeString((*string)(fp), s)
	case kindBool:
		v, odd, err := readBool(s)
		*(*bool)(fp) = v
		return odd, err
	case kindInt:
		return decodeInt((*int64)(fp), s)
	case kindFloat:
		return decodeFloat((*float64)(fp), s)
	case kindTime:
		if b := s.Peek(); b == '-' || '0' <= b && b <= '9' {
			return decodeEpochTime((*time.Time)(fp), s, c.ec2)
		}
		return decodeTime((*time.Time)(fp), s, c.layouts)
	case kindRaw:
		raw, err := s.Raw()
		*(*[]byte)(fp) = raw
		return false, err
	case kindStrings:
		return decodeStrings((*[]string)(fp), s)
	case kindStringMap:
		return decodeStringMap((*map[string]string)(fp), s)
	case kindObject:
		if s.Peek() != '{' {
			return true, s.Skip()
		}
		u := reflect.New(f.typ).UnsafePointer()
		*(*unsafe.Pointer)(fp) = u
		return false, f.elem.decode(u, s)
	case kindSlice:
		return f.elem.decodeSlice(f.typ, fp, s)
	case kindItems, kindItemStrings, kindTagged, kindTaggedString:
		return c.decodeEC2Field(f, fp, s)
	}
	panic("lossless: unknown field kind")
}

// decodeSlice reads an array of objects into the slice of type t at fp. Elements that are not
// objects make the field odd; the slice holds the objects.
func (c *typeCodec) decodeSlice(t reflect.Type, fp unsafe.Pointer, s *Scanner) (bool, error) {
	if s.Peek() != '[' {
		return true, s.Skip()
	}
	out := reflect.MakeSlice(t, 0, 2)
	zero := reflect.Zero(c.typ)
	odd := false
	err := s.Array(func() error {
		if s.Peek() != '{' {
			odd = true
			return s.Skip()
		}
		out = reflect.Append(out, zero)
		return c.decode(out.Index(out.Len()-1).Addr().UnsafePointer(), s)
	})
	reflect.NewAt(t, fp).Elem().Set(out)
	return odd, err
}

// encodeField appends the JSON of the field at fp.
func (c *typeCodec) encodeField(f *typeField, fp unsafe.Pointer, b []byte) []byte {
	switch f.kind {
	case kindString:
		return AppendString(b, *(*string)(fp))
	case kindBool:
		if *(*bool)(fp) {
			return append(b, "true"...)
		}
		return append(b, "false"...)
	case kindInt:
		return appendInt(b, *(*int64)(fp))
	case kindFloat:
		return AppendFloat(b, *(*float64)(fp))
	case kindTime:
		return AppendTime(b, *(*time.Time)(fp))
	case kindRaw:
		if raw := *(*[]byte)(fp); len(raw) > 0 {
			return append(b, raw...)
		}
		return append(b, "null"...)
	case kindStrings:
		return appendStrings(b, *(*[]string)(fp))
	case kindStringMap:
		return appendStringMap(b, *(*map[string]string)(fp))
	case kindObject:
		if u := *(*unsafe.Pointer)(fp); u != nil {
			return f.elem.append(b, u)
		}
		return append(b, "null"...)
	case kindSlice:
		h := (*sliceHeader)(fp)
		b = append(b, '[')
		for i := range h.len {
			if i > 0 {
				b = append(b, ',')
			}
			b = f.elem.append(b, unsafe.Add(h.data, uintptr(i)*f.elem.typ.Size()))
		}
		return append(b, ']')
	case kindItems, kindItemStrings, kindTagged, kindTaggedString:
		return c.encodeEC2Field(f, fp, b)
	}
	panic("lossless: unknown field kind")
}

// isZero reports whether the field at fp holds its zero value (an empty slice or map is zero, as
// for omitempty).
func (f *typeField) isZero(fp unsafe.Pointer) bool {
	switch f.kind {
	case kindString:
		return *(*string)(fp) == ""
	case kindBool:
		return !*(*bool)(fp)
	case kindInt:
		return *(*int64)(fp) == 0
	case kindFloat:
		return *(*float64)(fp) == 0
	case kindTime:
		return (*time.Time)(fp).IsZero()
	case kindRaw:
		return len(*(*[]byte)(fp)) == 0
	case kindStrings, kindSlice, kindItems, kindItemStrings, kindTagged, kindTaggedString:
		return (*sliceHeader)(fp).len == 0
	case kindStringMap:
		return *(*map[string]string)(fp) == nil
	case kindObject:
		return *(*unsafe.Pointer)(fp) == nil
	}
	panic("lossless: unknown field kind")
}

// sliceHeader is the layout of every slice, for reading a length whatever the element type.
type sliceHeader struct {
	data unsafe.Pointer
	len  int
	_    int // the capacity
}

// append appends the JSON of the struct at p, as Codec.Append does.
func (c *typeCodec) append(b []byte, p unsafe.Pointer) []byte {
	sh := c.shape(p)
	b = append(b, '{')
	first := true
	for i := range c.fields {
		f := &c.fields[i]
		fp := unsafe.Add(p, f.off)
		mark := len(b)
		if !first {
			b = append(b, ',')
		}
		b = AppendString(b, f.name)
		b = append(b, ':')
		if raw := sh.Raw(i); raw != nil && string(c.encodeField(f, fp, nil)) == string(sh.seenOf(i)) {
			b = append(b, raw...)
			first = false
			continue
		}
		if f.isZero(fp) {
			switch {
			case sh.Null(i):
				b = append(b, "null"...)
			case sh.Present(i):
				b = c.encodeField(f, fp, b)
			default:
				b = b[:mark]
				continue
			}
			first = false
			continue
		}
		b = c.encodeField(f, fp, b)
		first = false
	}
	return appendExtra(b, *c.extraOf(p), first, func(k string) bool { _, ok := c.lookup(k); return ok })
}

// delete is Types.Delete for the struct at p.
func (c *typeCodec) delete(p unsafe.Pointer, name string) bool {
	if i, ok := c.lookup(name); ok {
		f := &c.fields[i]
		fp := unsafe.Add(p, f.off)
		sh := c.shape(p)
		had := !f.isZero(fp) || sh.Present(i)
		fv := reflect.NewAt(f.typ, fp).Elem()
		if f.kind == kindObject {
			fv = reflect.NewAt(reflect.PointerTo(f.typ), fp).Elem()
		}
		fv.SetZero()
		sh.forget(i)
		return had
	}
	extra := c.extraOf(p)
	_, had := (*extra)[name]
	delete(*extra, name)
	return had
}
