package redshift_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/redshift"
)

// Data shares authorized to another account, and whether publicly accessible clusters may consume them.
func ExampleParse() {
	f, err := os.Open("testdata/redshift-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := redshift.Parse(ev)
		if err != nil {
			continue
		}
		if c, ok := call.(*redshift.AuthorizeDataShare); ok && c.Response != nil {
			for _, a := range c.Response.DataShareAssociations {
				fmt.Println(ev.Actor(), "shared", c.Request.DataShareARN, "with", a.ConsumerIdentifier,
					"public consumers:", c.Response.AllowPubliclyAccessibleConsumers, "at", a.CreatedDate.Format("2006-01-02 15:04:05"))
			}
		}
	}
	// Output: arn:aws:sts::111122223333:user/janedoe shared arn:aws:redshift:us-east-1:111122223333:datashare:4c64c6ec-73d5-42be-869b-b7f7c43c7a53/testshare with 555555555555 public consumers: true at 2021-08-02 23:40:56
}
