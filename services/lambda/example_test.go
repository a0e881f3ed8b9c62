package lambda_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/lambda"
)

// Function configuration changes; the event name's API version suffix ("UpdateFunctionConfiguration20150331v2") is dropped.
func ExampleParse() {
	f, err := os.Open("testdata/lambda-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := lambda.Parse(ev)
		if err != nil {
			continue // an operation the model does not have
		}
		if c, ok := call.(*lambda.UpdateFunctionConfiguration); ok && c.Request != nil {
			fmt.Println(c.Operation(), c.Request.FunctionName)
		}
	}
	// Output:
	// UpdateFunctionConfiguration production-api
	// UpdateFunctionConfiguration my-lambda-function
	// UpdateFunctionConfiguration production-api
	// UpdateFunctionConfiguration production-api
	// UpdateFunctionConfiguration my-lambda-function
}
