package backup_test

import (
	"fmt"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/services/backup"
)

// What ransomware does to backups first: recovery points deleted, and a vault opened to anyone by
// its access policy. The records are builder-made: no public AWS Backup record was found.
func ExampleParse() {
	who := cloudtrailtest.By(cloudtrailtest.AssumedRole("111122223333", "ops", "eve"))
	events := []*cloudtrail.Event{
		cloudtrailtest.NewEvent(backup.EventSource, "DeleteRecoveryPoint", who, cloudtrailtest.Request(map[string]any{
			"backupVaultName": "prod", "recoveryPointArn": "arn:aws:ec2:us-east-1::snapshot/snap-0123456789abcdef0",
		})),
		cloudtrailtest.NewEvent(backup.EventSource, "PutBackupVaultAccessPolicy", who, cloudtrailtest.Request(map[string]any{
			"backupVaultName": "prod",
			"policy":          `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"backup:CopyFromBackupVault","Resource":"*"}]}`,
		})),
	}
	for _, ev := range events {
		call, err := backup.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *backup.DeleteRecoveryPoint:
			fmt.Println(ev.Actor(), "deleted", c.Request.RecoveryPointARN, "from", c.Request.BackupVaultName)
		case *backup.PutBackupVaultAccessPolicy:
			if doc, err := c.Request.Policy.Document(); err == nil && doc.Public() {
				fmt.Println(ev.Actor(), "opened vault", c.Request.BackupVaultName, "to anyone")
			}
		}
	}
	// Output:
	// arn:aws:iam::111122223333:role/ops deleted arn:aws:ec2:us-east-1::snapshot/snap-0123456789abcdef0 from prod
	// arn:aws:iam::111122223333:role/ops opened vault prod to anyone
}
