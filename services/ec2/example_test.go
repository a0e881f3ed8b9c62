package ec2_test

import (
	"fmt"

	"github.com/trailtype/cloudtrail/services/ec2"
)

// Instances launched and terminated, and by whom: the legacy spelling's lists
// ({"items": [...]}) are plain slices.
func ExampleParse() {
	for _, ev := range examples() {
		call, err := ec2.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *ec2.TerminateInstances:
			if c.Request != nil {
				fmt.Println(ev.Actor(), "terminated", c.Request.InstanceIDs)
			}
		case *ec2.RunInstances:
			if c.Response != nil && c.Request != nil && len(c.Request.InstancesSet) > 0 && c.Request.InstancesSet[0].ImageID != "" {
				for _, in := range c.Response.Instances {
					fmt.Println(ev.Actor(), "launched", in.InstanceID, "from", c.Request.InstancesSet[0].ImageID, "at", in.LaunchTime.Format("2006-01-02 15:04:05"))
				}
			}
		}
	}
	// Output:
	// arn:aws:iam::123123123123:role/DevAdministrator launched i-0d7e4b9be8a0de6ea from ami-026b57f3c383c2eec at 2022-10-20 14:16:43
	// arn:aws:iam::123456789012:role/aws-reserved/sso.amazonaws.com/us-west-2/ARole launched i-00000000000000000 from ami-020a359780bc6f835 at 2024-04-02 15:13:06
	// arn:aws:iam::123456789012:role/aws-reserved/sso.amazonaws.com/us-west-2/ARole launched i-00000000000000000 from ami-092e3b17e435e5e58 at 2024-04-02 16:46:24
	// arn:aws:iam::123456789012:role/aws-reserved/sso.amazonaws.com/us-west-2/ARole launched i-00000000000000001 from ami-092e3b17e435e5e58 at 2024-04-02 16:46:24
	// arn:aws:iam::123456789012:role/aws-reserved/sso.amazonaws.com/us-west-2/ARole launched i-00000000000000000 from ami-08038de0f4f90a9f0 at 2024-04-02 15:13:06
	// arn:aws:sts::111222333444:assumed-role/SomeRole/AThing terminated [i-0d9853f67e40ab80b]
	// arn:aws:iam::111222333444:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling terminated [i-0d9853f67e40ab80b]
	// arn:aws:iam::123412341234:role/SomeRole launched i-0690cd354a0c3850c from ami-08e2d37b6a0129927 at 2022-10-14 00:35:36
	// arn:aws:iam::012345678901:user/fakeusername terminated [i-01234567890123456]
	// arn:aws:iam::012345678901:user/fakeusername launched i-01234567890123456 from ami-01234567890123456 at 2022-02-07 22:19:05
	// arn:aws:iam::1010101010101:user/testcloudtrail@elastic.co launched i-0f2f135de18b555e3 from ami-00a4cd63f089232e0 at 2024-09-11 09:28:28
	// arn:aws:iam::111111111111:user/services/example terminated [i-00000000000000000]
}
