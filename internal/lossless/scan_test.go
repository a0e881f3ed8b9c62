package lossless

import (
	"encoding/json"
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// The scanner is checked against encoding/json: what it accepts, what it rejects, and what a string
// decodes to. Errors must say where.

func TestString(t *testing.T) {
	tests := []struct {
		in, want string
		err      string // a fragment of the error, "" for none
	}{
		{`""`, "", ""},
		{`"plain ascii, longer than a word"`, "plain ascii, longer than a word", ""},
		{`"héllo wörld"`, "héllo wörld", ""},
		{`"\"\\\/\b\f\n\r\t"`, "\"\\/\b\f\n\r\t", ""},
		{`"a run of plain text before an escape\nand after it"`, "a run of plain text before an escape\nand after it", ""},
		{`"\u00e9\u00E9"`, "éé", ""},
		{`"\ud83d\ude00 grin"`, "😀 grin", ""},
		{`"\ud83d"`, "\ufffd", ""},                // a lone high surrogate
		{`"\ude00"`, "\ufffd", ""},                // a lone low surrogate
		{`"\ud83d\u0041"`, "\ufffdA", ""},         // a high surrogate before a letter
		{`"\ud83dx"`, "\ufffdx", ""},              // a high surrogate before plain text
		{`"tab	inside"`, "", "control character"}, // a raw tab
		{"\"nl\ninside\"", "", "control character"},
		{`"esc then nl\` + "n\x01\"", "", "control character"},
		{`"\x"`, "", "invalid escape"},
		{`"\u12"`, "", `invalid \u escape`},
		{`"\u12g4"`, "", `invalid \u escape`},
		{`"unterminated`, "", "end of input"},
		{`"unterminated after escape\n`, "", "end of input"},
		{`"ends on a backslash\`, "", "end of input"},
		{`nope`, "", "want a string"},
	}
	for _, tc := range tests {
		s := NewScanner([]byte(tc.in))
		got, err := s.String()
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%s: error %v, want one saying %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("%s: %q, %v; want %q", tc.in, got, err, tc.want)
		}
		var std string
		if err := json.Unmarshal([]byte(tc.in), &std); err != nil || std != got {
			t.Errorf("%s: encoding/json reads %q (%v), we read %q", tc.in, std, err, got)
		}
	}
}

// A string without escapes aliases the input; one with escapes does not.
func TestStringAliases(t *testing.T) {
	data := []byte(`"abc" "a\nc"`)
	s := NewScanner(data)
	plain, _ := s.String()
	escaped, _ := s.String()
	data[1], data[8] = 'X', 'X'
	if plain != "Xbc" || escaped != "a\nc" {
		t.Errorf("after writing the input: %q %q", plain, escaped)
	}
}

func TestPlainRun(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	// Besides the bytes to stop at, their neighbours and their twins with the top bit set (0xa2,
	// 0xdc, 0x9f), which the word test must pass over.
	special := []byte{'"', '\\', 0x00, 0x1f, 'a', 'b', 0x7f, 0x80, 0xff, ' ', 0x21, 0x23, 0x5b, 0x5d, 0xa2, 0xdc, 0x9f, 0xa0}
	for n := 0; n < 5000; n++ {
		b := make([]byte, rng.Intn(40))
		for i := range b {
			b[i] = special[rng.Intn(len(special))]
		}
		i := 0
		if len(b) > 0 {
			i = rng.Intn(len(b) + 1)
		}
		run := plainRun(b, i)
		if i+run > len(b) {
			t.Fatalf("plainRun(%q, %d) = %d", b, i, run)
		}
		isSpecial := func(c byte) bool { return c == '"' || c == '\\' || c < 0x20 }
		for _, c := range b[i : i+run] {
			if isSpecial(c) {
				t.Fatalf("plainRun(%q, %d) = %d passes over %q", b, i, run, c)
			}
		}
		if next := i + run; next+8 <= len(b) && !isSpecial(b[next]) {
			t.Fatalf("plainRun(%q, %d) = %d stops before %q, not special, with a word left", b, i, run, b[next])
		}
	}
}

func TestSkip(t *testing.T) {
	valid := []string{
		`0`, `-0`, `12`, `-1.5e+10`, `1E-2`, `0.25`, `true`, `false`, `null`, `"s"`, `"\u0041\n"`,
		`[]`, `{}`, ` [ 1 , "two" , [ 3 ] , { "four" : 4 } ] `, `{"a":{"b":[{"c":null}]},"d":""}`,
		strings.Repeat("[", 500) + strings.Repeat("]", 500),
	}
	for _, in := range valid {
		s := NewScanner([]byte(in))
		if err := s.Skip(); err != nil || !s.AtEnd() {
			t.Errorf("Skip(%s): %v, at end %v", in, err, s.AtEnd())
		}
		if !json.Valid([]byte(in)) {
			t.Errorf("%s is not valid JSON to encoding/json", in)
		}
	}
	invalid := map[string]string{
		``:                                  "end of input",
		`-`:                                 "invalid number",
		`1.`:                                "invalid number",
		`1e`:                                "invalid number",
		`1e+`:                               "invalid number",
		`tru`:                               "invalid literal",
		`nul`:                               "invalid literal",
		`fals`:                              "invalid literal",
		`[1,]`:                              "invalid number",
		`[1 2]`:                             "want ',' or ']'",
		`[1`:                                "end of input",
		`{"a" 1}`:                           "want ':'",
		`{"a":1,}`:                          "want a string",
		`{a:1}`:                             "want a string",
		`{"a":1`:                            "end of input",
		"\x00":                              "byte 0x00",
		`"\q"`:                              "invalid escape",
		`"\u00"`:                            `invalid \u escape`,
		"\"ctl\x01\"":                       "control character",
		`"open`:                             "end of input",
		`"esc at end\`:                      "end of input",
		strings.Repeat("[", maxDepth+1):     "nesting deeper",
		strings.Repeat(`{"a":`, maxDepth+1): "nesting deeper",
	}
	for in, want := range invalid {
		s := NewScanner([]byte(in))
		err := s.Skip()
		if err == nil && !s.AtEnd() {
			continue // a valid value followed by more: the caller's AtEnd check reports it
		}
		var se *SyntaxError
		if err == nil || !strings.Contains(err.Error(), want) || !errorAs(err, &se) || se.Offset < 0 || se.Offset > int64(len(in)) {
			t.Errorf("Skip(%.40q): %v, want an error saying %q at an offset in the input", in, err, want)
		}
		if json.Valid([]byte(in)) {
			t.Errorf("%.40q is valid JSON to encoding/json", in)
		}
	}
}

func errorAs(err error, se **SyntaxError) bool {
	e, ok := err.(*SyntaxError)
	*se = e
	return ok
}

func TestScalars(t *testing.T) {
	s := NewScanner([]byte(` -12.5e3 true false null 7`))
	if n, err := s.Number(); n != "-12.5e3" || err != nil {
		t.Errorf("Number = %q, %v", n, err)
	}
	if v, err := s.Bool(); !v || err != nil {
		t.Errorf("Bool = %v, %v", v, err)
	}
	if v, err := s.Bool(); v || err != nil {
		t.Errorf("Bool = %v, %v", v, err)
	}
	if s.Null() != true || s.Null() != false {
		t.Error("Null")
	}
	if _, err := s.Bool(); err == nil {
		t.Error("Bool on a number: want an error")
	}
	if n, err := s.Number(); n != "7" || err != nil || !s.AtEnd() || s.Peek() != 0 || s.Pos() != 26 {
		t.Errorf("Number = %q, %v, at end %v", n, err, s.AtEnd())
	}
	if _, err := NewScanner([]byte(`-x`)).Number(); err == nil {
		t.Error("Number(-x): want an error")
	}
}

func TestRawAndContainers(t *testing.T) {
	data := []byte(`{"a": [1, {"b": 2}], "c" : "d"} tail`)
	s := NewScanner(data)
	var keys []string
	err := s.Object(func(key string) error {
		keys = append(keys, key)
		raw, err := s.Raw()
		if key == "a" && (string(raw) != `[1, {"b": 2}]` || cap(raw) != len(raw)) {
			t.Errorf("Raw = %q, cap %d", raw, cap(raw))
		}
		return err
	})
	if err != nil || strings.Join(keys, ",") != "a,c" || s.AtEnd() || s.Peek() != 't' {
		t.Errorf("Object: %v %v", keys, err)
	}
	n := 0
	if err := NewScanner([]byte(`[1,2 , 3]`)).Array(func() error { n++; return NewScanner(nil).Skip() }); err == nil {
		t.Error("an element function's error must stop the walk")
	}
	s = NewScanner([]byte(`[1,2 , 3]`))
	if err := s.Array(func() error { n++; return s.Skip() }); err != nil || n != 4 {
		t.Errorf("Array: %d elements, %v", n, err)
	}
	for in, want := range map[string]string{
		`[1 2]`: "want ',' or ']'", `[1`: "end of input in array", `{"a":1 "b":2}`: "want ',' or '}'",
		`{"a":1`: "end of input in object", `{1:2}`: "want a string", `{"a"}`: "want ':'", `x`: "want '{'",
	} {
		s := NewScanner([]byte(in))
		var err error
		if in[0] == '[' {
			err = s.Array(s.Skip)
		} else {
			err = s.Object(func(string) error { return s.Skip() })
		}
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", in, err, want)
		}
	}
	if err := NewScanner([]byte(`[]`)).Array(nil); err != nil {
		t.Errorf("empty array: %v", err)
	}
	if err := NewScanner([]byte(`x`)).Array(nil); err == nil {
		t.Error("Array on a non-array: want an error")
	}
}

func TestScannerReset(t *testing.T) {
	var s Scanner
	s.Arena = 1
	s.Reset([]byte(`"x"`))
	if v, _ := s.String(); v != "x" || s.Arena != nil {
		t.Errorf("after Reset: %q, arena %v", v, s.Arena)
	}
	if ReadOnlyBytes("") != nil || string(ReadOnlyBytes("ab")) != "ab" {
		t.Error("ReadOnlyBytes")
	}
	if (&SyntaxError{Offset: 3, Msg: "m"}).Error() != "invalid JSON at byte 3: m" {
		t.Error("SyntaxError text")
	}
}

// FuzzString: the scanner reads exactly the strings encoding/json reads, to the same text.
func FuzzString(f *testing.F) {
	for _, s := range []string{`"a"`, `"\ud83d\ude00"`, `"\ud83d"`, `"\u00e9 plain text run"`, `"\"`, `"a\nb"`, `"" `, `"0123456789",""`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s := NewScanner(data)
		got, err := s.String()
		end := s.Pos()
		complete := err == nil && s.AtEnd()
		var std string
		stdErr := json.Unmarshal(data, &std)
		if complete != (stdErr == nil) {
			t.Fatalf("%q: we %v (%v), encoding/json %v", data, complete, err, stdErr)
		}
		if complete && replaceInvalid(got) != std {
			t.Fatalf("%q: we read %q, encoding/json %q", data, got, std)
		}
		// PlainString reads what String does, to the same offset, or nothing.
		p := NewScanner(data)
		if v, ok := p.PlainString(); ok && (err != nil || v != got || p.Pos() != end) {
			t.Fatalf("%q: PlainString %q to %d, String %q to %d (%v)", data, v, p.Pos(), got, end, err)
		} else if !ok && p.Pos() != 0 {
			t.Fatalf("%q: PlainString refused it but moved to %d", data, p.Pos())
		}
	})
}

func TestPlainString(t *testing.T) {
	for in, want := range map[string]string{`"abc","padding"`: "abc", `"0123456789abcdef"}`: "0123456789abcdef", `"",12345678`: "",
		`"abc"`: "-", // within the input's last eight bytes: String reads it
		` "a"`:  "-", `"a\nb"`: "-", "\"a\x01\"": "-", `"abc`: "-", `x`: "-", ``: "-"} {
		s := NewScanner([]byte(in))
		got, ok := s.PlainString()
		if !ok {
			got = "-"
		}
		if got != want || (ok && s.Pos() != len(want)+2) {
			t.Errorf("PlainString(%q) = %q to %d, want %q", in, got, s.Pos(), want)
		}
	}
}

// replaceInvalid replaces each byte of invalid UTF-8 with U+FFFD, as encoding/json does when it
// decodes a string. The scanner keeps such bytes as they are (see Scanner.String).
func replaceInvalid(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		b.WriteRune(r) // utf8.RuneError for an invalid byte, which is U+FFFD
		i += size
	}
	return b.String()
}

// FuzzSkip: Skip accepts exactly the documents encoding/json calls valid.
func FuzzSkip(f *testing.F) {
	for _, s := range []string{`{"a":[1,2,{"b":null}]}`, `[true,false]`, `-1.5e-3`, `"x"`, `{"a":}`, `[`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s := NewScanner(data)
		ok := s.Skip() == nil && s.AtEnd()
		if ok != json.Valid(data) {
			t.Fatalf("%q: Skip says %v, encoding/json %v", data, ok, json.Valid(data))
		}
	})
}

// FuzzNumber: Number reads the whole of every number encoding/json reads, and nothing else.
func FuzzNumber(f *testing.F) {
	for _, s := range []string{`0`, `-0.5`, `1e10`, `01`, `1.`, `-`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		s := NewScanner([]byte(in))
		n, err := s.Number()
		var num json.Number
		d := json.NewDecoder(strings.NewReader(in))
		d.UseNumber()
		stdOK := d.Decode(&num) == nil && !d.More() && strings.TrimSpace(in) == num.String()
		if ok := err == nil && s.AtEnd(); ok != stdOK || (ok && n != num.String()) {
			t.Fatalf("%q: we %q %v, encoding/json %q %v", in, n, err, num, stdOK)
		}
	})
}

// BenchmarkSkip passes over a CloudTrail record (the S3 data event of the decoder's benchmark log,
// nested three deep): what a filter pays for every record it refuses.
func BenchmarkSkip(b *testing.B) {
	rec := []byte(`{"additionalEventData":{"AuthenticationMethod":"AuthHeader","CipherSuite":"TLS_AES_128_GCM_SHA256","SignatureVersion":"SigV4","bytesTransferredIn":0,"bytesTransferredOut":5425714,"x-amz-id-2":"0f83cc0fcabc87cc1f1a227faae7e0f0ee788a1fbf694f0f687a52d004fa"},"awsRegion":"us-west-2","eventCategory":"Data","eventID":"c97d2d2a-313e-4f95-9578-18a7b3edca49","eventName":"HeadObject","eventSource":"s3.amazonaws.com","eventTime":"2024-03-01T00:13:43Z","eventType":"AwsApiCall","eventVersion":"1.09","managementEvent":false,"readOnly":true,"recipientAccountId":"791947779410","requestID":"CP2IS7LPYWXVY3PF","requestParameters":{"Host":"data-bucket-14.s3.us-west-2.amazonaws.com","bucketName":"data-bucket-14","key":"year=2024/month=03/part-eadf26deb5475eb5.parquet"},"resources":[{"ARN":"arn:aws:s3:::data-bucket-14/year=2024/month=03/part-eadf26deb5475eb5.parquet","type":"AWS::S3::Object"},{"ARN":"arn:aws:s3:::data-bucket-14","accountId":"791947779410","type":"AWS::S3::Bucket"}],"responseElements":null,"sourceIPAddress":"215.26.139.142","tlsDetails":{"cipherSuite":"TLS_AES_128_GCM_SHA256","clientProvidedHostHeader":"s3.us-west-2.amazonaws.com","tlsVersion":"TLSv1.3"},"userAgent":"Boto3/1.34.54 md/Botocore#1.34.54 ua/2.0 os/linux#5.10.210 md/arch#x86_64 lang/python#3.12.2 cfg/retry-mode#legacy Botocore/1.34.54","userIdentity":{"accessKeyId":"ASIAJLJTDS6YCTEHYDN6","accountId":"791947779410","arn":"arn:aws:sts::791947779410:assumed-role/app-role-19/session-169c846f21","principalId":"AROAC7CLIKWHGJH4U7ZB5:session-169c846f21","sessionContext":{"attributes":{"creationDate":"2024-02-29T23:38:06Z","mfaAuthenticated":"false"},"sessionIssuer":{"accountId":"791947779410","arn":"arn:aws:iam::791947779410:role/app-role-19","principalId":"AROABH35H2SV6QKJ7GIBD","type":"Role","userName":"app-role-19"},"webIdFederationData":{}},"type":"AssumedRole"}}`)
	b.SetBytes(int64(len(rec)))
	var s Scanner
	for b.Loop() {
		s.Reset(rec)
		if err := s.Skip(); err != nil || !s.AtEnd() {
			b.Fatal(err)
		}
	}
}
