package modeltest

import "slices"

// ModelCase says the package was generated with apigen -member-case model: CloudTrail records the
// service's members under the model's own names (Security Hub's "FindingIdentifiers"), so the
// samples CheckOperations builds use them too.
var ModelCase = CheckOption{modelCase: true}

func modelCase(opts []CheckOption) bool {
	return slices.ContainsFunc(opts, func(o CheckOption) bool { return o.modelCase })
}
