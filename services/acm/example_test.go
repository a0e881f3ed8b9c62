package acm_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/services/acm"
)

// Certificates deleted, and private keys exported. The ExportCertificate record is builder-made; the
// others are the User Guide's records of testdata.
func ExampleParse() {
	f, err := os.Open("testdata/acm-records.ndjson")
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
	events = append(events, cloudtrailtest.NewEvent(acm.EventSource, "ExportCertificate",
		cloudtrailtest.By(cloudtrailtest.IAMUser("123456789012", "mallory")),
		cloudtrailtest.Request(map[string]any{"certificateArn": "arn:aws:acm:us-east-1:123456789012:certificate/87654321-4321-4321-4321-210987654321"})))
	for _, ev := range events {
		call, err := acm.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *acm.DeleteCertificate:
			fmt.Println(ev.Actor(), "deleted", c.Request.CertificateARN)
		case *acm.ExportCertificate:
			fmt.Println(ev.Actor(), "exported the private key of", c.Request.CertificateARN)
		}
	}
	// Output:
	// arn:aws:iam::123456789012:user/Alice deleted arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012
	// arn:aws:iam::123456789012:user/mallory exported the private key of arn:aws:acm:us-east-1:123456789012:certificate/87654321-4321-4321-4321-210987654321
}
