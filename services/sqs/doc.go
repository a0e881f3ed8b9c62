// Package sqs types the CloudTrail records of Amazon Simple Queue Service (eventSource
// sqs.amazonaws.com, the model's endpointPrefix and the eventSource of the SQS Developer Guide's
// records): the requestParameters and responseElements of each operation, generated from the
// service's API model, losslessly like the cloudtrail package's own types. Times read from every
// layout CloudTrail writes them in and are written back as they came.
//
// SQS moved from the query protocol to JSON in 2023; the model is the JSON one, and the records at
// hand (2018, query) name the members as it does with a lower-case first letter ("queueUrl"),
// except AddPermission's AWSAccountIds, recorded as the model spells it: the overlay
// (model/overlay.json) types it as RecordedAWSAccountIDs beside the model's AWSAccountIDs
// ("aWSAccountIds").
//
// Parse turns an event into a *SetQueueAttributes, *AddPermission and so on; switch on the
// concrete type. A detection of queues opened up looks for SetQueueAttributes and CreateQueue
// whose Policy attribute lets anyone in (policy.Read and Document.Public; see the example),
// AddPermission to other accounts, and for destruction, DeleteQueue and PurgeQueue.
package sqs

//go:generate go run ../../internal/apigen/cmd/apigen -package sqs -model model/service-2.json -event-source sqs.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -overlay model/overlay.json -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package sqs -model model/service-2.json -event-source sqs.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -overlay model/overlay.json -o zz_plain_test.go
