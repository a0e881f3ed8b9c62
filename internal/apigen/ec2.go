package apigen

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// EC2's spellings (Config.EC2). CloudTrail writes most EC2 calls in the spelling of EC2's XML
// schema, the legacy one: lowerCamel names, lists as {"items": [...]}, lists of scalars as items of
// one-member objects, responses under the model's locationNames with the request ID and times in
// epoch milliseconds. Newer calls come wrapped, {"<Op>Request": {...}} in the query spelling (the
// query API's member names, repeated members with a "tag") and {"<Op>Response": {...}} in the
// legacy one. One Go type reads both: its json tags are the legacy names, its query tags the
// query names, and lossless.Types (EC2) picks by payload.
//
// The legacy request names are not in the model (it has the query API's); they are derived here:
//
//   - a member whose locationName starts lower-case (an XML name: ipPermission's "ipRanges") is
//     that name;
//   - a list whose locationName starts upper-case (a query name, "Filter") is its lowerCamel form
//     and "Set" ("filterSet"), any other member with one its lowerCamel form;
//   - a member with no locationName is its name in lowerCamel ("ipPermissions");
//   - the items of a list of scalars are one-member objects named by the list member's
//     locationName in lowerCamel ("instanceId"), or when that is "item" by the field's own
//     locationName ("value" for Filter's Values) or name without its plural s;
//   - Return is "_return".
//
// What records show otherwise is in the package's names file (EC2Names), member by member, each
// with the record it was seen in.

// EC2Names are the legacy names CloudTrail records that the rules above do not give, by
// "Shape.Member", or "*.Member" for that member of every shape:
//
//	{"members": {"*.InstanceIds": {"name": "instancesSet", "item": "instanceId", "seen": "..."}}}
type EC2Names struct {
	Members map[string]EC2Name `json:"members"`
}

// EC2Name is one member's legacy name and, for a list of scalars, its items' member.
type EC2Name struct {
	Name string `json:"name"`
	Item string `json:"item"`
	Seen string `json:"seen"`
}

// ParseEC2Names reads an EC2 names file; every entry must say where it was seen.
func ParseEC2Names(data []byte) (*EC2Names, error) {
	var n EC2Names
	if err := json.Unmarshal(data, &n); err != nil {
		return nil, fmt.Errorf("apigen: ec2 names: %w", err)
	}
	for k, v := range n.Members {
		if v.Seen == "" {
			return nil, fmt.Errorf("apigen: ec2 names: %s does not say which record it was seen in", k)
		}
		if !strings.Contains(k, ".") {
			return nil, fmt.Errorf("apigen: ec2 names: %q: want Shape.Member or *.Member", k)
		}
	}
	return &n, nil
}

// ec2Model is what the generator knows of an EC2 model beyond the Model.
type ec2Model struct {
	names  *EC2Names
	input  map[string]bool // shapes reachable from an operation's input
	output map[string]bool // shapes reachable from an operation's output
}

// prepareEC2 readies m for EC2's spellings: which shapes requests and responses reach, and on
// every response the members CloudTrail adds to each (requestId; xmlns in a wrapped response).
func (m *Model) prepareEC2(names *EC2Names) error {
	e := &ec2Model{names: names, input: map[string]bool{}, output: map[string]bool{}}
	if e.names == nil {
		e.names = &EC2Names{}
	}
	if _, ok := m.Shapes["String"]; !ok {
		m.Shapes["String"] = Shape{Type: "string"}
	}
	added := map[string]bool{}
	for _, op := range m.OperationNames() {
		o := m.Operations[op]
		if o.Input != nil {
			m.visitShapes(o.Input.Shape, e.input)
		}
		if o.Output != nil && !added[o.Output.Shape] {
			added[o.Output.Shape] = true
			sh := m.Shapes[o.Output.Shape]
			if sh.Members == nil {
				sh.Members = map[string]Member{}
			}
			for name, loc := range map[string]string{"RequestId": "requestId", "Xmlns": "xmlns"} {
				if _, ok := sh.Members[name]; !ok {
					sh.Members[name] = Member{Shape: "String", LocationName: loc,
						Documentation: "<p>Not in the API model: CloudTrail records it in EC2's responses.</p>"}
				}
			}
			m.Shapes[o.Output.Shape] = sh
			m.visitShapes(o.Output.Shape, e.output)
		}
	}
	for k := range e.names.Members {
		shape, member, _ := strings.Cut(k, ".")
		if shape == "*" {
			continue
		}
		if _, ok := m.Shapes[shape].Members[member]; !ok {
			return fmt.Errorf("apigen: ec2 names: %s is not a member of the model", k)
		}
	}
	m.ec2 = e
	return nil
}

// visitShapes adds to seen every shape reachable from name.
func (m *Model) visitShapes(name string, seen map[string]bool) {
	if seen[name] {
		return
	}
	seen[name] = true
	sh := m.Shapes[name]
	for _, mem := range sh.Members {
		m.visitShapes(mem.Shape, seen)
	}
	if sh.Member != nil {
		m.visitShapes(sh.Member.Shape, seen)
	}
}

// EC2Member is how CloudTrail spells member mn of shape: its legacy name, for a list of scalars the
// member of its items, and (for a shape requests reach) its query name, "" otherwise.
func (m *Model) EC2Member(shape, mn string) (legacy, item, query string) {
	mem := m.Shapes[shape].Members[mn]
	e := m.ec2
	list := m.Shapes[mem.Shape].Type == "list"
	scalars := list && m.Shapes[m.Shapes[mem.Shape].Member.Shape].Type != "structure"
	loc := mem.LocationName
	switch {
	case e.output[shape] || loc != "" && isLower(loc):
		legacy = JSONName(mn, mem)
	case loc != "" && list:
		legacy = lowerFirst(loc) + "Set"
	case loc != "":
		legacy = lowerFirst(loc)
	default:
		legacy = lowerFirst(mn)
	}
	if legacy == "return" {
		legacy = "_return"
	}
	if scalars {
		item = m.Shapes[mem.Shape].Member.LocationName
		switch {
		case item != "" && item != "item":
		case loc != "" && !isLower(loc):
			item = loc
		default:
			item = strings.TrimSuffix(mn, "s")
		}
		item = lowerFirst(item)
	}
	for _, k := range []string{shape + "." + mn, "*." + mn} {
		if n, ok := e.names.Members[k]; ok {
			legacy = n.Name
			if n.Item != "" {
				item = n.Item
			}
			break
		}
	}
	if e.input[shape] {
		query = mn
		if q := m.Shapes[shape].Members[mn].QueryName; q != "" {
			query = q
		} else if loc != "" {
			query = strings.ToUpper(loc[:1]) + loc[1:]
		}
	}
	return legacy, item, query
}

// ec2Field sets a generated field's JSON name and EC2 tags.
func (m *Model) ec2Field(shape, mn string, fd *field) {
	legacy, item, query := m.EC2Member(shape, mn)
	fd.JSON = legacy
	if item != "" && strings.HasPrefix(fd.Type, "[]") {
		fd.Tags += fmt.Sprintf(" item:%q", item)
	}
	if query != "" && query != legacy {
		fd.Tags += fmt.Sprintf(" query:%q", query)
	}
}

func isLower(s string) bool { return s != "" && 'a' <= s[0] && s[0] <= 'z' }

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// LoadEC2 reads an EC2 model as Generate does with Config.EC2: the model, its overlay (may be
// nil) and its names file (may be nil), for tests that build payloads in its spellings.
func LoadEC2(model, overlay, names []byte) (*Model, error) {
	cfg := Config{Overlay: overlay, EC2: true, EC2Names: names}
	return cfg.model(model)
}

// EC2Shapes lists the shapes an operation's input and output reach, for tests.
func (m *Model) EC2Shapes() (input, output []string) {
	for n := range m.ec2.input {
		input = append(input, n)
	}
	for n := range m.ec2.output {
		output = append(output, n)
	}
	sort.Strings(input)
	sort.Strings(output)
	return input, output
}
