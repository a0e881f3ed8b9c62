package ec2

import "strconv"

// Rule is one security group rule that a call adds or changes.
type Rule struct {
	// GroupID is the security group's ID (GroupName for a default-VPC group named by name).
	GroupID, GroupName string
	// RuleID is the security group rule's ID, when the record has it (the response of newer
	// Authorize calls, ModifySecurityGroupRules).
	RuleID string
	// Egress is true for an outbound rule.
	Egress bool
	// Protocol is the IP protocol as recorded: "tcp", "udp", "icmp", a number, or "-1" for all.
	Protocol string
	// FromPort and ToPort are the port range (ICMP type and code for ICMP); both -1 or 0 when
	// the rule gives none.
	FromPort, ToPort int64
	// CIDR is the IPv4 or IPv6 range the rule admits, "" for a rule on a security group or a
	// prefix list.
	CIDR string
}

// Open reports whether the rule admits every address: 0.0.0.0/0 or ::/0.
func (r Rule) Open() bool { return r.CIDR == "0.0.0.0/0" || r.CIDR == "::/0" }

// AllPorts reports whether the rule covers every port: all protocols, or the whole range.
func (r Rule) AllPorts() bool {
	return r.Protocol == "-1" || r.Protocol == "all" || (r.FromPort <= 0 && (r.ToPort == 65535 || r.ToPort == -1))
}

// Covers reports whether the rule admits port on its protocol ("tcp" or "udp"; any port when the
// rule is for all protocols).
func (r Rule) Covers(protocol string, port int64) bool {
	if r.Protocol == "-1" || r.Protocol == "all" {
		return true
	}
	if r.Protocol != protocol && r.Protocol != protocolNumbers[protocol] {
		return false
	}
	return r.FromPort <= port && port <= r.ToPort || r.AllPorts()
}

var protocolNumbers = map[string]string{"tcp": "6", "udp": "17", "icmp": "1"}

// Ports is the rule's port range as text: "22", "8000-8080", or "all".
func (r Rule) Ports() string {
	switch {
	case r.AllPorts():
		return "all"
	case r.FromPort == r.ToPort:
		return strconv.FormatInt(r.FromPort, 10)
	}
	return strconv.FormatInt(r.FromPort, 10) + "-" + strconv.FormatInt(r.ToPort, 10)
}

// Rules returns the security group rules a call adds or changes: AuthorizeSecurityGroupIngress
// and AuthorizeSecurityGroupEgress (their ipPermissions, the older top-level cidrIp form, and
// the securityGroupRuleSet their responses list with rule IDs) and ModifySecurityGroupRules. A
// rule the request and the response both give is listed once, with its rule ID.
func Rules(call Call) []Rule {
	switch c := call.(type) {
	case *AuthorizeSecurityGroupIngress:
		if c.Request == nil {
			return nil
		}
		r := c.Request
		rules := permissionRules(r.GroupID, r.GroupName, false, r.IpPermissions)
		if r.CidrIp != "" {
			rules = append(rules, Rule{GroupID: r.GroupID, GroupName: r.GroupName, Protocol: r.IpProtocol, FromPort: r.FromPort, ToPort: r.ToPort, CIDR: r.CidrIp})
		}
		if c.Response != nil {
			rules = withRuleIDs(rules, c.Response.SecurityGroupRules)
		}
		return rules
	case *AuthorizeSecurityGroupEgress:
		if c.Request == nil {
			return nil
		}
		r := c.Request
		rules := permissionRules(r.GroupID, "", true, r.IpPermissions)
		if r.CidrIp != "" {
			rules = append(rules, Rule{GroupID: r.GroupID, Egress: true, Protocol: r.IpProtocol, FromPort: r.FromPort, ToPort: r.ToPort, CIDR: r.CidrIp})
		}
		if c.Response != nil {
			rules = withRuleIDs(rules, c.Response.SecurityGroupRules)
		}
		return rules
	case *ModifySecurityGroupRules:
		if c.Request == nil {
			return nil
		}
		var rules []Rule
		for _, u := range c.Request.SecurityGroupRules {
			if s := u.SecurityGroupRule; s != nil {
				cidr := s.CidrIpv4
				if cidr == "" {
					cidr = s.CidrIpv6
				}
				rules = append(rules, Rule{GroupID: c.Request.GroupID, RuleID: u.SecurityGroupRuleID, Protocol: s.IpProtocol, FromPort: s.FromPort, ToPort: s.ToPort, CIDR: cidr})
			}
		}
		return rules
	}
	return nil
}

// OpenRules returns the rules of Rules(call) that admit every address.
func OpenRules(call Call) []Rule {
	var open []Rule
	for _, r := range Rules(call) {
		if r.Open() {
			open = append(open, r)
		}
	}
	return open
}

// permissionRules flattens ipPermissions into one rule per address range, security group pair
// and prefix list.
func permissionRules(group, name string, egress bool, perms []IpPermission) []Rule {
	var rules []Rule
	for _, p := range perms {
		rule := Rule{GroupID: group, GroupName: name, Egress: egress, Protocol: p.IpProtocol, FromPort: p.FromPort, ToPort: p.ToPort}
		n := len(rules)
		for _, r := range p.IpRanges {
			rule.CIDR = r.CidrIp
			rules = append(rules, rule)
		}
		for _, r := range p.Ipv6Ranges {
			rule.CIDR = r.CidrIpv6
			rules = append(rules, rule)
		}
		if len(rules) == n { // a rule on security groups or prefix lists only
			rule.CIDR = ""
			rules = append(rules, rule)
		}
	}
	return rules
}

// withRuleIDs sets each rule's ID from the response's rules, matched by direction, protocol,
// ports and range; response rules the request did not give are added.
func withRuleIDs(rules []Rule, resp []SecurityGroupRule) []Rule {
	for _, s := range resp {
		cidr := s.CidrIpv4
		if cidr == "" {
			cidr = s.CidrIpv6
		}
		got := Rule{GroupID: s.GroupID, RuleID: s.SecurityGroupRuleID, Egress: s.IsEgress, Protocol: s.IpProtocol, FromPort: s.FromPort, ToPort: s.ToPort, CIDR: cidr}
		found := false
		for i, r := range rules {
			if r.RuleID == "" && r.Egress == got.Egress && r.Protocol == got.Protocol && r.FromPort == got.FromPort && r.ToPort == got.ToPort && r.CIDR == got.CIDR {
				rules[i].RuleID, found = got.RuleID, true
				break
			}
		}
		if !found {
			rules = append(rules, got)
		}
	}
	return rules
}
