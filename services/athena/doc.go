// Package athena types the CloudTrail records of Amazon Athena (eventSource athena.amazonaws.com,
// the model's endpointPrefix and the eventSource of the Athena User Guide's CloudTrail records):
// the requestParameters and responseElements of each operation, generated from the service's API
// model, losslessly like the cloudtrail package's own types. Times read from every layout
// CloudTrail writes them in and are written back as they came.
//
// Parse turns an event into a *StartQueryExecution, *CreateNamedQuery and so on; switch on the
// concrete type. Data access is then typed: which database and catalog a query ran against and
// where its results went (StartQueryExecution's QueryExecutionContext and ResultConfiguration;
// CloudTrail writes the query string as ***OMITTED*** in records of the Athena API, though other
// callers' records carry it), and the workgroup changes that move results or drop their encryption
// (UpdateWorkGroup; see the example).
package athena

//go:generate go run ../../internal/apigen/cmd/apigen -package athena -model model/service-2.json -event-source athena.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package athena -model model/service-2.json -event-source athena.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_plain_test.go
