// Package sargen generates the serverlessrepo package's types from the botocore model of the AWS
// Serverless Application Repository API: one request type and (where the operation has output) one
// response type per operation, the nested shapes, the enums, their lossless codecs and Parse's table.
package sargen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/format"
	"sort"
	"strings"
)

// Model is the part of a botocore service-2.json the generator reads.
type Model struct {
	Operations map[string]struct {
		Input         *struct{ Shape string } `json:"input"`
		Output        *struct{ Shape string } `json:"output"`
		Documentation string                  `json:"documentation"`
	} `json:"operations"`
	Shapes map[string]Shape `json:"shapes"`
}

// Shape is one botocore shape.
type Shape struct {
	Type          string            `json:"type"`
	Members       map[string]Member `json:"members"`
	Member        *Member           `json:"member"` // list element
	Enum          []string          `json:"enum"`
	Error         *struct{}         `json:"error"`
	Documentation string            `json:"documentation"`
}

// Member is one structure member.
type Member struct {
	Shape         string `json:"shape"`
	LocationName  string `json:"locationName"`
	Documentation string `json:"documentation"`
}

// ParseModel reads a botocore model.
func ParseModel(data []byte) (*Model, error) {
	var m Model
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, err
	}
	return &m, nil
}

// OperationNames lists the operations in order.
func (m *Model) OperationNames() []string {
	var names []string
	for n := range m.Operations {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// TypeName is the Go type generated for a model shape: operation inputs and outputs are named
// <Op>Request and <Op>Response.
func (m *Model) TypeName(shape string) string {
	for _, op := range m.OperationNames() {
		o := m.Operations[op]
		if o.Input != nil && o.Input.Shape == shape {
			return op + "Request"
		}
		if o.Output != nil && o.Output.Shape == shape {
			return op + "Response"
		}
	}
	return shape
}

// JSONName is a member's name in CloudTrail's payloads: its locationName (body, path and query
// members alike), else the member name with a lower-case first letter.
func JSONName(name string, mem Member) string {
	if mem.LocationName != "" {
		return mem.LocationName
	}
	return strings.ToLower(name[:1]) + name[1:]
}

// GoName turns a model member name into a Go field name with Go's initialisms.
func GoName(name string) string {
	for _, r := range []struct{ from, to string }{{"Arns", "ARNs"}, {"Arn", "ARN"}, {"Url", "URL"}, {"Ids", "IDs"}, {"Id", "ID"}} {
		if strings.HasSuffix(name, r.from) {
			return name[:len(name)-len(r.from)] + r.to
		}
	}
	return name
}

// Generate returns the formatted Go source for the model.
func Generate(data []byte) ([]byte, error) {
	m, err := ParseModel(data)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := fileTemplate.Execute(&b, m.file()); err != nil {
		return nil, err
	}
	return format.Source(b.Bytes())
}

// file gathers what the template writes, in a fixed order.
func (m *Model) file() file {
	var f file
	structs, enums := m.reachable()
	for _, name := range enums {
		e := enum{Name: name, Doc: Doc(m.Shapes[name].Documentation)}
		for _, v := range m.Shapes[name].Enum {
			e.Values = append(e.Values, enumValue{Const: name + constName(v), Value: v})
		}
		f.Enums = append(f.Enums, e)
	}
	for _, name := range structs {
		sh := m.Shapes[name]
		st := structType{Name: m.TypeName(name), Shape: name, Doc: Doc(sh.Documentation)}
		st.Codec = codecName(st.Name)
		for _, mn := range sortedMembers(sh) {
			mem := sh.Members[mn]
			fd := field{Name: GoName(mn), JSON: JSONName(mn, mem), Type: m.goType(mem.Shape), Doc: Doc(mem.Documentation)}
			fd.Codec = m.fieldCodec(st.Name, fd.Name, fd.JSON, mem.Shape)
			st.Fields = append(st.Fields, fd)
			if (mn == "CreationTime" || mn == "ExpirationTime") && fd.Type == "string" {
				st.Times = append(st.Times, mn)
			}
		}
		f.Structs = append(f.Structs, st)
	}
	for _, name := range m.OperationNames() {
		o := m.Operations[name]
		f.Ops = append(f.Ops, operation{Name: name, Doc: Doc(o.Documentation), HasOutput: o.Output != nil})
	}
	for name, sh := range m.Shapes {
		if sh.Error != nil {
			f.Errors = append(f.Errors, errorCode{Const: "ErrorCode" + strings.TrimSuffix(name, "Exception"), Code: name, Doc: Doc(sh.Documentation)})
		}
	}
	sort.Slice(f.Errors, func(i, j int) bool { return f.Errors[i].Code < f.Errors[j].Code })
	return f
}

// reachable lists the structures and enums the operations use, in name order.
func (m *Model) reachable() (structs, enums []string) {
	seen := map[string]bool{}
	var visit func(string)
	visit = func(name string) {
		if seen[name] {
			return
		}
		seen[name] = true
		sh := m.Shapes[name]
		switch {
		case sh.Type == "structure":
			structs = append(structs, name)
			for _, mem := range sh.Members {
				visit(mem.Shape)
			}
		case sh.Type == "list":
			visit(sh.Member.Shape)
		case len(sh.Enum) > 0:
			enums = append(enums, name)
		}
	}
	for _, op := range m.OperationNames() {
		o := m.Operations[op]
		if o.Input != nil {
			visit(o.Input.Shape)
		}
		if o.Output != nil {
			visit(o.Output.Shape)
		}
	}
	sort.Strings(structs)
	sort.Strings(enums)
	return structs, enums
}

func sortedMembers(sh Shape) []string {
	var names []string
	for n := range sh.Members {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func (m *Model) goType(shape string) string {
	sh := m.Shapes[shape]
	switch {
	case len(sh.Enum) > 0:
		return shape
	case sh.Type == "string":
		return "string"
	case sh.Type == "boolean":
		return "bool"
	case sh.Type == "integer" || sh.Type == "long":
		return "int64"
	case sh.Type == "double":
		return "float64"
	case sh.Type == "structure":
		return "*" + m.TypeName(shape)
	case sh.Type == "list":
		elem := m.goType(sh.Member.Shape)
		return "[]" + strings.TrimPrefix(elem, "*")
	}
	panic("sargen: unsupported shape " + shape + " of type " + sh.Type)
}

func (m *Model) fieldCodec(owner, field, jsonName, shape string) string {
	sh := m.Shapes[shape]
	get := func(typ string) string {
		return fmt.Sprintf("func(v *%s) *%s { return &v.%s }", owner, typ, field)
	}
	typ := m.goType(shape)
	switch {
	case len(sh.Enum) > 0 || sh.Type == "string":
		return fmt.Sprintf("lossless.String(%q, %s)", jsonName, get(typ))
	case sh.Type == "boolean":
		return fmt.Sprintf("lossless.Bool(%q, %s)", jsonName, get(typ))
	case sh.Type == "integer" || sh.Type == "long":
		return fmt.Sprintf("lossless.Int(%q, %s)", jsonName, get(typ))
	case sh.Type == "double":
		return fmt.Sprintf("lossless.Float(%q, %s)", jsonName, get(typ))
	case sh.Type == "structure":
		return fmt.Sprintf("lossless.Object(%q, %s, %s)", jsonName, get(typ), codecName(m.TypeName(shape)))
	}
	elem := m.Shapes[sh.Member.Shape]
	if elem.Type == "structure" {
		return fmt.Sprintf("lossless.Slice(%q, %s, %s)", jsonName, get(typ), codecName(m.TypeName(sh.Member.Shape)))
	}
	return fmt.Sprintf("lossless.Strings(%q, %s)", jsonName, get(typ))
}

func codecName(typeName string) string {
	return strings.ToLower(typeName[:1]) + typeName[1:] + "Codec"
}

// constName turns an enum value such as CAPABILITY_NAMED_IAM into NamedIAM style Go: the part after
// the enum's own prefix, in mixed case.
func constName(v string) string {
	parts := strings.Split(strings.ToLower(v), "_")
	if len(parts) > 1 && parts[0] == "capability" {
		parts = parts[1:]
	}
	var b strings.Builder
	for _, p := range parts {
		switch p {
		case "iam":
			b.WriteString("IAM")
		default:
			b.WriteString(strings.ToUpper(p[:1]) + p[1:])
		}
	}
	return b.String()
}
