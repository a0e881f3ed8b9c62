// Package route53 types the CloudTrail records of Amazon Route 53's DNS and health-checking API
// (eventSource route53.amazonaws.com, the model's endpointPrefix and the eventSource of the Route
// 53 Developer Guide's CloudTrail records): the requestParameters and responseElements of each
// operation, generated from the service's API model, losslessly like the cloudtrail package's own
// types. Times read from every layout CloudTrail writes them in ("Jan 16, 2018 12:41:43 AM" in a
// change's submittedAt) and are written back as they came.
//
// Route 53's API is XML (the model's protocol is rest-xml), and CloudTrail records it as JSON under
// the model's member names with a lower-case first letter, never under the XML element names the
// model gives as locationNames: {"hostedZoneId": ..., "changeBatch": {"changes": [{"action":
// "CREATE", "resourceRecordSet": {"name": ..., "type": "A", "tTL": 300, "resourceRecords":
// [...]}}]}}. Its records carry apiVersion "2013-04-01". Domain registration (RegisterDomain,
// TransferDomain, DisableDomainTransferLock) is another API with its own eventSource,
// route53domains.amazonaws.com, and another model: not this package's.
//
// Parse turns an event into a *ChangeResourceRecordSets, *DeleteHostedZone and so on; switch on the
// concrete type. What a detection looks for is then a field or two: the records a change batch
// creates, upserts or deletes (an NS or A record pointed elsewhere, a TXT record for a certificate
// challenge), hosted zones created or deleted, a zone's VPC associations, DNSSEC signing disabled
// (DisableHostedZoneDNSSEC), query logging deleted, and health checks removed (see the example).
package route53

//go:generate go run ../../internal/apigen/cmd/apigen -package route53 -model model/service-2.json -event-source route53.amazonaws.com -member-case name -time-layout "Jan 2, 2006 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package route53 -model model/service-2.json -event-source route53.amazonaws.com -member-case name -time-layout "Jan 2, 2006 3:04:05 PM" -o zz_plain_test.go
