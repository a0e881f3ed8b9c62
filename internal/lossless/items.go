package lossless

import (
	"bytes"
	"math"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unsafe"
)

// EC2's two spellings (Types.EC2).
//
// The legacy spelling follows EC2's XML schema: lists are {"items": [...]} and an empty one {};
// a list of scalars is items of one-member objects ({"items": [{"instanceId": "i-1"}]}, the
// member named by the field's `item` tag); times in responses are epoch milliseconds.
//
// The query spelling (the payload of a {"<Op>Request": {...}} wrapper) names members as the query
// API does (the field's `query` tag); a repeated member is an object for one element and an
// array for several, each element carrying its 1-based position in "tag": {"content": v, "tag":
// n} for a scalar, the structure's members and "tag" for a structure.
//
// Whatever does not fit is odd and kept as recorded, as everywhere else.

const (
	kindItems        kind = 100 + iota // a slice of structs, {"items": [...]}
	kindItemStrings                    // a slice of string type, {"items": [{"<item>": "v"}, ...]}
	kindTagged                         // a slice of structs, query spelling
	kindTaggedString                   // a slice of string type, query spelling
)

// ec2Shape is what an EC2 payload's top-level struct remembers beyond its fields.
type ec2Shape struct {
	wrap  string // the wrapper's key, "" for none
	query bool   // read in the query spelling
	empty bool   // the payload was the string ""
}

// queryNested marks a struct read in the query spelling inside another.
var queryNested = &ec2Shape{query: true}

// ec2Field picks, in an EC2 Types, the kind of a slice field, and for the query spelling its name.
// It reports false for the kinds Types has anyway.
func (ts *Types) ec2Field(sf reflect.StructField, f *typeField) bool {
	if ts.queryMode {
		if q := sf.Tag.Get("query"); q != "" {
			f.name = q
		}
	}
	ft := sf.Type
	if ft.Kind() != reflect.Slice || ft.Elem().Kind() == reflect.Uint8 {
		return false
	}
	switch ek := ft.Elem().Kind(); {
	case ek == reflect.String && ts.queryMode:
		f.kind = kindTaggedString
	case ek == reflect.String:
		f.kind, f.item = kindItemStrings, sf.Tag.Get("item")
		if f.item == "" {
			f.item = "item"
		}
	case ek == reflect.Struct && ts.queryMode:
		f.kind = kindTagged
	case ek == reflect.Struct:
		f.kind = kindItems
	default:
		return false
	}
	return true
}

// queryTypes is the Types of the query spelling of an EC2 Types.
func (ts *Types) queryTypes() *Types {
	ts.qonce.Do(func() { ts.query = &Types{Layouts: ts.Layouts, EC2: true, queryMode: true} })
	return ts.query
}

// decodeEC2 reads the payloads only EC2 writes: the string "" for an empty request, and a
// {"<Op>Request": {...}} or {"<Op>Response": {...}} wrapper. It reports false for any other
// payload, which Decode reads as usual.
func (ts *Types) decodeEC2(c *typeCodec, p unsafe.Pointer, data []byte) (bool, error) {
	s := NewScanner(data)
	switch s.Peek() {
	case '"':
		text, err := s.String()
		if err != nil || text != "" || !s.AtEnd() {
			return false, nil
		}
		reflect.NewAt(c.typ, p).Elem().SetZero()
		c.shape(p).own().ec2 = &ec2Shape{empty: true}
		return true, nil
	case '{':
	default:
		return false, nil
	}
	var key string
	var inner []byte
	n := 0
	err := s.Object(func(k string) error {
		n++
		if n == 1 && s.Peek() == '{' {
			key = k
			raw, err := s.Raw()
			inner = raw
			return err
		}
		return s.Skip()
	})
	if err != nil || n != 1 || !s.AtEnd() || !wrapperKey(key) || inner == nil {
		return false, nil
	}
	req := strings.HasSuffix(key, "Request")
	dc := c
	if req {
		dc = ts.queryTypes().codec(c.typ)
	}
	is := NewScanner(inner)
	if err := dc.decode(p, is); err != nil {
		return true, err
	}
	c.shape(p).own().ec2 = &ec2Shape{wrap: key, query: req}
	return true, nil
}

// wrapperKey reports whether an only member's key is an EC2 wrapper's: an operation's name and
// Request or Response.
func wrapperKey(k string) bool {
	if len(k) < 8 || k[0] < 'A' || k[0] > 'Z' {
		return false
	}
	return strings.HasSuffix(k, "Request") || strings.HasSuffix(k, "Response")
}

// appendEC2 encodes a struct as appendTop would, in the spelling and wrapper it was read in.
func (ts *Types) appendEC2(c *typeCodec, b []byte, p unsafe.Pointer) []byte {
	e := c.shape(p).ec2()
	switch {
	case e == nil:
		return c.append(b, p)
	case e.empty:
		return append(b, `""`...)
	}
	ec := c
	if e.query {
		ec = ts.queryTypes().codec(c.typ)
	}
	if e.wrap == "" {
		return ec.append(b, p)
	}
	b = append(b, '{')
	b = AppendString(b, e.wrap)
	b = append(b, ':')
	b = ec.append(b, p)
	return append(b, '}')
}

// decodeEC2Field reads a field of one of the kinds above.
func (c *typeCodec) decodeEC2Field(f *typeField, fp unsafe.Pointer, s *Scanner) (bool, error) {
	switch f.kind {
	case kindItems, kindItemStrings:
		if f.kind == kindItems && s.Peek() == '[' { // a plain array (RunInstances' tags): read, and odd
			_, err := f.elem.decodeSlice(f.typ, fp, s)
			return true, err
		}
		if s.Peek() != '{' {
			return true, s.Skip()
		}
		odd, seen := false, false
		var strs []string
		out := reflect.MakeSlice(f.typ, 0, 0)
		err := s.Object(func(key string) error {
			if key != "items" && key != "item" || seen || s.Peek() != '[' {
				odd = true
				return s.Skip()
			}
			seen = true
			odd = odd || key == "item" // RunInstances' privateIpAddressesSet: {"item": [...]}
			if f.kind == kindItems {
				o, err := f.elem.decodeSlice(f.typ, fp, s)
				odd = odd || o
				out = reflect.NewAt(f.typ, fp).Elem()
				return err
			}
			return s.Array(func() error {
				if s.Peek() != '{' {
					odd = true
					return s.Skip()
				}
				n := 0
				return s.Object(func(k string) error {
					n++
					if k != f.item || n > 1 || s.Peek() != '"' {
						odd = true
						if k == f.item && n == 1 {
							v, err := s.scalarText()
							strs = append(strs, v)
							return err
						}
						return s.Skip()
					}
					v, err := s.String()
					strs = append(strs, v)
					return err
				})
			})
		})
		if f.kind == kindItemStrings {
			setStrings(f.typ, fp, strs)
		} else {
			reflect.NewAt(f.typ, fp).Elem().Set(out)
		}
		return odd, err
	case kindTagged, kindTaggedString:
		odd := false
		var strs []string
		out := reflect.MakeSlice(f.typ, 0, 1)
		elem := func() error {
			i := len(strs)
			if f.kind == kindTagged {
				i = out.Len()
			}
			if s.Peek() != '{' {
				odd = true
				return s.Skip()
			}
			if f.kind == kindTaggedString {
				var v string
				tagged, got := false, false
				err := s.Object(func(k string) error {
					switch {
					case k == "content" && !got:
						got = true
						if s.Peek() != '"' {
							odd = true
							t, err := s.scalarText()
							v = t
							return err
						}
						t, err := s.String()
						v = t
						return err
					case k == "tag" && !tagged:
						tagged = true
						t, err := s.Raw()
						if string(t) != strconv.Itoa(i+1) {
							odd = true
						}
						return err
					}
					odd = true
					return s.Skip()
				})
				if !tagged || !got {
					odd = true
				}
				strs = append(strs, v)
				return err
			}
			out = reflect.Append(out, reflect.Zero(f.elem.typ))
			ep := out.Index(out.Len() - 1).Addr().UnsafePointer()
			if err := f.elem.decode(ep, s); err != nil {
				return err
			}
			extra := f.elem.extraOf(ep)
			if t, ok := (*extra)["tag"]; !ok || string(t) != strconv.Itoa(i+1) {
				odd = true
			} else if _, known := f.elem.lookup("tag"); !known {
				delete(*extra, "tag")
				if len(*extra) == 0 {
					*extra = nil
				}
			}
			return nil
		}
		var err error
		switch s.Peek() {
		case '{':
			err = elem()
		case '[':
			n := 0
			err = s.Array(func() error { n++; return elem() })
			if n < 2 {
				odd = true // one element is written as an object, none as nothing
			}
		default:
			return true, s.Skip()
		}
		if f.kind == kindTaggedString {
			setStrings(f.typ, fp, strs)
		} else {
			reflect.NewAt(f.typ, fp).Elem().Set(out)
		}
		return odd, err
	}
	panic("lossless: unknown field kind")
}

// setStrings stores strs in the slice of string type t at fp.
func setStrings(t reflect.Type, fp unsafe.Pointer, strs []string) {
	if t == reflect.TypeFor[[]string]() {
		*(*[]string)(fp) = strs
		return
	}
	out := reflect.MakeSlice(t, len(strs), len(strs))
	for i, v := range strs {
		out.Index(i).SetString(v)
	}
	reflect.NewAt(t, fp).Elem().Set(out)
}

// stringAt is element i of the slice of string type at fp.
func stringAt(fp unsafe.Pointer, i int) string {
	h := (*sliceHeader)(fp)
	return *(*string)(unsafe.Add(h.data, uintptr(i)*unsafe.Sizeof("")))
}

// encodeEC2Field appends a field of one of the kinds above.
func (c *typeCodec) encodeEC2Field(f *typeField, fp unsafe.Pointer, b []byte) []byte {
	h := (*sliceHeader)(fp)
	switch f.kind {
	case kindItems, kindItemStrings:
		if h.len == 0 {
			return append(b, "{}"...)
		}
		b = append(b, `{"items":[`...)
		for i := range h.len {
			if i > 0 {
				b = append(b, ',')
			}
			if f.kind == kindItems {
				b = f.elem.append(b, unsafe.Add(h.data, uintptr(i)*f.elem.typ.Size()))
				continue
			}
			b = append(b, '{')
			b = AppendString(b, f.item)
			b = append(b, ':')
			b = AppendString(b, stringAt(fp, i))
			b = append(b, '}')
		}
		return append(b, "]}"...)
	case kindTagged, kindTaggedString:
		if h.len == 0 {
			return append(b, "[]"...)
		}
		if h.len > 1 {
			b = append(b, '[')
		}
		for i := range h.len {
			if i > 0 {
				b = append(b, ',')
			}
			if f.kind == kindTaggedString {
				b = append(b, `{"content":`...)
				b = AppendString(b, stringAt(fp, i))
				b = append(b, `,"tag":`...)
				b = strconv.AppendInt(b, int64(i+1), 10)
				b = append(b, '}')
				continue
			}
			obj := f.elem.append(nil, unsafe.Add(h.data, uintptr(i)*f.elem.typ.Size()))
			b = append(b, `{"tag":`...)
			b = strconv.AppendInt(b, int64(i+1), 10)
			if !bytes.Equal(obj, []byte("{}")) {
				b = append(b, ',')
				b = append(b, obj[1:]...)
			} else {
				b = append(b, '}')
			}
		}
		if h.len > 1 {
			b = append(b, ']')
		}
		return b
	}
	panic("lossless: unknown field kind")
}

// decodeEpochTime reads a time written as a JSON number: epoch milliseconds in an EC2 Types (EC2's
// responses); elsewhere epoch seconds, with a fraction (the JSON protocols' timestamps, as EKS's
// createdAt 1527535003.208), unless the number is too large for seconds of any plausible date
// (from 10^11 on, the year 5138) and so is milliseconds; 0 is the zero time. The value is odd: its
// digits are kept and written back.
func decodeEpochTime(p *time.Time, s *Scanner, millis bool) (bool, error) {
	text, err := s.Number()
	if err != nil {
		return true, err
	}
	f, perr := strconv.ParseFloat(text, 64)
	switch {
	case perr != nil || math.IsInf(f, 0) || math.Abs(f) >= 1e17:
		// not a time in any unit: the typed field stays zero
	case f == 0:
		// "never" (ECR's lastEvaluatedAt 0): the zero time, which IsZero says is none
	case millis || math.Abs(f) >= 1e11:
		*p = time.UnixMilli(int64(f)).UTC()
	default:
		sec, frac := math.Modf(f)
		*p = time.Unix(int64(sec), int64(math.Round(frac*1e6))*1e3).UTC()
	}
	return true, nil
}

// Recorded returns the JSON of member name of the struct v points to as it was recorded, when the
// typed field could not hold it (a string where the model has a structure: EC2's
// ModifyInstanceAttribute writes userData "<sensitiveDataRemoved>"); nil otherwise.
func (ts *Types) Recorded(v any, name string) []byte {
	c, p := ts.structOf(v)
	i, ok := c.lookup(name)
	if !ok {
		return nil
	}
	return c.shape(p).Raw(i)
}
