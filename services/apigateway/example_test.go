package apigateway_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/apigateway"
)

// Stages created (what they serve and whether they are traced), deployments pushed, and routes or
// methods changed to need no authorization, through either API.
func ExampleParse() {
	f, err := os.Open("testdata/apigateway-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := apigateway.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *apigateway.CreateStage: // a REST API's
			in := c.Request.CreateStageInput
			fmt.Println("stage", in.StageName, "of REST API", c.Request.RestApiID, "serves deployment", in.DeploymentID, "tracing", in.TracingEnabled)
			if c.Response != nil {
				fmt.Println("  created", c.Response.CreatedDate.Format("2006-01-02 15:04:05"))
			}
		case *apigateway.V2CreateStage: // an HTTP or WebSocket API's
			fmt.Println("stage", c.Request.StageName, "of API", c.Request.ApiID, "auto-deploys", c.Request.AutoDeploy)
		case *apigateway.CreateDeployment:
			fmt.Printf("deployment of REST API %s to stage %q\n", c.Request.RestApiID, c.Request.CreateDeploymentInput.StageName)
		case *apigateway.UpdateRoute:
			if c.Response != nil && c.Response.AuthorizationType == apigateway.AuthorizationTypeNone {
				fmt.Println(ev.Actor(), "left route", c.Response.RouteKey, "of API", c.Request.ApiID, "open to anyone")
			}
		case *apigateway.PutMethod:
			if in := c.Request.PutMethodInput; in != nil && in.AuthorizationType == "NONE" {
				fmt.Println(ev.Actor(), "left method", c.Request.HttpMethod, "of REST API", c.Request.RestApiID, "open to anyone")
			}
		}
	}
	// Output:
	// stage new of REST API 67ge356u6d serves deployment 6gejpe tracing false
	//   created 2024-04-17 10:40:58
	// deployment of REST API 67ge356u6d to stage ""
	// deployment of REST API 67ge356u6d to stage ""
	// deployment of REST API 67ge356u6d to stage "test"
	// stage test of REST API 67ge356u6d serves deployment cz3mkw tracing false
	//   created 2024-04-17 07:27:54
	// deployment of REST API 67ge356u6d to stage ""
	// arn:aws:iam::637423240666:user/dev left route POST /68fd47b8bf291eeea36480872f5ce29f0edb of API pxzfkfmjo7 open to anyone
}
