package ec2_test

import (
	"fmt"
	"testing"

	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/services/ec2"
)

func TestKeyMaterialOnRecords(t *testing.T) {
	for _, tc := range []struct {
		record int
		want   ec2.KeyAccess
	}{
		{2, ec2.KeyAccess{Operation: "CreateKeyPair", KeyName: "mykeypair", Fingerprint: "30:1d:46:d0:5b:ad:7e:1b:b6:70:62:8b:ff:38:b5:e9:ab:5d:b8:21", SecretReturned: true}},
		{26, ec2.KeyAccess{Operation: "GetPasswordData", InstanceID: "i-abcdef1234567890"}},
	} {
		got, ok := ec2.KeyMaterial(recordCall(t, tc.record))
		if !ok || got != tc.want {
			t.Errorf("record %d: %+v, want %+v", tc.record, got, tc.want)
		}
	}
	if c := recordCall(t, 2).(*ec2.CreateKeyPair); c.Response.KeyMaterial != ec2.Redacted {
		t.Errorf("record 2: key material %q", c.Response.KeyMaterial)
	}
}

// ImportKeyPair has no published record; built in the legacy spelling.
func TestKeyMaterialImport(t *testing.T) {
	call := built(t, cloudtrailtest.NewEvent(ec2.EventSource, "ImportKeyPair", cloudtrailtest.By(cloudtrailtest.IAMUser("111122223333", "alice")),
		cloudtrailtest.Request(map[string]any{"keyName": "backdoor", "publicKeyMaterial": "c3NoLXJzYSBBQUFB"}),
		cloudtrailtest.Response(map[string]any{"keyName": "backdoor", "keyFingerprint": "ab:cd", "keyPairId": "key-1", "requestId": "r-1"})))
	if k, ok := ec2.KeyMaterial(call); !ok || k.KeyName != "backdoor" || k.KeyPairID != "key-1" || k.SecretReturned {
		t.Errorf("%+v", k)
	}
}

// Key pairs made or imported, and Windows administrator passwords fetched.
func ExampleKeyMaterial() {
	for i, ev := range examples() {
		call, err := ec2.Parse(ev)
		if err != nil {
			continue
		}
		if k, ok := ec2.KeyMaterial(call); ok {
			fmt.Printf("record %d: %s %s%s by %s\n", i, k.Operation, k.KeyName, k.InstanceID, ev.Actor())
		}
	}
	// Output:
	// record 2: CreateKeyPair mykeypair by arn:aws:iam::123456789012:user/Alice
	// record 26: GetPasswordData i-abcdef1234567890 by arn:aws:iam::111111111111:role/sample-role-nostalgic-merkle
	// record 27: GetPasswordData i-abcdef1234567890 by arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/us-west-2/SampleRole
	// record 98: GetPasswordData i-003e90a87a9e72f06 by arn:aws:iam::000000000:user/test@elastic.co
}
