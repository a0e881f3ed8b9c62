// Package ecs types the CloudTrail records of Amazon Elastic Container Service (eventSource
// ecs.amazonaws.com, the model's endpointPrefix and the eventSource of the ECS Developer Guide's
// records): the requestParameters and responseElements of each operation, generated from the
// service's API model, losslessly like the cloudtrail package's own types.
//
// Parse turns an event into a *RegisterTaskDefinition, *RunTask and so on; switch on the concrete
// type. What a detection looks for is then in typed fields: task definitions with privileged
// containers, host networking or an unexpected image or task role (RegisterTaskDefinition), tasks
// run or services changed to run them (RunTask, UpdateService), ExecuteCommand into a container,
// and account settings changed for every principal (PutAccountSettingDefault; see the example).
package ecs

//go:generate go run ../../internal/apigen/cmd/apigen -package ecs -model model/service-2.json -event-source ecs.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package ecs -model model/service-2.json -event-source ecs.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_plain_test.go
