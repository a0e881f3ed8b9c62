// Package ecr types the CloudTrail records of Amazon Elastic Container Registry (eventSource
// ecr.amazonaws.com; the model's endpointPrefix is api.ecr, and the ECR User Guide's records have
// ecr.amazonaws.com): the requestParameters and responseElements of each operation, generated from
// the service's API model, losslessly like the cloudtrail package's own types. Times read from every
// layout CloudTrail writes them in ("Jul 11, 2018 10:17:44 PM" in the guide's records) and are
// written back as they came.
//
// Parse turns an event into a *SetRepositoryPolicy, *PutImage and so on; switch on the concrete
// type. A repository's policy (SetRepositoryPolicy) and the registry's (PutRegistryPolicy) are
// policy.JSON: Document reads them, and Public and OtherAccounts say whether they let anyone or
// other accounts pull (see the example). Images pushed (PutImage), scanning turned off
// (PutImageScanningConfiguration), tags made mutable and lifecycle policies deleting images are
// each one type too.
package ecr

//go:generate go run ../../internal/apigen/cmd/apigen -package ecr -model model/service-2.json -event-source ecr.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -time-layout "Jan 2, 2006 3:04:05 PM" -policy-shape RepositoryPolicyText -policy-shape RegistryPolicyText -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package ecr -model model/service-2.json -event-source ecr.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -time-layout "Jan 2, 2006 3:04:05 PM" -policy-shape RepositoryPolicyText -policy-shape RegistryPolicyText -o zz_plain_test.go
