// Package servicecatalog types the CloudTrail records of AWS Service Catalog (eventSource
// servicecatalog.amazonaws.com, the model's endpointPrefix and the eventSource of the Service
// Catalog Administrator Guide's CloudTrail example): the requestParameters and responseElements of
// each operation, generated from the service's API model, losslessly like the cloudtrail package's
// own types. Times read from every layout CloudTrail writes them in and are written back as they
// came.
//
// Parse turns an event into a *CreatePortfolioShare, *AssociatePrincipalWithPortfolio and so on;
// switch on the concrete type. Who may launch what, with the launch role's permissions, is then
// typed: portfolios shared with other accounts or organizational units (CreatePortfolioShare; see
// the example), principals given a portfolio (AssociatePrincipalWithPortfolio), launch constraints
// that name the role products run as (CreateConstraint), and products provisioned or updated
// (ProvisionProduct, UpdateProvisionedProduct).
package servicecatalog

//go:generate go run ../../internal/apigen/cmd/apigen -package servicecatalog -model model/service-2.json -event-source servicecatalog.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package servicecatalog -model model/service-2.json -event-source servicecatalog.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_plain_test.go
