// Package sagemaker types the CloudTrail records of Amazon SageMaker (eventSource
// sagemaker.amazonaws.com, not the model's endpointPrefix api.sagemaker, which is only its
// endpoint's host name: CloudTrail names the service sagemaker.amazonaws.com in its records;
// SageMaker's runtime and Feature Store runtime are other models): the requestParameters and
// responseElements of each operation, generated from the service's API model, losslessly like the
// cloudtrail package's own types. Times read from every layout CloudTrail writes them in and are
// written back as they came.
//
// Parse turns an event into a *CreatePresignedNotebookInstanceUrl, *CreateNotebookInstance and so
// on; switch on the concrete type. Ways into a model's data and roles are then typed: presigned
// URLs that open a notebook or a Studio domain without signing in
// (CreatePresignedNotebookInstanceUrl, CreatePresignedDomainUrl; see the example), notebook
// instances with root access, direct internet access or lifecycle scripts (CreateNotebookInstance,
// UpdateNotebookInstance, CreateNotebookInstanceLifecycleConfig), and the execution roles jobs and
// endpoints run as (CreateTrainingJob, CreateProcessingJob, CreateModel).
//
// The resource policies of model package groups and lineage groups (PutModelPackageGroupPolicy,
// GetLineageGroupPolicy) are policy.JSON: Document reads them and Public says whether they let
// anyone in.
package sagemaker

//go:generate go run ../../internal/apigen/cmd/apigen -package sagemaker -model model/service-2.json -event-source sagemaker.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -policy-shape PolicyString -policy-shape ResourcePolicyString -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package sagemaker -model model/service-2.json -event-source sagemaker.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -policy-shape PolicyString -policy-shape ResourcePolicyString -o zz_plain_test.go
