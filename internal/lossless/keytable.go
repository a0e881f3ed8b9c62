package lossless

import (
	"encoding/binary"
	"fmt"
	"unsafe"
)

// A KeyTable recognises the keys of an object's members without scanning them: the first eight
// bytes of a compact key (with its closing quote and colon, for a key of six or seven bytes) are
// loaded as one word and looked up, and one comparison checks the rest. A walk over an object
// whose keys are known (the top of a CloudTrail record) then costs a load and a comparison a key
// instead of a scan of the key and a string switch.
type KeyTable struct {
	slots [keySlots]keySlot
}

// keySlots is a power of two well above the keys of any table, so that probes are short.
const keySlots = 128

type keySlot struct {
	// The words of the key's text (the key, its closing quote and the colon) at offset 0, 8, 16
	// and n-8: a text of up to 32 bytes is compared as four words at most.
	word, mid, mid2, last uint64
	n                     int    // the text's length
	id                    int    // what ObjectKeys gives member, plus one; 0 marks an empty slot
	key                   string // the key
}

// maxTableKeys is the most keys a KeyTable holds: half its slots, so that probes stay short.
const maxTableKeys = keySlots / 2

// tableKey reports whether key can be in a KeyTable: 6 to 30 bytes, none that JSON escapes.
func tableKey(key string) bool {
	return len(key) >= 6 && len(key) <= 30 && len(AppendString(nil, key)) == len(key)+2
}

// keyTableFor is the KeyTable of keys, or nil when they do not fit in one.
func keyTableFor(keys []string) *KeyTable {
	if len(keys) > maxTableKeys {
		return nil
	}
	for _, k := range keys {
		if !tableKey(k) {
			return nil
		}
	}
	return NewKeyTable(keys...)
}

// NewKeyTable makes a table of keys; ObjectKeys gives member the index of a key in keys. There may
// be up to 64 keys, each 6 to 30 bytes long and needing no escapes in JSON.
func NewKeyTable(keys ...string) *KeyTable {
	if len(keys) > maxTableKeys {
		panic(fmt.Sprintf("lossless: %d keys are too many for a KeyTable", len(keys)))
	}
	t := new(KeyTable)
	for id, key := range keys {
		if !tableKey(key) {
			panic(fmt.Sprintf("lossless: key %q cannot be in a KeyTable", key))
		}
		text := []byte(key + `":`)
		word := func(at int) uint64 { return binary.LittleEndian.Uint64(text[min(at, len(text)-8):]) }
		h := wordSlot(word(0))
		for t.slots[h].id != 0 {
			h = (h + 1) % keySlots
		}
		t.slots[h] = keySlot{word: word(0), mid: word(8), mid2: word(16), last: word(len(text) - 8),
			n: len(text), id: id + 1, key: key}
	}
	return t
}

// wordSlot is the first slot to look in for a key's first word.
func wordSlot(w uint64) int { return int((w * 0x9e3779b97f4a7c15) >> 57) }

// find returns the index of the table's key at d[i:], a compact key with its quotes and colon, the
// key, and the offset after the colon; id is -1, and next i, when the key there is not one of the
// table's.
func (t *KeyTable) find(d []byte, i int) (id int, key string, next int) {
	if len(d)-i < 9 || d[i] != '"' {
		return -1, "", i
	}
	w := wordAt(d, i+1)
	for h := wordSlot(w); t.slots[h].id != 0; h = (h + 1) % keySlots {
		e := &t.slots[h]
		if e.word == w && len(d)-i > e.n && wordAt(d, i+1+e.n-8) == e.last &&
			(e.n <= 16 || wordAt(d, i+9) == e.mid) && (e.n <= 24 || wordAt(d, i+17) == e.mid2) {
			return e.id - 1, e.key, i + 1 + e.n
		}
	}
	return -1, "", i
}

// wordAt is the word at d[i:i+8], which the caller has checked is in d.
func wordAt(d []byte, i int) uint64 {
	return binary.LittleEndian.Uint64((*[8]byte)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(d)), i))[:])
}

// byKey is the index of key in the table, or -1: for the keys find cannot read in place (written
// with escapes, or with white space before the colon).
func (t *KeyTable) byKey(key string) int {
	if len(key) < 6 {
		return -1
	}
	var first [8]byte
	n := copy(first[:], key)
	copy(first[n:], `":`)
	w := binary.LittleEndian.Uint64(first[:])
	for h := wordSlot(w); t.slots[h].id != 0; h = (h + 1) % keySlots {
		if e := &t.slots[h]; e.word == w && e.key == key {
			return e.id - 1
		}
	}
	return -1
}

// ObjectKeys walks the members of an object, giving member each key with its index in t, or -1 for
// a key that is not one of t's (every key, when t is nil). member must consume the value.
func (s *Scanner) ObjectKeys(t *KeyTable, member func(id int, key string) error) error {
	if err := s.expect('{'); err != nil {
		return err
	}
	if s.Peek() == '}' {
		s.pos++
		return nil
	}
	for {
		id := -1
		var key string
		if t != nil {
			id, key, s.pos = t.find(s.data, s.pos)
		}
		if id < 0 {
			var err error
			if key, err = s.key(); err != nil {
				return err
			}
			if t != nil {
				id = t.byKey(key)
			}
		}
		if err := member(id, key); err != nil {
			return err
		}
		if s.pos < len(s.data) && s.data[s.pos] == ',' { // compact JSON, inline
			s.pos++
			continue
		}
		if done, err := s.objectNext(); done || err != nil {
			return err
		}
	}
}
