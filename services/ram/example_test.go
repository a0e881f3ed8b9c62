package ram_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/services/ram"
)

// Resource shares open to principals outside the organization, and the outside accounts added. The
// AssociateResourceShare record is builder-made; the CreateResourceShare record is the User Guide's.
func ExampleParse() {
	f, err := os.Open("testdata/ram-records.ndjson")
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
	share := "arn:aws:ram:us-east-1:111122223333:resource-share/EXAMPLE0-1234-abcd-1212-987656789098"
	events = append(events, cloudtrailtest.NewEvent(ram.EventSource, "AssociateResourceShare",
		cloudtrailtest.By(cloudtrailtest.IAMUser("111122223333", "admin")),
		cloudtrailtest.Request(map[string]any{"resourceShareArn": share, "principals": []any{"444455556666", "arn:aws:organizations::111122223333:ou/o-1/ou-1"}})))
	for _, ev := range events {
		call, err := ram.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *ram.CreateResourceShare:
			if s := c.Response.ResourceShare; s != nil && s.AllowExternalPrincipals {
				fmt.Println(ev.Actor(), "created", s.Name, "open to external principals")
			}
		case *ram.AssociateResourceShare:
			for _, p := range c.Request.Principals {
				if !strings.HasPrefix(p, "arn:") && p != ev.RecipientAccountID {
					fmt.Println(ev.Actor(), "shared", c.Request.ResourceShareARN, "with account", p)
				}
			}
		}
	}
	// Output:
	// arn:aws:iam::111122223333:user/admin created foo open to external principals
	// arn:aws:iam::111122223333:user/admin shared arn:aws:ram:us-east-1:111122223333:resource-share/EXAMPLE0-1234-abcd-1212-987656789098 with account 444455556666
}
