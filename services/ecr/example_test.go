package ecr_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/ecr"
)

// Repositories opened to anyone, or to other accounts, by their repository policy: the policy is a
// policy.JSON, which Document reads.
func ExampleParse() {
	f, err := os.Open("testdata/ecr-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := ecr.Parse(ev)
		if err != nil {
			continue
		}
		if c, ok := call.(*ecr.SetRepositoryPolicy); ok {
			doc, err := c.Request.PolicyText.Document()
			if err != nil {
				continue
			}
			switch {
			case doc.Public():
				fmt.Println("repository", c.Request.RepositoryName, "public, set by", ev.Actor())
			default:
				for _, s := range doc.Statement {
					if other := s.OtherAccounts(ev.RecipientAccountID); len(other) > 0 {
						fmt.Println("repository", c.Request.RepositoryName, "shared with", other)
					}
				}
			}
		}
	}
	// Output:
	// repository community public, set by arn:aws:iam::112233445566:role/ServiceRole
}
