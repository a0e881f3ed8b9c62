// Package acm types the CloudTrail records of AWS Certificate Manager (eventSource
// acm.amazonaws.com, the model's endpointPrefix and the eventSource of the ACM User Guide's
// CloudTrail records; ACM Private CA (acm-pca) is another model): the requestParameters and
// responseElements of each operation, generated from the service's API model, losslessly like the
// cloudtrail package's own types. Times read from every layout CloudTrail writes them in and are
// written back as they came.
//
// Parse turns an event into a *DeleteCertificate, *ExportCertificate and so on; switch on the
// concrete type. Certificates taken away or taken out are then one type each: DeleteCertificate
// breaks the endpoints that serve it, ExportCertificate takes a private key out of ACM,
// ImportCertificate replaces what a domain presents, and RequestCertificate for domains of the
// account's (see the example).
package acm

//go:generate go run ../../internal/apigen/cmd/apigen -package acm -model model/service-2.json -event-source acm.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package acm -model model/service-2.json -event-source acm.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_plain_test.go
