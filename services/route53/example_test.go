package route53_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/route53"
)

// DNS records created, changed or deleted, and hosted zones deleted: what each change did to which
// name, and when Route 53 took it.
func ExampleParse() {
	f, err := os.Open("testdata/route53-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := route53.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *route53.ChangeResourceRecordSets:
			for _, ch := range c.Request.ChangeBatch.Changes {
				rr := ch.ResourceRecordSet
				fmt.Println(ch.Action, rr.Type, rr.Name, "TTL", rr.TTL, "values", len(rr.ResourceRecords), "in zone", c.Request.HostedZoneID)
			}
			if c.Response != nil {
				fmt.Println("  submitted", c.Response.ChangeInfo.SubmittedAt.Format("2006-01-02 15:04:05"), c.Response.ChangeInfo.Status)
			}
		case *route53.DeleteHostedZone:
			fmt.Println(ev.Actor(), "deleted hosted zone", c.Request.ID)
		}
	}
	// Output:
	// CREATE A prod.example.com. TTL 300 values 4 in zone Z1PA6795UKMFR9
	// CREATE A test.example.com. TTL 300 values 4 in zone Z1PA6795UKMFR9
	//   submitted 2018-01-16 00:41:43 PENDING
	// arn:aws:iam::111122223333:user/smithj deleted hosted zone Z1PA6795UKMFR9
	// DELETE TXT _acme-challenge.<record you want a certificate for> TTL 10 values 1 in zone <Redacted>
	//   submitted 2020-01-06 18:50:43 PENDING
}
