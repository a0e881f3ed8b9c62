package detective_test

import (
	"fmt"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/services/detective"
)

// Detective taken away: a behavior graph deleted, member accounts removed from it. The records are
// builder-made: the only public record, an AcceptInvitation, is in testdata.
func ExampleParse() {
	who := cloudtrailtest.By(cloudtrailtest.AssumedRole("111122223333", "ops", "eve"))
	graph := "arn:aws:detective:us-east-1:111122223333:graph:027c7c4610ea4aacaf0b883093cab899"
	events := []*cloudtrail.Event{
		cloudtrailtest.NewEvent(detective.EventSource, "DeleteMembers", who, cloudtrailtest.Request(map[string]any{
			"graphArn": graph, "accountIds": []any{"444455556666"},
		})),
		cloudtrailtest.NewEvent(detective.EventSource, "DeleteGraph", who, cloudtrailtest.Request(map[string]any{"graphArn": graph})),
	}
	for _, ev := range events {
		call, err := detective.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *detective.DeleteGraph:
			fmt.Println(ev.Actor(), "deleted", c.Request.GraphARN)
		case *detective.DeleteMembers:
			fmt.Println(ev.Actor(), "removed", c.Request.AccountIDs, "from", c.Request.GraphARN)
		}
	}
	// Output:
	// arn:aws:iam::111122223333:role/ops removed [444455556666] from arn:aws:detective:us-east-1:111122223333:graph:027c7c4610ea4aacaf0b883093cab899
	// arn:aws:iam::111122223333:role/ops deleted arn:aws:detective:us-east-1:111122223333:graph:027c7c4610ea4aacaf0b883093cab899
}
