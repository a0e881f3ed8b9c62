package directconnect_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/directconnect"
)

// New private paths into a VPC: virtual interfaces created on a connection, and the gateway they
// reach.
func ExampleParse() {
	f, err := os.Open("testdata/directconnect-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := directconnect.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *directconnect.CreateConnection:
			fmt.Println(ev.Actor(), "ordered", c.Request.Bandwidth, "at", c.Request.Location, "as", c.Response.ConnectionID)
		case *directconnect.CreatePrivateVirtualInterface:
			v := c.Request.NewPrivateVirtualInterface
			fmt.Println(ev.Actor(), "created", v.VirtualInterfaceName, "VLAN", v.Vlan, "to", v.VirtualGatewayID, "on", c.Request.ConnectionID)
		}
	}
	// Output:
	// arn:aws:iam::123456789012:user/Alice ordered 1Gbps at EqSE2 as dxcon-fhajolyy
	// arn:aws:iam::123456789012:user/Alice created MyVirtualInterface VLAN 123 to vgw-bb09d4a5 on dxcon-fhajolyy
}
