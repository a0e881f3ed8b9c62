package route53resolver_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/route53resolver"
)

// DNS query logging deleted, and where the logs went: an attacker covering DNS exfiltration or C2.
func ExampleParse() {
	f, err := os.Open("testdata/route53resolver-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := route53resolver.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *route53resolver.DeleteResolverQueryLogConfig:
			dest := ""
			if c.Response != nil && c.Response.ResolverQueryLogConfig != nil {
				dest = c.Response.ResolverQueryLogConfig.DestinationARN
			}
			fmt.Println(ev.Actor(), "deleted query logging", c.Request.ResolverQueryLogConfigID, "to", dest)
		case *route53resolver.DisassociateResolverQueryLogConfig:
			fmt.Println(ev.Actor(), "stopped query logging of", c.Request.ResourceID)
		}
	}
	// Output:
	// arn:aws:iam::206821776919:user/christophe deleted query logging rqlc-4473f20ca554c07 to arn:aws:s3:::stratus-red-team-dns-delete-bucket-bxxclslsdp
	// arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/us-west-2/SampleRole deleted query logging rqlc-5aa596fe3bd84ec6 to arn:aws:s3:::sample-bucket-name
}
