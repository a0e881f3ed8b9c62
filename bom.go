package cloudtrail

import (
	"bytes"
	"fmt"
)

// utf8BOM is the UTF-8 byte-order mark that Windows tools write at the start of a text file. The
// decoder skips it where a top-level document begins, at the start of the input or where `cat` of
// two such files puts it: it is never JSON, RFC 8259 lets a parser ignore it, and nothing of the
// records is lost. Offsets still count its bytes.
var utf8BOM = []byte{0xef, 0xbb, 0xbf}

// skipBOM passes over a UTF-8 byte-order mark at pos.
func (w *window) skipBOM() bool {
	if w.has(3) && bytes.HasPrefix(w.buf[w.pos:], utf8BOM) {
		w.pos += 3
		return true
	}
	return false
}

// utf16 describes UTF-16 input at pos, "" for anything else. UTF-16 is told by its byte-order mark,
// or by a NUL byte beside the first '{' or '[': NUL is never JSON.
func (w *window) utf16() string {
	if !w.has(2) {
		return ""
	}
	b0, b1 := w.buf[w.pos], w.buf[w.pos+1]
	open := func(c byte) bool { return c == '{' || c == '[' }
	var what string
	switch {
	case b0 == 0xff && b1 == 0xfe:
		what = "UTF-16 input (little-endian, byte-order mark FF FE)"
	case b0 == 0xfe && b1 == 0xff:
		what = "UTF-16 input (big-endian, byte-order mark FE FF)"
	case open(b0) && b1 == 0, b0 == 0 && open(b1):
		what = fmt.Sprintf("UTF-16 input (NUL bytes beside %q)", b0|b1)
	default:
		return ""
	}
	return what + ": CloudTrail writes UTF-8; convert it first (iconv -f UTF-16 -t UTF-8)"
}
