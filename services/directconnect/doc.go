// Package directconnect types the CloudTrail records of AWS Direct Connect (eventSource
// directconnect.amazonaws.com, the model's endpointPrefix and the eventSource of the Direct Connect
// User Guide's CloudTrail records): the requestParameters and responseElements of each operation,
// generated from the service's API model, losslessly like the cloudtrail package's own types. Times
// read from every layout CloudTrail writes them in and are written back as they came.
//
// Parse turns an event into a *CreateConnection, *CreatePrivateVirtualInterface and so on; switch
// on the concrete type. Private paths into the network are then typed: connections and virtual
// interfaces created, with the VLAN, ASN and gateway they attach to (see the example), hosted
// interfaces allocated to or from another account (AllocatePrivateVirtualInterface,
// AllocateTransitVirtualInterface), and gateways associated across accounts
// (CreateDirectConnectGatewayAssociationProposal). CloudTrail writes the BGP keys and addresses as
// "[PROTECTED]".
package directconnect

//go:generate go run ../../internal/apigen/cmd/apigen -package directconnect -model model/service-2.json -event-source directconnect.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package directconnect -model model/service-2.json -event-source directconnect.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_plain_test.go
