package serverlessrepo_test

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/serverlessrepo"
)

// smithyShape is the part of a Smithy JSON AST shape the coverage test reads.
type smithyShape struct {
	Type       string
	Input      *struct{ Target string }
	Output     *struct{ Target string }
	Operations []struct{ Target string }
	Members    map[string]struct {
		Target string
		Traits map[string]json.RawMessage
	}
}

// TestEveryModelMemberIsPresent reads the Smithy model (a source independent of the botocore file the
// types are generated from) and checks that every input and output member of every operation is a
// field of the operation's Request or Response type, under its JSON name.
func TestEveryModelMemberIsPresent(t *testing.T) {
	data, err := os.ReadFile("model/serverlessapplicationrepository-2017-09-08.json")
	if err != nil {
		t.Fatal(err)
	}
	var model struct{ Shapes map[string]smithyShape }
	if err := json.Unmarshal(data, &model); err != nil {
		t.Fatal(err)
	}
	const ns = "com.amazonaws.serverlessapplicationrepository#"
	var service smithyShape
	for _, sh := range model.Shapes {
		if sh.Type == "service" {
			service = sh
		}
	}
	if len(service.Operations) != 14 {
		t.Fatalf("the Smithy service lists %d operations, want 14", len(service.Operations))
	}
	checked := 0
	for _, opRef := range service.Operations {
		opName := strings.TrimPrefix(opRef.Target, ns)
		op := model.Shapes[opRef.Target]
		call, err := serverlessrepo.Parse(&cloudtrail.Event{EventSource: serverlessrepo.EventSource, EventName: opName,
			RequestParameters: json.RawMessage(`{}`), ResponseElements: json.RawMessage(`{}`)})
		if err != nil {
			t.Errorf("%s: %v", opName, err)
			continue
		}
		for _, side := range []struct {
			field  string
			target *struct{ Target string }
		}{{"Request", op.Input}, {"Response", op.Output}} {
			if side.target == nil || side.target.Target == "smithy.api#Unit" {
				// No shape: the payload is kept as recorded.
				if fv := field(call, side.field); !fv.IsValid() || fv.Type() != reflect.TypeFor[json.RawMessage]() {
					t.Errorf("%s: the model has no %s, want a json.RawMessage %s", opName, strings.ToLower(side.field), side.field)
				}
				continue
			}
			fv := field(call, side.field)
			if !fv.IsValid() {
				t.Errorf("%s: no %s field", opName, side.field)
				continue
			}
			tags := jsonTags(fv.Type().Elem())
			for memberName, mem := range model.Shapes[side.target.Target].Members {
				name := jsonNameOf(memberName, mem.Traits)
				checked++
				if !tags[name] {
					t.Errorf("%s %s: model member %s (%q) has no field", opName, side.field, memberName, name)
				}
			}
		}
	}
	if checked < 100 {
		t.Errorf("checked %d members, want the model's more than 100", checked)
	}
}

// jsonNameOf is a Smithy member's name in JSON: its jsonName or httpQuery trait, else the member name
// with a lower-case first letter (path labels).
func jsonNameOf(member string, traits map[string]json.RawMessage) string {
	for _, trait := range []string{"smithy.api#jsonName", "smithy.api#httpQuery"} {
		if raw, ok := traits[trait]; ok {
			var s string
			if json.Unmarshal(raw, &s) == nil {
				return s
			}
		}
	}
	return strings.ToLower(member[:1]) + member[1:]
}

func jsonTags(t reflect.Type) map[string]bool {
	tags := map[string]bool{}
	for i := 0; i < t.NumField(); i++ {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		tags[name] = true
	}
	return tags
}
