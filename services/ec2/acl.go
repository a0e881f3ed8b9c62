package ec2

// ACLEntry is a network ACL rule a CreateNetworkAclEntry or ReplaceNetworkAclEntry call writes.
type ACLEntry struct {
	// NetworkACLID is the network ACL, RuleNumber the rule's place in it.
	NetworkACLID string
	RuleNumber   int64
	// Replaced is true for ReplaceNetworkAclEntry.
	Replaced bool
	// Egress is true for an outbound rule.
	Egress bool
	// Action is "allow" or "deny".
	Action string
	// Protocol is the protocol number as recorded ("6" TCP, "17" UDP, "-1" all).
	Protocol string
	// FromPort and ToPort are the port range; both 0 when the record has none (all protocols,
	// ICMP).
	FromPort, ToPort int64
	// CIDR is the IPv4 or IPv6 range.
	CIDR string
}

// Open reports whether the entry allows every address (0.0.0.0/0 or ::/0).
func (e ACLEntry) Open() bool {
	return e.Action == "allow" && (e.CIDR == "0.0.0.0/0" || e.CIDR == "::/0")
}

// ACLEntryOf returns the entry a CreateNetworkAclEntry or ReplaceNetworkAclEntry call writes; ok is
// false for other calls.
func ACLEntryOf(call Call) (e ACLEntry, ok bool) {
	var r *CreateNetworkAclEntryRequest
	switch c := call.(type) {
	case *CreateNetworkAclEntry:
		r = c.Request
	case *ReplaceNetworkAclEntry:
		if q := c.Request; q != nil {
			r = &CreateNetworkAclEntryRequest{NetworkAclID: q.NetworkAclID, RuleNumber: q.RuleNumber, Egress: q.Egress,
				RuleAction: q.RuleAction, Protocol: q.Protocol, PortRange: q.PortRange, CidrBlock: q.CidrBlock, Ipv6CidrBlock: q.Ipv6CidrBlock}
		}
		e.Replaced = true
	default:
		return e, false
	}
	if r == nil {
		return e, false
	}
	e.NetworkACLID, e.RuleNumber, e.Egress, e.Action, e.Protocol = r.NetworkAclID, r.RuleNumber, r.Egress, string(r.RuleAction), r.Protocol
	if p := r.PortRange; p != nil {
		e.FromPort, e.ToPort = p.From, p.To
	}
	e.CIDR = r.CidrBlock
	if e.CIDR == "" {
		e.CIDR = r.Ipv6CidrBlock
	}
	return e, true
}
