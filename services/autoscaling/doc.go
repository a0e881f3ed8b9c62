// Package autoscaling types the CloudTrail records of Amazon EC2 Auto Scaling and of Application
// Auto Scaling, which CloudTrail both records under eventSource autoscaling.amazonaws.com (EC2 Auto
// Scaling's endpointPrefix; Application Auto Scaling's records say so in additionalEventData
// "service": "application-autoscaling"): the requestParameters and responseElements of each
// operation, generated from both API models, losslessly like the cloudtrail package's own types.
// Times read from every layout CloudTrail writes them in (ISO 8601 for EC2 Auto Scaling's query
// API) and are written back as they came.
//
// The five operation names both APIs have (PutScalingPolicy, DeleteScheduledAction,
// DescribeScalingActivities, DescribeScheduledActions, GetPredictiveScalingForecast) are
// Application Auto Scaling's ApplicationX when the record's apiVersion is 2016-02-06 or, since
// records carry none, when the request has a member only that API's has (serviceNamespace,
// resourceId, ...); EC2 Auto Scaling's otherwise.
//
// Parse turns an event into a *CreateLaunchConfiguration, *RegisterScalableTarget and so on;
// switch on the concrete type. What a detection looks for is then typed: launch configurations
// and groups that start instances from another image, key pair, instance profile or user data
// (CreateLaunchConfiguration, CreateAutoScalingGroup, UpdateAutoScalingGroup; see the example),
// capacity set to zero or to many (SetDesiredCapacity, UpdateAutoScalingGroup), lifecycle hooks
// and scaling processes suspended (SuspendProcesses), and groups deleted with their instances
// (DeleteAutoScalingGroup's ForceDelete).
package autoscaling

//go:generate go run ../../internal/apigen/cmd/apigen -package autoscaling -model model/service-2.json -also-model model/application-autoscaling.json=Application -event-source autoscaling.amazonaws.com -pick-by-members -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package autoscaling -model model/service-2.json -also-model model/application-autoscaling.json=Application -event-source autoscaling.amazonaws.com -pick-by-members -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_plain_test.go
