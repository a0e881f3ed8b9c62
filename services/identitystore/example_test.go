package identitystore_test

import (
	"fmt"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/services/identitystore"
)

// Users created in the identity store and added to groups (a group with a permission set on an
// account grants them that access), and users deleted.
func ExampleParse() {
	for _, ev := range []*cloudtrail.Event{
		cloudtrailtest.NewEvent(identitystore.EventSource, "CreateUser",
			cloudtrailtest.Request(map[string]any{"identityStoreId": "d-1234567890", "userName": "backdoor", "displayName": "Back Door"}),
			cloudtrailtest.Response(map[string]any{"identityStoreId": "d-1234567890", "userId": "94d00cd8-e9e6-4810-b177-b08e84775435"})),
		cloudtrailtest.NewEvent(identitystore.EventSource, "CreateGroupMembership",
			cloudtrailtest.Request(map[string]any{"identityStoreId": "d-1234567890", "groupId": "34887428-4081-7042-c3c6-928d413009e7",
				"memberId": map[string]any{"userId": "94d00cd8-e9e6-4810-b177-b08e84775435"}})),
		cloudtrailtest.NewEvent(identitystore.EventSource, "DeleteUser",
			cloudtrailtest.Request(map[string]any{"identityStoreId": "d-1234567890", "userId": "5a1b2c3d-0000-4000-8000-000000000001"})),
	} {
		call, err := identitystore.Parse(ev)
		if err != nil {
			panic(err)
		}
		switch c := call.(type) {
		case *identitystore.CreateUser:
			fmt.Println("user", c.Request.UserName, "created:", c.Response.UserID)
		case *identitystore.CreateGroupMembership:
			if m := c.Request.MemberID; m != nil {
				fmt.Println("user", m.UserID, "added to group", c.Request.GroupID)
			}
		case *identitystore.DeleteUser:
			fmt.Println("user", c.Request.UserID, "deleted")
		}
	}
	// Output:
	// user backdoor created: 94d00cd8-e9e6-4810-b177-b08e84775435
	// user 94d00cd8-e9e6-4810-b177-b08e84775435 added to group 34887428-4081-7042-c3c6-928d413009e7
	// user 5a1b2c3d-0000-4000-8000-000000000001 deleted
}
