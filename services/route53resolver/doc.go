// Package route53resolver types the CloudTrail records of Amazon Route 53 Resolver (eventSource
// route53resolver.amazonaws.com, the model's endpointPrefix and the eventSource of the Route 53
// Developer Guide's CloudTrail records; Route 53's hosted zones are route53.amazonaws.com): the
// requestParameters and responseElements of each operation, generated from the service's API
// model, losslessly like the cloudtrail package's own types. Times read from every layout
// CloudTrail writes them in and are written back as they came.
//
// Parse turns an event into a *DeleteResolverQueryLogConfig, *CreateResolverEndpoint and so on;
// switch on the concrete type. What an attacker hiding DNS traffic does is then one type each:
// DNS query logging deleted or detached from a VPC (DeleteResolverQueryLogConfig, whose response
// names the log destination, see the example; DisassociateResolverQueryLogConfig), DNS Firewall
// rules, rule groups and domain lists deleted or detached (DeleteFirewallRule,
// DisassociateFirewallRuleGroup, UpdateFirewallDomains), the firewall set to fail open
// (UpdateFirewallConfig's FirewallFailOpen), and outbound endpoints and forwarding rules created
// (CreateResolverEndpoint, CreateResolverRule) that send queries out of the VPC.
package route53resolver

//go:generate go run ../../internal/apigen/cmd/apigen -package route53resolver -model model/service-2.json -event-source route53resolver.amazonaws.com -overlay model/overlay.json -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package route53resolver -model model/service-2.json -event-source route53resolver.amazonaws.com -overlay model/overlay.json -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_plain_test.go
