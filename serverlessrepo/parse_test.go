package serverlessrepo_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/serverlessrepo"
)

func decode(t *testing.T, raw []byte) *cloudtrail.Event {
	t.Helper()
	var ev cloudtrail.Event
	if err := json.Unmarshal(raw, &ev); err != nil {
		t.Fatal(err)
	}
	return &ev
}

func generic(t *testing.T, data []byte) any {
	t.Helper()
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		t.Fatalf("%v: %s", err, data)
	}
	return v
}

// field returns the named field of the concrete call (Request or Response), or an invalid value.
func field(call serverlessrepo.Call, name string) reflect.Value {
	return reflect.ValueOf(call).Elem().FieldByName(name)
}

// TestEveryOperationParses parses the model-built records of all 14 operations: the right concrete
// type, every member typed (nothing left in Extra), and re-encoding gives the payload back.
func TestEveryOperationParses(t *testing.T) {
	recs := modelRecords(t)
	ops := map[string]bool{}
	for _, r := range recs {
		ops[r.op] = true
		ev := decode(t, r.raw)
		call, err := serverlessrepo.Parse(ev)
		if err != nil {
			t.Fatalf("%s %s: %v", r.op, r.kind, err)
		}
		if call.Operation() != r.op || reflect.TypeOf(call).Elem().Name() != r.op {
			t.Errorf("%s: Parse gave %T", r.op, call)
		}
		check := func(name string, payload json.RawMessage) {
			v := field(call, name)
			if !v.IsValid() {
				return // an operation without output has no Response field
			}
			if string(payload) == "null" {
				if !v.IsNil() {
					t.Errorf("%s %s: %s set for a null payload", r.op, r.kind, name)
				}
				return
			}
			if v.IsNil() {
				t.Fatalf("%s %s: %s is nil", r.op, r.kind, name)
			}
			if extra := v.Elem().FieldByName("Extra"); extra.Len() != 0 {
				t.Errorf("%s %s: %s members not in the model's types: %v", r.op, r.kind, name, extra.MapKeys())
			}
			out, err := json.Marshal(v.Interface())
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(generic(t, payload), generic(t, out)); diff != "" {
				t.Errorf("%s %s: %s does not round-trip (-in +out):\n%s", r.op, r.kind, name, diff)
			}
		}
		check("Request", ev.RequestParameters)
		check("Response", ev.ResponseElements)
		if r.kind != "success" && !ev.Failed() {
			t.Errorf("%s %s: Failed() = false", r.op, r.kind)
		}
	}
	if len(ops) != 14 {
		t.Errorf("records cover %d operations, want 14", len(ops))
	}
}

func TestTypedValues(t *testing.T) {
	for _, r := range modelRecords(t) {
		if r.kind != "success" {
			continue
		}
		call, err := serverlessrepo.Parse(decode(t, r.raw))
		if err != nil {
			t.Fatal(err)
		}
		switch c := call.(type) {
		case *serverlessrepo.ListApplications:
			if c.Request.MaxItems != 25 || c.Request.NextToken != "nexttoken-value" {
				t.Errorf("ListApplications request %+v: maxItems from the string \"25\"", c.Request)
			}
			if len(c.Response.Applications) != 1 || c.Response.Applications[0].ApplicationID == "" {
				t.Errorf("ListApplications response %+v", c.Response)
			}
		case *serverlessrepo.CreateCloudFormationTemplate:
			if tm, ok := c.Response.ExpirationTimeValue(); !ok || tm.UnixMilli() != 1714979289123 {
				t.Errorf("ExpirationTimeValue = %v %v", tm, ok)
			}
			if c.Response.Status == "" {
				t.Error("Status empty")
			}
		case *serverlessrepo.CreateApplicationVersion:
			if len(c.Response.RequiredCapabilities) != 1 || c.Response.RequiredCapabilities[0] == "" {
				t.Errorf("capabilities %v", c.Response.RequiredCapabilities)
			}
		}
	}
}

func TestAWSDocRecord(t *testing.T) {
	raw, err := os.ReadFile("testdata/serverlessrepo-CreateApplication.json")
	if err != nil {
		t.Fatal(err)
	}
	ev := decode(t, raw)
	call, err := serverlessrepo.Parse(ev)
	if err != nil {
		t.Fatal(err)
	}
	c, ok := call.(*serverlessrepo.CreateApplication)
	if !ok || c.Request == nil || c.Response == nil {
		t.Fatalf("Parse = %#v", call)
	}
	if c.Response.Version == nil || c.Response.Version.SemanticVersion == "" {
		t.Errorf("response version = %+v", c.Response.Version)
	}
	arn, err := serverlessrepo.ParseApplicationARN(c.Response.ApplicationID)
	if err != nil || arn.Partition != "aws" || arn.Region != "us-east-1" || arn.AccountID != "999999999999" {
		t.Errorf("application ARN %q: %+v %v", c.Response.ApplicationID, arn, err)
	}
	if tm, ok := c.Response.CreationTimeValue(); !ok || tm.Year() != 2018 {
		t.Errorf("CreationTimeValue = %v %v", tm, ok)
	}
	for name, payload := range map[string]json.RawMessage{"request": ev.RequestParameters, "response": ev.ResponseElements} {
		var v any = c.Request
		if name == "response" {
			v = c.Response
		}
		out, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(generic(t, payload), generic(t, out)); diff != "" {
			t.Errorf("%s does not round-trip (-in +out):\n%s", name, diff)
		}
	}
}

func TestParseErrors(t *testing.T) {
	_, err := serverlessrepo.Parse(&cloudtrail.Event{EventSource: "s3.amazonaws.com", EventName: "GetObject"})
	if !errors.Is(err, serverlessrepo.ErrOtherService) {
		t.Errorf("other service: %v", err)
	}
	ev := &cloudtrail.Event{EventSource: serverlessrepo.EventSource, EventName: "SearchApplications", RequestParameters: json.RawMessage(`{"q":"x"}`)}
	if _, err := serverlessrepo.Parse(ev); !errors.Is(err, serverlessrepo.ErrUnknownOperation) {
		t.Errorf("unknown operation: %v", err)
	}
	ev = &cloudtrail.Event{EventSource: serverlessrepo.EventSource, EventName: "GetApplication", RequestParameters: json.RawMessage(`"text"`)}
	if _, err := serverlessrepo.Parse(ev); err == nil || errors.Is(err, serverlessrepo.ErrUnknownOperation) {
		t.Errorf("string payload: %v, want a decode error", err)
	}
}

func TestPolicyHelpers(t *testing.T) {
	public := &serverlessrepo.PutApplicationPolicy{Request: &serverlessrepo.PutApplicationPolicyRequest{
		Statements: []serverlessrepo.ApplicationPolicyStatement{{Actions: []string{"Deploy"}, Principals: []string{"*"}}}}}
	org := &serverlessrepo.PutApplicationPolicy{Request: &serverlessrepo.PutApplicationPolicyRequest{
		Statements: []serverlessrepo.ApplicationPolicyStatement{{Principals: []string{"111122223333"}, PrincipalOrgIDs: []string{"o-abc123"}}}}}
	// The API's way to share with an organization: every principal, on the organization's condition.
	orgStar := &serverlessrepo.PutApplicationPolicy{Request: &serverlessrepo.PutApplicationPolicyRequest{
		Statements: []serverlessrepo.ApplicationPolicyStatement{{Principals: []string{"*"}, PrincipalOrgIDs: []string{"o-abc123"}}}}}
	if !public.MakesPublic() || org.MakesPublic() || orgStar.MakesPublic() || (&serverlessrepo.PutApplicationPolicy{}).MakesPublic() {
		t.Error("MakesPublic")
	}
	if got := org.SharesWithOrganizations(); len(got) != 1 || got[0] != "o-abc123" {
		t.Errorf("SharesWithOrganizations = %v", got)
	}
	for _, bad := range []string{"arn:aws:s3:::b", "arn:aws:serverlessrepo:us-east-1:1:applications/", "arn:aws:serverlessrepo:us-east-1:1:other/x"} {
		if _, err := serverlessrepo.ParseApplicationARN(bad); err == nil {
			t.Errorf("ParseApplicationARN(%q) succeeded", bad)
		}
	}
	if a, err := serverlessrepo.ParseApplicationARN("arn:aws-us-gov:serverlessrepo:us-gov-west-1:123456789012:applications/x"); err != nil || a.Name != "x" || a.Partition != "aws-us-gov" {
		t.Errorf("gov ARN: %+v %v", a, err)
	}
}
