package modeltest

import "slices"

// NameCase says the package was generated with apigen -member-case name: CloudTrail records the
// service's members under their model names with a lower-case first letter, never under their
// locationNames (the rest-xml services: CloudFront's "distributionConfig", Route 53's
// "changeBatch"), so the samples CheckOperations builds use those names too.
var NameCase = CheckOption{nameCase: true}

func nameCase(opts []CheckOption) bool {
	return slices.ContainsFunc(opts, func(o CheckOption) bool { return o.nameCase })
}

// dropLocationNames forgets every member's locationName, so that Sample names each member by its
// model name.
func dropLocationNames(shapes map[string]SampleShape) {
	for name, sh := range shapes {
		for mn, mem := range sh.Members {
			mem.LocationName = ""
			sh.Members[mn] = mem
		}
		shapes[name] = sh
	}
}
