// Package firehose types the CloudTrail records of Amazon Data Firehose (eventSource
// firehose.amazonaws.com, the model's endpointPrefix and the eventSource the Amazon Data Firehose
// Developer Guide names for its CloudTrail records): the requestParameters and responseElements of
// each operation, generated from the service's API model, losslessly like the cloudtrail package's
// own types. Times read from every layout CloudTrail writes them in and are written back as they
// came.
//
// Parse turns an event into a *DeleteDeliveryStream, *UpdateDestination and so on; switch on the
// concrete type. Cutting a log pipeline is then one type each: DeleteDeliveryStream,
// StopDeliveryStreamEncryption, and UpdateDestination sending the records somewhere else (see the
// example).
package firehose

//go:generate go run ../../internal/apigen/cmd/apigen -package firehose -model model/service-2.json -event-source firehose.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package firehose -model model/service-2.json -event-source firehose.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_plain_test.go
