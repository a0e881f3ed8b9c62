// Package logs types the CloudTrail records of Amazon CloudWatch Logs (eventSource
// logs.amazonaws.com, the model's endpointPrefix and the eventSource of the CloudWatch Logs User
// Guide's and Elastic's test records): the requestParameters and responseElements of each
// operation, generated from the service's API model, losslessly like the cloudtrail package's own
// types. Times read from every layout CloudTrail writes them in and are written back as they came.
//
// Parse turns an event into a *DeleteLogGroup, *PutRetentionPolicy and so on; switch on the
// concrete type. A detection of logs destroyed or cut short looks for DeleteLogGroup,
// DeleteLogStream, DeleteRetentionPolicy, PutRetentionPolicy with a short RetentionInDays,
// DeleteSubscriptionFilter and DeleteDestination (the copies kept elsewhere), and for data leaving
// through CreateExportTask or a PutSubscriptionFilter to another account's destination. The
// resource and destination policies (PutResourcePolicy's PolicyDocument, PutDestinationPolicy's
// AccessPolicy) are policy.JSON: Document reads them and Public says whether they let anyone in.
// The model's EventSource enum is EventSourceEnum here, the package's EventSource being the
// eventSource.
package logs

//go:generate go run ../../internal/apigen/cmd/apigen -package logs -model model/service-2.json -event-source logs.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -policy-shape AccessPolicy -policy-shape DeliveryDestinationPolicy -policy-shape PolicyDocument -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package logs -model model/service-2.json -event-source logs.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -policy-shape AccessPolicy -policy-shape DeliveryDestinationPolicy -policy-shape PolicyDocument -o zz_plain_test.go
