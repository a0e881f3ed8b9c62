// Package elasticfilesystem types the CloudTrail records of Amazon Elastic File System (eventSource
// elasticfilesystem.amazonaws.com, the model's endpointPrefix and the eventSource of the EFS User
// Guide's CloudTrail records; the botocore model is named efs, the package after the eventSource):
// the requestParameters and responseElements of each operation, generated from the service's API
// model, losslessly like the cloudtrail package's own types. Times read from every layout
// CloudTrail writes them in and are written back as they came.
//
// Parse turns an event into a *DeleteFileSystem, *PutFileSystemPolicy and so on; switch on the
// concrete type. Data exposure and destruction are then typed: file systems and mount targets
// deleted (DeleteFileSystem, DeleteMountTarget), backups turned off (PutBackupPolicy), and file
// system policies set (PutFileSystemPolicy), whose policy is a policy.JSON: Document reads it and
// Public says whether it lets anyone mount the file system (see the example).
package elasticfilesystem

//go:generate go run ../../internal/apigen/cmd/apigen -package elasticfilesystem -model model/service-2.json -event-source elasticfilesystem.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -policy-shape Policy -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package elasticfilesystem -model model/service-2.json -event-source elasticfilesystem.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -policy-shape Policy -o zz_plain_test.go
