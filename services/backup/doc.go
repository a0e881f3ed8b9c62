// Package backup types the CloudTrail records of AWS Backup (eventSource backup.amazonaws.com, the
// model's endpointPrefix): the requestParameters and responseElements of each operation, generated
// from the service's API model, losslessly like the cloudtrail package's own types. Times read from
// every layout CloudTrail writes them in and are written back as they came.
//
// Parse turns an event into a *DeleteRecoveryPoint, *PutBackupVaultAccessPolicy and so on; switch
// on the concrete type. What ransomware does before it encrypts is then one type each:
// DeleteRecoveryPoint, DeleteBackupVault, DeleteBackupPlan, DeleteBackupVaultLockConfiguration,
// UpdateRecoveryPointLifecycle shortening retention, and PutBackupVaultAccessPolicy, whose policy
// is a policy.JSON: Document reads it and Public says whether it lets anyone in (see the example).
package backup

//go:generate go run ../../internal/apigen/cmd/apigen -package backup -model model/service-2.json -event-source backup.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -policy-shape AccessPointPolicy -policy-shape IAMPolicy -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package backup -model model/service-2.json -event-source backup.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -policy-shape AccessPointPolicy -policy-shape IAMPolicy -o zz_plain_test.go
