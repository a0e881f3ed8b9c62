package lossless

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"
)

// doc has a field of every kind the package offers.
type doc struct {
	Name     string
	Flag     bool // written as the string "true"
	Real     bool
	Maybe    *bool
	Count    int64
	Ratio    float64
	At       time.Time
	Epoch    time.Time
	Note     string
	HasNote  bool
	Payload  json.RawMessage
	Child    *child
	Arena    *child
	Children []child
	Elements []child
	Tags     []string
	Labels   map[string]string
	Extra    map[string]json.RawMessage
	layout   Layout
}

type child struct {
	ID     string
	Extra  map[string]json.RawMessage
	layout Layout
}

var childCodec = NewCodec(func(c *child) *Layout { return &c.layout }, func(c *child) *map[string]json.RawMessage { return &c.Extra },
	String("id", func(c *child) *string { return &c.ID }),
)

var docCodec = NewCodec(func(d *doc) *Layout { return &d.layout }, func(d *doc) *map[string]json.RawMessage { return &d.Extra },
	String("name", func(d *doc) *string { return &d.Name }),
	StringBool("flag", func(d *doc) *bool { return &d.Flag }),
	Bool("real", func(d *doc) *bool { return &d.Real }),
	OptionalBool("maybe", func(d *doc) **bool { return &d.Maybe }),
	Int("count", func(d *doc) *int64 { return &d.Count }),
	Float("ratio", func(d *doc) *float64 { return &d.Ratio }),
	Time("at", func(d *doc) *time.Time { return &d.At }, "Jan 2, 2006, 3:04:05 PM"),
	EpochTime("epoch", func(d *doc) *time.Time { return &d.Epoch }, time.Millisecond),
	Text("note", func(d *doc) *string { return &d.Note }, func(d *doc) *bool { return &d.HasNote }),
	Raw("payload", func(d *doc) *json.RawMessage { return &d.Payload }),
	Object("child", func(d *doc) **child { return &d.Child }, childCodec),
	ObjectAlloc("arena", func(d *doc) **child { return &d.Arena }, childCodec, func(s *Scanner) *child {
		c, _ := s.Arena.(*child)
		return c
	}),
	Slice("children", func(d *doc) *[]child { return &d.Children }, childCodec),
	Elements("elements", func(d *doc) *[]child { return &d.Elements }, childCodec),
	Strings("tags", func(d *doc) *[]string { return &d.Tags }),
	StringMap("labels", func(d *doc) *map[string]string { return &d.Labels }),
)

// canonical re-encodes JSON with encoding/json, numbers kept as written, so that documents compare
// apart from key order and white space.
func canonical(t *testing.T, b []byte) string {
	t.Helper()
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		t.Fatalf("%s: %v", b, err)
	}
	out, _ := json.Marshal(v)
	return string(out)
}

// Decoding then encoding gives back the input, whatever JSON types the members hold.
func TestCodecRoundTrip(t *testing.T) {
	docs := []string{
		`{}`,
		`{"name":"n","flag":"true","real":true,"maybe":false,"count":12,"ratio":0.5,"at":"2024-03-01T00:00:00Z","epoch":1709251200000,` +
			`"note":"{\"a\":1}","payload":{"k":[1,2]},"child":{"id":"c"},"arena":{"id":"a","more":1},"children":[{"id":"x"},{"id":"y","z":null}],` +
			`"tags":["a","b"],"labels":{"b":"2","a":"1"},"unknown":{"deep":[null]}}`,
		// Odd values: each is kept as it came.
		`{"name":5,"flag":true,"real":"true","maybe":"no","count":1.0,"ratio":100.0,"at":"Nov 3, 2026, 10:00:00 PM","note":7}`,
		`{"name":true,"flag":"TRUE","real":null,"count":"12","ratio":"0.5","at":"2024-03-01T00:00:00+01:00"}`,
		`{"flag":"yes","real":1,"count":1e2,"ratio":9.82222E-5,"at":1709251200,"child":"not an object","children":[1,{"id":"ok"}]}`,
		`{"count":1.5,"ratio":"x","at":"not a time","tags":[1,"a"],"labels":{"a":1},"arena":[],"payload":null}`,
		`{"count":99999999999999999999,"ratio":1e400,"at":"2024-06-31T00:00:00Z","epoch":"1709251200000","note":null}`,
		`{"count":true,"ratio":null,"at":"2024-03-01 10:00:00","tags":"x","labels":[],"children":{}}`,
		// A repeatable element, once and twice.
		`{"elements":{"id":"one","more":[1]}}`,
		`{"elements":[{"id":"one"},{"id":"two"}]}`,
		`{"elements":"text"}`,
		// Null, absent and empty stay apart.
		`{"name":null,"tags":[],"labels":{},"child":null,"children":[],"payload":""}`,
		`{"name":"","flag":"false","real":false,"count":0,"ratio":0,"child":{}}`,
	}
	for _, in := range docs {
		var d doc
		if err := docCodec.UnmarshalCopy(&d, []byte(in)); err != nil {
			t.Errorf("%s: %v", in, err)
			continue
		}
		out, _ := docCodec.Marshal(&d)
		if got, want := canonical(t, out), canonical(t, []byte(in)); got != want {
			t.Errorf("round trip\n got %s\nwant %s", got, want)
		}
	}
}

// A field changed in Go shows in the encoding; one left alone keeps its odd text.
func TestCodecEdits(t *testing.T) {
	var d doc
	in := `{"name":5,"flag":"True","count":"3","at":"Nov 3, 2026, 10:00:00 PM","extra":1,"note":"x"}`
	if err := docCodec.Unmarshal(&d, []byte(in)); err != nil {
		t.Fatal(err)
	}
	if d.Name != "5" || !d.Flag || d.Count != 3 || d.At.Format(time.RFC3339) != "2026-11-03T22:00:00Z" || !d.HasNote {
		t.Fatalf("typed values %+v", d)
	}
	d.Name, d.Count = "renamed", 4
	d.Note, d.HasNote = "", false
	d.Extra["name"] = json.RawMessage(`"ignored: names a known member"`)
	d.Extra["empty"] = nil
	out, _ := docCodec.Marshal(&d)
	// A member that was there stays, with its zero value: removing one is the caller's business.
	want := `{"name":"renamed","flag":"True","count":4,"at":"Nov 3, 2026, 10:00:00 PM","note":"","empty":null,"extra":1}`
	if string(out) != want {
		t.Errorf("encoding\n got %s\nwant %s", out, want)
	}
	if !d.layout.sh.Present(0) || d.layout.sh.Null(0) || d.layout.sh.Raw(1) == nil || d.layout.sh.Raw(0) == nil || d.layout.sh.Raw(4) == nil {
		t.Errorf("shape bookkeeping %+v", d.layout.sh)
	}
	if !d.layout.sh.Any(docCodec.Mask("count", "tags")) || d.layout.sh.Any(docCodec.Mask("tags", "labels")) {
		t.Error("Any/Mask")
	}
}

// A repeated key: the last one wins, as in encoding/json, odd or not.
func TestCodecRepeatedKey(t *testing.T) {
	var d doc
	if err := docCodec.Unmarshal(&d, []byte(`{"count":"1","count":2,"name":null,"name":"n"}`)); err != nil {
		t.Fatal(err)
	}
	out, _ := docCodec.Marshal(&d)
	if string(out) != `{"name":"n","count":2}` || d.layout.sh.Raw(4) != nil || d.layout.sh.Null(0) {
		t.Errorf("%s %+v", out, d.layout.sh)
	}
}

// A struct built in Go encodes only what is set.
func TestCodecBuiltInGo(t *testing.T) {
	yes := true
	d := doc{Name: "n", Maybe: &yes, Child: &child{ID: "c"}, Labels: map[string]string{"b": "2", "a": "1"}, At: time.Date(2024, 3, 1, 0, 0, 0, 5, time.FixedZone("x", 3600))}
	out, _ := docCodec.Marshal(&d)
	want := `{"name":"n","maybe":true,"at":"2024-03-01T00:00:00.000000005+01:00","child":{"id":"c"},"labels":{"a":"1","b":"2"}}`
	if string(out) != want {
		t.Errorf("\n got %s\nwant %s", out, want)
	}
	d = doc{Tags: []string{"x"}, Children: []child{{ID: "a"}}, Flag: true, Real: true, Ratio: 1e-7, Count: -3, Payload: json.RawMessage(`[1]`)}
	if out, _ := docCodec.Marshal(&d); string(out) != `{"flag":"true","real":true,"count":-3,"ratio":1e-7,"payload":[1],"children":[{"id":"a"}],"tags":["x"]}` {
		t.Errorf("got %s", out)
	}
}

func TestCodecArena(t *testing.T) {
	spare := &child{}
	s := NewScanner([]byte(`{"arena":{"id":"from the arena"},"child":{"id":"new"}}`))
	s.Arena = spare
	var d doc
	if err := docCodec.Decode(&d, s); err != nil || d.Arena != spare || spare.ID != "from the arena" || d.Child == spare {
		t.Errorf("arena not used: %+v %v", d, err)
	}
}

func TestCodecErrors(t *testing.T) {
	for _, in := range []string{`[]`, `{"name":"x"`, `{"name":"x"} extra`, `{"child":{"id":1`, `{"children":[{"id":}]}`, `{"labels":{"a":"b"`, `{"tags":["a"`} {
		var d doc
		if err := docCodec.Unmarshal(&d, []byte(in)); err == nil {
			t.Errorf("%s: want an error", in)
		}
	}
	if !docCodec.Known("labels") || docCodec.Known("label") || docCodec.Known("") {
		t.Error("Known")
	}
	mustPanic(t, "duplicate field", func() {
		NewCodec(func(c *child) *Layout { return &c.layout }, func(c *child) *map[string]json.RawMessage { return &c.Extra },
			String("id", func(c *child) *string { return &c.ID }), String("id", func(c *child) *string { return &c.ID }))
	})
	mustPanic(t, "more than 127 fields", func() {
		var fields []Field[child]
		for i := 0; i < 128; i++ {
			fields = append(fields, String(fmt.Sprint(i), func(c *child) *string { return &c.ID }))
		}
		NewCodec(nil, nil, fields...)
	})
	mustPanic(t, "keeps unknown members too", func() {
		NewCodec(func(c *child) *Layout { return &c.layout }, nil, String("id", func(c *child) *string { return &c.ID }))
	})
	mustPanic(t, "no field", func() { docCodec.Mask("nope") })
}

func mustPanic(t *testing.T, want string, f func()) {
	t.Helper()
	defer func() {
		if r := recover(); r == nil || !strings.Contains(fmt.Sprint(r), want) {
			t.Errorf("panic %v, want one saying %q", r, want)
		}
	}()
	f()
}

// envelope is read through a codec that keeps nothing: unknown members and odd values pass.
type envelope struct {
	ID    string
	Count int64
	Body  string
	Found bool
}

var envelopeCodec = NewCodec[envelope](nil, nil,
	String("id", func(e *envelope) *string { return &e.ID }),
	Int("count", func(e *envelope) *int64 { return &e.Count }),
	Text("body", func(e *envelope) *string { return &e.Body }, func(e *envelope) *bool { return &e.Found }),
)

func TestReaderCodec(t *testing.T) {
	var e envelope
	if err := envelopeCodec.Unmarshal(&e, []byte(`{"id":null,"x":{"y":[1]},"count":"7","body":"b","id":"i"}`)); err != nil || e.ID != "i" || e.Count != 7 || !e.Found || e.Body != "b" {
		t.Errorf("%+v %v", e, err)
	}
	if err := envelopeCodec.Unmarshal(&e, []byte(`{"body":1}`)); err != nil || e.Found {
		t.Errorf("a body that is not a string: %+v %v", e, err)
	}
	if out, _ := envelopeCodec.Marshal(&envelope{ID: "i", Body: "b", Found: true}); string(out) != `{"id":"i","body":"b"}` {
		t.Errorf("Marshal %s", out)
	}
}

// FuzzCodec: whatever JSON object comes in, the encoding is valid JSON, equal to the input when the
// input was valid, and decoding it again changes nothing.
func FuzzCodec(f *testing.F) {
	f.Add([]byte(`{"name":"n","flag":"true","count":1,"ratio":1.5,"at":"2024-03-01T00:00:00Z","children":[{"id":"a"}]}`))
	f.Add([]byte(`{"count":1.0,"flag":true,"at":"Nov 3, 2026, 10:00:00 PM","labels":{"a":1},"x":[]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var d doc
		if docCodec.UnmarshalCopy(&d, data) != nil {
			return
		}
		if !json.Valid(data) {
			t.Fatalf("accepted invalid JSON %q", data)
		}
		out, _ := docCodec.Marshal(&d)
		if !json.Valid(out) {
			t.Fatalf("%q encodes to invalid JSON %q", data, out)
		}
		if got, want := canonicalOrEmpty(out), canonicalOrEmpty(data); got != want && !repeatsKeys(data) {
			t.Fatalf("round trip of %q\n got %s\nwant %s", data, got, want)
		}
		var again doc
		if err := docCodec.Unmarshal(&again, out); err != nil {
			t.Fatalf("%q: its encoding %q does not decode: %v", data, out, err)
		}
		if out2, _ := docCodec.Marshal(&again); canonicalOrEmpty(out) != canonicalOrEmpty(out2) {
			t.Fatalf("not stable: %q then %q", out, out2)
		}
	})
}

func canonicalOrEmpty(b []byte) string {
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var v any
	if d.Decode(&v) != nil {
		return ""
	}
	out, _ := json.Marshal(v)
	return string(out)
}

// repeatsKeys reports a repeated member name in any object: encoding/json and the codec both keep
// the last, but the codec writes it in the first one's place.
func repeatsKeys(b []byte) bool {
	d := json.NewDecoder(bytes.NewReader(b))
	type frame struct {
		obj  bool
		key  bool
		seen map[string]bool
	}
	var stack []*frame
	for {
		tok, err := d.Token()
		if err != nil {
			return false
		}
		var top *frame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		switch v := tok.(type) {
		case json.Delim:
			if v == '{' || v == '[' {
				if top != nil && top.obj {
					top.key = true
				}
				stack = append(stack, &frame{obj: v == '{', key: true, seen: map[string]bool{}})
			} else {
				stack = stack[:len(stack)-1]
			}
			continue
		case string:
			if top != nil && top.obj && top.key {
				if top.seen[v] {
					return true
				}
				top.seen[v] = true
				top.key = false
				continue
			}
		}
		if top != nil && top.obj {
			top.key = true
		}
	}
}

// A single element reads as a slice of one and is written back as the object it was, until the
// slice changes: then it is an array.
func TestElementsEdits(t *testing.T) {
	var d doc
	if err := docCodec.Unmarshal(&d, []byte(`{"elements":{"id":"one"}}`)); err != nil {
		t.Fatal(err)
	}
	if len(d.Elements) != 1 || d.Elements[0].ID != "one" {
		t.Fatalf("elements %+v", d.Elements)
	}
	if out, _ := docCodec.Marshal(&d); string(out) != `{"elements":{"id":"one"}}` {
		t.Errorf("unchanged: %s", out)
	}
	d.Elements = append(d.Elements, child{ID: "two"})
	if out, _ := docCodec.Marshal(&d); string(out) != `{"elements":[{"id":"one"},{"id":"two"}]}` {
		t.Errorf("changed: %s", out)
	}
}

// A copy of a decoded struct shares its Shape's rarely used part; deleting a member of the copy
// leaves the original's odd values as they were.
func TestCodecDeleteInCopy(t *testing.T) {
	var d doc
	in := `{"name":5,"count":"3"}`
	if err := docCodec.Unmarshal(&d, []byte(in)); err != nil {
		t.Fatal(err)
	}
	c := d
	if !docCodec.Delete(&c, "name") {
		t.Fatal("Delete(name) = false")
	}
	if out, _ := docCodec.Marshal(&c); canonical(t, out) != canonical(t, []byte(`{"count":"3"}`)) {
		t.Errorf("copy after Delete: %s", out)
	}
	if out, _ := docCodec.Marshal(&d); canonical(t, out) != canonical(t, []byte(in)) {
		t.Errorf("original after the copy's Delete: %s, want %s", out, in)
	}
}

// The codec tries the key it expects next by comparing bytes; a key that only starts like it, or is
// spelt with escapes, or comes in another order or twice, is still read as what it is.
func TestCodecKeyGuesses(t *testing.T) {
	for in, want := range map[string]struct {
		name  string
		extra []string
	}{
		`{"name":"a","flag":"true"}`:           {name: "a"},
		`{"names":1,"nam":2,"name":"b"}`:       {name: "b", extra: []string{"nam", "names"}},
		`{"n\u0061me":"c"}`:                    {name: "c"},
		`{"name":"d","name":"e"}`:              {name: "e"},
		`{"flag":"true","name":"f","nameX":3}`: {name: "f", extra: []string{"nameX"}},
		`{"name\"":1,"name":"g"}`:              {name: "g", extra: []string{"name\""}},
	} {
		for range 2 { // the second time, after the codec has learnt this order
			var d doc
			if err := docCodec.Unmarshal(&d, []byte(in)); err != nil {
				t.Fatalf("%s: %v", in, err)
			}
			var extra []string
			for k := range d.Extra {
				extra = append(extra, k)
			}
			slices.Sort(extra)
			if d.Name != want.name || !slices.Equal(extra, want.extra) {
				t.Errorf("%s: name %q, unknown members %q; want %q, %q", in, d.Name, extra, want.name, want.extra)
			}
		}
	}
}

// longDoc's member names all fit in a KeyTable, so its codec reads keys from the table, not by
// guessing the next one.
type longDoc struct {
	Source, Name string
	Extra        map[string]json.RawMessage
	layout       Layout
}

var longDocCodec = NewCodec(func(d *longDoc) *Layout { return &d.layout }, func(d *longDoc) *map[string]json.RawMessage { return &d.Extra },
	String("eventSource", func(d *longDoc) *string { return &d.Source }),
	String("eventName", func(d *longDoc) *string { return &d.Name }))

// TestCodecKeyTable: keys read through the codec's KeyTable give the fields that their names say,
// in any order, escaped or spaced, and anything near a name (a prefix, an extension) is Extra; what
// is written reads back the same.
func TestCodecKeyTable(t *testing.T) {
	if longDocCodec.table == nil || docCodec.table != nil {
		t.Fatal("the long names have no KeyTable, or the short ones have one")
	}
	for in, want := range map[string]struct {
		source, name string
		extra        []string
	}{
		`{"eventSource":"s3","eventName":"GetObject"}`:           {"s3", "GetObject", nil},
		`{"eventName":"Put","eventSource":"sqs"}`:                {"sqs", "Put", nil},
		`{"eventNam":1,"eventNames":2,"eventName":"x"}`:          {"", "x", []string{"eventNam", "eventNames"}},
		`{"event\u004eame":"esc", "eventSource" : "spaced"}`:     {"spaced", "esc", nil},
		`{"eventSourceX":1,"eventSource":"a","eventSource":"b"}`: {"b", "", []string{"eventSourceX"}},
		`{"eventSource":"a","eventName":null,"eventSourcf":"z"}`: {"a", "", []string{"eventSourcf"}},
	} {
		var d longDoc
		if err := longDocCodec.Unmarshal(&d, []byte(in)); err != nil {
			t.Fatalf("%s: %v", in, err)
		}
		extra := slices.Sorted(maps.Keys(d.Extra))
		if d.Source != want.source || d.Name != want.name || !slices.Equal(extra, want.extra) {
			t.Errorf("%s: %q %q, unknown members %q; want %q %q, %q", in, d.Source, d.Name, extra, want.source, want.name, want.extra)
		}
		out, err := longDocCodec.Marshal(&d)
		var back longDoc
		if err == nil {
			err = longDocCodec.Unmarshal(&back, out)
		}
		if err != nil || back.Source != d.Source || back.Name != d.Name || !maps.EqualFunc(back.Extra, d.Extra, func(a, b json.RawMessage) bool { return bytes.Equal(a, b) }) {
			t.Errorf("%s: written as %s, read back as %+v (%v)", in, out, back, err)
		}
	}
}
