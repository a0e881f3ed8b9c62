package serverlessrepo_test

import (
	"errors"
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/serverlessrepo"
)

// List who published, shared or made public which application, from a log file.
func Example() {
	f, err := os.Open("testdata/sar-activity.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := serverlessrepo.Parse(ev)
		if errors.Is(err, serverlessrepo.ErrOtherService) {
			continue
		}
		if err != nil {
			panic(err)
		}
		who := ev.ActorARN()
		if ev.Failed() {
			fmt.Printf("%s was refused %s (%s)\n", who, ev.EventName, ev.ErrorCode)
			continue
		}
		switch c := call.(type) {
		case *serverlessrepo.CreateApplication:
			fmt.Printf("%s published %s %s\n", who, c.Request.Name, c.Request.SemanticVersion)
		case *serverlessrepo.PutApplicationPolicy:
			app, _ := serverlessrepo.ParseApplicationARN(c.Request.ApplicationID)
			if c.MakesPublic() {
				fmt.Printf("%s made %s public\n", who, app.Name)
			}
			if orgs := c.SharesWithOrganizations(); len(orgs) > 0 {
				fmt.Printf("%s shared %s with %v\n", who, app.Name, orgs)
			}
		case *serverlessrepo.UnshareApplication:
			app, _ := serverlessrepo.ParseApplicationARN(c.Request.ApplicationID)
			fmt.Printf("%s unshared %s from %s\n", who, app.Name, c.Request.OrganizationID)
		}
	}
	// Output:
	// arn:aws:iam::123456789012:user/publisher published log-shipper 1.0.0
	// arn:aws:iam::123456789012:role/release shared log-shipper with [o-a1b2c3d4e5]
	// arn:aws:iam::123456789012:user/intern made log-shipper public
	// arn:aws:iam::123456789012:user/intern was refused PutApplicationPolicy (AccessDenied)
	// arn:aws:iam::123456789012:user/publisher unshared log-shipper from o-a1b2c3d4e5
}

// Public reads a policy's statements, from a request or a response: "*" alone makes the
// application public, "*" with an organization ID shares it with that organization.
func ExamplePublic() {
	orgShare := []serverlessrepo.ApplicationPolicyStatement{
		{Actions: []string{"Deploy"}, Principals: []string{"*"}, PrincipalOrgIDs: []string{"o-a1b2c3d4e5"}},
	}
	public := []serverlessrepo.ApplicationPolicyStatement{
		{Actions: []string{"Deploy"}, Principals: []string{"111122223333"}},
		{Actions: []string{"Deploy"}, Principals: []string{"*"}},
	}
	fmt.Println(serverlessrepo.Public(orgShare), serverlessrepo.Public(public))
	// Output: false true
}

// An organization share names no public principal.
func ExampleSharedWithOrganizations() {
	statements := []serverlessrepo.ApplicationPolicyStatement{
		{Actions: []string{"Deploy"}, Principals: []string{"*"}, PrincipalOrgIDs: []string{"o-a1b2c3d4e5", "o-f6g7h8i9j0"}},
	}
	fmt.Println(serverlessrepo.SharedWithOrganizations(statements))
	// Output: [o-a1b2c3d4e5 o-f6g7h8i9j0]
}

func ExampleParseApplicationARN() {
	a, err := serverlessrepo.ParseApplicationARN("arn:aws:serverlessrepo:us-east-1:123456789012:applications/log-shipper")
	fmt.Println(a.Partition, a.Region, a.AccountID, a.Name, err)
	_, err = serverlessrepo.ParseApplicationARN("arn:aws:s3:::bucket")
	fmt.Println(err)
	// Output:
	// aws us-east-1 123456789012 log-shipper <nil>
	// serverlessrepo: "arn:aws:s3:::bucket" is not an application ARN
}
