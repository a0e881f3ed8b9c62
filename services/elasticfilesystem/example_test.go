package elasticfilesystem_test

import (
	"fmt"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/services/elasticfilesystem"
)

// A file system opened to anyone by its policy, and one deleted. The records are builder-made: the
// public records of EFS are tag changes (testdata).
func ExampleParse() {
	who := cloudtrailtest.By(cloudtrailtest.AssumedRole("111122223333", "ops", "eve"))
	events := []*cloudtrail.Event{
		cloudtrailtest.NewEvent(elasticfilesystem.EventSource, "PutFileSystemPolicy", who, cloudtrailtest.Request(map[string]any{
			"fileSystemId": "fs-00112233",
			"policy":       `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"elasticfilesystem:ClientMount","Resource":"*"}]}`,
		})),
		cloudtrailtest.NewEvent(elasticfilesystem.EventSource, "DeleteFileSystem", who, cloudtrailtest.Request(map[string]any{"fileSystemId": "fs-00112233"})),
	}
	for _, ev := range events {
		call, err := elasticfilesystem.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *elasticfilesystem.PutFileSystemPolicy:
			if doc, err := c.Request.Policy.Document(); err == nil && doc.Public() {
				fmt.Println(ev.Actor(), "let anyone mount", c.Request.FileSystemID)
			}
		case *elasticfilesystem.DeleteFileSystem:
			fmt.Println(ev.Actor(), "deleted", c.Request.FileSystemID)
		}
	}
	// Output:
	// arn:aws:iam::111122223333:role/ops let anyone mount fs-00112233
	// arn:aws:iam::111122223333:role/ops deleted fs-00112233
}
