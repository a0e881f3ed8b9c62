package apigen

import "strings"

// MemberCaseName (Config.MemberCase "name") is the model's member name with a lower-case first
// letter, always: never a locationName. CloudTrail writes the payloads of the rest-xml services
// (CloudFront, Route 53) so, whose models give body members and list members the XML element
// names as locationNames: CloudFront's UpdateDistribution request is recorded as
// {"distributionConfig": {"aliases": {"quantity": 1, "items": [...]}}, "ifMatch": ...} where its
// model names the elements DistributionConfig and CNAME.
const MemberCaseName = "name"

// nameCase is a member's JSON name in MemberCaseName.
func nameCase(name string) string { return strings.ToLower(name[:1]) + name[1:] }
