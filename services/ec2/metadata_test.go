package ec2_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/services/ec2"
)

// No published record of ModifyInstanceMetadataOptions or ModifyInstanceMetadataDefaults was found
// (RunInstances' metadataOptions has one: record 90); these are built. ModifyInstanceMetadataOptions
// is one of the wrapped calls (its requestParameters are {"ModifyInstanceMetadataOptionsRequest":
// {"HttpTokens": ...}}, as detection tests of it show); RunInstances is in the legacy spelling.
func metadataEvents(t testing.TB) []ec2.Call {
	who := cloudtrailtest.By(cloudtrailtest.IAMUser("111122223333", "mallory"))
	return []ec2.Call{
		built(t, cloudtrailtest.NewEvent(ec2.EventSource, "ModifyInstanceMetadataOptions", who,
			cloudtrailtest.Request(map[string]any{"ModifyInstanceMetadataOptionsRequest": map[string]any{"InstanceId": "i-1", "HttpTokens": "optional", "HttpEndpoint": "enabled"}}),
			cloudtrailtest.Response(map[string]any{"ModifyInstanceMetadataOptionsResponse": map[string]any{
				"xmlns": "http://ec2.amazonaws.com/doc/2016-11-15/", "requestId": "r-1", "instanceId": "i-1",
				"instanceMetadataOptions": map[string]any{"httpTokens": "optional", "httpEndpoint": "enabled", "state": "pending", "httpPutResponseHopLimit": 1}}}))),
		built(t, cloudtrailtest.NewEvent(ec2.EventSource, "ModifyInstanceMetadataOptions", who,
			cloudtrailtest.Request(map[string]any{"ModifyInstanceMetadataOptionsRequest": map[string]any{"InstanceId": "i-2", "HttpTokens": "required"}}))),
		built(t, cloudtrailtest.NewEvent(ec2.EventSource, "RunInstances", who,
			cloudtrailtest.Request(map[string]any{"metadataOptions": map[string]any{"httpTokens": "optional", "httpPutResponseHopLimit": 2},
				"instancesSet": map[string]any{"items": []any{map[string]any{"imageId": "ami-1", "minCount": 1, "maxCount": 1}}}}),
			cloudtrailtest.Response(map[string]any{"instancesSet": map[string]any{"items": []any{map[string]any{"instanceId": "i-3"}}}}))),
		built(t, cloudtrailtest.NewEvent(ec2.EventSource, "ModifyInstanceMetadataDefaults", who,
			cloudtrailtest.Request(map[string]any{"ModifyInstanceMetadataDefaultsRequest": map[string]any{"HttpTokens": "required"}}))),
	}
}

func TestMetadataOptions(t *testing.T) {
	want := []struct {
		ids      []string
		imdsv1   bool
		defaults bool
	}{{[]string{"i-1"}, true, false}, {[]string{"i-2"}, false, false}, {[]string{"i-3"}, true, false}, {nil, false, true}}
	for i, call := range metadataEvents(t) {
		m, ok := ec2.MetadataOptionsOf(call)
		if !ok || !slices.Equal(m.InstanceIDs, want[i].ids) || m.IMDSv1() != want[i].imdsv1 || m.Defaults != want[i].defaults {
			t.Errorf("%d %s: %+v", i, call.Operation(), m)
		}
	}
	if m, ok := ec2.MetadataOptionsOf(recordCall(t, 29)); ok { // RunInstances without metadataOptions
		t.Errorf("record 29: %+v", m)
	}
	// Record 90, a real RunInstances from the console, launches with tokens optional.
	if m, ok := ec2.MetadataOptionsOf(recordCall(t, 90)); !ok || !m.IMDSv1() || m.HopLimit != 1 || !slices.Equal(m.InstanceIDs, []string{"i-01234567890123456"}) {
		t.Errorf("record 90: %+v, %v", m, ok)
	}
	// The wrapped request encodes back as it came.
	c := metadataEvents(t)[0].(*ec2.ModifyInstanceMetadataOptions)
	if out, _ := c.Request.MarshalJSON(); string(out) != `{"ModifyInstanceMetadataOptionsRequest":{"HttpEndpoint":"enabled","HttpTokens":"optional","InstanceId":"i-1"}}` {
		t.Errorf("encoded %s", out)
	}
}

// Instances whose metadata service is left open to IMDSv1 (tokens optional).
func ExampleMetadataOptionsOf() {
	for _, call := range metadataEvents(nil) {
		if m, ok := ec2.MetadataOptionsOf(call); ok && m.IMDSv1() {
			fmt.Println(call.Operation(), m.InstanceIDs, "allows IMDSv1")
		}
	}
	// Output:
	// ModifyInstanceMetadataOptions [i-1] allows IMDSv1
	// RunInstances [i-3] allows IMDSv1
}
