package codecommit_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/services/codecommit"
)

// Repositories created and deleted, by whom, and when. The DeleteRepository record is builder-made;
// the CreateRepository record is the User Guide's.
func ExampleParse() {
	f, err := os.Open("testdata/codecommit-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	var events []*cloudtrail.Event
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		events = append(events, ev)
	}
	events = append(events, cloudtrailtest.NewEvent(codecommit.EventSource, "DeleteRepository",
		cloudtrailtest.By(cloudtrailtest.IAMUser("444455556666", "mallory")),
		cloudtrailtest.Request(map[string]any{"repositoryName": "MyDemoRepo"}),
		cloudtrailtest.Response(map[string]any{"repositoryId": "8afe792d-EXAMPLE"})))
	for _, ev := range events {
		call, err := codecommit.Parse(ev)
		if err != nil {
			continue // GitPull, GitPush: Git operations, not API calls
		}
		switch c := call.(type) {
		case *codecommit.CreateRepository:
			m := c.Response.RepositoryMetadata
			fmt.Println(ev.Actor(), "created", m.RepositoryName, m.CreationDate.Format("2006-01-02 15:04"))
		case *codecommit.DeleteRepository:
			fmt.Println(ev.Actor(), "deleted", c.Request.RepositoryName, c.Response.RepositoryID)
		}
	}
	// Output:
	// arn:aws:iam::444455556666:user/Mary_Major created MyDemoRepo 2016-12-14 18:19
	// arn:aws:iam::444455556666:user/mallory deleted MyDemoRepo 8afe792d-EXAMPLE
}
