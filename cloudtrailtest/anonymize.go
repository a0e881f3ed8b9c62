package cloudtrailtest

import "github.com/trailtype/cloudtrail/anonymize"

// NewAnonymizer returns an anonymizer keyed by key, to turn a real log into fixtures safe to commit:
// it replaces account IDs, access keys, names, e-mail and public IP addresses, IDs and tokens in
// every member value and payload, consistently under the key, and leaves member names alone. It is
// anonymize.New, here for tests; a command that anonymizes logs imports
// github.com/trailtype/cloudtrail/anonymize instead, which does not link the testing package.
func NewAnonymizer(key []byte) *anonymize.Anonymizer { return anonymize.New(key) }
