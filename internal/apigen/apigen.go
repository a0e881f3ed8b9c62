// Package apigen generates a service package's types from the service's botocore model (the AWS
// SDKs' service-2.json): one request type and, where the operation has output, one response type per
// operation, the nested shapes, the enums as open string types, their lossless codecs, and the table
// Parse uses. CloudTrail records a call's requestParameters and responseElements under the model's
// member names with a lower-case first letter, which is what the codecs read and write.
package apigen

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"go/format"
	"slices"
	"sort"
	"strings"
)

// Config says what to generate from a model.
type Config struct {
	// Package is the Go package name.
	Package string
	// Model is the model file's path as the generated header names it.
	Model string
	// TimeLayouts are the layouts, besides RFC 3339, CloudTrail writes the service's timestamps in.
	TimeLayouts []string
	// EventSource, when set, has the generator write the package's EventSource constant, Call, the
	// errors and Parse; without it the package writes its own.
	EventSource string
	// PolicyShapes are the string shapes that hold IAM policy documents: their members are
	// policy.JSON, kept as recorded, read with Document.
	PolicyShapes []string
	// Also are further models CloudTrail records under the same eventSource (elbv2 beside elb),
	// merged into the first.
	Also []AlsoModel
	// Overlay, when set, is the overlay merged into the model (see Overlay), and OverlayPath its
	// path as the generated header names it.
	Overlay     []byte
	OverlayPath string
	// FlattenResult says CloudTrail records the result of an operation whose output is one
	// structure member as that structure's members (RDS: a ModifyDBInstance response is the
	// DBInstance, not {"dBInstance": ...}), so the response type is that structure's.
	FlattenResult bool
	// VersionedEventNames says the service's eventNames may carry an API version suffix
	// ("UpdateFunctionCode20150331v2"), which Parse's doc then mentions.
	VersionedEventNames bool
	// EC2 has the generator write EC2's spellings (ec2.go), and EC2Names are the legacy names the
	// records show beyond its rules (an EC2Names file, may be nil).
	EC2      bool
	EC2Names []byte
	// MemberCase is how CloudTrail spells the service's member names: MemberCaseLower (the
	// default) or MemberCaseModel (naming.go).
	MemberCase string
	// PickByMembers says a record of an operation that several models have, recorded with no
	// apiVersion, is a further model's when its requestParameters has a member only that model's
	// request has (pick.go).
	PickByMembers bool
	// BodyInput says CloudTrail records the first model's requests with their body members in an
	// object of their own, "<operation>Input", and a "template" flag beside the URI, query string
	// and header members (API Gateway's REST API: bodyinput.go).
	BodyInput bool
}

// Model is the part of a botocore service-2.json the generator reads.
type Model struct {
	layouts    []string
	flatten    bool                 // Config.FlattenResult
	ec2        *ec2Model            // Config.EC2
	policies   map[string]bool      // the shapes of Config.PolicyShapes
	memberCase string               // Config.MemberCase
	enums      map[string]string    // the Go names of the reachable enums (enumNames)
	Operations map[string]Operation `json:"operations"`
	Shapes     map[string]Shape     `json:"shapes"`
	Metadata   struct {
		APIVersion string `json:"apiVersion"`
	} `json:"metadata"`
}

// Operation is one botocore operation, under its Go type name: the model's operation name, or for
// an operation of a further model (Config.Also) whose name the first model has too, that name
// behind the model's prefix.
type Operation struct {
	Input         *struct{ Shape string } `json:"input"`
	Output        *struct{ Shape string } `json:"output"`
	Documentation string                  `json:"documentation"`
	// EventName is the name CloudTrail records, when it is not the operation's key in Operations.
	EventName string `json:"-"`
	// APIVersion is the apiVersion of a record that is this operation rather than the first
	// model's of the same name; empty for the operations no other model has.
	APIVersion string `json:"-"`
}

// eventName is the eventName of operation name.
func (m *Model) eventName(name string) string {
	if e := m.Operations[name].EventName; e != "" {
		return e
	}
	return name
}

// Shape is one botocore shape.
type Shape struct {
	Type          string            `json:"type"`
	Members       map[string]Member `json:"members"`
	Member        *Member           `json:"member"` // list element
	Key           *Member           `json:"key"`    // map key
	Value         *Member           `json:"value"`  // map value
	Enum          []string          `json:"enum"`
	Error         *struct{}         `json:"error"`
	Exception     bool              `json:"exception"`
	Document      bool              `json:"document"`
	Documentation string            `json:"documentation"`
	// Name is the shape's name in its model, when a merge renamed it (the error code an error
	// shape stands for).
	Name string `json:"-"`
}

// Member is one structure member.
type Member struct {
	Shape         string `json:"shape"`
	Location      string `json:"location"` // uri, querystring, header: not in a JSON body
	LocationName  string `json:"locationName"`
	QueryName     string `json:"queryName"` // EC2's query name, when not its locationName
	Documentation string `json:"documentation"`
	// Seen is, for a member an overlay adds, the record CloudTrail wrote it in.
	Seen string `json:"seen"`
}

// ParseModel reads a botocore model.
func ParseModel(data []byte) (*Model, error) {
	var m Model
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, err
	}
	return &m, nil
}

// model reads the model, merges the further models cfg names (Also), then its overlay.
func (cfg Config) model(data []byte) (*Model, error) {
	m, err := ParseModel(data)
	if err != nil {
		return nil, err
	}
	if cfg.BodyInput {
		if err := m.wrapBodies(); err != nil {
			return nil, err
		}
	}
	for _, a := range cfg.Also {
		more, err := ParseModel(a.Data)
		if err != nil {
			return nil, fmt.Errorf("apigen: %s: %w", a.Path, err)
		}
		if err := m.mergeModel(more, a.Prefix); err != nil {
			return nil, fmt.Errorf("apigen: %s: %w", a.Path, err)
		}
	}
	if cfg.Overlay != nil {
		o, err := ParseOverlay(cfg.Overlay)
		if err != nil {
			return nil, err
		}
		if err := m.merge(o); err != nil {
			return nil, err
		}
	}
	if cfg.EC2 {
		var names *EC2Names
		if cfg.EC2Names != nil {
			if names, err = ParseEC2Names(cfg.EC2Names); err != nil {
				return nil, err
			}
		}
		return m, m.prepareEC2(names)
	}
	return m, nil
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
			return m.responseName(op) // names.go
		}
	}
	return structName(shape)
}

// exported capitalises a shape name for Go ("dateType" is "DateType").
func exported(name string) string { return strings.ToUpper(name[:1]) + name[1:] }

// JSONName is a member's name in CloudTrail's payloads: a body member's locationName, else the
// member name with a lower-case first letter (CloudTrail writes URI, query and header members that
// way too: Lambda's FunctionName, whose locationName is "FunctionName", is "functionName").
func JSONName(name string, mem Member) string {
	if mem.LocationName != "" && mem.Location == "" {
		return mem.LocationName
	}
	return strings.ToLower(name[:1]) + name[1:]
}

// GoName turns a model member name into an exported Go field name with Go's initialisms.
func GoName(name string) string {
	name = exported(name)
	for _, r := range []struct{ from, to string }{{"Arns", "ARNs"}, {"Arn", "ARN"}, {"Url", "URL"}, {"Ids", "IDs"}, {"Id", "ID"}} {
		if strings.HasSuffix(name, r.from) {
			return name[:len(name)-len(r.from)] + r.to
		}
	}
	return name
}

// Generate returns the formatted Go source for the model.
func Generate(cfg Config, data []byte) ([]byte, error) {
	m, err := cfg.model(data)
	if err != nil {
		return nil, err
	}
	f, err := m.file(cfg)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := fileTemplate.Execute(&b, f); err != nil {
		return nil, err
	}
	return format.Source(b.Bytes())
}

// file gathers what the template writes, in a fixed order.
func (m *Model) file(cfg Config) (f file, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("apigen: %v", r)
		}
	}()
	f.Package, f.Model, f.EventSource, m.layouts = cfg.Package, cfg.Model, cfg.EventSource, cfg.TimeLayouts
	for _, a := range cfg.Also {
		f.Model += ", " + a.Path
	}
	if cfg.OverlayPath != "" {
		f.Model += " and " + cfg.OverlayPath
	}
	f.Versioned, m.flatten, f.EC2 = cfg.VersionedEventNames, cfg.FlattenResult, cfg.EC2
	if cfg.PickByMembers {
		f.Picks = m.picks()
	}
	if err := checkMemberCase(cfg.MemberCase); err != nil {
		return f, err
	}
	m.memberCase = cfg.MemberCase
	m.policies = map[string]bool{}
	for _, shape := range cfg.PolicyShapes {
		if m.Shapes[shape].Type != "string" {
			return f, fmt.Errorf("apigen: policy shape %q is not a string shape of the model", shape)
		}
		m.policies[shape] = true
	}
	var quoted []string
	for _, l := range cfg.TimeLayouts {
		quoted = append(quoted, fmt.Sprintf("%q", l))
	}
	f.Layouts = strings.Join(quoted, ", ")
	structs, enums := m.reachable()
	m.enums = m.enumNames(enums)
	for _, name := range enums {
		e := enum{Name: m.enumName(name), Doc: Doc(m.Shapes[name].Documentation)}
		for _, v := range m.Shapes[name].Enum {
			e.Values = append(e.Values, enumValue{Const: e.Name + constName(name, v), Value: v})
		}
		f.Enums = append(f.Enums, e)
	}
	for _, name := range structs {
		sh := m.Shapes[name]
		st := structType{Name: m.TypeName(name), Shape: name, Doc: Doc(sh.Documentation)}
		for _, mn := range sortedMembers(sh) {
			mem := sh.Members[mn]
			fd := field{Name: fieldName(mn), JSON: m.jsonName(mn, mem), Type: m.goType(mem.Shape), Doc: Doc(mem.Documentation)}
			if m.ec2 != nil {
				m.ec2Field(name, mn, &fd)
			}
			if mem.Seen != "" {
				fd.Doc = strings.TrimSpace("Not in the API model: CloudTrail records it (" + mem.Seen + "). " + fd.Doc)
			}
			st.Fields = append(st.Fields, fd)
			if (mn == "CreationTime" || mn == "ExpirationTime") && fd.Type == "string" {
				st.Times = append(st.Times, mn)
				f.UsesTime = true
			}
			if fd.Type == "time.Time" {
				f.UsesTime, f.TimeFields = true, true
			}
			if fd.Type == "policy.JSON" {
				f.UsesPolicy = true
			}
		}
		f.Structs = append(f.Structs, st)
	}
	for _, name := range m.OperationNames() {
		o := m.Operations[name]
		op := operation{Name: name, Event: m.eventName(name), APIVersion: o.APIVersion, Doc: Doc(o.Documentation)}
		if o.Input != nil {
			op.RequestType = m.TypeName(o.Input.Shape)
		}
		if o.Output != nil {
			op.ResponseType = m.TypeName(m.resultShape(o.Output.Shape))
		}
		f.Ops = append(f.Ops, op)
	}
	if len(f.Ops) > 0 {
		f.FirstOp = f.Ops[0].Name
	}
	f.Table = slices.Clone(f.Ops)
	slices.SortFunc(f.Table, func(a, b operation) int {
		return cmp.Or(strings.Compare(a.Event, b.Event), strings.Compare(a.APIVersion, b.APIVersion))
	})
	f.Errors = m.errorCodes()
	return f, nil
}

// resultShape is the shape of what CloudTrail records as an operation's responseElements: its
// output shape, or with FlattenResult the one structure that shape holds.
func (m *Model) resultShape(output string) string {
	sh := m.Shapes[output]
	if !m.flatten || len(sh.Members) != 1 {
		return output
	}
	for _, mem := range sh.Members {
		if inner := m.Shapes[mem.Shape]; inner.Type == "structure" && !inner.Document {
			return mem.Shape
		}
	}
	return output
}

// errorCodes are the model's error shapes, by name.
func (m *Model) errorCodes() (codes []errorCode) {
	seen := map[string]bool{}
	for _, name := range sortedShapes(m.Shapes) {
		sh := m.Shapes[name]
		if sh.Error != nil || sh.Exception {
			code := name
			if sh.Name != "" {
				code = sh.Name
			}
			if seen[code] {
				continue // two models with the same error
			}
			seen[code] = true
			codes = append(codes, errorCode{Const: "ErrorCode" + strings.TrimSuffix(code, "Exception"), Code: code, Doc: Doc(sh.Documentation)})
		}
	}
	sort.Slice(codes, func(i, j int) bool { return codes[i].Code < codes[j].Code })
	return distinctErrorConsts(codes)
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
		case sh.Type == "structure" && !sh.Document:
			structs = append(structs, name)
			for _, mem := range sh.Members {
				visit(mem.Shape)
			}
		case sh.Type == "list":
			visit(sh.Member.Shape)
		case sh.Type == "map":
			visit(sh.Key.Shape)
			visit(sh.Value.Shape)
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
			visit(m.resultShape(o.Output.Shape))
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
		return m.enumName(shape)
	case m.policies[shape]:
		return "policy.JSON"
	case sh.Type == "string":
		return "string"
	case sh.Type == "blob":
		return "string" // CloudTrail writes blobs as text, when it writes them
	case sh.Type == "boolean":
		return "bool"
	case sh.Type == "integer" || sh.Type == "long":
		return "int64"
	case sh.Type == "double" || sh.Type == "float":
		return "float64"
	case sh.Type == "timestamp":
		return "time.Time"
	case sh.Document || sh.Type == "document":
		return "json.RawMessage"
	case sh.Type == "structure":
		return "*" + m.TypeName(shape)
	case sh.Type == "list":
		elem := m.goType(sh.Member.Shape)
		if strings.HasPrefix(elem, "[]") || strings.HasPrefix(elem, "map[") || elem == "json.RawMessage" || elem == "time.Time" ||
			elem == "bool" || elem == "int64" || elem == "float64" || elem == "policy.JSON" {
			return "json.RawMessage" // lists of lists, maps and scalars other than strings stay raw
		}
		return "[]" + strings.TrimPrefix(elem, "*")
	case sh.Type == "map":
		if m.goType(sh.Value.Shape) == "string" || len(m.Shapes[sh.Value.Shape].Enum) > 0 {
			return "map[string]string"
		}
		return "json.RawMessage" // maps of other values stay raw
	}
	panic("unsupported shape " + shape + " of type " + sh.Type)
}

// constName turns an enum value into the part of a Go constant after the enum's name: the value
// without the enum's own name as a prefix (CAPABILITY_NAMED_IAM of Capability is NamedIAM), in mixed
// case, with Go's initialisms.
func constName(enum, v string) string {
	words := strings.FieldsFunc(strings.ToLower(v), func(r rune) bool { return !('a' <= r && r <= 'z' || '0' <= r && r <= '9') })
	if len(words) > 1 && words[0] == strings.ToLower(enum) {
		words = words[1:]
	}
	var b strings.Builder
	for _, w := range words {
		switch w {
		case "iam", "arn", "id", "kms", "aws", "ssl", "tls", "url", "api", "sso", "saml", "oidc":
			b.WriteString(strings.ToUpper(w))
		default:
			b.WriteString(strings.ToUpper(w[:1]) + w[1:])
		}
	}
	if b.Len() == 0 || ('0' <= b.String()[0] && b.String()[0] <= '9') {
		return "Value" + b.String()
	}
	return b.String()
}
