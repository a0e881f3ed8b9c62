package cloudtrail_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/trailtype/cloudtrail"
)

// names lists the events' names.
func names(got decoded) string {
	var s []string
	for _, ev := range got.events {
		s = append(s, ev.EventName)
	}
	return strings.Join(s, " ")
}

// lineStart is the offset of line n, from 1.
func lineStart(s string, n int) int {
	at := 0
	for ; n > 1; n-- {
		at += strings.IndexByte(s[at:], '\n') + 1
	}
	return at
}

// One malformed line of NDJSON is one RecordError that names its line; the lines after it are read.
func TestNDJSONMalformedLine(t *testing.T) {
	line := func(name string) string { return `{"eventVersion":"1.08","eventName":"` + name + `"}` }
	tests := []struct {
		name, input string
		wantLine    int    // the line the error names
		wantEvents  string // the events read around it
	}{
		{"trailing comma", line("A") + "\n" + `{"eventVersion":"1.08","eventName":"B",}` + "\n" + line("C") + "\n", 2, "A C"},
		{"cut short", line("A") + "\n" + `{"eventVersion":"1.08","eventName":"B"` + "\n" + line("C") + "\n", 2, "A C"},
		{"unclosed string", line("A") + "\n" + `{"eventVersion":"1.08","eventName":"B}` + "\n" + line("C") + "\n", 2, "A C"},
		{"unclosed object", line("A") + "\n" + `{"eventVersion":"1.08","x":{"eventName":"B"}` + "\n" + line("C") + "\n" + line("D"), 2, "A C D"},
		{"not JSON", line("A") + "\n" + `hello` + "\n" + line("C"), 2, "A C"},
		{"CRLF", line("A") + "\r\n" + `{"eventName":"B",}` + "\r\n" + line("C") + "\r\n", 2, "A C"},
		{"first line", `{"eventName":"B",}` + "\n" + line("C"), 1, "C"},
		{"last line", line("A") + "\n" + line("C") + "\n" + `{"eventName":"B",}`, 3, "A C"},
		{"after blank lines", line("A") + "\n\n\n" + `{"eventName":"B",}` + "\n" + line("C"), 4, "A C"},
		{"after a document over the size limit", `{"eventName":"` + strings.Repeat("x", 2000) + `"}` + "\n" + line("A") + "\n" +
			`{"eventName":"B",}` + "\n" + line("C"), 3, "A C"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, input := range [][]byte{[]byte(tc.input), gz(t, []byte(tc.input))} {
				got := decodeAll(t, input, cloudtrail.WithMaxRecordSize(1024))
				if names(got) != tc.wantEvents {
					t.Errorf("events %q, want %q; errors %v", names(got), tc.wantEvents, got.errs)
				}
				var re *cloudtrail.RecordError
				last := got.errs[len(got.errs)-1:]
				if len(last) != 1 || !errors.As(last[0], &re) || re.Line != tc.wantLine {
					t.Fatalf("errors %v, want the last a RecordError on line %d", got.errs, tc.wantLine)
				}
				if want := "on line " + string(rune('0'+tc.wantLine)); !strings.Contains(re.Error(), want) {
					t.Errorf("%q does not say %q", re.Error(), want)
				}
				if at := lineStart(tc.input, tc.wantLine); re.Offset != int64(at) {
					t.Errorf("offset %d, want the line's first byte %d", re.Offset, at)
				}
			}
		})
	}
	t.Run("index and envelopes go on", func(t *testing.T) {
		got := decodeAll(t, []byte(line("A")+"\n"+`{"eventName":"B",}`+"\n"+line("C")))
		if len(got.envelopes) != 2 || got.envelopes[1].Index != 2 || got.envelopes[1].Offset != int64(len(line("A"))+len(`{"eventName":"B",}`)+2) {
			t.Errorf("envelopes %+v", got.envelopes)
		}
	})
}

// A broken document that spans lines is no line-delimited input: the stream ends there, as it
// would for any broken JSON, rather than reading its remaining lines as documents.
func TestNDJSONPrettyPrintedDocumentIsNotResynchronised(t *testing.T) {
	input := "{\n  \"eventName\": \"A\",\n  \"awsRegion\": \"x\",\n}\n" + `{"eventName":"C"}`
	got := decodeAll(t, []byte(input))
	var se *cloudtrail.StreamError
	if len(got.events) != 0 || len(got.errs) != 1 || !errors.As(got.errs[0], &se) {
		t.Fatalf("events %q errors %v, want one StreamError", names(got), got.errs)
	}
}

// Documents on one line each name their line in errors, whatever the cause.
func TestNDJSONErrorsNameTheLine(t *testing.T) {
	input := `{"eventName":"A"}` + "\n" + `{"digestS3Object":"k","logFiles":[]}` + "\n" + `42` + "\n" + `{"eventName":"B"}`
	got := decodeAll(t, []byte(input))
	if len(got.errs) != 2 {
		t.Fatalf("errors %v", got.errs)
	}
	for i, want := range []string{fmt.Sprintf("record 1 on line 2 at byte %d: ", lineStart(input, 2)),
		fmt.Sprintf("record 2 on line 3 at byte %d: ", lineStart(input, 3))} {
		if !strings.Contains(got.errs[i].Error(), want) {
			t.Errorf("%q does not say %q", got.errs[i], want)
		}
	}
}
