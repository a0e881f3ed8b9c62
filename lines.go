package cloudtrail

import (
	"bytes"
	"errors"
)

// Line-delimited input (NDJSON, one EventBridge event or LookupEvents Event per line) is read as a
// series of top-level documents. Errors about one of them name its line, as encoding/csv's do, and a
// line that is broken JSON costs that line only: the decoder moves on to the next one. Lines are
// counted until a document turns out to be a container it streams (an S3 log file, a JSON array),
// whose records are not lines.

// docLine is the line of the top-level document an error is about; 0 for an error inside a
// container, or once lines are no longer counted.
func (d *Decoder) docLine() int {
	if n := len(d.stack); n == 0 || (n == 1 && d.stack[0].kind == frameNested) {
		return d.line
	}
	return 0
}

// resync moves past a top-level document that broke off on its line, so that the next line is
// read, and returns the cause to report for it. It returns nil, leaving the stream to end, when the
// document is no line of line-delimited input: it spans lines and the next line does not start a
// document (a pretty-printed document), or the input ends on its line (truncated input).
// The document's first byte must be pinned.
func (d *Decoder) resync(err error) error {
	w := d.w
	var syn *SyntaxError
	isSyntax := errors.As(err, &syn)
	if len(d.stack) != 0 || w.pin < 0 || !(isSyntax || err == errTruncated) {
		return nil
	}
	if nl := bytes.IndexByte(w.buf[w.pin:w.pos], '\n'); nl >= 0 {
		// The document ran on past its line: a record cut short, if the next line starts one.
		next := w.pin + nl + 1
		rest := bytes.TrimLeft(w.buf[next:], " \t\r\n")
		if len(rest) > 0 && rest[0] != '{' {
			return nil
		}
		w.pos = next
		return &SyntaxError{Offset: w.offset(next - 1), Msg: "the line ends inside the record"}
	}
	if !isSyntax {
		return nil // the input ends on the document's line: it is truncated
	}
	w.pin = -1
	for {
		if i := bytes.IndexByte(w.buf[w.pos:], '\n'); i >= 0 {
			w.pos += i + 1
			break
		}
		w.pos = len(w.buf)
		if _, ok := w.fill(); !ok {
			if w.readErr() != nil {
				return nil
			}
			break
		}
	}
	if c, ok := w.peek(); ok && c != '{' {
		return nil
	}
	return err
}
