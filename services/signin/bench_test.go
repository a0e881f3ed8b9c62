package signin_test

import (
	"encoding/json"
	"testing"

	"github.com/trailtype/cloudtrail/internal/modeltest"
)

// Parse on the package's records against encoding/json and goccy/go-json decoding the same
// payloads (additionalEventData included) into plain structs with the same fields, written once for
// the benchmark.
func BenchmarkParse(b *testing.B) {
	recs := records(b)
	plain := map[string]func() (req, resp any){}
	for _, ev := range recs {
		plain[ev.EventName] = func() (any, any) { return new(json.RawMessage), new(json.RawMessage) }
	}
	modeltest.BenchParseDetails(b, recs, parse, plain, func() any { return new(plainDetails) })
}

type plainDetails struct {
	LoginTo         string `json:"LoginTo"`
	MobileVersion   string `json:"MobileVersion"`
	MFAUsed         string `json:"MFAUsed"`
	MFAIdentifier   string `json:"MFAIdentifier"`
	MfaType         string `json:"MfaType"`
	SAMLProviderARN string `json:"SamlProviderArn"`
	CredentialType  string `json:"CredentialType"`
	UserName        string `json:"UserName"`
}
