package ec2_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/services/ec2"
)

func TestRulesOnRecords(t *testing.T) {
	for _, tc := range []struct {
		record int
		want   []ec2.Rule
		open   bool
	}{
		// Panther's test writes the ports as strings: read as numbers all the same.
		{21, []ec2.Rule{{GroupID: "sg-04f0b44316f7d2471", Protocol: "tcp", FromPort: 443, ToPort: 443, CIDR: "0.0.0.0/16"}}, false},
		{23, []ec2.Rule{{GroupID: "sg-03eee825d6bb78f54", Egress: true, Protocol: "-1", CIDR: "0.0.0.0/0"}}, true},
		{24, []ec2.Rule{{GroupID: "sg-0d921df5d84f7270a", Protocol: "tcp", FromPort: 22, ToPort: 22, CIDR: "0.0.0.0/0"}}, true},
		{39, []ec2.Rule{{GroupID: "sg-1", Protocol: "tcp", FromPort: 22, ToPort: 22, CIDR: "127.0.0.1/32"}}, false},
		// Newer records: the response lists the rule with its ID.
		{94, []ec2.Rule{{GroupID: "sg-0f63fecfa17ef4fee", RuleID: "sgr-027eb7c59241731e0", Protocol: "tcp", FromPort: 22, ToPort: 22, CIDR: "203.0.113.0/24"}}, false},
		{95, []ec2.Rule{{GroupID: "sg-038ccc3a1f7b05f42", RuleID: "sgr-02bdc373eac599585", Egress: true, Protocol: "tcp", FromPort: 4444, ToPort: 4444, CIDR: "73.21.4.36/32"}}, false},
	} {
		call := recordCall(t, tc.record)
		got := ec2.Rules(call)
		if !slices.Equal(got, tc.want) {
			t.Errorf("record %d: Rules = %+v, want %+v", tc.record, got, tc.want)
		}
		if open := len(ec2.OpenRules(call)) > 0; open != tc.open {
			t.Errorf("record %d: open %v, want %v", tc.record, open, tc.open)
		}
	}
	if r := ec2.Rules(recordCall(t, 23))[0]; !r.AllPorts() || r.Ports() != "all" || !r.Covers("tcp", 3389) {
		t.Errorf("record 23: %+v: all ports %v, %q", r, r.AllPorts(), r.Ports())
	}
	if r := ec2.Rules(recordCall(t, 24))[0]; r.AllPorts() || r.Ports() != "22" || !r.Covers("tcp", 22) || r.Covers("udp", 22) {
		t.Errorf("record 24: %+v: ports %q", r, r.Ports())
	}
}

// The newer forms, which no published record shows: the rule IDs of an Authorize response, the
// IPv6 range, the wrapped request, and ModifySecurityGroupRules.
func TestRulesBuilt(t *testing.T) {
	who := cloudtrailtest.By(cloudtrailtest.IAMUser("111122223333", "alice"))
	call := built(t, cloudtrailtest.NewEvent(ec2.EventSource, "AuthorizeSecurityGroupIngress", who,
		cloudtrailtest.Request(map[string]any{"groupId": "sg-1", "ipPermissions": map[string]any{"items": []any{map[string]any{
			"ipProtocol": "tcp", "fromPort": 3389, "toPort": 3389, "groups": map[string]any{}, "prefixListIds": map[string]any{},
			"ipRanges":   map[string]any{"items": []any{map[string]any{"cidrIp": "10.0.0.0/8"}}},
			"ipv6Ranges": map[string]any{"items": []any{map[string]any{"cidrIpv6": "::/0"}}},
		}}}}),
		cloudtrailtest.Response(map[string]any{"_return": true, "requestId": "r-1", "securityGroupRuleSet": map[string]any{"items": []any{
			map[string]any{"groupId": "sg-1", "securityGroupRuleId": "sgr-1", "isEgress": false, "ipProtocol": "tcp", "fromPort": 3389, "toPort": 3389, "cidrIpv4": "10.0.0.0/8"},
			map[string]any{"groupId": "sg-1", "securityGroupRuleId": "sgr-2", "isEgress": false, "ipProtocol": "tcp", "fromPort": 3389, "toPort": 3389, "cidrIpv6": "::/0"},
		}}})))
	want := []ec2.Rule{
		{GroupID: "sg-1", RuleID: "sgr-1", Protocol: "tcp", FromPort: 3389, ToPort: 3389, CIDR: "10.0.0.0/8"},
		{GroupID: "sg-1", RuleID: "sgr-2", Protocol: "tcp", FromPort: 3389, ToPort: 3389, CIDR: "::/0"},
	}
	if got := ec2.Rules(call); !slices.Equal(got, want) {
		t.Errorf("Rules = %+v, want %+v", got, want)
	}
	if got := ec2.OpenRules(call); !slices.Equal(got, want[1:]) {
		t.Errorf("OpenRules = %+v", got)
	}
	modify := built(t, cloudtrailtest.NewEvent(ec2.EventSource, "ModifySecurityGroupRules", who,
		cloudtrailtest.Request(map[string]any{"ModifySecurityGroupRulesRequest": map[string]any{"GroupId": "sg-1",
			"SecurityGroupRule": map[string]any{"SecurityGroupRuleId": "sgr-1", "tag": 1,
				"SecurityGroupRule": map[string]any{"IpProtocol": "-1", "CidrIpv4": "0.0.0.0/0", "FromPort": -1, "ToPort": -1}}}})))
	if got := ec2.OpenRules(modify); len(got) != 1 || got[0].RuleID != "sgr-1" || !got[0].AllPorts() {
		t.Errorf("ModifySecurityGroupRules: %+v", got)
	}
}

// Security group rules opened to the whole internet, with protocol and ports.
func ExampleOpenRules() {
	for i, ev := range examples() {
		call, err := ec2.Parse(ev)
		if err != nil {
			continue
		}
		for _, r := range ec2.OpenRules(call) {
			dir := "ingress"
			if r.Egress {
				dir = "egress"
			}
			fmt.Printf("record %d: %s opened %s %s ports %s to %s\n", i, ev.Actor(), r.GroupID, dir, r.Ports(), r.CIDR)
		}
	}
	// Output:
	// record 23: arn:aws:iam::112233445566:role/Operator opened sg-03eee825d6bb78f54 egress ports all to 0.0.0.0/0
	// record 24: arn:aws:iam::112233445566:role/Operator opened sg-0d921df5d84f7270a ingress ports 22 to 0.0.0.0/0
}
