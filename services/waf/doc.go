// Package waf types the CloudTrail records of AWS WAF Classic's global API, the one of CloudFront
// distributions (eventSource waf.amazonaws.com, the model's endpointPrefix and the eventSource of
// the AWS WAF Developer Guide's WAF Classic CloudTrail records; the regional API is
// waf-regional.amazonaws.com, package wafregional, and AWS WAF is wafv2): the requestParameters
// and responseElements of each operation, generated from the service's API model, losslessly like
// the cloudtrail package's own types. Times read from every layout CloudTrail writes them in and
// are written back as they came.
//
// Parse turns an event into a *DeleteRule, *UpdateWebACL and so on; switch on the concrete type.
// A defence taken down is then one type each: rules, rule groups and web ACLs deleted (DeleteRule,
// DeleteRuleGroup, DeleteWebACL; see the example), predicates or activated rules taken out of
// them (UpdateRule's and UpdateWebACL's Updates with action DELETE), IP sets emptied
// (UpdateIPSet), and logging turned off (DeleteLoggingConfiguration).
package waf

//go:generate go run ../../internal/apigen/cmd/apigen -package waf -model model/service-2.json -event-source waf.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package waf -model model/service-2.json -event-source waf.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_plain_test.go
