// Package wafregional types the CloudTrail records of AWS WAF Classic's regional API, the one of
// Application Load Balancers and API Gateway stages (eventSource waf-regional.amazonaws.com, the
// model's endpointPrefix and the eventSource the Amazon EventBridge events reference gives for
// it; the global API is waf.amazonaws.com, package waf): the requestParameters and
// responseElements of each operation, generated from the service's API model, losslessly like the
// cloudtrail package's own types. Times read from every layout CloudTrail writes them in and are
// written back as they came. No record of the service has been published yet
// (testdata/SOURCES.md): the package is checked on its model and built events.
//
// Parse turns an event into a *DisassociateWebACL, *DeleteWebACL and so on; switch on the concrete
// type. A defence taken down is then one type each: web ACLs taken off a load balancer or API
// (DisassociateWebACL; see the example) or deleted (DeleteWebACL), rules and rule groups deleted,
// predicates taken out of rules (UpdateRule's Updates with action DELETE), IP sets emptied
// (UpdateIPSet), and logging turned off (DeleteLoggingConfiguration).
package wafregional

//go:generate go run ../../internal/apigen/cmd/apigen -package wafregional -model model/service-2.json -event-source waf-regional.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package wafregional -model model/service-2.json -event-source waf-regional.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_plain_test.go
