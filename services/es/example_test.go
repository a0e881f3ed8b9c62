package es_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/policy"
	"github.com/trailtype/cloudtrail/services/es"
)

// Domains created or reconfigured with an access policy that lets anyone in, through either API.
func ExampleParse() {
	f, err := os.Open("testdata/es-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := es.Parse(ev)
		if err != nil {
			continue
		}
		var domain string
		var access policy.JSON
		switch c := call.(type) {
		case *es.CreateDomain:
			domain, access = c.Request.DomainName, c.Request.AccessPolicies
		case *es.UpdateDomainConfig:
			domain, access = c.Request.DomainName, c.Request.AccessPolicies
		case *es.CreateElasticsearchDomain:
			domain, access = c.Request.DomainName, c.Request.AccessPolicies
		case *es.UpdateElasticsearchDomainConfig:
			domain, access = c.Request.DomainName, c.Request.AccessPolicies
		default:
			continue
		}
		doc, err := access.Document()
		if err != nil || doc == nil {
			continue
		}
		fmt.Printf("%s %q by %s: public %v\n", call.Operation(), domain, ev.Actor(), doc.Public())
	}
	// Output:
	// CreateElasticsearchDomain "test-domain" by arn:aws:iam::123456789012:user/test-user: public false
	// CreateDomain "test-domain" by arn:aws:iam::123456789012:user/test-user: public false
	// CreateElasticsearchDomain "" by TestRole: public true
}
