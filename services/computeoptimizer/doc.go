// Package computeoptimizer types the CloudTrail records of AWS Compute Optimizer (eventSource
// compute-optimizer.amazonaws.com, the model's endpointPrefix; the package is computeoptimizer, the
// eventSource's first label without the dash. The service speaks Smithy RPC v2 CBOR or JSON on the
// wire; CloudTrail records JSON payloads either way. No public record was found to confirm the
// member names): the requestParameters and responseElements of each operation, generated from the
// service's API model, losslessly like the cloudtrail package's own types. Times read from every
// layout CloudTrail writes them in and are written back as they came.
//
// Parse turns an event into a *ExportEC2InstanceRecommendations, *UpdateEnrollmentStatus and so on;
// switch on the concrete type. What is worth watching is then typed: recommendation exports, which
// write an inventory of the account's instances, functions and volumes to an S3 bucket
// (Export*Recommendations with their s3DestinationConfig; see the example), and the organization's
// opt-in changed (UpdateEnrollmentStatus).
package computeoptimizer

//go:generate go run ../../internal/apigen/cmd/apigen -package computeoptimizer -model model/service-2.json -event-source compute-optimizer.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package computeoptimizer -model model/service-2.json -event-source compute-optimizer.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_plain_test.go
