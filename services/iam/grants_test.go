package iam_test

import (
	"encoding/json"
	"net/url"
	"testing"

	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/services/iam"
)

// Every attachment and policy write of the test records is a grant with its principal and a policy
// ARN or a JSON document; other calls grant nothing.
func TestGrantsOfRecords(t *testing.T) {
	granting := map[string]bool{"AttachUserPolicy": true, "AttachGroupPolicy": true, "AttachRolePolicy": true,
		"PutUserPolicy": true, "PutGroupPolicy": true, "PutRolePolicy": true, "CreatePolicyVersion": true, "UpdateAssumeRolePolicy": true}
	total := 0
	for i, ev := range records(t) {
		call, err := iam.Parse(ev)
		if err != nil {
			continue // the unknown operations TestRecords checks
		}
		grants := iam.Grants(call)
		want := 0
		if granting[ev.EventName] && len(ev.RequestParameters) > 0 && string(ev.RequestParameters) != "null" {
			want = 1
		}
		if len(grants) != want {
			t.Fatalf("record %d (%s): %d grants, want %d", i, ev.EventName, len(grants), want)
		}
		var raw map[string]any
		_ = json.Unmarshal(ev.RequestParameters, &raw)
		str := func(k string) string { v, _ := raw[k].(string); return v }
		for _, g := range grants {
			total++
			if g.Principal != str(g.PrincipalType+"Name") || g.PolicyARN != str("policyArn") || g.PolicyName != str("policyName") {
				t.Errorf("record %d: %+v does not match %s", i, g, ev.RequestParameters)
			}
			if g.Document != "" && !json.Valid([]byte(g.Document)) {
				t.Errorf("record %d: document is not JSON: %q", i, g.Document)
			}
			if doc, err := g.Policy(); err != nil || (doc == nil) != (g.Document == "") {
				t.Errorf("record %d: Policy() = %v, %v", i, doc, err)
			}
			if (g.Kind == iam.GrantAttach && g.Document != "") || (g.Kind != iam.GrantAttach && g.Kind != iam.GrantPolicyVersion && g.PolicyARN != "") {
				t.Errorf("record %d: %s grant with %+v", i, g.Kind, g)
			}
		}
	}
	if total < 14 {
		t.Errorf("%d grants in the records, want 14", total)
	}
}

// A policy document recorded URL-encoded reads as its JSON.
func TestGrantsURLEncodedDocument(t *testing.T) {
	doc := `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}`
	ev := cloudtrailtest.NewEvent(iam.EventSource, "PutRolePolicy", cloudtrailtest.Request(map[string]any{
		"roleName": "app", "policyName": "s3", "policyDocument": url.QueryEscape(doc)}))
	call, err := iam.Parse(ev)
	if err != nil {
		t.Fatal(err)
	}
	g := iam.Grants(call)
	if len(g) != 1 || g[0].Document != doc || g[0].Principal != "app" || g[0].Kind != iam.GrantInline {
		t.Errorf("Grants = %+v", g)
	}
}
