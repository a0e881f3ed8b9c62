// Package rds types the CloudTrail records of Amazon RDS (eventSource rds.amazonaws.com): the
// requestParameters and responseElements of each operation, generated from the service's API
// model, losslessly like the cloudtrail package's own types. Times read from every layout CloudTrail
// writes them in and are written back as they came.
//
// Amazon DocumentDB and Amazon Neptune are managed through the same API: their calls are recorded
// under rds.amazonaws.com with the same eventNames and apiVersion, so a record does not say which
// of the three it is. Every operation of the DocumentDB and Neptune models is an operation of the
// RDS model with the same name and a superset of its members, so this package types them all.
//
// Parse turns an event into its operation's type; switch on the concrete type. The detections it
// makes easy: a snapshot shared with another account or made public (ModifyDBSnapshotAttribute and
// ModifyDBClusterSnapshotAttribute with ValuesToAdd "all", see SharedWith), a database made publicly
// accessible (ModifyDBInstance), deletion protection turned off, master passwords reset.
package rds

//go:generate go run ../../internal/apigen/cmd/apigen -package rds -model model/service-2.json -event-source rds.amazonaws.com -flatten-result -time-layout "Jan 2, 2006, 3:04:05 PM" -overlay model/overlay.json -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package rds -model model/service-2.json -event-source rds.amazonaws.com -flatten-result -time-layout "Jan 2, 2006, 3:04:05 PM" -overlay model/overlay.json -o zz_plain_test.go
