package lossless

// Skip moves past one value, checking that it is well-formed JSON. It uses no recursion, so deep
// nesting costs memory for one byte a level, bounded by maxDepth.
//
// Skip is what a filter pays for every record it passes over, and what every unknown member costs,
// so its loop keeps the offset in a local and moves past the common tokens (strings without escapes,
// literals, separators) inline; anything else (escapes, numbers, errors) goes through the Scanner's
// methods, which say what is wrong and where.
func (s *Scanner) Skip() error {
	var stackBuf [32]byte
	stack := stackBuf[:0]
	d := s.data
	i := s.pos
	wantKey := false // an object's key comes before the value
	for {
		if wantKey {
			wantKey = false
			// A compact key without escapes ends where its plain run does, and its colon follows.
			if j := i + 1 + plainRun(d, i+1); j+1 < len(d) && d[i] == '"' && d[j] == '"' && d[j+1] == ':' {
				i = j + 2
				// Most members are a key and a plain string: they are passed here, one after the
				// other, without the value switch and the closing loop below.
				for i < len(d) && d[i] == '"' {
					k := i + 1 + plainRun(d, i+1)
					if k >= len(d) || d[k] != '"' {
						break // an escape, or the input's end: the value switch reads the string
					}
					i = k + 1
					if i+1 >= len(d) || d[i] != ',' || d[i+1] != '"' {
						goto valueEnded
					}
					if j := i + 2 + plainRun(d, i+2); j+1 < len(d) && d[j] == '"' && d[j+1] == ':' {
						i = j + 2
						continue
					}
					var err error
					if i, err = s.skipKey(i + 1); err != nil {
						return err
					}
				}
			} else {
				var err error
				if i, err = s.skipKey(i); err != nil {
					return err
				}
			}
		}
		// A value is expected here.
		i = skipSpace(d, i)
		if i >= len(d) {
			s.pos = i
			return s.errorf("unexpected end of input, want a value")
		}
		switch d[i] {
		case '{', '[':
			closer := d[i] + 2 // '}' and ']' follow their openers in ASCII, one apart
			i = skipSpace(d, i+1)
			if i < len(d) && d[i] == closer {
				i++
				break
			}
			if len(stack) >= maxDepth {
				s.pos = i
				return s.errorf("nesting deeper than %d", maxDepth)
			}
			stack = append(stack, closer)
			wantKey = closer == '}'
			continue
		case '"':
			// A string without escapes ends where its plain run does, with no call.
			if j := i + 1 + plainRun(d, i+1); j < len(d) && d[j] == '"' {
				i = j + 1
				break
			}
			var err error
			if i, err = s.skipStringAt(i); err != nil {
				return err
			}
		case 't':
			if !hasWord(d, i, "true") {
				s.pos = i
				return s.errorf("invalid literal")
			}
			i += 4
		case 'f':
			if !hasWord(d, i, "false") {
				s.pos = i
				return s.errorf("invalid literal")
			}
			i += 5
		case 'n':
			if !hasWord(d, i, "null") {
				s.pos = i
				return s.errorf("invalid literal")
			}
			i += 4
		case 0:
			s.pos = i
			return s.errorf("unexpected byte 0x00")
		default:
			s.pos = i
			if err := s.skipNumber(); err != nil {
				return err
			}
			i = s.pos
		}
		// A value ended: close containers until one wants another element.
	valueEnded:
		for {
			if len(stack) == 0 {
				s.pos = i
				return nil
			}
			closer := stack[len(stack)-1]
			i = skipSpace(d, i)
			if i >= len(d) {
				s.pos = i
				return s.errorf("unexpected end of input, want ',' or %q", closer)
			}
			c := d[i]
			if c == closer {
				i++
				stack = stack[:len(stack)-1]
				continue
			}
			if c != ',' {
				s.pos = i
				return s.errorf("unexpected %q, want ',' or %q", c, closer)
			}
			i++
			wantKey = closer == '}'
			break
		}
	}
}

// skipKey moves past a member's key and its colon from offset i, returning the offset after them.
func (s *Scanner) skipKey(i int) (int, error) {
	d := s.data
	i = skipSpace(d, i)
	end := i + 1 + plainRun(d, i+1) // as in Skip, if a plain string starts at i
	if i < len(d) && d[i] == '"' && end < len(d) && d[end] == '"' {
		end++
	} else {
		var err error
		if end, err = s.skipStringAt(i); err != nil {
			return 0, err
		}
	}
	i = skipSpace(d, end)
	if i >= len(d) || d[i] != ':' {
		s.pos = i
		return 0, s.expect(':')
	}
	return i + 1, nil
}

// skipSpace returns the offset of the first byte from i on that is not white space.
func skipSpace(d []byte, i int) int {
	for i < len(d) && d[i] <= ' ' && isSpace(d[i]) {
		i++
	}
	return i
}

// skipStringAt is skipString from offset i, for the strings Skip's plain run did not end (escapes,
// the input's last bytes, errors), returning the offset after the string.
func (s *Scanner) skipStringAt(i int) (int, error) {
	s.pos = i
	err := s.skipString()
	return s.pos, err
}

// hasWord reports whether word is at d[i:].
func hasWord(d []byte, i int, word string) bool {
	return len(d)-i >= len(word) && string(d[i:i+len(word)]) == word
}
