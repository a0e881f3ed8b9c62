// Package modeltest checks, for the tests of the model packages, that the lossless model types
// encode under the JSON names their struct tags document. The codecs' field tables spell every name
// a second time; this is what keeps the two in step.
package modeltest

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// CheckTags walks every model type reachable from the roots (a struct type with an Extra map and
// its own MarshalJSON) and fails t for each whose encoding, with every tagged field set, does not
// have exactly the tagged names as members.
func CheckTags(t testing.TB, roots ...reflect.Type) {
	t.Helper()
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(typ reflect.Type) {
		for typ.Kind() == reflect.Pointer || typ.Kind() == reflect.Slice || typ.Kind() == reflect.Map {
			typ = typ.Elem()
		}
		if typ.Kind() != reflect.Struct || seen[typ] || typ == reflect.TypeOf(time.Time{}) {
			return
		}
		seen[typ] = true
		if _, ok := typ.FieldByName("Extra"); ok {
			checkType(t, typ)
		}
		for i := 0; i < typ.NumField(); i++ {
			if typ.Field(i).IsExported() {
				walk(typ.Field(i).Type)
			}
		}
	}
	for _, r := range roots {
		walk(r)
	}
	if len(seen) == 0 {
		t.Fatal("no model types reached")
	}
}

// checkType sets every tagged field of a T and compares its encoding's members with the tags.
func checkType(t testing.TB, typ reflect.Type) {
	t.Helper()
	v := reflect.New(typ).Elem()
	var want []string
	for i := 0; i < typ.NumField(); i++ {
		f := typ.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" || name == "" {
			continue
		}
		want = append(want, name)
		fill(v.Field(i))
	}
	out, err := json.Marshal(v.Addr().Interface())
	if err != nil {
		t.Errorf("%v: %v", typ, err)
		return
	}
	var members map[string]json.RawMessage
	if err := json.Unmarshal(out, &members); err != nil {
		t.Errorf("%v encodes %s: %v", typ, out, err)
		return
	}
	var got []string
	for k := range members {
		got = append(got, k)
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("%v: the codec writes %q, the struct tags say %q", typ, got, want)
	}
}

// fill sets v to a value that is not its type's zero value.
func fill(v reflect.Value) {
	switch {
	case v.Type() == reflect.TypeOf(json.RawMessage(nil)):
		v.SetBytes([]byte("1"))
	case v.Type() == reflect.TypeOf(time.Time{}):
		v.Set(reflect.ValueOf(time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)))
	}
	if !v.IsZero() {
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString("x")
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int64, reflect.Int32:
		v.SetInt(1)
	case reflect.Float64, reflect.Float32:
		v.SetFloat(1.5)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		if v.Elem().Kind() != reflect.Struct {
			fill(v.Elem())
		}
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 1, 1)
		if s.Index(0).Kind() != reflect.Struct {
			fill(s.Index(0))
		}
		v.Set(s)
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		e := reflect.New(v.Type().Elem()).Elem()
		fill(e)
		m.SetMapIndex(reflect.ValueOf("k").Convert(v.Type().Key()), e)
		v.Set(m)
	}
}

// Leftovers lists the paths of every non-empty Extra map in v, at any depth: members a typed model
// did not know.
func Leftovers(v any) []string {
	var out []string
	var walk func(path string, v reflect.Value)
	walk = func(path string, v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer, reflect.Interface:
			if !v.IsNil() {
				walk(path, v.Elem())
			}
		case reflect.Slice:
			if v.Type() == reflect.TypeOf(json.RawMessage(nil)) {
				return
			}
			for i := 0; i < v.Len(); i++ {
				walk(fmt.Sprintf("%s[%d]", path, i), v.Index(i))
			}
		case reflect.Struct:
			t := v.Type()
			for i := 0; i < t.NumField(); i++ {
				f := t.Field(i)
				if !f.IsExported() {
					continue
				}
				if f.Name == "Extra" && v.Field(i).Len() > 0 {
					for _, k := range v.Field(i).MapKeys() {
						out = append(out, path+"."+k.String())
					}
					continue
				}
				walk(path+"."+f.Name, v.Field(i))
			}
		}
	}
	walk("", reflect.ValueOf(v))
	slices.Sort(out)
	return out
}

// Sample builds a JSON value of a botocore shape with every member filled, as CloudTrail would record
// it: member names with a lower-case first letter, times as RFC 3339. A shape met again inside
// itself is left empty.
func Sample(shapes map[string]SampleShape, shape, member string) any {
	return sample(shapes, shape, member, map[string]bool{}, false)
}

// sample is Sample; with modelCase, member names are the model's own (apigen -member-case model).
func sample(shapes map[string]SampleShape, shape, member string, open map[string]bool, modelCase bool) any {
	sh := shapes[shape]
	if open[shape] {
		return nil
	}
	open[shape] = true
	defer delete(open, shape)
	switch {
	case len(sh.Enum) > 0:
		return sh.Enum[len(member)%len(sh.Enum)]
	case sh.Type == "string" || sh.Type == "blob":
		return strings.ToLower(member) + "-value"
	case sh.Type == "boolean":
		return true
	case sh.Type == "integer" || sh.Type == "long":
		return 25
	case sh.Type == "double" || sh.Type == "float":
		return 2.5
	case sh.Type == "timestamp":
		return "2024-05-06T07:08:09Z"
	case sh.Type == "list":
		if v := sample(shapes, sh.Member.Shape, member, open, modelCase); v != nil {
			return []any{v}
		}
		return []any{}
	case sh.Type == "map":
		return map[string]any{"key": sample(shapes, sh.Value.Shape, member, open, modelCase)}
	case sh.Type == "structure":
		obj := map[string]any{}
		for name, mem := range sh.Members {
			json := mem.LocationName
			if json == "" || mem.Location != "" { // mirrors apigen.JSONName
				json = strings.ToLower(name[:1]) + name[1:]
				if modelCase {
					json = name
				}
			}
			if v := sample(shapes, mem.Shape, name, open, modelCase); v != nil {
				obj[json] = v
			}
		}
		return obj
	}
	return nil
}

// SampleShape is the part of a botocore shape Sample reads.
type SampleShape struct {
	Type    string
	Enum    []string
	Members map[string]struct {
		Shape        string
		Location     string `json:"location"`
		LocationName string `json:"locationName"`
	}
	Member, Value *struct{ Shape string }
}
