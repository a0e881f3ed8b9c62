package sns_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/policy"
	"github.com/trailtype/cloudtrail/services/sns"
)

// Topics opened to anyone or subscribed to from outside, and by whom: a topic policy is the
// Policy attribute of SetTopicAttributes or CreateTopic, and an email or HTTP subscription sends
// every message published to the topic out of the account.
func ExampleParse() {
	f, err := os.Open("testdata/sns-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := sns.Parse(ev)
		if err != nil || ev.Failed() {
			continue
		}
		switch c := call.(type) {
		case *sns.SetTopicAttributes:
			if c.Request.AttributeName == "Policy" {
				if doc, err := policy.Parse(c.Request.AttributeValue); err == nil && doc.Public() {
					fmt.Println(ev.Actor(), "made topic", c.Request.TopicARN, "public")
				}
			}
		case *sns.Subscribe:
			switch c.Request.Protocol {
			case "email", "email-json", "http", "https", "sms":
				fmt.Println(ev.Actor(), "subscribed", c.Request.Protocol, c.Request.Endpoint, "to", c.Request.TopicARN)
			}
		case *sns.DeleteTopic:
			fmt.Println(ev.Actor(), "deleted", c.Request.TopicARN)
		}
	}
	// Output:
	// arn:aws:iam::123456789012:user/Bob deleted arn:aws:sns:us-west-2:123456789012:hello-topic
	// arn:aws:iam::00000000000:user/pwncloud-backdoor-user subscribed email REDACTED to arn:aws:sns:us-east-1:00000000000:pwncloud-data-exfiltration
}
