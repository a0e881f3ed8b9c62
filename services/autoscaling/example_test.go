package autoscaling_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/autoscaling"
)

// Launch configurations created (which image, key pair and security groups new instances get),
// capacity set, and Application Auto Scaling targets registered, under the same eventSource.
func ExampleParse() {
	f, err := os.Open("testdata/autoscaling-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := autoscaling.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *autoscaling.CreateLaunchConfiguration:
			fmt.Println(ev.Actor(), "created launch configuration", c.Request.LaunchConfigurationName, "image", c.Request.ImageID, "key", c.Request.KeyName, "groups", c.Request.SecurityGroups)
		case *autoscaling.SetDesiredCapacity:
			if ev.Failed() {
				fmt.Println(ev.Actor(), "failed to set", c.Request.AutoScalingGroupName, "to", c.Request.DesiredCapacity, "instances:", ev.ErrorCode)
			} else {
				fmt.Println(ev.Actor(), "set", c.Request.AutoScalingGroupName, "to", c.Request.DesiredCapacity, "instances")
			}
		case *autoscaling.RegisterScalableTarget:
			fmt.Println(ev.Actor(), "registered", c.Request.ServiceNamespace, c.Request.ResourceID, c.Request.MinCapacity, "to", c.Request.MaxCapacity)
		}
	}
	// Output:
	// arn:aws:iam::123456789012:root created launch configuration launch_configuration_1 image ami-6cd6f714d79675a5 key EC2-key-pair-oregon groups [sg-00c429965fd921483]
	// arn:aws:iam::xxxxx:role/ecsEventsRole failed to set mambo-ecs-cluster to 1 instances: ValidationException
	// arn:aws:iam::123456789012:user/Bob registered ec2 spot-fleet-request/sfr-73fbd2ce-aa30-494c-8788-1cee4EXAMPLE 2 to 10
}
