package lossless

import (
	"encoding/json"
	"fmt"
	"testing"
)

// wide is a struct of more fields than a Shape's first word holds.
type wide struct {
	v      [90]string
	extra  map[string]json.RawMessage
	layout Layout
}

func wideCodec() *Codec[wide] {
	fields := make([]Field[wide], 90)
	for i := range fields {
		fields[i] = String(fmt.Sprintf("f%d", i), func(w *wide) *string { return &w.v[i] })
	}
	return NewCodec(func(w *wide) *Layout { return &w.layout }, func(w *wide) *map[string]json.RawMessage { return &w.extra }, fields...)
}

// A codec of more than 64 fields keeps the presence and nulls of the fields past 64 (S3's Request
// has 90): empty and null members encode back as they came, a repeated key keeps the last, and
// Delete forgets one.
func TestCodecWide(t *testing.T) {
	c := wideCodec()
	in := `{"f1":"a","f70":"","f71":null,"f75":"x","f75":"y","other":1}`
	var w wide
	if err := c.Unmarshal(&w, []byte(in)); err != nil {
		t.Fatal(err)
	}
	if w.v[1] != "a" || w.v[75] != "y" || !w.layout.sh.Present(70) || !w.layout.sh.Null(71) || w.layout.sh.Present(72) {
		t.Fatalf("decoded %q %q, present 70 %v, null 71 %v", w.v[1], w.v[75], w.layout.sh.Present(70), w.layout.sh.Null(71))
	}
	out, _ := c.Marshal(&w)
	if want := `{"f1":"a","f70":"","f71":null,"f75":"y","other":1}`; string(out) != want {
		t.Errorf("encoded %s, want %s", out, want)
	}
	if !c.Delete(&w, "f70") {
		t.Error("Delete f70: not there")
	}
	out, _ = c.Marshal(&w)
	if want := `{"f1":"a","f71":null,"f75":"y","other":1}`; string(out) != want {
		t.Errorf("after Delete %s, want %s", out, want)
	}
}
