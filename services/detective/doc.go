// Package detective types the CloudTrail records of Amazon Detective (eventSource
// detective.amazonaws.com, the eventSource of the Detective User Guide's CloudTrail record, not the
// model's endpointPrefix api.detective, which is only its endpoint's host name): the
// requestParameters and responseElements of each operation, generated from the service's API model,
// losslessly like the cloudtrail package's own types. Times read from every layout CloudTrail
// writes them in and are written back as they came.
//
// Parse turns an event into a *DeleteGraph, *AcceptInvitation and so on; switch on the concrete
// type. Taking Detective away from a security team is then one type each: DeleteGraph removes the
// behavior graph, DeleteMembers and DisassociateMembership drop accounts from it,
// DisableOrganizationAdminAccount removes the delegated administrator (see the example).
package detective

//go:generate go run ../../internal/apigen/cmd/apigen -package detective -model model/service-2.json -event-source detective.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -overlay model/overlay.json -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package detective -model model/service-2.json -event-source detective.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -overlay model/overlay.json -o zz_plain_test.go
