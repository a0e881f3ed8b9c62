package ec2_test

import (
	"fmt"
	"testing"

	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/services/ec2"
)

func TestACLEntriesOnRecords(t *testing.T) {
	for _, tc := range []struct {
		record int
		want   ec2.ACLEntry
		open   bool
	}{
		{32, ec2.ACLEntry{NetworkACLID: "acl-1", RuleNumber: 500, Egress: true, Action: "allow", Protocol: "-1", CIDR: "0.0.0.0/0"}, true},
		{69, ec2.ACLEntry{NetworkACLID: "acl-1111", RuleNumber: 12, Action: "allow", Protocol: "6", FromPort: 700, ToPort: 702, CIDR: "0.0.0.0/0"}, true},
		{70, ec2.ACLEntry{NetworkACLID: "acl-1111", RuleNumber: 12, Action: "allow", Protocol: "6", FromPort: 700, ToPort: 702, CIDR: "111.111.111.111/32"}, false},
	} {
		got, ok := ec2.ACLEntryOf(recordCall(t, tc.record))
		if !ok || got != tc.want || got.Open() != tc.open {
			t.Errorf("record %d: %+v, want %+v (open %v)", tc.record, got, tc.want, tc.open)
		}
	}
}

// ReplaceNetworkAclEntry has no published record; built in the spelling CreateNetworkAclEntry's
// records show.
func TestACLEntryReplaced(t *testing.T) {
	call := built(t, cloudtrailtest.NewEvent(ec2.EventSource, "ReplaceNetworkAclEntry", cloudtrailtest.By(cloudtrailtest.IAMUser("111122223333", "alice")),
		cloudtrailtest.Request(map[string]any{"networkAclId": "acl-2", "ruleNumber": 100, "egress": false, "ruleAction": "allow",
			"aclProtocol": "6", "portRange": map[string]any{"from": 22, "to": 22}, "icmpTypeCode": map[string]any{}, "ipv6CidrBlock": "::/0"})))
	e, ok := ec2.ACLEntryOf(call)
	if !ok || !e.Replaced || !e.Open() || e.FromPort != 22 || e.CIDR != "::/0" {
		t.Errorf("%+v", e)
	}
}

// Network ACL entries that allow the whole internet.
func ExampleACLEntryOf() {
	for i, ev := range examples() {
		call, err := ec2.Parse(ev)
		if err != nil {
			continue
		}
		if e, ok := ec2.ACLEntryOf(call); ok && e.Open() {
			fmt.Printf("record %d: %s rule %d allows %s (protocol %s, ports %d-%d, egress %v)\n", i, e.NetworkACLID, e.RuleNumber, e.CIDR, e.Protocol, e.FromPort, e.ToPort, e.Egress)
		}
	}
	// Output:
	// record 32: acl-1 rule 500 allows 0.0.0.0/0 (protocol -1, ports 0-0, egress true)
	// record 33: acl-1 rule 500 allows 0.0.0.0/0 (protocol -1, ports 0-0, egress true)
	// record 35: acl-1 rule 500 allows 0.0.0.0/0 (protocol -1, ports 0-0, egress true)
	// record 69: acl-1111 rule 12 allows 0.0.0.0/0 (protocol 6, ports 700-702, egress false)
	// record 71: acl-1111 rule 12 allows 0.0.0.0/0 (protocol 6, ports 700-702, egress false)
}
