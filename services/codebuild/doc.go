// Package codebuild types the CloudTrail records of AWS CodeBuild (eventSource
// codebuild.amazonaws.com, the model's endpointPrefix and the eventSource of the CodeBuild User
// Guide's CloudTrail record): the requestParameters and responseElements of each operation,
// generated from the service's API model, losslessly like the cloudtrail package's own types. Times
// read from every layout CloudTrail writes them in and are written back as they came.
//
// Parse turns an event into a *CreateProject, *UpdateProjectVisibility and so on; switch on the
// concrete type. What leaks or runs code with a project's role is then typed: environment variables
// given in plain text rather than from Parameter Store or Secrets Manager (CreateProject,
// UpdateProject, StartBuild's environmentVariablesOverride; see the example), projects made public
// (UpdateProjectVisibility), and builds that override the buildspec or the service role
// (StartBuild).
package codebuild

//go:generate go run ../../internal/apigen/cmd/apigen -package codebuild -model model/service-2.json -event-source codebuild.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -time-layout "Jan 2, 2006 3:04:05 PM" -overlay model/overlay.json -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package codebuild -model model/service-2.json -event-source codebuild.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -time-layout "Jan 2, 2006 3:04:05 PM" -overlay model/overlay.json -o zz_plain_test.go
