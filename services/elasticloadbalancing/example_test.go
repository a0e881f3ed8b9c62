package elasticloadbalancing_test

import (
	"fmt"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
	elb "github.com/trailtype/cloudtrail/services/elasticloadbalancing"
)

// Load balancers created facing the internet, whichever of the two APIs created them, and access
// logging turned off.
func ExampleParse() {
	v2 := cloudtrailtest.NewEvent(elb.EventSource, "CreateLoadBalancer",
		cloudtrailtest.Request(map[string]any{"name": "web", "scheme": "internet-facing", "type": "application"}))
	v2.APIVersion = "2015-12-01"
	classic := cloudtrailtest.NewEvent(elb.EventSource, "CreateLoadBalancer",
		cloudtrailtest.Request(map[string]any{"loadBalancerName": "legacy", "scheme": "internet-facing"}))
	classic.APIVersion = "2012-06-01"
	logs := cloudtrailtest.NewEvent(elb.EventSource, "ModifyLoadBalancerAttributes",
		cloudtrailtest.Request(map[string]any{"loadBalancerArn": "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/1",
			"attributes": []any{map[string]any{"key": "access_logs.s3.enabled", "value": "false"}}}))
	logs.APIVersion = "2015-12-01" // both APIs have ModifyLoadBalancerAttributes
	for _, ev := range []*cloudtrail.Event{v2, classic, logs} {
		call, err := elb.Parse(ev)
		if err != nil {
			panic(err)
		}
		switch c := call.(type) {
		case *elb.V2CreateLoadBalancer:
			fmt.Println("load balancer", c.Request.Name, c.Request.Scheme)
		case *elb.CreateLoadBalancer:
			fmt.Println("classic load balancer", c.Request.LoadBalancerName, c.Request.Scheme)
		case *elb.V2ModifyLoadBalancerAttributes:
			for _, a := range c.Request.Attributes {
				if a.Key == "access_logs.s3.enabled" && a.Value == "false" {
					fmt.Println("access logs off for", c.Request.LoadBalancerARN)
				}
			}
		}
	}
	// Output:
	// load balancer web internet-facing
	// classic load balancer legacy internet-facing
	// access logs off for arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/1
}
