package ec2_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/services/ec2"
)

// No published record has an instance profile association: these are built, in the legacy
// spelling the XML schema gives these calls.
func profileEvents(t testing.TB) []ec2.Call {
	who := cloudtrailtest.By(cloudtrailtest.IAMUser("111122223333", "mallory"))
	profile := map[string]any{"arn": "arn:aws:iam::111122223333:instance-profile/admin"}
	return []ec2.Call{
		built(t, cloudtrailtest.NewEvent(ec2.EventSource, "AssociateIamInstanceProfile", who,
			cloudtrailtest.Request(map[string]any{"instanceId": "i-1", "iamInstanceProfile": profile}),
			cloudtrailtest.Response(map[string]any{"requestId": "r-1", "iamInstanceProfileAssociation": map[string]any{
				"associationId": "iip-assoc-1", "instanceId": "i-1", "state": "associating",
				"iamInstanceProfile": map[string]any{"arn": "arn:aws:iam::111122223333:instance-profile/admin", "id": "AIPA1"}}}))),
		built(t, cloudtrailtest.NewEvent(ec2.EventSource, "ReplaceIamInstanceProfileAssociation", who,
			cloudtrailtest.Request(map[string]any{"associationId": "iip-assoc-2", "iamInstanceProfile": map[string]any{"name": "admin"}}),
			cloudtrailtest.Response(map[string]any{"iamInstanceProfileAssociation": map[string]any{"associationId": "iip-assoc-3", "instanceId": "i-2"}}))),
		built(t, cloudtrailtest.NewEvent(ec2.EventSource, "RunInstances", who,
			cloudtrailtest.Request(map[string]any{"iamInstanceProfile": profile, "instancesSet": map[string]any{"items": []any{map[string]any{"imageId": "ami-1", "minCount": 1, "maxCount": 1}}}}),
			cloudtrailtest.Response(map[string]any{"instancesSet": map[string]any{"items": []any{map[string]any{"instanceId": "i-3"}}}}))),
	}
}

func TestProfileAssociations(t *testing.T) {
	want := []ec2.ProfileAssociation{
		{InstanceIDs: []string{"i-1"}, ProfileARN: "arn:aws:iam::111122223333:instance-profile/admin", AssociationID: "iip-assoc-1"},
		{InstanceIDs: []string{"i-2"}, ProfileName: "admin", AssociationID: "iip-assoc-2", Replaced: true},
		{InstanceIDs: []string{"i-3"}, ProfileARN: "arn:aws:iam::111122223333:instance-profile/admin"},
	}
	for i, call := range profileEvents(t) {
		got, ok := ec2.ProfileAssociations(call)
		w := want[i]
		if !ok || !slices.Equal(got.InstanceIDs, w.InstanceIDs) || got.ProfileARN != w.ProfileARN || got.ProfileName != w.ProfileName ||
			got.AssociationID != w.AssociationID || got.Replaced != w.Replaced {
			t.Errorf("%s: %+v, want %+v", call.Operation(), got, w)
		}
	}
	for _, i := range []int{18, 29, 42} { // RunInstances without a profile, ModifyInstanceAttribute
		if a, ok := ec2.ProfileAssociations(recordCall(t, i)); ok {
			t.Errorf("record %d: %+v", i, a)
		}
	}
}

// Instance profiles attached to instances: their role is then the instances'.
func ExampleProfileAssociations() {
	for _, call := range profileEvents(nil) {
		if a, ok := ec2.ProfileAssociations(call); ok {
			fmt.Println(call.Operation(), a.InstanceIDs, a.ProfileARN+a.ProfileName)
		}
	}
	// Output:
	// AssociateIamInstanceProfile [i-1] arn:aws:iam::111122223333:instance-profile/admin
	// ReplaceIamInstanceProfileAssociation [i-2] admin
	// RunInstances [i-3] arn:aws:iam::111122223333:instance-profile/admin
}
