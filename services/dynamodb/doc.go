// Package dynamodb types the CloudTrail records of Amazon DynamoDB and DynamoDB Streams, which
// CloudTrail both records under eventSource dynamodb.amazonaws.com with apiVersion 2012-08-10: the
// requestParameters and responseElements of each operation, control plane (management events) and
// data plane (GetItem, PutItem, Query, ExecuteStatement, ...: data events, logged only when a
// trail selects them) alike, generated from both API models, losslessly like the cloudtrail
// package's own types. No operation name is in both models. Times read from every layout
// CloudTrail writes them in ("May 3, 2015 11:34:14 PM" in table descriptions) and are written
// back as they came. CloudTrail leaves item values out of data events or writes them as
// ***(Redacted); the typed members hold what it wrote.
//
// Parse turns an event into a *DeleteTable, *UpdateContinuousBackups, *GetRecords and so on;
// switch on the concrete type. Destroying data is then one type each: tables deleted (DeleteTable;
// see the example), deletion protection turned off (UpdateTable's DeletionProtectionEnabled),
// backups deleted (DeleteBackup), point-in-time recovery turned off (UpdateContinuousBackups),
// resource policies that open a table to other accounts (PutResourcePolicy), and tables exported
// to S3 (ExportTableToPointInTime) or streams read (GetRecords).
package dynamodb

//go:generate go run ../../internal/apigen/cmd/apigen -package dynamodb -model model/service-2.json -also-model model/dynamodbstreams.json=Streams -event-source dynamodb.amazonaws.com -overlay model/overlay.json -time-layout "Jan 2, 2006, 3:04:05 PM" -time-layout "Jan 2, 2006 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package dynamodb -model model/service-2.json -also-model model/dynamodbstreams.json=Streams -event-source dynamodb.amazonaws.com -overlay model/overlay.json -time-layout "Jan 2, 2006, 3:04:05 PM" -time-layout "Jan 2, 2006 3:04:05 PM" -o zz_plain_test.go
