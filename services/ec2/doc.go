// Package ec2 types the CloudTrail records of Amazon EC2, Amazon EBS and Amazon VPC (eventSource
// ec2.amazonaws.com, the model's endpointPrefix): the requestParameters and responseElements of
// every operation of the EC2 API model, losslessly like the cloudtrail package's own types.
//
// CloudTrail writes EC2's calls in two spellings, and one Go type reads both and writes back the
// one it read. Most calls (RunInstances, the security group, snapshot and image calls, Describe*)
// follow EC2's XML schema: lowerCamel names ("groupSet", "blockDeviceMapping"), lists as
// {"items": [...]} and an empty one as {}, lists of IDs as items of one-member objects
// ({"instanceId": "i-1"}), responses with "requestId", "_return" and times in epoch milliseconds.
// Newer calls are wrapped, {"ModifyInstanceMetadataOptionsRequest": {...}}, with the query API's
// names ("HttpTokens") and repeated members as {"content": v, "tag": n}; their responses are
// wrapped too. An empty request may be the string "". The Go fields are the same in both.
//
// Parse turns an event into a *RunInstances, *AuthorizeSecurityGroupIngress and so on; switch on
// the concrete type. What a detection looks for has a helper each: security group rules open to
// the world (OpenRules), snapshots and images shared publicly or with other accounts (Shares),
// instance user data (UserDataOf), instance profiles attached (ProfileAssociations), instance
// metadata left open to IMDSv1 (MetadataOptionsOf), network ACL entries allowing the whole internet
// (ACLEntryOf), and key pairs made and Windows passwords fetched (KeyMaterial).
package ec2

//go:generate go run ../../internal/apigen/cmd/apigen -package ec2 -model model/service-2.json -event-source ec2.amazonaws.com -ec2 -ec2-names model/ec2-names.json -overlay model/overlay.json -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package ec2 -model model/service-2.json -event-source ec2.amazonaws.com -ec2 -ec2-names model/ec2-names.json -overlay model/overlay.json -o zz_plain_test.go
