// Package glue types the CloudTrail records of AWS Glue (eventSource glue.amazonaws.com, the
// model's endpointPrefix and the eventSource of the Glue Developer Guide's CloudTrail records): the
// requestParameters and responseElements of each operation, generated from the service's API model,
// losslessly like the cloudtrail package's own types. Times read from every layout CloudTrail
// writes them in and are written back as they came.
//
// Parse turns an event into a *GetTable, *CreateConnection and so on; switch on the concrete type.
// Data access is then typed: which catalog, database and table a call reads (GetTable,
// GetPartitions, GetTables ...), the connections that point Glue at a database (CreateConnection,
// with their subnets and security groups), and the jobs and development endpoints that run code
// with a role (CreateJob, CreateDevEndpoint, UpdateDevEndpoint with a new public key; see the
// example).
//
// The Data Catalog's resource policy (PutResourcePolicy's PolicyInJson) and a job run's session
// policy (StartJobRun's ExecutionRoleSessionPolicy) are policy.JSON: Document reads them and Public
// says whether the catalog is opened to anyone.
package glue

//go:generate go run ../../internal/apigen/cmd/apigen -package glue -model model/service-2.json -event-source glue.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -policy-shape PolicyJsonString -policy-shape OrchestrationPolicyJsonString -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package glue -model model/service-2.json -event-source glue.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -policy-shape PolicyJsonString -policy-shape OrchestrationPolicyJsonString -o zz_plain_test.go
