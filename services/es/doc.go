// Package es types the CloudTrail records of Amazon OpenSearch Service (eventSource
// es.amazonaws.com, the endpointPrefix of both of its models and the eventSource of the Developer
// Guide's CloudTrail records): both of its APIs, the OpenSearch API (opensearch, apiVersion
// 2021-01-01: CreateDomain, UpdateDomainConfig) and the older Elasticsearch Service API (es,
// apiVersion 2015-01-01: CreateElasticsearchDomain, UpdateElasticsearchDomainConfig), which
// CloudTrail records under the one eventSource. Each operation's requestParameters and
// responseElements are generated from the API models, losslessly like the cloudtrail package's own
// types.
//
// Twenty-seven operations have the same name in both APIs (AddTags, CreatePackage,
// CreateVpcEndpoint, ListDomainNames, ...), with the same request members but for the OpenSearch
// API's additions. The records carry no apiVersion: a record of one of them is the OpenSearch API's
// operation (*AddTags), unless its apiVersion is 2015-01-01, when it is the Elasticsearch Service
// one, ES before its name (*ESAddTags); the es shapes whose names the OpenSearch API has too are ES
// before theirs (ESDomainInfo). Operations only the Elasticsearch Service API has keep their names
// (*CreateElasticsearchDomain).
//
// Parse turns an event into its operation's type; switch on the concrete type. What a detection
// looks for is then a field: a domain's access policy (AccessPolicies, a policy.JSON: Document
// reads it and Public says whether it lets anyone in, see the example) set on CreateDomain,
// UpdateDomainConfig or their Elasticsearch Service twins, fine-grained access control or
// node-to-node or at-rest encryption turned off, a domain taken out of its VPC, and DeleteDomain.
package es

//go:generate go run ../../internal/apigen/cmd/apigen -package es -model model/opensearch.json -also-model model/es.json=ES -event-source es.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -policy-shape PolicyDocument -policy-shape ESPolicyDocument -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package es -model model/opensearch.json -also-model model/es.json=ES -event-source es.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -policy-shape PolicyDocument -policy-shape ESPolicyDocument -o zz_plain_test.go
