package cloudtrail

import "github.com/trailtype/cloudtrail/internal/lossless"

// eventBlock holds an event with the nested structs most records carry, so that decoding a record
// allocates them together, once, instead of one allocation per level. The decoder puts a block in
// the scanner's Arena for each record; the codecs' allocators take their struct from it.
type eventBlock struct {
	event      Event
	identity   UserIdentity
	session    SessionContext
	issuer     SessionIssuer
	attributes SessionAttributes
	webID      WebIDFederationData
	tls        TLSDetails
	resources  [2]Resource // most records name two resources at most
	readOnly   bool
	management bool
	used       uint16 // which of the nested structs are handed out
}

const (
	usedIdentity uint16 = 1 << iota
	usedSession
	usedIssuer
	usedAttributes
	usedWebID
	usedTLS
	usedResources
	usedReadOnly
	usedManagement
	usedEvent
)

// newEventBlock makes a block and arms the scanner with it.
func newEventBlock(s *lossless.Scanner) *Event {
	b := new(eventBlock)
	s.Arena = b
	return &b.event
}

// fromBlock hands out a block's struct once; nil (the caller allocates) without a block or when the
// struct is taken, as by a repeated key.
func fromBlock[U any](bit uint16, pick func(*eventBlock) *U) func(*lossless.Scanner) *U {
	return func(s *lossless.Scanner) *U {
		b, ok := s.Arena.(*eventBlock)
		if !ok || b.used&bit != 0 {
			return nil
		}
		b.used |= bit
		return pick(b)
	}
}

// resourcesFromBlock hands out the block's room for resources once.
func resourcesFromBlock(s *lossless.Scanner) []Resource {
	b, ok := s.Arena.(*eventBlock)
	if !ok || b.used&usedResources != 0 {
		return nil
	}
	b.used |= usedResources
	return b.resources[:0]
}

// newEvent makes the event a record is decoded into: a new block, or with WithReuseEvent the one
// the root decoder reuses, cleared.
func (d *Decoder) newEvent(s *lossless.Scanner) *Event {
	if !d.o.reuse {
		return d.root.nextBlock(s)
	}
	b := d.root.reused
	if b == nil {
		b = new(eventBlock)
		d.root.reused = b
	} else {
		*b = eventBlock{}
	}
	s.Arena = b
	return &b.event
}

// blockBatch is how many event blocks the decoder allocates at a time. One allocation for several
// events costs less than one each (fewer calls, fewer spans to fetch). The batch lives as long as
// any of its events, but an event already keeps its read buffer's chunk (256 KiB), or a
// NewBytesDecoder's whole input, so the batch adds little to what it keeps; a Clone is one block.
const blockBatch = 8

// nextBlock hands out the next block of the root decoder's batch and arms the scanner with it.
func (d *Decoder) nextBlock(s *lossless.Scanner) *Event {
	if len(d.blocks) == 0 {
		d.blocks = make([]eventBlock, blockBatch)
	}
	b := &d.blocks[0]
	d.blocks = d.blocks[1:]
	s.Arena = b
	return &b.event
}

// eventFromArena is the event of the block the scanner is armed with (WithReuseEvent's), or of a
// new block.
func eventFromArena(s *lossless.Scanner) *Event {
	if b, ok := s.Arena.(*eventBlock); ok && b.used&usedEvent == 0 {
		b.used |= usedEvent
		return &b.event
	}
	return newEventBlock(s)
}
