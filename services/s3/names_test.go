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

// Every subresource flag of the S3 REST API (the query parameters of the model's request URIs that
// take no value) is typed and listed by Subresources, the configuration id and select-type beside
// them.
func TestEverySubresourceFlag(t *testing.T) {
	for _, tc := range []struct {
		op, flag string
		check    func(*s3.Request) bool
	}{
		{"GetBucketPolicyStatus", "policyStatus", func(r *s3.Request) bool { return string(r.PolicyStatusFlag) == `""` }},
		{"GetBucketLocation", "location", func(r *s3.Request) bool { return string(r.LocationFlag) == `""` }},
		{"GetBucketAccelerateConfiguration", "accelerate", func(r *s3.Request) bool { return r.AccelerateFlag != nil }},
		{"GetBucketRequestPayment", "requestPayment", func(r *s3.Request) bool { return r.RequestPaymentFlag != nil }},
		{"ListObjectVersions", "versions", func(r *s3.Request) bool { return r.VersionsFlag != nil }},
		{"ListMultipartUploads", "uploads", func(r *s3.Request) bool { return r.UploadsFlag != nil }},
		{"DeleteObjects", "delete", func(r *s3.Request) bool { return r.DeleteFlag != nil }},
		{"PutBucketInventoryConfiguration", "inventory", func(r *s3.Request) bool { return r.InventoryFlag != nil }},
		{"PutBucketAnalyticsConfiguration", "analytics", func(r *s3.Request) bool { return r.AnalyticsFlag != nil }},
		{"PutBucketMetricsConfiguration", "metrics", func(r *s3.Request) bool { return r.MetricsFlag != nil }},
		{"PutBucketIntelligentTieringConfiguration", "intelligent-tiering", func(r *s3.Request) bool { return r.IntelligentTieringFlag != nil }},
		{"RestoreObject", "restore", func(r *s3.Request) bool { return r.RestoreFlag != nil }},
		{"PutObjectRetention", "retention", func(r *s3.Request) bool { return r.RetentionFlag != nil }},
		{"PutObjectLegalHold", "legal-hold", func(r *s3.Request) bool { return r.LegalHoldFlag != nil }},
		{"GetObjectAttributes", "attributes", func(r *s3.Request) bool { return r.AttributesFlag != nil }},
		{"GetObjectTorrent", "torrent", func(r *s3.Request) bool { return r.TorrentFlag != nil }},
		{"SelectObjectContent", "select", func(r *s3.Request) bool { return r.SelectFlag != nil }},
		{"CreateSession", "session", func(r *s3.Request) bool { return r.SessionFlag != nil }},
		{"RenameObject", "renameObject", func(r *s3.Request) bool { return r.RenameObjectFlag != nil }},
		{"PutBucketAbac", "abac", func(r *s3.Request) bool { return r.ABACFlag != nil }},
		{"PutObjectAnnotation", "annotation", func(r *s3.Request) bool { return r.AnnotationFlag != nil }},
		{"CreateBucketMetadataConfiguration", "metadataConfiguration", func(r *s3.Request) bool { return r.MetadataConfigurationFlag != nil }},
		{"CreateBucketMetadataTableConfiguration", "metadataTable", func(r *s3.Request) bool { return r.MetadataTableFlag != nil }},
		{"UpdateBucketMetadataJournalTableConfiguration", "metadataJournalTable", func(r *s3.Request) bool { return r.MetadataJournalTableFlag != nil }},
		{"UpdateBucketMetadataInventoryTableConfiguration", "metadataInventoryTable", func(r *s3.Request) bool { return r.MetadataInventoryTableFlag != nil }},
		{"UpdateBucketMetadataAnnotationTableConfiguration", "metadataAnnotationTable", func(r *s3.Request) bool { return r.MetadataAnnotationTableFlag != nil }},
	} {
		req := map[string]any{"bucketName": "b", tc.flag: ""}
		switch tc.flag {
		case "inventory", "analytics", "metrics", "intelligent-tiering":
			req["id"] = "cfg"
		case "select":
			req["select-type"] = "2"
		}
		call, err := s3.Parse(cloudtrailtest.NewEvent(s3.EventSource, tc.op, cloudtrailtest.Request(req)))
		if err != nil {
			t.Fatalf("%s: %v", tc.op, err)
		}
		p := s3.PayloadOf(call)
		if !tc.check(p.Request) || !slices.Equal(p.Subresources(), []string{tc.flag}) || len(p.Request.Extra) > 0 ||
			(req["id"] != nil && p.Request.ConfigurationID != "cfg") || (req["select-type"] != nil && p.Request.SelectType != "2") {
			t.Errorf("%s: subresources %q, extra %q", tc.op, p.Subresources(), p.Request.Extra)
		}
	}
}

// The account-level public access block calls, by CloudTrail's names for them, type their body
// as the bucket-level ones do.
func TestAccountPublicAccessBlock(t *testing.T) {
	call, err := s3.Parse(cloudtrailtest.NewEvent(s3.EventSource, "PutAccountPublicAccessBlock", cloudtrailtest.Request(map[string]any{
		"Host": "111122223333.s3-control.us-east-1.amazonaws.com",
		"PublicAccessBlockConfiguration": map[string]any{"xmlns": "http://awss3control.amazonaws.com/doc/2018-08-20/",
			"BlockPublicAcls": false, "IgnorePublicAcls": true, "BlockPublicPolicy": false, "RestrictPublicBuckets": true}})))
	if err != nil {
		t.Fatal(err)
	}
	c, ok := call.(*s3.PutAccountPublicAccessBlock)
	if !ok || c.Request.PublicAccessBlockConfiguration == nil ||
		!slices.Equal(c.Request.PublicAccessBlockConfiguration.Disabled(), []string{"BlockPublicAcls", "BlockPublicPolicy"}) {
		t.Errorf("%T %+v", call, call)
	}
}
