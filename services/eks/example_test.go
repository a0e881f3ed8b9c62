package eks_test

import (
	"fmt"
	"net/url"
	"os"
	"slices"
	"strings"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/services/eks"
)

// Who was made a cluster administrator through an access entry, and clusters whose API endpoint
// opens to the whole internet.
func ExampleParse() {
	f, err := os.Open("testdata/eks-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	events := []*cloudtrail.Event{cloudtrailtest.NewEvent(eks.EventSource, "UpdateClusterConfig",
		cloudtrailtest.Request(map[string]any{"name": "prod", "resourcesVpcConfig": map[string]any{
			"endpointPublicAccess": true, "publicAccessCidrs": []string{"0.0.0.0/0"}}}))}
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		events = append(events, ev)
	}
	for _, ev := range events {
		call, err := eks.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *eks.AssociateAccessPolicy:
			if strings.HasSuffix(c.Request.PolicyARN, "/AmazonEKSClusterAdminPolicy") {
				// The principal is the request's URI parameter, recorded URL-encoded.
				principal, _ := url.PathUnescape(c.Request.PrincipalARN)
				fmt.Println("cluster admin on", c.Request.Name, "for", principal)
			}
		case *eks.UpdateClusterConfig:
			if v := c.Request.ResourcesVpcConfig; v != nil && v.EndpointPublicAccess && slices.Contains(v.PublicAccessCidrs, "0.0.0.0/0") {
				fmt.Println("endpoint of", c.Request.Name, "open to the internet")
			}
		case *eks.CreateCluster:
			fmt.Println("cluster", c.Request.ClusterName, "created with role", c.Request.RoleARN)
		}
	}
	// Output:
	// endpoint of prod open to the internet
	// cluster test created with role arn:aws:iam::111122223333:role/AWSServiceRoleForAmazonEKS-CAC1G1VH3ZKZ
	// cluster admin on eks-cluster for arn:aws:iam::012345678901:role/stratus-red-team-eks-create-access-entry-role
}
