// Package sns types the CloudTrail records of Amazon Simple Notification Service (eventSource
// sns.amazonaws.com, the model's endpointPrefix and the eventSource of the SNS Developer Guide's
// and Elastic's test records): the requestParameters and responseElements of each operation,
// generated from the service's API model, losslessly like the cloudtrail package's own types.
// CloudTrail records the calls under the query protocol's member names, the model's with a
// lower-case first letter ("topicArn"), as the generator writes them; no output is one structure,
// so -flatten-result would change nothing. Times read from every layout CloudTrail writes them in
// and are written back as they came.
//
// Parse turns an event into a *SetTopicAttributes, *Subscribe and so on; switch on the concrete
// type. A detection of topics opened up looks for SetTopicAttributes and CreateTopic whose Policy
// attribute lets anyone in (policy.Parse and Document.Public), AddPermission to other accounts,
// and Subscribe to an email, HTTP or SMS endpoint (see the example); for destruction, DeleteTopic
// and Unsubscribe. Publish is a data event: its message is HIDDEN_DUE_TO_SECURITY_REASONS.
package sns

//go:generate go run ../../internal/apigen/cmd/apigen -package sns -model model/service-2.json -event-source sns.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package sns -model model/service-2.json -event-source sns.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_plain_test.go
