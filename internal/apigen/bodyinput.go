package apigen

import "fmt"

// Config.BodyInput: CloudTrail records API Gateway's REST API requests (apigateway) not as the
// model's request shapes but with the members of the request's body in an object of their own,
// named after the operation, beside the members of its URI, query string and headers, and with a
// "template" flag:
//
//	{"restApiId": "67ge356u6d", "template": false,
//	 "createStageInput": {"stageName": "new", "deploymentId": "6gejpe"}}
//
// With BodyInput, every request shape of the first model is made so before the further models are
// merged: its body members move to a new structure <Operation>Input, which the request holds as
// member <Operation>Input, and the request gets a Template member; a request without body members
// gets only Template.

// templateShape is the boolean shape of the Template member BodyInput adds.
const templateShape = "BodyInputTemplate"

// Seen texts of the members BodyInput adds, which their doc comments repeat.
const (
	bodyInputSeen = "API Gateway's REST API requests: the request's body members, in an object of their own"
	templateSeen  = "on API Gateway's REST API requests"
)

// wrapBodies makes every request shape as CloudTrail records it with BodyInput.
func (m *Model) wrapBodies() error {
	done := map[string]bool{}
	for _, op := range m.OperationNames() {
		in := m.Operations[op].Input
		if in == nil || done[in.Shape] || m.Shapes[in.Shape].Type != "structure" {
			continue
		}
		done[in.Shape] = true
		sh := m.Shapes[in.Shape]
		outer, body := map[string]Member{}, map[string]Member{}
		for mn, mem := range sh.Members {
			if mem.Location == "" {
				body[mn] = mem
			} else {
				outer[mn] = mem
			}
		}
		if len(body) > 0 {
			name := op + "Input"
			if _, taken := m.Shapes[name]; taken {
				return fmt.Errorf("apigen: body input: the model has a shape %s already", name)
			}
			if _, taken := outer[name]; taken {
				return fmt.Errorf("apigen: body input: %s has a member %s already", in.Shape, name)
			}
			m.Shapes[name] = Shape{Type: "structure", Members: body,
				Documentation: "The members of the " + op + " request's body, which CloudTrail records in an object of their own."}
			outer[name] = Member{Shape: name, Seen: bodyInputSeen}
		}
		if _, taken := outer["Template"]; !taken {
			outer["Template"] = Member{Shape: templateShape, Seen: templateSeen}
		}
		sh.Members = outer
		m.Shapes[in.Shape] = sh
	}
	if _, taken := m.Shapes[templateShape]; taken {
		return fmt.Errorf("apigen: body input: the model has a shape %s already", templateShape)
	}
	m.Shapes[templateShape] = Shape{Type: "boolean"}
	return nil
}
