package inspector2_test

import (
	"testing"
)

// Parse on the package's records against encoding/json and goccy/go-json decoding the same
// payloads into plain structs with the same fields (zz_plain_test.go): skipped until the package
// has records.
func BenchmarkParse(b *testing.B) {
	_ = plainPayloads
	b.Skip(noRecords)
}
