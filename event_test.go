package cloudtrail_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/trailtype/cloudtrail"
)

func decodeEvent(t *testing.T, raw []byte) *cloudtrail.Event {
	t.Helper()
	var ev cloudtrail.Event
	if err := json.Unmarshal(raw, &ev); err != nil {
		t.Fatalf("decode: %v\n%s", err, raw)
	}
	return &ev
}

// encodeGeneric marshals v and returns it in comparable generic form.
func encodeGeneric(t *testing.T, v any) map[string]any {
	t.Helper()
	out, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	return generic(t, out).(map[string]any)
}

func TestTypedAssumedRole(t *testing.T) {
	ev := decodeEvent(t, findRecord(t, `"eventName":"StartSession"`, `bobson.dugnutt`))
	u := ev.UserIdentity
	if u == nil || u.Type != cloudtrail.IdentityAssumedRole {
		t.Fatalf("identity = %+v, want AssumedRole", u)
	}
	if got, want := ev.EventTime, time.Date(2025, 2, 19, 20, 13, 49, 0, time.UTC); !got.Equal(want) {
		t.Errorf("EventTime = %v, want %v (from panther's rewritten layout)", got, want)
	}
	attrs := u.SessionContext.Attributes
	if got, want := attrs.CreationDate, time.Date(2025, 2, 19, 16, 29, 24, 0, time.UTC); !got.Equal(want) {
		t.Errorf("CreationDate = %v, want %v", got, want)
	}
	if attrs.MFAAuthenticated {
		t.Error("MFAAuthenticated = true, want false from \"false\"")
	}
	issuer := u.SessionContext.SessionIssuer
	if issuer.Type != cloudtrail.IdentityRole || issuer.UserName != "SampleRole" {
		t.Errorf("issuer = %+v", issuer)
	}
	if got, want := ev.ActorARN(), "arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/us-west-2/SampleRole"; got != want {
		t.Errorf("ActorARN = %q, want the issuing role %q", got, want)
	}
	if ev.ReadOnly == nil || *ev.ReadOnly || ev.ManagementEvent == nil || !*ev.ManagementEvent {
		t.Errorf("ReadOnly %v ManagementEvent %v, want false and true", ev.ReadOnly, ev.ManagementEvent)
	}
	if ev.TLSDetails == nil || ev.TLSDetails.TLSVersion != "TLSv1.2" {
		t.Errorf("TLSDetails = %+v", ev.TLSDetails)
	}
	if got := ev.Extra["p_log_type"]; string(got) != `"AWS.CloudTrail"` {
		t.Errorf("unknown member p_log_type = %s, want it kept in Extra", got)
	}
	if ev.Failed() {
		t.Error("Failed = true for a successful call")
	}
}

func TestTypedIdentityVariants(t *testing.T) {
	tests := []struct {
		name      string
		fragments []string
		check     func(t *testing.T, ev *cloudtrail.Event)
	}{
		{"IdentityCenterUser", []string{`"IdentityCenterUser"`, `"ListApplications"`}, func(t *testing.T, ev *cloudtrail.Event) {
			u := ev.UserIdentity
			if u.OnBehalfOf == nil || u.OnBehalfOf.UserID != "94d00cd8-e9e6-4810-b177-b08e84775435" {
				t.Errorf("OnBehalfOf = %+v", u.OnBehalfOf)
			}
			if u.CredentialID != "cdee2490-82ed-43b3-96ee-b75fbf0b97a5" {
				t.Errorf("CredentialID = %q", u.CredentialID)
			}
			if got, want := ev.ActorARN(), "arn:aws:identitystore:::user/94d00cd8-e9e6-4810-b177-b08e84775435"; got != want {
				t.Errorf("ActorARN = %q, want %q", got, want)
			}
		}},
		{"SAMLUser", []string{`"SAMLUser"`}, func(t *testing.T, ev *cloudtrail.Event) {
			if ev.UserIdentity.Type != cloudtrail.IdentitySAMLUser || ev.UserIdentity.IdentityProvider == "" {
				t.Errorf("identity = %+v, want SAMLUser with identityProvider", ev.UserIdentity)
			}
		}},
		{"AWSAccount", []string{`"type":"AWSAccount"`, `"AssumeRole"`}, func(t *testing.T, ev *cloudtrail.Event) {
			u := ev.UserIdentity
			if u.AccountID == "" || u.PrincipalID == "" || u.ARN != "" {
				t.Errorf("AWSAccount identity = %+v, want accountId and principalId only", u)
			}
		}},
		{"Root", []string{`"type":"Root"`, `"EnableMFADevice"`}, func(t *testing.T, ev *cloudtrail.Event) {
			if ev.UserIdentity.Type != cloudtrail.IdentityRoot || !strings.HasSuffix(ev.ActorARN(), ":root") {
				t.Errorf("root ActorARN = %q", ev.ActorARN())
			}
		}},
		{"service event without identity type", []string{`"RotateKey"`}, func(t *testing.T, ev *cloudtrail.Event) {
			if ev.UserIdentity == nil || ev.UserIdentity.Type != "" || ev.UserIdentity.InvokedBy == "" {
				t.Errorf("identity = %+v, want no type and an invokedBy", ev.UserIdentity)
			}
			if ev.EventType != cloudtrail.EventTypeServiceEvent || ev.ServiceEventDetails == nil && ev.RequestParameters == nil {
				t.Errorf("EventType = %q", ev.EventType)
			}
			if ev.Actor() != ev.UserIdentity.InvokedBy {
				t.Errorf("Actor = %q, want the invoking service", ev.Actor())
			}
		}},
		{"failed console sign-in", []string{`"ConsoleLogin":"Failure"`, `"Failed authentication"`}, func(t *testing.T, ev *cloudtrail.Event) {
			if ev.EventType != cloudtrail.EventTypeConsoleSignIn || !ev.Failed() || ev.ErrorMessage != "Failed authentication" {
				t.Errorf("sign-in: type %q failed %v message %q", ev.EventType, ev.Failed(), ev.ErrorMessage)
			}
			if string(ev.RequestParameters) != "null" {
				t.Errorf("RequestParameters = %s, want the literal null kept", ev.RequestParameters)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.check(t, decodeEvent(t, findRecord(t, tc.fragments...))) })
	}
}

func TestTypedInsight(t *testing.T) {
	ev := decodeEvent(t, findRecord(t, `"AwsCloudTrailInsight"`, `"CompleteLifecycleAction"`))
	if ev.UserIdentity != nil || ev.EventSource != "" {
		t.Errorf("Insights record has identity %+v source %q, want none", ev.UserIdentity, ev.EventSource)
	}
	d := ev.InsightDetails
	if d == nil || d.State != cloudtrail.InsightStart || d.InsightType != cloudtrail.InsightAPICallRate {
		t.Fatalf("InsightDetails = %+v", d)
	}
	st := d.InsightContext.Statistics
	if st.Baseline.Average != 8.82145e-05 || st.Insight.Average != 0.6 || st.InsightDuration != 5 || st.BaselineDuration != 11336 {
		t.Errorf("statistics = baseline %v insight %v durations %d/%d", st.Baseline.Average, st.Insight.Average, st.InsightDuration, st.BaselineDuration)
	}
	attr := d.InsightContext.Attributions
	if len(attr) == 0 || attr[0].Attribute != "userIdentityArn" || len(attr[0].Insight) != 3 || attr[0].Insight[0].Average != 0.2 {
		t.Errorf("attributions = %+v", attr)
	}
	if ev.EventCategory != cloudtrail.CategoryInsight || ev.AccountID() != ev.RecipientAccountID {
		t.Errorf("category %q account %q", ev.EventCategory, ev.AccountID())
	}
}

func TestTypedVersions(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range testRecords(t) {
		var ev cloudtrail.Event
		if err := json.Unmarshal(r.raw, &ev); err != nil {
			t.Fatalf("%s: %v", r.name, err)
		}
		if ev.EventVersion == "" {
			continue
		}
		seen[string(ev.EventVersion)] = true
		major, minor, ok := ev.EventVersion.Parts()
		if !ok || major != 1 || minor > 11 {
			t.Errorf("%s: eventVersion %q parts %d.%d ok %v", r.name, ev.EventVersion, major, minor, ok)
		}
		// Fields that exist only from a version on must not appear before it in AWS-written records
		// (panther's are partly hand-written: one has tlsDetails at 1.05).
		if ev.TLSDetails != nil && !ev.EventVersion.AtLeast("1.08") && !strings.HasPrefix(r.name, "rule-test-logs") {
			t.Errorf("%s: tlsDetails in eventVersion %s", r.name, ev.EventVersion)
		}
	}
	for _, v := range []string{"1.0", "1.02", "1.03", "1.04", "1.05", "1.06", "1.07", "1.08", "1.09", "1.10", "1.11"} {
		if !seen[v] {
			t.Errorf("no test record has eventVersion %s", v)
		}
	}
}

// TestOddValuesKept decodes values of unexpected type or layout: the typed field reads them as well
// as it can, and encoding gives back the original JSON.
func TestOddValuesKept(t *testing.T) {
	raw := []byte(`{"eventTime":"2022-12-11 19:42:55","readOnly":"True","managementEvent":"True",` +
		`"sessionCredentialFromConsole":true,"eventName":42,` +
		`"userIdentity":{"type":"AssumedRole","sessionContext":{"attributes":{"creationDate":"20131102T010628Z","mfaAuthenticated":true}}},` +
		`"insightDetails":{"insightContext":{"statistics":{"baseline":{"average":9.82222E-5},"insightDuration":10080.0}}}}`)
	ev := decodeEvent(t, raw)
	if want := time.Date(2022, 12, 11, 19, 42, 55, 0, time.UTC); !ev.EventTime.Equal(want) {
		t.Errorf("EventTime = %v, want %v", ev.EventTime, want)
	}
	if ev.ReadOnly == nil || !*ev.ReadOnly || ev.ManagementEvent == nil || !*ev.ManagementEvent {
		t.Errorf("ReadOnly %v ManagementEvent %v, want true from \"True\"", ev.ReadOnly, ev.ManagementEvent)
	}
	if !ev.SessionCredentialFromConsole || ev.EventName != "42" {
		t.Errorf("SessionCredentialFromConsole %v EventName %q", ev.SessionCredentialFromConsole, ev.EventName)
	}
	attrs := ev.UserIdentity.SessionContext.Attributes
	if want := time.Date(2013, 11, 2, 1, 6, 28, 0, time.UTC); !attrs.CreationDate.Equal(want) || !attrs.MFAAuthenticated {
		t.Errorf("attributes = %v %v, want %v true", attrs.CreationDate, attrs.MFAAuthenticated, want)
	}
	st := ev.InsightDetails.InsightContext.Statistics
	if st.Baseline.Average != 9.82222e-5 || st.InsightDuration != 10080 {
		t.Errorf("statistics %v %d", st.Baseline.Average, st.InsightDuration)
	}
	if diff := cmp.Diff(generic(t, raw), encodeGeneric(t, ev)); diff != "" {
		t.Errorf("odd values not written back as they came (-in +out):\n%s", diff)
	}
}

// TestEditsShow changes decoded fields, including ones that held odd JSON, and checks that the
// encoding carries exactly those changes.
func TestEditsShow(t *testing.T) {
	raw := findRecord(t, `"eventTime":"2022-12-11 19:42:55"`)
	ev := decodeEvent(t, raw)
	want := generic(t, raw).(map[string]any)

	ev.EventName = "Renamed"
	want["eventName"] = "Renamed"
	ev.EventTime = time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	want["eventTime"] = "2024-01-02T03:04:05Z"
	f := false
	ev.ReadOnly = &f
	want["readOnly"] = false
	if ev.Extra == nil {
		ev.Extra = map[string]json.RawMessage{}
	}
	ev.Extra["x_added"] = json.RawMessage(`{"n":1}`)
	want["x_added"] = map[string]any{"n": json.Number("1")}
	ev.ErrorCode = "AccessDenied"
	want["errorCode"] = "AccessDenied"
	if ev.UserIdentity == nil {
		t.Fatal("record has no userIdentity")
	}
	ev.UserIdentity.UserName = "someone-else"
	want["userIdentity"].(map[string]any)["userName"] = "someone-else"

	if diff := cmp.Diff(any(want), any(encodeGeneric(t, ev))); diff != "" {
		t.Errorf("encoding does not show the edits exactly (-want +got):\n%s", diff)
	}
}

func TestNullAbsentEmptyKeptApart(t *testing.T) {
	raw := []byte(`{"eventName":"","errorCode":null,"responseElements":null,"requestParameters":{},` +
		`"resources":[],"readOnly":null,"userIdentity":{"accessKeyId":"","sessionContext":{"sessionIssuer":{},` +
		`"webIdFederationData":{},"attributes":{"mfaAuthenticated":"false"}}}}`)
	ev := decodeEvent(t, raw)
	sc := ev.UserIdentity.SessionContext
	if sc.SessionIssuer == nil || sc.WebIDFederationData == nil {
		t.Errorf("empty objects decoded as nil: issuer %v webId %v", sc.SessionIssuer, sc.WebIDFederationData)
	}
	if string(ev.ResponseElements) != "null" || string(ev.RequestParameters) != "{}" || ev.AdditionalEventData != nil {
		t.Errorf("payloads %q %q %q", ev.ResponseElements, ev.RequestParameters, ev.AdditionalEventData)
	}
	for _, lib := range jsonLibs {
		out, err := lib.marshal(ev)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(generic(t, raw), generic(t, out)); diff != "" {
			t.Errorf("%s: null, absent and empty not kept apart (-in +out):\n%s", lib.name, diff)
		}
	}
}

func TestBuiltEventEncodesOnlyWhatIsSet(t *testing.T) {
	ev := cloudtrail.Event{EventName: "GetObject", EventTime: time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC),
		SessionCredentialFromConsole: true, UserIdentity: &cloudtrail.UserIdentity{Type: cloudtrail.IdentityIAMUser}}
	got := encodeGeneric(t, ev) // a value, not a pointer: MarshalJSON has a value receiver
	want := map[string]any{"eventName": "GetObject", "eventTime": "2024-05-06T07:08:09Z",
		"sessionCredentialFromConsole": "true", "userIdentity": map[string]any{"type": "IAMUser"}}
	if diff := cmp.Diff(any(want), any(got)); diff != "" {
		t.Errorf("built event (-want +got):\n%s", diff)
	}
}

func TestDecodeRejectsMalformed(t *testing.T) {
	for _, in := range []string{`[]`, `{"eventName":}`, `{"eventName":"x"`, `{"a":1}x`, `"record"`} {
		var ev cloudtrail.Event
		if err := ev.UnmarshalJSON([]byte(in)); err == nil {
			t.Errorf("UnmarshalJSON(%s) succeeded, want an error", in)
		}
	}
}
