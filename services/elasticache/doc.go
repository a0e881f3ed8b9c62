// Package elasticache types the CloudTrail records of Amazon ElastiCache (eventSource
// elasticache.amazonaws.com, the model's endpointPrefix and the eventSource of the ElastiCache User
// Guide's CloudTrail records): the requestParameters and responseElements of each operation,
// generated from the service's API model, losslessly like the cloudtrail package's own types. Times
// read from every layout CloudTrail writes them in and are written back as they came.
//
// Parse turns an event into a *CreateCacheCluster, *ModifyReplicationGroup and so on; switch on the
// concrete type. Caches opened or destroyed are then typed in the requests: clusters and
// replication groups deleted (DeleteCacheCluster, DeleteReplicationGroup; see the example), AUTH
// tokens and in-transit encryption changed (ModifyReplicationGroup's AuthToken,
// TransitEncryptionEnabled), users and user groups with new passwords or access strings
// (CreateUser, ModifyUser), and snapshots copied out (CopySnapshot with a target bucket).
//
// CloudTrail writes the responses of the operations whose model output wraps one structure
// (CreateCacheCluster's CreateCacheClusterResult {CacheCluster}) as that structure itself, as it
// does RDS's: the Response of such an operation is that structure (CreateCacheCluster's is a
// *CacheCluster). An empty list written as {} (cacheNodeIdsToReboot) reads as an empty list and
// is written back as it came.
package elasticache

//go:generate go run ../../internal/apigen/cmd/apigen -package elasticache -model model/service-2.json -event-source elasticache.amazonaws.com -flatten-result -time-layout "Jan 2, 2006, 3:04:05 PM" -time-layout "Jan 2, 2006 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package elasticache -model model/service-2.json -event-source elasticache.amazonaws.com -flatten-result -time-layout "Jan 2, 2006, 3:04:05 PM" -time-layout "Jan 2, 2006 3:04:05 PM" -o zz_plain_test.go
