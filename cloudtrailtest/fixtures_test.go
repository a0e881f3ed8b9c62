package cloudtrailtest_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/serverlessrepo"
)

// fixtureSources says where each fixture comes from: a test record (anonymized) or a builder.
// go test -cloudtrailtest.update rewrites fixtures/ from them; the test fails when the files are stale.
func fixtureSources(t *testing.T) map[string]*cloudtrail.Event {
	recs := records(t)
	pick := func(pred func(*cloudtrail.Event) bool) *cloudtrail.Event {
		for _, ev := range recs {
			if pred(ev) {
				return ev
			}
		}
		t.Fatal("no test record for a fixture")
		return nil
	}
	has := func(raw json.RawMessage, s string) bool { return strings.Contains(string(raw), s) }
	login := func(ev *cloudtrail.Event) bool { return ev.EventName == "ConsoleLogin" && ev.UserIdentity != nil }
	out := map[string]*cloudtrail.Event{
		"console-login-mfa": pick(func(ev *cloudtrail.Event) bool {
			return login(ev) && !ev.Failed() && has(ev.AdditionalEventData, `"MFAUsed":"Yes"`)
		}),
		"console-login-no-mfa": pick(func(ev *cloudtrail.Event) bool {
			return login(ev) && !ev.Failed() && has(ev.AdditionalEventData, `"MFAUsed":"No"`)
		}),
		"console-login-failed": pick(func(ev *cloudtrail.Event) bool { return login(ev) && ev.Failed() }),
		"root-activity": pick(func(ev *cloudtrail.Event) bool {
			return ev.UserIdentity != nil && ev.UserIdentity.Type == cloudtrail.IdentityRoot && ev.EventName != "ConsoleLogin"
		}),
		"assume-role-chain": pick(func(ev *cloudtrail.Event) bool {
			return ev.EventName == "AssumeRole" && ev.UserIdentity != nil && ev.UserIdentity.Type == cloudtrail.IdentityAssumedRole
		}),
		"access-denied": pick(func(ev *cloudtrail.Event) bool { return ev.ErrorCode == "AccessDenied" && ev.UserIdentity != nil }),
		"iam-policy-change": pick(func(ev *cloudtrail.Event) bool {
			return slices.Contains([]string{"PutUserPolicy", "PutRolePolicy", "AttachRolePolicy", "AttachUserPolicy"}, ev.EventName) && ev.ErrorCode == ""
		}),
		"s3-data-event": pick(func(ev *cloudtrail.Event) bool {
			return ev.EventSource == "s3.amazonaws.com" && (ev.EventName == "GetObject" || ev.EventName == "PutObject") && ev.ManagementEvent != nil && !*ev.ManagementEvent
		}),
		"kms": pick(func(ev *cloudtrail.Event) bool {
			return ev.EventSource == "kms.amazonaws.com" && ev.EventType == cloudtrail.EventTypeAPICall
		}),
		"insight-start": pick(func(ev *cloudtrail.Event) bool { return ev.InsightDetails != nil && ev.InsightDetails.State == "Start" }),
		"insight-end":   pick(func(ev *cloudtrail.Event) bool { return ev.InsightDetails != nil && ev.InsightDetails.State == "End" }),
		"service-event": pick(func(ev *cloudtrail.Event) bool { return ev.EventType == cloudtrail.EventTypeServiceEvent }),
		"network-activity": pick(func(ev *cloudtrail.Event) bool {
			return ev.EventCategory == cloudtrail.CategoryNetworkActivity
		}),
		"missing-user-identity": pick(func(ev *cloudtrail.Event) bool {
			return ev.UserIdentity == nil && ev.InsightDetails == nil && ev.EventName != ""
		}),
		"string-booleans": pick(func(ev *cloudtrail.Event) bool {
			raw, _ := json.Marshal(ev)
			return bytes.Contains(raw, []byte(`"readOnly":"`))
		}),
		"eventversion-1.0": pick(func(ev *cloudtrail.Event) bool { return ev.EventVersion == "1.0" }),
		"sar-CreateApplication": pick(func(ev *cloudtrail.Event) bool {
			return ev.EventSource == serverlessrepo.EventSource && ev.EventName == "CreateApplication" && ev.EventVersion.AtLeast("1.08")
		}),
		"sar-PutApplicationPolicy": pick(func(ev *cloudtrail.Event) bool {
			return ev.EventSource == serverlessrepo.EventSource && ev.EventName == "PutApplicationPolicy" && has(ev.RequestParameters, `"*"`) && !ev.Failed()
		}),
		"sar-UnshareApplication": pick(func(ev *cloudtrail.Event) bool {
			return ev.EventSource == serverlessrepo.EventSource && ev.EventName == "UnshareApplication"
		}),
	}
	for op, payloads := range builtSAR {
		call := sarCall(t, op, payloads[0], payloads[1])
		out["sar-"+op] = cloudtrailtest.SARCall(call, cloudtrailtest.By(cloudtrailtest.AssumedRole("111122223333", "publisher", "release")))
	}
	return out
}

const app = `"applicationId":"arn:aws:serverlessrepo:us-east-1:111122223333:applications/log-shipper"`

// builtSAR are the request and response of the SAR operations no public record shows.
var builtSAR = map[string][2]string{
	"CreateApplicationVersion": {`{` + app + `,"semanticVersion":"1.1.0","sourceCodeUrl":"https://github.com/example/log-shipper/tree/v1.1.0","templateUrl":"https://example-bucket.s3.amazonaws.com/template.yaml"}`,
		`{` + app + `,"creationTime":"2024-03-01T12:00:00.000Z","parameterDefinitions":[{"name":"Retention","type":"Number","defaultValue":"30","referencedByResources":["Bucket"]}],"requiredCapabilities":[],"resourcesSupported":true,"semanticVersion":"1.1.0","templateUrl":"https://example-bucket.s3.amazonaws.com/template.yaml"}`},
	"CreateCloudFormationChangeSet": {`{` + app + `,"semanticVersion":"1.1.0","stackName":"log-shipper","capabilities":["CAPABILITY_IAM"],"parameterOverrides":[{"name":"Retention","value":"7"}]}`,
		`{` + app + `,"changeSetId":"arn:aws:cloudformation:us-east-1:111122223333:changeSet/a1b2c3d4/5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b","semanticVersion":"1.1.0","stackId":"arn:aws:cloudformation:us-east-1:111122223333:stack/serverlessrepo-log-shipper/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"}`},
	"CreateCloudFormationTemplate": {`{` + app + `,"semanticVersion":"1.1.0"}`,
		`{` + app + `,"creationTime":"2024-03-01T12:00:00.000Z","expirationTime":"2024-03-01T18:00:00.000Z","semanticVersion":"1.1.0","status":"PREPARING","templateId":"5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"}`},
	"DeleteApplication": {`{` + app + `}`, ``},
	"GetApplication": {`{` + app + `,"semanticVersion":"1.1.0"}`,
		`{` + app + `,"author":"example","creationTime":"2024-02-01T12:00:00.000Z","description":"Ships logs","labels":["logs"],"name":"log-shipper","spdxLicenseId":"MIT","version":{` + app + `,"creationTime":"2024-03-01T12:00:00.000Z","parameterDefinitions":[],"requiredCapabilities":[],"resourcesSupported":true,"semanticVersion":"1.1.0"}}`},
	"GetApplicationPolicy": {`{` + app + `}`, `{"statements":[{"actions":["Deploy"],"principals":["444455556666"],"statementId":"s1"}]}`},
	"GetCloudFormationTemplate": {`{` + app + `,"templateId":"5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"}`,
		`{` + app + `,"creationTime":"2024-03-01T12:00:00.000Z","expirationTime":"2024-03-01T18:00:00.000Z","semanticVersion":"1.1.0","status":"ACTIVE","templateId":"5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b","templateUrl":"https://awsserverlessrepo-changesets-example.s3.amazonaws.com/template.yaml"}`},
	"ListApplicationDependencies": {`{` + app + `,"semanticVersion":"1.1.0","maxItems":10}`, `{"dependencies":[{"applicationId":"arn:aws:serverlessrepo:us-east-1:111122223333:applications/shared-layer","semanticVersion":"2.0.0"}]}`},
	"ListApplicationVersions":     {`{` + app + `,"maxItems":10}`, `{"versions":[{` + app + `,"creationTime":"2024-03-01T12:00:00.000Z","semanticVersion":"1.1.0"}]}`},
	"ListApplications":            {`{"maxItems":10}`, `{"applications":[{` + app + `,"author":"example","creationTime":"2024-02-01T12:00:00.000Z","description":"Ships logs","name":"log-shipper"}]}`},
	"UpdateApplication": {`{` + app + `,"description":"Ships and compresses logs","labels":["logs","gzip"]}`,
		`{` + app + `,"author":"example","creationTime":"2024-02-01T12:00:00.000Z","description":"Ships and compresses logs","labels":["logs","gzip"],"name":"log-shipper"}`},
}

// sarCall decodes a typed call from its payloads through Parse.
func sarCall(t *testing.T, op, req, resp string) serverlessrepo.Call {
	ev := &cloudtrail.Event{EventSource: serverlessrepo.EventSource, EventName: op, RequestParameters: json.RawMessage(req)}
	if resp != "" {
		ev.ResponseElements = json.RawMessage(resp)
	}
	call, err := serverlessrepo.Parse(ev)
	if err != nil {
		t.Fatal(err)
	}
	return call
}

func TestFixtures(t *testing.T) {
	sources := fixtureSources(t)
	anon := cloudtrailtest.NewAnonymizer([]byte("cloudtrailtest fixtures"))
	update := flag.Lookup(cloudtrailtest.UpdateFlag).Value.(flag.Getter).Get().(bool)
	names := make([]string, 0, len(sources))
	for name := range sources {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		ev, err := anon.Anonymize(sources[name])
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := cloudtrailtest.Encode(&b, cloudtrail.FormatRecord, ev); err != nil {
			t.Fatal(err)
		}
		file := filepath.Join("fixtures", name+".json")
		if update {
			if err := os.WriteFile(file, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if got, err := os.ReadFile(file); err != nil || !bytes.Equal(got, b.Bytes()) {
			t.Errorf("%s is stale (run go test -cloudtrailtest.update): %v", file, err)
		}
		if d := cloudtrailtest.Diff(ev, cloudtrailtest.Fixture(name)); d != "" {
			t.Errorf("Fixture(%q) differs from its file:\n%s", name, d)
		}
	}
	if !update && !slices.Equal(cloudtrailtest.FixtureNames(), names) {
		t.Errorf("fixtures %q, sources %q", cloudtrailtest.FixtureNames(), names)
	}
	for _, op := range []string{"CreateApplication", "CreateApplicationVersion", "CreateCloudFormationChangeSet", "CreateCloudFormationTemplate",
		"DeleteApplication", "GetApplication", "GetApplicationPolicy", "GetCloudFormationTemplate", "ListApplicationDependencies",
		"ListApplicationVersions", "ListApplications", "PutApplicationPolicy", "UnshareApplication", "UpdateApplication"} {
		if _, ok := sources["sar-"+op]; !ok {
			t.Errorf("no fixture of SAR operation %s", op)
		}
	}
}
