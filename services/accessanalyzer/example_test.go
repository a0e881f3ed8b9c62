package accessanalyzer_test

import (
	"fmt"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/services/accessanalyzer"
)

// Access Analyzer's view of external access taken away: an analyzer deleted, findings archived, and
// a policy checked for public access that grants it. The records are builder-made: the project's
// only real record is a CreateAnalyzer.
func ExampleParse() {
	who := cloudtrailtest.By(cloudtrailtest.IAMUser("111122223333", "mallory"))
	events := []*cloudtrail.Event{
		cloudtrailtest.NewEvent(accessanalyzer.EventSource, "DeleteAnalyzer", who, cloudtrailtest.Request(map[string]any{"analyzerName": "org"})),
		cloudtrailtest.NewEvent(accessanalyzer.EventSource, "UpdateFindings", who, cloudtrailtest.Request(map[string]any{
			"analyzerArn": "arn:aws:access-analyzer:us-east-1:111122223333:analyzer/org", "ids": []any{"f-1", "f-2"}, "status": "ARCHIVED",
		})),
		cloudtrailtest.NewEvent(accessanalyzer.EventSource, "CheckNoPublicAccess", who, cloudtrailtest.Request(map[string]any{
			"resourceType":   "AWS::S3::Bucket",
			"policyDocument": `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}`,
		})),
	}
	for _, ev := range events {
		call, err := accessanalyzer.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *accessanalyzer.DeleteAnalyzer:
			fmt.Println(ev.Actor(), "deleted analyzer", c.Request.AnalyzerName)
		case *accessanalyzer.UpdateFindings:
			if c.Request.Status == accessanalyzer.FindingStatusUpdateArchived {
				fmt.Println(ev.Actor(), "archived", len(c.Request.IDs), "findings")
			}
		case *accessanalyzer.CheckNoPublicAccess:
			if doc, err := c.Request.PolicyDocument.Document(); err == nil && doc.Public() {
				fmt.Println(ev.Actor(), "checked a public", c.Request.ResourceType, "policy")
			}
		}
	}
	// Output:
	// arn:aws:iam::111122223333:user/mallory deleted analyzer org
	// arn:aws:iam::111122223333:user/mallory archived 2 findings
	// arn:aws:iam::111122223333:user/mallory checked a public AWS::S3::Bucket policy
}
