package lossless

import "sync/atomic"

// CloudTrail writes the members of a record, and of most structs in it, in the same order every
// time. A codec remembers, for each field, which field came after it last time, and tries that name
// first: compared with the input in place, a hit needs neither a scan for the key's closing quote
// nor the hash table. A miss costs one failed comparison and teaches the codec the new order.
//
// A codec whose names all fit in a KeyTable (six to thirty bytes, at most 64: the Event's, but not
// those of structs with an arn or a type) reads its keys from the table instead, which costs less
// than a guess.

// successors holds, at index i+1, the field expected after field i (at 0, the first), or -1. A
// codec is shared by every goroutine, so it is read and written atomically; a stale guess is only a
// miss.
type successors []atomic.Int32

func newSuccessors(fields int) successors {
	s := make(successors, fields+1)
	for i := range s {
		s[i].Store(int32(i)) // the declared order until the input says otherwise
	}
	s[fields].Store(-1)
	return s
}

// after is the field expected after field prev (-1: the first member).
func (s successors) after(prev int) int { return int(s[prev+1].Load()) }

// learn records that field next followed field prev.
func (s successors) learn(prev, next int) { s[prev+1].Store(int32(next)) }

// takeKey consumes the member name name, quotes included, if it is the key at pos (where Peek has
// found a '"'). name holds no '"' or '\\', so equal bytes mean an equal key.
func (s *Scanner) takeKey(name string) bool {
	start := s.pos + 1
	end := start + len(name)
	if end >= len(s.data) || s.data[end] != '"' || string(s.data[start:end]) != name {
		return false
	}
	s.pos = end + 1
	return true
}

// key reads a member's key and finds its field, -1 for none. prev is the field of the member
// before, -1 at the first.
func (c *Codec[T]) key(s *Scanner, prev int) (int, string, error) {
	if c.table != nil {
		if i, key, next := c.table.find(s.data, s.pos); i >= 0 {
			s.pos = next - 1 // at the colon, which the caller reads
			return i, key, nil
		}
	} else if i := c.next.after(prev); i >= 0 && s.Peek() == '"' && s.takeKey(c.fields[i].name) {
		return i, c.fields[i].name, nil
	}
	key, err := s.String()
	if err != nil {
		return -1, "", err
	}
	i, ok := c.lookup(key)
	if !ok {
		return -1, key, nil
	}
	if c.table == nil {
		c.next.learn(prev, i)
	}
	return i, key, nil
}
