// Package redshift types the CloudTrail records of Amazon Redshift (eventSource
// redshift.amazonaws.com, the model's endpointPrefix and the eventSource of the Redshift Management
// Guide's CloudTrail records; Redshift Serverless (redshift-serverless) and the Data API (redshift-
// data) are other eventSources and other models): the requestParameters and responseElements of
// each operation, generated from the service's API model, losslessly like the cloudtrail package's
// own types. Times read from every layout CloudTrail writes them in and are written back as they
// came.
//
// Parse turns an event into a *AuthorizeDataShare, *ModifyCluster and so on; switch on the concrete
// type. Data leaving the account is then typed: data shares authorized to other accounts, and
// whether they allow publicly accessible consumers (AuthorizeDataShare; see the example), snapshots
// shared (AuthorizeSnapshotAccess), clusters made publicly accessible or their logging turned off
// (ModifyCluster, DisableLogging), and ingress opened to cluster security groups
// (AuthorizeClusterSecurityGroupIngress).
//
// CloudTrail writes the responses of the operations whose model output wraps one structure
// (CreateCluster's CreateClusterResult {Cluster}) as that structure itself, as it does RDS's: the
// Response of such an operation is that structure (CreateCluster's is a *Cluster).
package redshift

//go:generate go run ../../internal/apigen/cmd/apigen -package redshift -model model/service-2.json -event-source redshift.amazonaws.com -flatten-result -time-layout "Jan 2, 2006, 3:04:05 PM" -time-layout "Jan 2, 2006 3:04:05 PM" -overlay model/overlay.json -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package redshift -model model/service-2.json -event-source redshift.amazonaws.com -flatten-result -time-layout "Jan 2, 2006, 3:04:05 PM" -time-layout "Jan 2, 2006 3:04:05 PM" -overlay model/overlay.json -o zz_plain_test.go
