package apigen

import (
	"encoding/json"
	"fmt"
	"sort"
)

// Overlay types what CloudTrail records of a service beyond its API model: members the model's
// shapes lack (STS's principalTags in an AssumeRoleWithSAML response), and shapes of their own for
// them. It is checked in beside the model as model/overlay.json and merged before generation:
//
//	{
//	  "shapes": {
//	    "AssumeRoleWithSAMLResponse": {"members": {
//	      "PrincipalTags": {"shape": "overlayTagMap", "seen": "testdata/records.ndjson record 3"}
//	    }},
//	    "overlayTagMap": {"type": "map", "key": {"shape": "tagKeyType"}, "value": {"shape": "tagValueType"}}
//	  }
//	}
//
// A shape the model has gets the overlay's members, none of which it may have already; a shape the
// model lacks is added whole. Every member an overlay adds names in "seen" the record it was seen in,
// which its doc comment repeats.
type Overlay struct {
	Shapes map[string]Shape `json:"shapes"`
}

// ParseOverlay reads an overlay.
func ParseOverlay(data []byte) (*Overlay, error) {
	var o Overlay
	if err := json.Unmarshal(data, &o); err != nil {
		return nil, fmt.Errorf("apigen: overlay: %w", err)
	}
	return &o, nil
}

// merge adds the overlay's members and shapes to m.
func (m *Model) merge(o *Overlay) error {
	names := make([]string, 0, len(o.Shapes))
	for n := range o.Shapes {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		add := o.Shapes[name]
		have, ok := m.Shapes[name]
		if !ok {
			m.Shapes[name] = add
			continue
		}
		if have.Type != "structure" || add.Type != "" && add.Type != "structure" || len(add.Members) == 0 {
			return fmt.Errorf("apigen: overlay: shape %s is in the model; an overlay only adds members to its structures", name)
		}
		if have.Members == nil {
			have.Members = map[string]Member{}
		}
		for mn, mem := range add.Members {
			if _, dup := have.Members[mn]; dup {
				return fmt.Errorf("apigen: overlay: %s.%s is in the model already", name, mn)
			}
			if mem.Seen == "" {
				return fmt.Errorf("apigen: overlay: %s.%s does not say which record it was seen in", name, mn)
			}
			have.Members[mn] = mem
		}
		m.Shapes[name] = have
	}
	for name, sh := range m.Shapes { // every shape an overlay refers to must exist
		for mn, mem := range sh.Members {
			if _, ok := m.Shapes[mem.Shape]; !ok {
				return fmt.Errorf("apigen: overlay: %s.%s refers to shape %s, which neither the model nor the overlay has", name, mn, mem.Shape)
			}
		}
	}
	return nil
}
