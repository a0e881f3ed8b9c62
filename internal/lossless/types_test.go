package lossless

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// gen is a struct as apigen writes it: a field of every kind Types reads, a type that refers to
// itself, and named string and byte-slice types.
type (
	genName string
	genRaw  []byte
	gen     struct {
		Name     string                     `json:"name,omitempty"`
		Kind     genName                    `json:"kind,omitempty"`
		Real     bool                       `json:"real,omitempty"`
		Count    int64                      `json:"count,omitempty"`
		Ratio    float64                    `json:"ratio,omitempty"`
		At       time.Time                  `json:"at,omitempty"`
		Payload  json.RawMessage            `json:"payload,omitempty"`
		Policy   genRaw                     `json:"policy,omitempty"`
		Child    *gen                       `json:"child,omitempty"`
		Children []gen                      `json:"children,omitempty"`
		Tags     []genName                  `json:"tags,omitempty"`
		Labels   map[string]string          `json:"labels,omitempty"`
		Extra    map[string]json.RawMessage `json:"-"`
		Layout   Layout                     `json:"-"`
	}
	empty struct {
		Extra  map[string]json.RawMessage `json:"-"`
		Layout Layout                     `json:"-"`
	}
)

var genTypes = Types{Layouts: []string{"Jan 2, 2006, 3:04:05 PM"}}

// Decoding then encoding gives back the input, whatever JSON types the members hold, at every level.
func TestTypesRoundTrip(t *testing.T) {
	docs := []string{
		`{}`,
		`{"name":"n","kind":"K","real":true,"count":12,"ratio":0.5,"at":"2024-03-01T00:00:00Z","payload":{"k":[1,2]},"policy":"{\"Version\":\"2012-10-17\"}",` +
			`"child":{"name":"c","child":{"count":1,"zz":2}},"children":[{"name":"x"},{"name":"y","z":null}],"tags":["a","b"],"labels":{"b":"2","a":"1"},"unknown":{"deep":[null]}}`,
		// Odd values: each is kept as it came.
		`{"name":5,"real":"true","count":1.0,"ratio":100.0,"at":"Nov 3, 2026, 10:00:00 PM","kind":false}`,
		`{"name":true,"real":null,"count":"12","ratio":"0.5","at":"2024-03-01T00:00:00+01:00"}`,
		`{"real":1,"count":1e2,"ratio":9.82222E-5,"at":1709251200,"child":"not an object","children":[1,{"name":"ok"}]}`,
		`{"count":1.5,"ratio":"x","at":"not a time","tags":[1,"a"],"labels":{"a":1},"payload":null,"policy":{"Version":"2012-10-17"}}`,
		`{"count":true,"ratio":null,"tags":"x","labels":[],"children":{},"child":[]}`,
		// Null, absent and empty stay apart; a repeated key: the last wins.
		`{"name":null,"tags":[],"labels":{},"child":null,"children":[],"payload":""}`,
		`{"name":"","real":false,"count":0,"ratio":0,"child":{}}`,
		`{"name":"a","name":"b"}`,
	}
	for _, in := range docs {
		var g gen
		if err := genTypes.Unmarshal(&g, []byte(in)); err != nil {
			t.Errorf("%s: %v", in, err)
			continue
		}
		out, err := genTypes.Marshal(&g)
		if err != nil {
			t.Fatal(err)
		}
		want := in
		if in == `{"name":"a","name":"b"}` {
			want = `{"name":"b"}`
		}
		if got, want := canonical(t, out), canonical(t, []byte(want)); got != want {
			t.Errorf("round trip\n got %s\nwant %s", got, want)
		}
	}
}

// A time written as a JSON number is read as epoch seconds, or milliseconds when it is too large
// for seconds (always milliseconds in EC2 mode), and written back as recorded.
func TestTypesEpochTimes(t *testing.T) {
	eks := time.Date(2018, 5, 28, 19, 16, 43, 208e6, time.UTC) // the EKS User Guide's createdAt
	for _, tc := range []struct {
		in   string
		ec2  bool
		want time.Time
	}{
		{`{"at":1527535003.208}`, false, eks},
		{`{"at":1527535003208}`, false, eks},
		{`{"at":1527535003}`, false, eks.Truncate(time.Second)},
		{`{"at":-86400}`, false, time.Date(1969, 12, 31, 0, 0, 0, 0, time.UTC)},
		{`{"at":1527535003208}`, true, eks},
		{`{"at":1e300}`, false, time.Time{}},
		{`{"at":0}`, false, time.Time{}},
		{`{"at":0}`, true, time.Time{}},
	} {
		ts := &genTypes
		if tc.ec2 {
			ts = &Types{EC2: true}
		}
		var g gen
		if err := ts.Unmarshal(&g, []byte(tc.in)); err != nil {
			t.Fatalf("%s: %v", tc.in, err)
		}
		if !g.At.Equal(tc.want) {
			t.Errorf("%s (EC2 %v): at %v, want %v", tc.in, tc.ec2, g.At, tc.want)
		}
		if out, err := ts.Marshal(&g); err != nil || string(out) != tc.in {
			t.Errorf("%s: written back as %s, %v", tc.in, out, err)
		}
	}
}

// Types reads what a generic Codec with the same fields reads, and writes the same bytes.
func TestTypesAgreeWithCodec(t *testing.T) {
	in := `{"name":"n","kind":"K","real":true,"count":12,"ratio":0.5,"at":"Nov 3, 2026, 10:00:00 PM","children":[{"name":"x","q":1}],"tags":["a"],"labels":{"a":"1"},"more":[1]}`
	var g gen
	if err := genTypes.Unmarshal(&g, []byte(in)); err != nil {
		t.Fatal(err)
	}
	var d doc
	if err := docCodec.UnmarshalCopy(&d, []byte(in)); err != nil {
		t.Fatal(err)
	}
	if g.Name != d.Name || g.Real != d.Real || g.Count != d.Count || g.Ratio != d.Ratio || !g.At.Equal(d.At) ||
		len(g.Children) != 1 || g.Children[0].Name != "x" || string(g.Children[0].Extra["q"]) != "1" ||
		!cmp.Equal([]string{string(g.Tags[0])}, d.Tags) || !cmp.Equal(g.Labels, d.Labels) || string(g.Extra["more"]) != "[1]" {
		t.Errorf("Types read %+v, Codec %+v", g, d)
	}
	if !strings.Contains(mustMarshal(t, &g), `"at":"Nov 3, 2026, 10:00:00 PM"`) {
		t.Errorf("a time in another layout is not written back as it came: %s", mustMarshal(t, &g))
	}
}

func mustMarshal(t *testing.T, g *gen) string {
	t.Helper()
	b, err := genTypes.Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// A field changed in Go shows in the encoding; one left alone keeps its odd text; Delete removes a
// member, known or not, so that the encoding has no such key.
func TestTypesEditsAndDelete(t *testing.T) {
	var g gen
	if err := genTypes.Unmarshal(&g, []byte(`{"name":5,"count":"3","extra":1,"child":{"name":"c"},"tags":["t"]}`)); err != nil {
		t.Fatal(err)
	}
	g.Count = 4
	if got := mustMarshal(t, &g); got != `{"name":5,"count":4,"child":{"name":"c"},"tags":["t"],"extra":1}` {
		t.Errorf("after an edit: %s", got)
	}
	for _, m := range []string{"name", "extra", "child", "tags"} {
		if !genTypes.Delete(&g, m) {
			t.Errorf("Delete(%q) = false", m)
		}
	}
	if genTypes.Delete(&g, "ratio") || genTypes.Delete(&g, "nothing") {
		t.Error("Delete of an absent member reported true")
	}
	if got := mustMarshal(t, &g); got != `{"count":4}` {
		t.Errorf("after Delete: %s", got)
	}
	if !genTypes.Known(&g, "labels") || genTypes.Known(&g, "extra") {
		t.Error("Known is wrong")
	}
	var e empty // a type with no members: Extra sits at offset 0
	if err := genTypes.Unmarshal(&e, []byte(`{"a":1}`)); err != nil || string(e.Extra["a"]) != "1" {
		t.Errorf("empty type: %+v, %v", e, err)
	}
}

// Decode refuses what is not one JSON object, and names where.
func TestTypesErrors(t *testing.T) {
	for in, want := range map[string]string{
		`""`:          "not a JSON object",
		`[1]`:         "not a JSON object",
		`{"name":`:    "byte",
		`{} {}`:       "data after the top-level value",
		`{"child":{`:  "byte",
		`{"tags":[1,`: "byte",
	} {
		var g gen
		err := genTypes.Decode(&g, []byte(in))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: error %v, want one with %q", in, err, want)
		}
	}
}

// A type is made once, whoever asks first, and concurrent first uses agree.
func TestTypesConcurrentFirstUse(t *testing.T) {
	var ts Types
	done := make(chan *typeCodec)
	for range 8 {
		go func() {
			c, _ := ts.structOf(&gen{})
			done <- c
		}()
	}
	first := <-done
	for range 7 {
		if c := <-done; c != first {
			t.Fatal("two codecs for one type")
		}
	}
	if first.fields[8].elem != first {
		t.Error("a type that refers to itself does not get its own codec")
	}
}

func BenchmarkTypesDecode(b *testing.B) {
	in := []byte(`{"name":"n","kind":"K","real":true,"count":12,"ratio":0.5,"at":"2024-03-01T00:00:00Z","children":[{"name":"x"},{"name":"y"}],"tags":["a","b"],"labels":{"a":"1"}}`)
	b.ReportAllocs()
	for b.Loop() {
		var g gen
		if err := genTypes.Unmarshal(&g, in); err != nil {
			b.Fatal(err)
		}
	}
}

// A type of more than 64 members (RDS's DBInstance has 93) keeps null, absent and empty apart for
// every one of them, and Delete forgets any of them.
func TestTypesWide(t *testing.T) {
	var fields []reflect.StructField
	for i := range 150 {
		fields = append(fields, reflect.StructField{Name: fmt.Sprintf("F%d", i), Type: reflect.TypeFor[string](), Tag: reflect.StructTag(fmt.Sprintf(`json:"f%d,omitempty"`, i))})
	}
	fields = append(fields,
		reflect.StructField{Name: "Extra", Type: reflect.TypeFor[map[string]json.RawMessage](), Tag: `json:"-"`},
		reflect.StructField{Name: "Layout", Type: reflect.TypeFor[Layout](), Tag: `json:"-"`})
	wide := reflect.StructOf(fields)
	in := `{"f0":"a","f63":null,"f64":"","f65":null,"f100":"x","f149":null,"f1":"b","more":1}`
	v := reflect.New(wide).Interface()
	var ts Types
	if err := ts.Unmarshal(v, []byte(in)); err != nil {
		t.Fatal(err)
	}
	out, _ := ts.Marshal(v)
	if got, want := canonical(t, out), canonical(t, []byte(in)); got != want {
		t.Errorf("round trip\n got %s\nwant %s", got, want)
	}
	if !ts.Delete(v, "f65") || !ts.Delete(v, "f100") || ts.Delete(v, "f120") {
		t.Error("Delete of a wide member")
	}
	out, _ = ts.Marshal(v)
	if got, want := canonical(t, out), canonical(t, []byte(`{"f0":"a","f63":null,"f64":"","f149":null,"f1":"b","more":1}`)); got != want {
		t.Errorf("after Delete\n got %s\nwant %s", got, want)
	}
}
