// Package elasticloadbalancing types the CloudTrail records of Elastic Load Balancing (eventSource
// elasticloadbalancing.amazonaws.com): both of its APIs, the Classic Load Balancer API (elb,
// apiVersion 2012-06-01) and the API of Application, Network and Gateway Load Balancers (elbv2,
// apiVersion 2015-12-01), which CloudTrail records under the one eventSource. Each operation's
// requestParameters and responseElements are generated from the API models, losslessly like the
// cloudtrail package's own types.
//
// Nine operations have the same name in both APIs (CreateLoadBalancer, DeleteLoadBalancer,
// DescribeLoadBalancers, AddTags, ...). A record of one of them is the elbv2 operation, V2 before
// its name (*V2CreateLoadBalancer), when its apiVersion is 2015-12-01, and the Classic one
// (*CreateLoadBalancer) otherwise; the elbv2 shapes whose names the Classic API has too are V2
// before theirs (V2LoadBalancer, V2Tag). Operations only elbv2 has keep their names
// (*CreateTargetGroup, *ModifyListener).
//
// Parse turns an event into its operation's type; switch on the concrete type. The detections it
// makes easy: internet-facing load balancers created (Scheme), listeners changed to plain HTTP,
// access logging turned off (ModifyLoadBalancerAttributes), deletion protection disabled.
package elasticloadbalancing

// No Parse benchmark, and so no -plain baseline, until a published record can feed one.

//go:generate go run ../../internal/apigen/cmd/apigen -package elasticloadbalancing -model model/elb.json -also-model model/elbv2.json=V2 -event-source elasticloadbalancing.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
