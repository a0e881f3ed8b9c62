// Package cloudfront types the CloudTrail records of Amazon CloudFront (eventSource
// cloudfront.amazonaws.com, the model's endpointPrefix and the eventSource of the CloudFront
// Developer Guide's CloudTrail records): the requestParameters and responseElements of each
// operation, generated from the service's API model, losslessly like the cloudtrail package's own
// types. Times read from every layout CloudTrail writes them in ("Feb 2, 2024 7:26:01 PM" in
// CloudFront's responses) and are written back as they came.
//
// CloudFront's API is XML (the model's protocol is rest-xml), and CloudTrail records it as JSON
// under the model's member names with a lower-case first letter, never under the XML element names
// the model gives as locationNames: {"distributionConfig": {"origins": {"quantity": 1, "items":
// [...]}}, "ifMatch": ...}. Its records carry apiVersion "2020_05_31".
//
// Parse turns an event into a *UpdateDistribution, *CreateDistribution and so on; switch on the
// concrete type. What a detection looks for is then a field or two: the origins a distribution
// serves from (DistributionConfig.Origins, an S3 bucket or a custom domain, and its origin access
// control or identity), the viewer protocol policy and minimum TLS version, a web ACL taken off
// (WebACLID), logging turned off (Logging.Enabled), and DeleteDistribution,
// DeleteOriginAccessControl and the function and Lambda@Edge associations that change what a
// distribution runs (see the example).
package cloudfront

//go:generate go run ../../internal/apigen/cmd/apigen -package cloudfront -model model/service-2.json -event-source cloudfront.amazonaws.com -member-case name -time-layout "Jan 2, 2006 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package cloudfront -model model/service-2.json -event-source cloudfront.amazonaws.com -member-case name -time-layout "Jan 2, 2006 3:04:05 PM" -o zz_plain_test.go
