package codebuild_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/services/codebuild"
)

// Secrets given to a build in plain text, and projects made public. The CreateProject record is
// builder-made (the User Guide's has no environment variables); the visibility changes are the
// records of testdata.
func ExampleParse() {
	f, err := os.Open("testdata/codebuild-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	var events []*cloudtrail.Event
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		events = append(events, ev)
	}
	events = append(events, cloudtrailtest.NewEvent(codebuild.EventSource, "CreateProject",
		cloudtrailtest.By(cloudtrailtest.IAMUser("111122223333", "dev")),
		cloudtrailtest.Request(map[string]any{"name": "deploy", "environment": map[string]any{
			"type": "LINUX_CONTAINER", "image": "aws/codebuild/standard:7.0", "computeType": "BUILD_GENERAL1_SMALL",
			"environmentVariables": []any{
				map[string]any{"name": "DB_PASSWORD", "value": "hunter2", "type": "PLAINTEXT"},
				map[string]any{"name": "API_TOKEN", "value": "/prod/api-token", "type": "PARAMETER_STORE"},
			},
		}})))
	secretLike := func(name string) bool {
		n := strings.ToUpper(name)
		return strings.Contains(n, "PASSWORD") || strings.Contains(n, "SECRET") || strings.Contains(n, "TOKEN") || strings.Contains(n, "KEY")
	}
	for _, ev := range events {
		call, err := codebuild.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *codebuild.UpdateProjectVisibility:
			if c.Request.ProjectVisibility == codebuild.ProjectVisibilityTypePublicRead {
				fmt.Println(ev.Actor(), "made", c.Request.ProjectARN, "public")
			}
		case *codebuild.CreateProject:
			if c.Request == nil || c.Request.Environment == nil {
				continue
			}
			for _, v := range c.Request.Environment.EnvironmentVariables {
				if (v.Type == "" || v.Type == codebuild.EnvironmentVariableTypePlaintext) && secretLike(v.Name) {
					fmt.Println(ev.Actor(), "gave project", c.Request.Name, "the secret", v.Name, "in plain text")
				}
			}
		}
	}
	// Output:
	// arn:aws:sts::111122223333:assumed-role/MakeStuffPublic made arn:aws:codebuild:us-east-1:111122223333:project/testproject1234 public
	// arn:aws:sts::111122223333:assumed-role/MakeStuffPublic made arn:aws:codebuild:us-east-1:111122223333:project/testproject1234 public
	// arn:aws:iam::111122223333:user/dev gave project deploy the secret DB_PASSWORD in plain text
}
