package sts_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/services/sts"
)

// Which role was assumed, under which session name, and until when.
func ExampleParse() {
	f, _ := os.Open("testdata/sts-records.ndjson")
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := sts.Parse(ev)
		if err != nil {
			panic(err)
		}
		if c, ok := call.(*sts.AssumeRole); ok && c.Response != nil {
			role, session := c.RoleSession()
			fmt.Println(role, session, c.Response.Credentials.Expiration.Format("2006-01-02 15:04"))
			break
		}
	}
	// Output: arn:aws:iam::111122223333:role/EC2-dev JohnDoe-EC2-dev 2023-07-18 16:07
}

// Follow a call made with temporary credentials back through the AssumeRole calls that issued them.
func ExampleIssuers() {
	assume := func(by *cloudtrail.UserIdentity, role, session, issuedKey string) *cloudtrail.Event {
		return cloudtrailtest.NewEvent(sts.EventSource, "AssumeRole", cloudtrailtest.By(by),
			cloudtrailtest.Request(map[string]any{"roleArn": "arn:aws:iam::111122223333:role/" + role, "roleSessionName": session}),
			cloudtrailtest.Response(map[string]any{"credentials": map[string]any{"accessKeyId": issuedKey, "expiration": "Mar 1, 2024, 1:00:00 PM"}}))
	}
	alice := cloudtrailtest.IAMUser("111122223333", "alice")
	first := cloudtrailtest.AssumedRole("111122223333", "hop", "alice")
	second := cloudtrailtest.AssumedRole("111122223333", "admin", "alice-admin")
	var is sts.Issuers
	is.Add(assume(alice, "hop", "alice", first.AccessKeyID))
	is.Add(assume(first, "admin", "alice-admin", second.AccessKeyID))
	deletion := cloudtrailtest.NewEvent("s3.amazonaws.com", "DeleteBucket", cloudtrailtest.By(second))
	for _, ev := range is.Chain(deletion) {
		fmt.Println(ev.Actor(), "assumed", string(ev.RequestParameters))
	}
	// Output:
	// arn:aws:iam::111122223333:role/hop assumed {"roleArn":"arn:aws:iam::111122223333:role/admin","roleSessionName":"alice-admin"}
	// arn:aws:iam::111122223333:user/alice assumed {"roleArn":"arn:aws:iam::111122223333:role/hop","roleSessionName":"alice"}
}
