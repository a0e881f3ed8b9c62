// Package wafv2 types the CloudTrail records of AWS WAF (eventSource wafv2.amazonaws.com, the
// model's endpointPrefix and the eventSource of the AWS WAF Developer Guide's CloudTrail records;
// AWS WAF Classic is waf.amazonaws.com and waf-regional.amazonaws.com, packages waf and
// wafregional): the requestParameters and responseElements of each operation, generated from the
// service's API model, losslessly like the cloudtrail package's own types. Times read from every
// layout CloudTrail writes them in and are written back as they came.
//
// Parse turns an event into a *DeleteWebACL, *UpdateWebACL and so on; switch on the concrete type.
// A defence taken down is then one type each: web ACLs deleted or taken off the load balancer, API
// or distribution they protect (DeleteWebACL, DisassociateWebACL; see the example), rule groups and
// IP sets deleted or emptied (DeleteRuleGroup, DeleteIPSet, UpdateIPSet), rules rewritten or a
// default action set to allow (UpdateWebACL's Rules and DefaultAction), and logging turned off
// (DeleteLoggingConfiguration).
package wafv2

//go:generate go run ../../internal/apigen/cmd/apigen -package wafv2 -model model/service-2.json -event-source wafv2.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package wafv2 -model model/service-2.json -event-source wafv2.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_plain_test.go
