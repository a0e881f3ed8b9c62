package sts_test

import (
	"encoding/json"
	"testing"

	gojson "github.com/goccy/go-json"

	"github.com/trailtype/cloudtrail/services/sts"
)

// The baseline: what a user writes by hand for the operations of the test records, the same fields
// as the typed shapes, without lossless bookkeeping. Times are strings: CloudTrail writes
// "Jul 18, 2023, 4:07:39 PM", which time.Time does not read; numbers are any: records write
// durationSeconds both as 3600 and as "3600", which int64 does not read.
type (
	plainCredentials struct {
		AccessKeyID     string `json:"accessKeyId"`
		Expiration      string `json:"expiration"`
		SecretAccessKey string `json:"secretAccessKey"`
		SessionToken    string `json:"sessionToken"`
	}
	plainRoleUser struct {
		ARN           string `json:"arn"`
		AssumedRoleID string `json:"assumedRoleId"`
	}
	plainARN struct {
		ARN string `json:"arn"`
	}
	plainAssumeRoleRequest struct {
		DurationSeconds  any        `json:"durationSeconds"`
		ExternalID       string     `json:"externalId"`
		Policy           string     `json:"policy"`
		PolicyARNs       []plainARN `json:"policyArns"`
		ProvidedContexts []struct {
			ContextAssertion string `json:"contextAssertion"`
			ProviderARN      string `json:"providerArn"`
		} `json:"providedContexts"`
		RoleARN           string                        `json:"roleArn"`
		RoleSessionName   string                        `json:"roleSessionName"`
		SerialNumber      string                        `json:"serialNumber"`
		SourceIdentity    string                        `json:"sourceIdentity"`
		Tags              []struct{ Key, Value string } `json:"tags"`
		TokenCode         string                        `json:"tokenCode"`
		TransitiveTagKeys []string                      `json:"transitiveTagKeys"`
	}
	plainAssumeRoleResponse struct {
		AssumedRoleUser  *plainRoleUser    `json:"assumedRoleUser"`
		Credentials      *plainCredentials `json:"credentials"`
		PackedPolicySize any               `json:"packedPolicySize"`
		SourceIdentity   string            `json:"sourceIdentity"`
	}
	plainSAMLRequest struct {
		DurationSeconds any        `json:"durationSeconds"`
		Policy          string     `json:"policy"`
		PolicyARNs      []plainARN `json:"policyArns"`
		PrincipalARN    string     `json:"principalArn"`
		RoleARN         string     `json:"roleArn"`
		SAMLAssertion   string     `json:"sAMLAssertion"`
	}
	plainSAMLResponse struct {
		plainAssumeRoleResponse
		Audience      string `json:"audience"`
		Issuer        string `json:"issuer"`
		NameQualifier string `json:"nameQualifier"`
		Subject       string `json:"subject"`
		SubjectType   string `json:"subjectType"`
	}
	plainSessionTokenRequest struct {
		DurationSeconds any    `json:"durationSeconds"`
		SerialNumber    string `json:"serialNumber"`
		TokenCode       string `json:"tokenCode"`
	}
	plainSessionTokenResponse struct {
		Credentials *plainCredentials `json:"credentials"`
	}
	plainCallerIdentityResponse struct {
		Account string `json:"account"`
		ARN     string `json:"arn"`
		UserID  string `json:"userId"`
	}
)

// plainPayloads returns fresh plain structs for an operation's request and response.
func plainPayloads(op string) (req, resp any) {
	switch op {
	case "AssumeRole":
		return &plainAssumeRoleRequest{}, &plainAssumeRoleResponse{}
	case "AssumeRoleWithSAML":
		return &plainSAMLRequest{}, &plainSAMLResponse{}
	case "GetSessionToken":
		return &plainSessionTokenRequest{}, &plainSessionTokenResponse{}
	case "GetCallerIdentity":
		return nil, &plainCallerIdentityResponse{}
	}
	return nil, nil
}

// Parse on every STS test record against encoding/json and goccy/go-json unmarshalling the same
// payloads into the plain structs above.
func BenchmarkParse(b *testing.B) {
	evs := records(b)
	size := 0
	for _, ev := range evs {
		size += len(ev.RequestParameters) + len(ev.ResponseElements)
	}
	unmarshal := func(name string, decode func([]byte, any) error) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, ev := range evs {
					req, resp := plainPayloads(ev.EventName)
					if req == nil && resp == nil {
						b.Fatalf("no plain structs for %s", ev.EventName)
					}
					for _, p := range []struct {
						v   any
						raw json.RawMessage
					}{{req, ev.RequestParameters}, {resp, ev.ResponseElements}} {
						if p.v != nil && len(p.raw) > 0 {
							if err := decode(p.raw, p.v); err != nil {
								b.Fatalf("%s: %v", ev.EventName, err)
							}
						}
					}
				}
			}
		})
	}
	b.Run("Parse", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, ev := range evs {
				if _, err := sts.Parse(ev); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	unmarshal("encoding-json", json.Unmarshal)
	unmarshal("goccy-go-json", gojson.Unmarshal)
}
