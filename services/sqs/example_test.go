package sqs_test

import (
	"cmp"
	"encoding/json"
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/policy"
	"github.com/trailtype/cloudtrail/services/sqs"
)

// Queues opened to anyone, shared with other accounts, or deleted, and by whom. A queue policy is
// the Policy attribute of SetQueueAttributes or CreateQueue: a JSON string, or in some records an
// object, which the typed map does not hold, so it is read from the payload as recorded.
func ExampleParse() {
	f, err := os.Open("testdata/sqs-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := sqs.Parse(ev)
		if err != nil || ev.Failed() {
			continue
		}
		switch c := call.(type) {
		case *sqs.SetQueueAttributes:
			if doc := queuePolicy(ev); doc != nil && doc.Public() {
				fmt.Println(ev.Actor(), "set a public policy on", cmp.Or(c.Request.QueueURL, "a queue"))
			}
		case *sqs.AddPermission:
			fmt.Println(ev.Actor(), "let accounts", c.Request.RecordedAWSAccountIDs, "call", c.Request.Actions, "on", c.Request.QueueURL)
		case *sqs.DeleteQueue:
			fmt.Println(ev.Actor(), "deleted", c.Request.QueueURL)
		}
	}
	// Output:
	// arn:aws:iam::123456789012:user/Alice let accounts [123456789012] call [SendMessage] on https://sqs.us-east-2.amazon.com/123456789012/MyQueue
	// arn:aws:iam::123456789012:user/Carlos deleted https://sqs.us-east-2.amazon.com/123456789012/MyQueue
	// TestRole set a public policy on a queue
}

// queuePolicy reads the Policy attribute of a SetQueueAttributes record, string or object.
func queuePolicy(ev *cloudtrail.Event) *policy.Document {
	var req struct {
		Attributes map[string]json.RawMessage `json:"attributes"`
	}
	if json.Unmarshal(ev.RequestParameters, &req) != nil || req.Attributes["Policy"] == nil {
		return nil
	}
	doc, err := policy.Read(req.Attributes["Policy"])
	if err != nil {
		return nil
	}
	return doc
}
