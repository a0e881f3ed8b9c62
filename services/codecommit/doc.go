// Package codecommit types the CloudTrail records of AWS CodeCommit (eventSource
// codecommit.amazonaws.com, the model's endpointPrefix and the eventSource of the CodeCommit User
// Guide's CloudTrail records): the requestParameters and responseElements of each operation,
// generated from the service's API model, losslessly like the cloudtrail package's own types. Times
// read from every layout CloudTrail writes them in and are written back as they came.
//
// Parse turns an event into a *CreateRepository, *DeleteRepository and so on; switch on the
// concrete type. Source code destroyed or rewritten is then one type each: DeleteRepository,
// DeleteBranch, PutRepositoryTriggers sending pushes to another account's SNS topic or Lambda
// function, and approval rules deleted or overridden (DeleteApprovalRuleTemplate,
// OverridePullRequestApprovalRules; see the example).
//
// CodeCommit's Git operations (GitPull, GitPush) are not API operations: Parse returns
// ErrUnknownOperation for them; what they transferred is in the event's additionalEventData.
package codecommit

//go:generate go run ../../internal/apigen/cmd/apigen -package codecommit -model model/service-2.json -event-source codecommit.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -time-layout "Jan 2, 2006 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package codecommit -model model/service-2.json -event-source codecommit.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -time-layout "Jan 2, 2006 3:04:05 PM" -o zz_plain_test.go
