package cloudtrail

import "github.com/trailtype/cloudtrail/internal/lossless"

// The layout lives in the value: keeping it anywhere else (a table keyed by the value's address)
// would cost the decoder a map insertion per struct, and leak or race.

// Layout is the field every model struct keeps of how its JSON looked: which members were there,
// which were null, and the original text of values of an unexpected type. It is what makes encoding
// give back the same JSON. Leave it alone; a struct built in Go needs none.
//
// Layout has one method, Equal(Layout) bool, which always reports true, so go-cmp (cmp.Diff,
// cmp.Equal) compares model values by what their fields hold and reports differences by field
// path: a decoded event equals a hand-built one with the same fields, whatever the key order, white
// space or layout of the JSON. reflect.DeepEqual, and testify's assert.Equal, which uses it, do not
// call Equal methods, so to them a decoded event and the same event built differ: compare with
// cloudtrailtest.Equal or cloudtrailtest.Diff instead.
type Layout = lossless.Layout
