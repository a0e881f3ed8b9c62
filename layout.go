package cloudtrail

import "github.com/trailtype/cloudtrail/internal/lossless"

// Layout is the bookkeeping every model struct keeps of the JSON it was decoded from: which members
// were there, which were null, and the original text of values of an unexpected type. It is what
// makes encoding lossless. Leave it alone.
//
// Its Equal method always reports true, so go-cmp (cmp.Diff, cmp.Equal) compares model values by
// what their fields hold, and reports differences by field path: a decoded event equals a hand-built
// one with the same fields, whatever the key order, white space or layout of the JSON.
// reflect.DeepEqual does not call Equal methods, so to it a decoded event and a hand-built one
// differ: the layout lives in the value because keeping it anywhere else (a table keyed by the
// value's address) would cost the decoder a map insertion per struct and leak or race.
type Layout = lossless.Layout
