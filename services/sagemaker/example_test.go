package sagemaker_test

import (
	"fmt"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/services/sagemaker"
)

// A notebook opened from outside, with root and internet access, and a URL that signs into it
// without credentials. The records are builder-made: the only public record is a ListTags.
func ExampleParse() {
	who := cloudtrailtest.By(cloudtrailtest.AssumedRole("111122223333", "ds", "eve"))
	events := []*cloudtrail.Event{
		cloudtrailtest.NewEvent(sagemaker.EventSource, "CreateNotebookInstance", who, cloudtrailtest.Request(map[string]any{
			"notebookInstanceName": "scratch", "instanceType": "ml.t3.medium",
			"roleArn":              "arn:aws:iam::111122223333:role/SageMakerAdmin",
			"directInternetAccess": "Enabled", "rootAccess": "Enabled",
		})),
		cloudtrailtest.NewEvent(sagemaker.EventSource, "CreatePresignedNotebookInstanceUrl", who, cloudtrailtest.Request(map[string]any{
			"notebookInstanceName": "scratch", "sessionExpirationDurationInSeconds": 43200,
		})),
	}
	for _, ev := range events {
		call, err := sagemaker.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *sagemaker.CreateNotebookInstance:
			r := c.Request
			if r.DirectInternetAccess == sagemaker.DirectInternetAccessEnabled && r.RootAccess == sagemaker.RootAccessEnabled {
				fmt.Println(ev.Actor(), "created", r.NotebookInstanceName, "with root and internet access as", r.RoleARN)
			}
		case *sagemaker.CreatePresignedNotebookInstanceUrl:
			fmt.Println(ev.Actor(), "got a sign-in URL for", c.Request.NotebookInstanceName, "valid", c.Request.SessionExpirationDurationInSeconds, "s")
		}
	}
	// Output:
	// arn:aws:iam::111122223333:role/ds created scratch with root and internet access as arn:aws:iam::111122223333:role/SageMakerAdmin
	// arn:aws:iam::111122223333:role/ds got a sign-in URL for scratch valid 43200 s
}
