// Package kafka types the CloudTrail records of Amazon Managed Streaming for Apache Kafka
// (eventSource kafka.amazonaws.com, the model's endpointPrefix and the eventSource of the MSK
// Developer Guide's CloudTrail records; the Kafka API actions of clusters under IAM access control
// are logged under kafka-cluster.amazonaws.com, another eventSource with no botocore model): the
// requestParameters and responseElements of each operation, generated from the service's API model,
// losslessly like the cloudtrail package's own types. Times read from every layout CloudTrail
// writes them in and are written back as they came.
//
// Parse turns an event into a *DeleteCluster, *UpdateSecurity and so on; switch on the concrete
// type. Streams destroyed or opened are then typed: clusters deleted (DeleteCluster; see the
// example), client authentication or in-transit encryption changed (UpdateSecurity), public access
// turned on (UpdateConnectivity), and cluster policies put (PutClusterPolicy).
//
// PutClusterPolicy's policy uses the model's shared __string shape, so it stays text: read it with
// policy.Parse.
//
// CloudTrail writes the clusterArn of a request URL-escaped, as it was in the request's path; the
// response's is plain.
package kafka

//go:generate go run ../../internal/apigen/cmd/apigen -package kafka -model model/service-2.json -event-source kafka.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package kafka -model model/service-2.json -event-source kafka.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_plain_test.go
