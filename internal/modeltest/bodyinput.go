package modeltest

import (
	"slices"
	"sort"
)

// BodyInput says the package was generated with apigen -body-input: CloudTrail records the
// model's requests with their body members in an object of their own, "<operation>Input", and a
// "template" flag (API Gateway's REST API), so the samples CheckOperations builds are made so too.
var BodyInput = CheckOption{bodyInput: true}

// NoOverlay leaves the package's model/overlay.json out of the samples: for a further model
// (apigen -also-model) whose shapes of the same names as the overlay's are not the ones it adds
// to.
var NoOverlay = CheckOption{noOverlay: true}

func bodyInput(opts []CheckOption) bool {
	return slices.ContainsFunc(opts, func(o CheckOption) bool { return o.bodyInput })
}

func noOverlay(opts []CheckOption) bool {
	return slices.ContainsFunc(opts, func(o CheckOption) bool { return o.noOverlay })
}

// wrapBodies makes the request shapes as apigen -body-input does: body members in a structure
// <Operation>Input that the request holds as that member, and a boolean Template member.
func wrapBodies(ops map[string]struct{ Input, Output *struct{ Shape string } }, shapes map[string]SampleShape) {
	names := make([]string, 0, len(ops))
	for op := range ops {
		names = append(names, op)
	}
	sort.Strings(names)
	type member = struct {
		Shape        string
		Location     string `json:"location"`
		LocationName string `json:"locationName"`
	}
	done := map[string]bool{}
	for _, op := range names {
		in := ops[op].Input
		if in == nil || done[in.Shape] || shapes[in.Shape].Type != "structure" {
			continue
		}
		done[in.Shape] = true
		sh := shapes[in.Shape]
		outer, body := map[string]member{}, map[string]member{}
		for mn, mem := range sh.Members {
			if mem.Location == "" {
				body[mn] = mem
			} else {
				outer[mn] = mem
			}
		}
		if len(body) > 0 {
			shapes[op+"Input"] = SampleShape{Type: "structure", Members: body}
			outer[op+"Input"] = member{Shape: op + "Input"}
		}
		outer["Template"] = member{Shape: "BodyInputTemplate"}
		sh.Members = outer
		shapes[in.Shape] = sh
	}
	shapes["BodyInputTemplate"] = SampleShape{Type: "boolean"}
}
