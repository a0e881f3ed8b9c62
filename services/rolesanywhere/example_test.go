package rolesanywhere_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/services/rolesanywhere"
)

// A trust anchor that lets certificates of an outside CA take roles, and the profiles that give them
// policies. The CreateTrustAnchor record is builder-made; the UpdateProfile record is the User Guide's.
func ExampleParse() {
	f, err := os.Open("testdata/rolesanywhere-records.ndjson")
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
	events = append(events, cloudtrailtest.NewEvent(rolesanywhere.EventSource, "CreateTrustAnchor",
		cloudtrailtest.By(cloudtrailtest.AssumedRole("111122223333", "Admin", "eve")),
		cloudtrailtest.Request(map[string]any{"name": "partner", "enabled": true, "source": map[string]any{
			"sourceType": "CERTIFICATE_BUNDLE", "sourceData": map[string]any{"x509CertificateData": "-----BEGIN CERTIFICATE-----..."},
		}})))
	for _, ev := range events {
		call, err := rolesanywhere.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *rolesanywhere.CreateTrustAnchor:
			if s := c.Request.Source; s != nil && s.SourceType == rolesanywhere.TrustAnchorTypeCertificateBundle {
				fmt.Println(ev.Actor(), "trusts certificates of an outside CA:", c.Request.Name, "enabled", c.Request.Enabled)
			}
		case *rolesanywhere.UpdateProfile:
			doc, err := c.Request.SessionPolicy.Document()
			if err != nil {
				panic(err)
			}
			fmt.Println(ev.Actor(), "gave profile", c.Request.Name, c.Request.ManagedPolicyARNs, "session policy actions", doc.Statement[0].Action.List)
		}
	}
	// Output:
	// arn:aws:iam::111122223333:role/Admin gave profile Updated Test Profile [arn:aws:iam::aws:policy/AdministratorAccess arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess] session policy actions [s3:ListObjects]
	// arn:aws:iam::111122223333:role/Admin trusts certificates of an outside CA: partner enabled true
}
