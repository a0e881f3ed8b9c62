package lossless

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestAppendString(t *testing.T) {
	tests := map[string]string{
		"":                   `""`,
		"plain <>&":          `"plain <>&"`,
		"q\"b\\":             `"q\"b\\"`,
		"\n\r\t\x00\x1f\b\f": `"\n\r\t\u0000\u001f\u0008\u000c"`,
		"é😀":                 `"é😀"`,
		"bad \xff byte":      `"bad \ufffd byte"`,
		"\u2028\u2029":       `"\u2028\u2029"`,
	}
	for in, want := range tests {
		if got := string(AppendString(nil, in)); got != want {
			t.Errorf("AppendString(%q) = %s, want %s", in, got, want)
		}
	}
}

// FuzzAppendString: what AppendString writes, encoding/json reads back as the string, with invalid
// UTF-8 replaced as encoding/json replaces it.
func FuzzAppendString(f *testing.F) {
	for _, s := range []string{"a", "\xff", "\u2028", "\"\\", "\x01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got string
		if err := json.Unmarshal(AppendString(nil, s), &got); err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		if want := strings.ToValidUTF8(s, "\ufffd"); got != want && utf8.ValidString(s) {
			t.Fatalf("%q read back as %q", s, got)
		}
		std, _ := json.Marshal(s)
		var stdGot string
		_ = json.Unmarshal(std, &stdGot)
		if got != stdGot {
			t.Fatalf("%q: we give %q, encoding/json %q", s, got, stdGot)
		}
	})
}

func TestTimes(t *testing.T) {
	for text, want := range map[string]string{
		"2024-03-01T00:00:00Z":        "2024-03-01T00:00:00Z",
		"2024-03-01T00:00:00.123456Z": "2024-03-01T00:00:00.123456Z",
		"2024-03-01T02:00:00+02:00":   "2024-03-01T00:00:00Z",
		"2024-03-01 10:00:00":         "2024-03-01T10:00:00Z",
		"2024-03-01 10:00:00.5+01:00": "2024-03-01T09:00:00.5Z",
		"Nov 3, 2026, 10:00:00 PM":    "2026-11-03T22:00:00Z",
		"2024-02-30T00:00:00Z":        "", // no 30 February
		"2024-13-01T00:00:00Z":        "",
		"2024-0a-01T00:00:00Z":        "",
		"yesterday":                   "",
	} {
		got, ok := ParseTime(text, "Jan 2, 2006, 3:04:05 PM")
		if (want == "") == ok || (ok && got.UTC().Format(time.RFC3339Nano) != want) {
			t.Errorf("ParseTime(%q) = %v %v, want %q", text, got, ok, want)
		}
	}
	if got := string(AppendTime(nil, time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC))); got != `"2024-03-01T00:00:00Z"` {
		t.Errorf("AppendTime = %s", got)
	}
	if got := string(AppendTime(nil, time.Date(2024, 3, 1, 0, 0, 0, 500, time.FixedZone("", -3600)))); got != `"2024-03-01T00:00:00.0000005-01:00"` {
		t.Errorf("AppendTime = %s", got)
	}
}

func TestAppendFloat(t *testing.T) {
	for f, want := range map[float64]string{0: "0", 1.5: "1.5", -2: "-2", 1e-7: "1e-7", 1.5e-9: "1.5e-9", 1e21: "1e+21", 123456789: "123456789", math.MaxFloat64: "1.7976931348623157e+308"} {
		if got := string(AppendFloat(nil, f)); got != want {
			t.Errorf("AppendFloat(%v) = %s, want %s", f, got, want)
		}
		if std, _ := json.Marshal(f); string(std) != want {
			t.Errorf("encoding/json writes %v as %s, we %s", f, std, want)
		}
	}
}

func TestTrimAPIVersion(t *testing.T) {
	for in, want := range map[string]string{
		"UpdateFunctionCode20150331v2": "UpdateFunctionCode", "AddPermission20150331": "AddPermission", "GetFunction20150331v10": "GetFunction",
		"DeleteFunction": "DeleteFunction", "GetV2": "GetV2", "Put2024": "Put2024", "ListV120150331": "ListV1", "v20150331": "v20150331", "": "",
	} {
		if got := TrimAPIVersion(in); got != want {
			t.Errorf("TrimAPIVersion(%q) = %q, want %q", in, got, want)
		}
	}
}
