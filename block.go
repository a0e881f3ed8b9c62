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
	used       uint8 // which of the nested structs are handed out
}

const (
	usedIdentity uint8 = 1 << iota
	usedSession
	usedIssuer
	usedAttributes
	usedWebID
	usedTLS
)

// newEventBlock makes a block and arms the scanner with it.
func newEventBlock(s *lossless.Scanner) *Event {
	b := new(eventBlock)
	s.Arena = b
	return &b.event
}

// fromBlock hands out a block's struct once; nil (the caller allocates) without a block or when the
// struct is taken, as by a repeated key.
func fromBlock[U any](bit uint8, pick func(*eventBlock) *U) func(*lossless.Scanner) *U {
	return func(s *lossless.Scanner) *U {
		b, ok := s.Arena.(*eventBlock)
		if !ok || b.used&bit != 0 {
			return nil
		}
		b.used |= bit
		return pick(b)
	}
}
