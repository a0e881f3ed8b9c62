package apigen

import (
	"fmt"
	"sort"
	"strings"
)

// AlsoModel is a further model of an eventSource: Elastic Load Balancing records elb's and elbv2's
// calls under one eventSource, Amazon SES ses's and sesv2's. Its shapes whose names the first
// model has are renamed Prefix+name, and so are its operations whose names it has: a record of
// such an operation is the further model's when its apiVersion is that model's. A further model
// with the first one's apiVersion (DynamoDB Streams beside DynamoDB) may have no such operation.
type AlsoModel struct {
	Path   string // as the generated header names it
	Data   []byte
	Prefix string
}

// mergeModel adds more's shapes and operations to m, renaming with prefix what m has already.
func (m *Model) mergeModel(more *Model, prefix string) error {
	if prefix == "" || strings.ToUpper(prefix[:1]) != prefix[:1] {
		return fmt.Errorf("the prefix of a further model must start with a capital letter: %q", prefix)
	}
	rename := map[string]string{}
	for name := range more.Shapes {
		rename[name] = name
		if _, taken := m.Shapes[name]; taken {
			rename[name] = prefix + name
		}
	}
	ref := func(mem *Member) {
		if mem != nil {
			mem.Shape = rename[mem.Shape]
		}
	}
	for _, name := range sortedShapes(more.Shapes) {
		sh := more.Shapes[name]
		if _, taken := m.Shapes[rename[name]]; taken {
			return fmt.Errorf("shape %s is taken in the first model too", rename[name])
		}
		members := make(map[string]Member, len(sh.Members))
		for mn, mem := range sh.Members {
			ref(&mem)
			members[mn] = mem
		}
		sh.Members = members
		for _, p := range []**Member{&sh.Member, &sh.Key, &sh.Value} {
			if *p != nil {
				c := **p
				ref(&c)
				*p = &c
			}
		}
		if rename[name] != name {
			sh.Name = name
		}
		m.Shapes[rename[name]] = sh
	}
	for name, op := range more.Operations {
		for _, io := range []**struct{ Shape string }{&op.Input, &op.Output} {
			if *io != nil {
				*io = &struct{ Shape string }{rename[(*io).Shape]}
			}
		}
		key := name
		if _, taken := m.Operations[name]; taken {
			// Only an operation both models have needs the apiVersion to pick it: DynamoDB
			// Streams' model has DynamoDB's apiVersion and none of its operation names.
			if more.Metadata.APIVersion == "" || more.Metadata.APIVersion == m.Metadata.APIVersion {
				return fmt.Errorf("operation %s: its apiVersion %q does not tell its records from the first model's", name, more.Metadata.APIVersion)
			}
			key, op.EventName, op.APIVersion = prefix+name, name, more.Metadata.APIVersion
			if _, taken := m.Operations[key]; taken {
				return fmt.Errorf("operation %s is taken in the first model too", key)
			}
		}
		m.Operations[key] = op
	}
	return nil
}

func sortedShapes(shapes map[string]Shape) []string {
	names := make([]string, 0, len(shapes))
	for n := range shapes {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
