package dynamodb_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/dynamodb"
)

// Tables deleted, backups deleted, point-in-time recovery turned off, and streams read.
func ExampleParse() {
	f, err := os.Open("testdata/dynamodb-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := dynamodb.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *dynamodb.DeleteTable:
			fmt.Println(ev.Actor(), "deleted table", c.Request.TableName, "at", ev.EventTime.Format("2006-01-02 15:04:05"))
		case *dynamodb.DeleteBackup:
			fmt.Println(ev.Actor(), "deleted backup", c.Request.BackupARN)
		case *dynamodb.UpdateContinuousBackups:
			if s := c.Request.PointInTimeRecoverySpecification; s != nil && !s.PointInTimeRecoveryEnabled {
				fmt.Println(ev.Actor(), "turned point-in-time recovery off for", c.Request.TableName)
			}
		case *dynamodb.GetRecords:
			if c.Request != nil {
				fmt.Println(ev.Actor(), "read the stream", strings.SplitN(c.Request.ShardIterator, "|", 2)[0])
			}
		}
	}
	// Output:
	// arn:aws:iam::444455556666:role/admin-role deleted table Music at 2015-05-04 13:38:20
	// arn:aws:iam::444455556666:role/admin-role read the stream arn:aws:dynamodb:us-west-2:123456789012:table/Music/stream/2021-04-15T04:02:47.428
}
