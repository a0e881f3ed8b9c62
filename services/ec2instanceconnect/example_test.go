package ec2instanceconnect_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/ec2instanceconnect"
)

// SSH keys pushed to instances through EC2 Instance Connect or the serial console: whoever holds
// the private key can log in for the next 60 seconds.
func ExampleParse() {
	f, err := os.Open("testdata/ec2instanceconnect-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := ec2instanceconnect.Parse(ev)
		if err != nil || ev.Failed() {
			continue
		}
		switch c := call.(type) {
		case *ec2instanceconnect.SendSSHPublicKey:
			fmt.Println(ev.Actor(), "pushed an SSH key for", c.Request.InstanceOSUser, "to", c.Request.InstanceID, "from", ev.SourceIPAddress)
		case *ec2instanceconnect.SendSerialConsoleSSHPublicKey:
			fmt.Println(ev.Actor(), "pushed an SSH key to the serial console of", c.Request.InstanceID, "from", ev.SourceIPAddress)
		}
	}
	// Output:
	// arn:aws:iam::572910899909:user/christophe pushed an SSH key for ec2-user to i-fDb357cB7e99ad973 from 246.227.146.251
	// arn:aws:iam::844015365555:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_account-admin_599c9e90e350d2ff pushed an SSH key to the serial console of i-EFCb4e480CAbc4CF9 from 201.252.42.03
	// arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/us-west-2/SampleRole pushed an SSH key for ec2-user to i-abcdef01234567890 from 1.2.3.4
}
