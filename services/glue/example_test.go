package glue_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/glue"
)

// Data Catalog reads, and the connections that point Glue at a network.
func ExampleParse() {
	f, err := os.Open("testdata/glue-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := glue.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *glue.GetPartition:
			fmt.Println(ev.Actor(), "read", c.Request.DatabaseName+"."+c.Request.TableName, c.Request.PartitionValues, ev.ErrorCode)
		case *glue.CreateConnection:
			in := c.Request.ConnectionInput
			if p := in.PhysicalConnectionRequirements; p != nil {
				fmt.Println(ev.Actor(), "connected", in.Name, "("+in.ConnectionType+") to", p.SubnetID, p.SecurityGroupIdList)
			}
		}
	}
	// Output:
	// arn:aws:iam::111222333444:role/panther-Panther-4JL51Q6AU6SH-LogAnal-CompactorRole-W1WCIV3PHU0S read panther_rule_errors.gsuite_activityevent [2021 10 13 19 1634151600] EntityNotFoundException
	// arn:aws:iam::123456789012:user/johndoe connected test-connection-alpha (JDBC) to subnet-323232 [sg-12121212]
}
