package s3_test

import (
	"slices"
	"testing"

	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/services/s3"
)

// Each name says one thing: the subresource flags end in Flag, the bodies are named after their
// XML element, and PolicyDocument reads the bucketPolicy body.
func TestFlagsBodiesAndPolicyDocument(t *testing.T) {
	for _, tc := range []struct {
		name  string
		req   map[string]any
		check func(*s3.Payload) bool
	}{
		{"PutBucketPolicy", map[string]any{"bucketName": "b", "policy": []string{""},
			"bucketPolicy": map[string]any{"Version": "2012-10-17", "Statement": []any{map[string]any{"Effect": "Allow", "Principal": "*",
				"Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}}}},
			func(p *s3.Payload) bool {
				doc, err := p.PolicyDocument()
				return err == nil && doc != nil && doc.Public() && string(p.Request.PolicyFlag) == `[""]` && !p.Request.BucketPolicy.Empty()
			}},
		{"PutBucketPublicAccessBlock", map[string]any{"bucketName": "b", "publicAccessBlock": "",
			"PublicAccessBlockConfiguration": map[string]any{"BlockPublicAcls": true, "IgnorePublicAcls": true, "BlockPublicPolicy": false, "RestrictPublicBuckets": true}},
			func(p *s3.Payload) bool {
				c := p.Request.PublicAccessBlockConfiguration
				return c != nil && slices.Equal(c.Disabled(), []string{"BlockPublicPolicy"}) && string(p.Request.PublicAccessBlockFlag) == `""`
			}},
		{"PutBucketTagging", map[string]any{"bucketName": "b", "tagging": "",
			"Tagging": map[string]any{"TagSet": map[string]any{"Tag": map[string]string{"Key": "team", "Value": "data"}}}},
			func(p *s3.Payload) bool {
				tg := p.Request.Tagging
				return tg != nil && tg.TagSet != nil && len(tg.TagSet.Tags) == 1 && tg.TagSet.Tags[0].Key == "team" && string(p.Request.TaggingFlag) == `""`
			}},
	} {
		call, err := s3.Parse(cloudtrailtest.NewEvent(s3.EventSource, tc.name, cloudtrailtest.Request(tc.req)))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		p := s3.PayloadOf(call)
		if !tc.check(p) || !slices.Equal(p.Subresources(), []string{map[string]string{"PutBucketPolicy": "policy",
			"PutBucketPublicAccessBlock": "publicAccessBlock", "PutBucketTagging": "tagging"}[tc.name]}) {
			t.Errorf("%s: %+v, subresources %q", tc.name, p.Request, p.Subresources())
		}
	}
}
