package ec2_test

import (
	"testing"

	"github.com/trailtype/cloudtrail/internal/modeltest"
)

// Parse on the package's records against encoding/json and goccy/go-json decoding the same
// payloads into plain structs with the same fields (zz_plain_test.go).
func BenchmarkParse(b *testing.B) { modeltest.BenchParse(b, records(b), parse, plainPayloads) }
