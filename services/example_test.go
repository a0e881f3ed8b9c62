package services_test

import (
	"errors"
	"fmt"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/serverlessrepo"
	"github.com/trailtype/cloudtrail/services"
)

// A mixed stream typed without a switch on eventSource: importing serverlessrepo registered it.
// Import services/all, or the service modules you read (services/sts, services/kms, ...), and their
// events type the same way.
func ExampleParse() {
	stream := []*cloudtrail.Event{
		cloudtrailtest.NewEvent(serverlessrepo.EventSource, "PutApplicationPolicy",
			cloudtrailtest.Request(map[string]any{"applicationId": "arn:aws:serverlessrepo:us-east-1:111122223333:applications/app",
				"statements": []any{map[string]any{"principals": []string{"*"}, "actions": []string{"Deploy"}}}})),
		cloudtrailtest.NewEvent(serverlessrepo.EventSource, "Unpublish"),
		cloudtrailtest.NewEvent("s3.amazonaws.com", "GetObject"),
	}
	for _, ev := range stream {
		call, err := services.Parse(ev)
		switch c := call.(type) {
		case *serverlessrepo.PutApplicationPolicy:
			fmt.Println("policy of", c.Request.ApplicationID, "public:", c.Request.Statements[0].Principals[0] == "*")
		case nil:
			fmt.Println(err, errors.Is(err, services.ErrUnknownOperation))
		}
	}
	// Output:
	// policy of arn:aws:serverlessrepo:us-east-1:111122223333:applications/app public: true
	// serverlessrepo: unknown operation: "Unpublish" true
	// services: no package registered for the event source: "s3.amazonaws.com" false
}

// What the imported packages cover: here, the Serverless Application Repository operations a
// detection can read typed.
func ExampleOperations() {
	ops := services.Operations(serverlessrepo.EventSource)
	fmt.Println(len(ops), ops[0], ops[len(ops)-1])
	fmt.Println(services.Operations("ec2.amazonaws.com") == nil)
	// Output:
	// 14 CreateApplication UpdateApplication
	// true
}
