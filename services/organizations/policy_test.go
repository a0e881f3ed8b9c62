package organizations_test

import (
	"testing"

	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/services/organizations"
)

// A service control policy's content reads as a policy document.
func TestPolicyDocument(t *testing.T) {
	content := `{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"organizations:LeaveOrganization","Resource":"*"}]}`
	ev := cloudtrailtest.NewEvent(organizations.EventSource, "CreatePolicy", cloudtrailtest.Request(map[string]any{
		"name": "deny-leave", "type": "SERVICE_CONTROL_POLICY", "content": content}))
	call, err := organizations.Parse(ev)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := call.(*organizations.CreatePolicy).PolicyDocument()
	if err != nil || len(doc.Statement) != 1 || doc.Statement[0].Action.List[0] != "organizations:LeaveOrganization" {
		t.Errorf("PolicyDocument = %+v, %v", doc, err)
	}
	if doc, err := (&organizations.UpdatePolicy{}).PolicyDocument(); doc != nil || err != nil {
		t.Errorf("no request: %v, %v", doc, err)
	}
}
