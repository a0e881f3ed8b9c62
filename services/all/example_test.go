package all_test

import (
	"errors"
	"fmt"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/services"
	"github.com/trailtype/cloudtrail/services/kms"
	"github.com/trailtype/cloudtrail/services/s3"
	"github.com/trailtype/cloudtrail/services/sts"
)

// A mixed stream typed without a switch on eventSource: importing services/all registered every
// package. Each package's Call is its own type, so case s3.Call matches S3's calls only.
func Example_parse() {
	stream := []*cloudtrail.Event{
		cloudtrailtest.NewEvent(sts.EventSource, "AssumeRole",
			cloudtrailtest.Request(map[string]any{"roleArn": "arn:aws:iam::111122223333:role/admin", "roleSessionName": "alice"})),
		cloudtrailtest.NewEvent(kms.EventSource, "ScheduleKeyDeletion",
			cloudtrailtest.Request(map[string]any{"keyId": "1234abcd", "pendingWindowInDays": 7})),
		cloudtrailtest.NewEvent(kms.EventSource, "RotateKey"),
		cloudtrailtest.NewEvent(s3.EventSource, "GetObject",
			cloudtrailtest.Request(map[string]any{"bucketName": "logs", "key": "a.txt"})),
		cloudtrailtest.NewEvent("ssmmessages.amazonaws.com", "OpenDataChannel"),
	}
	for _, ev := range stream {
		call, err := services.Parse(ev)
		switch c := call.(type) {
		case *sts.AssumeRole:
			fmt.Println("assumed", c.Request.RoleARN)
		case *kms.ScheduleKeyDeletion:
			fmt.Println("key", c.Request.KeyID, "deleted in", c.Request.PendingWindowInDays, "days")
		case s3.Call:
			fmt.Println("S3", c.Operation())
		case nil:
			fmt.Println(err, errors.Is(err, services.ErrUnknownOperation))
		}
	}
	// Output:
	// assumed arn:aws:iam::111122223333:role/admin
	// key 1234abcd deleted in 7 days
	// kms: unknown operation: "RotateKey" true
	// S3 GetObject
	// services: no package registered for the event source: "ssmmessages.amazonaws.com" false
}

// What the imported packages cover: here, the STS operations a detection can read typed.
func Example_operations() {
	ops := services.Operations(sts.EventSource)
	fmt.Println(len(ops), ops[0], ops[len(ops)-1])
	fmt.Println(services.Operations("ssmmessages.amazonaws.com") == nil)
	// Output:
	// 11 AssumeRole GetWebIdentityToken
	// true
}
