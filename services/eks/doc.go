// Package eks types the CloudTrail records of Amazon Elastic Kubernetes Service (eventSource
// eks.amazonaws.com, the model's endpointPrefix and the eventSource of the EKS User Guide's and
// Stratus Red Team's records): the requestParameters and responseElements of each operation,
// generated from the service's API model, losslessly like the cloudtrail package's own types.
//
// CloudTrail records a URI parameter under its location name: AssociateAccessPolicy's clusterName
// is "name" (Name, from model/overlay.json), and the principal ARN comes URL-encoded. The User
// Guide's CreateCluster record names the cluster clusterName (ClusterName, also from the overlay).
// Its response times are epoch seconds (createdAt 1527535003.208): the typed time reads them, and
// they are written back as recorded.
//
// Parse turns an event into a *CreateAccessEntry, *AssociateAccessPolicy and so on; switch on the
// concrete type. Access to a cluster is then one type each: CreateAccessEntry and
// AssociateAccessPolicy (an AmazonEKSClusterAdminPolicy association makes a cluster admin),
// CreatePodIdentityAssociation, UpdateClusterConfig that opens the endpoint to 0.0.0.0/0 or turns
// off the control plane's logging, and DeleteCluster (see the example).
package eks

//go:generate go run ../../internal/apigen/cmd/apigen -package eks -model model/service-2.json -event-source eks.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -overlay model/overlay.json -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package eks -model model/service-2.json -event-source eks.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -overlay model/overlay.json -o zz_plain_test.go
