// Package apigateway types the CloudTrail records of Amazon API Gateway's management APIs
// (eventSource apigateway.amazonaws.com, the endpointPrefix of both of its models and the
// eventSource of the API Gateway Developer Guide's CloudTrail records): both of them, the REST
// API's (apigateway, apiVersion 2015-07-09: CreateRestApi, PutMethod, CreateStage) and the HTTP and
// WebSocket APIs' (apigatewayv2, apiVersion 2018-11-29: CreateApi, CreateRoute, UpdateRoute), which
// CloudTrail records under the one eventSource. Each operation's requestParameters and
// responseElements are generated from the API models, losslessly like the cloudtrail package's own
// types. Times read from every layout CloudTrail writes them in ("Apr 17, 2024 10:40:58 AM" in the
// REST API's responses) and are written back as they came.
//
// CloudTrail records a REST API request not as its model has it: the members of the request's body
// are in an object of their own named after the operation, beside the members of its path, query
// string and headers, with a "template" flag: {"restApiId": ..., "createStageInput": {"stageName":
// ..., "deploymentId": ...}, "template": false}. So the REST API's request types are: a CreateStage
// request's body is its CreateStageInput (c.Request.CreateStageInput.StageName), and its Template
// is the flag. The REST API's responses carry links to the resource (self, stageUpdate,
// deploymentDelete, ...), typed ResourceLink where records show them. The HTTP and WebSocket APIs'
// records are as their model has them.
//
// Forty operations have the same name in both APIs (CreateStage, CreateAuthorizer,
// UpdateIntegration, TagResource, ...); the HTTP and WebSocket APIs' one is V2 before its name
// (*V2CreateStage), and their shapes whose names the REST API has too are V2 before theirs. The
// records carry no apiVersion, so a record of one of them is the V2 operation when its apiVersion
// is 2018-11-29 or, with none, when its requestParameters has a member only the V2 request has
// (apiId, autoDeploy, ...); else it is the REST API's. Operations only one API has keep their names
// (*PutMethod, *UpdateRoute). Where an operation's name is another's plus "Response" (GetMethod and
// GetMethodResponse), the first one's response type is named Result (*GetMethodResult).
//
// Parse turns an event into its operation's type; switch on the concrete type. What a detection
// looks for is then a field or two: methods and routes whose authorizationType is NONE (PutMethod,
// CreateRoute, UpdateRoute), authorizers created, changed or deleted (CreateAuthorizer,
// UpdateAuthorizer, DeleteAuthorizer), stages created, deployed to or changed (CreateStage,
// CreateDeployment, UpdateStage: access logging or tracing off, a web ACL taken away), resource
// policies that open a private API (UpdateRestApi), API keys created, and integrations pointed at a
// new Lambda function (see the example).
package apigateway

//go:generate go run ../../internal/apigen/cmd/apigen -package apigateway -model model/apigateway.json -also-model model/apigatewayv2.json=V2 -pick-by-members -body-input -event-source apigateway.amazonaws.com -time-layout "Jan 2, 2006 3:04:05 PM" -overlay model/overlay.json -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package apigateway -model model/apigateway.json -also-model model/apigatewayv2.json=V2 -pick-by-members -body-input -event-source apigateway.amazonaws.com -time-layout "Jan 2, 2006 3:04:05 PM" -overlay model/overlay.json -o zz_plain_test.go
