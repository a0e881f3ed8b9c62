package apigen

import (
	"cmp"
	"slices"
	"strings"
	"text/template"
)

// Config.PickByMembers: the eventSources that carry several models (Amazon SES's ses and sesv2, API
// Gateway's apigateway and apigatewayv2) have operations of the same name in more than one of them,
// and CloudTrail's records of those services carry no apiVersion to tell them apart. What tells
// them apart is the request: API Gateway's REST API operations name the API restApiId, its HTTP and
// WebSocket API operations apiId. With PickByMembers, a record of such an operation with no
// apiVersion is the further model's when its requestParameters has a member that the further
// model's request has and the first model's does not; else it is the first model's, as without.

// pick is one operation of a further model whose name the first model has: the apiVersion that
// picks it, and the JSON names of its request members the first model's request lacks.
type pick struct {
	Event, APIVersion string
	Members           []string
}

// picks lists, for every operation of a further model whose name the first model has, the request
// members only it has, by eventName and then apiVersion; an operation whose request has no member
// of its own is left out (its records are the first model's).
func (m *Model) picks() []pick {
	var out []pick
	for _, name := range m.OperationNames() {
		op := m.Operations[name]
		if op.APIVersion == "" {
			continue
		}
		first := map[string]bool{}
		if in := m.Operations[op.EventName].Input; in != nil {
			for mn, mem := range m.Shapes[in.Shape].Members {
				first[m.jsonName(mn, mem)] = true
			}
		}
		p := pick{Event: op.EventName, APIVersion: op.APIVersion}
		if op.Input != nil {
			sh := m.Shapes[op.Input.Shape]
			for _, mn := range sortedMembers(sh) {
				if name := m.jsonName(mn, sh.Members[mn]); !first[name] {
					p.Members = append(p.Members, name)
				}
			}
		}
		if len(p.Members) > 0 {
			out = append(out, p)
		}
	}
	slices.SortFunc(out, func(a, b pick) int {
		return cmp.Or(strings.Compare(a.Event, b.Event), strings.Compare(a.APIVersion, b.APIVersion))
	})
	return out
}

// The generated pick and its table, written after Parse when Config.PickByMembers finds operations
// to pick.
var _ = template.Must(fileTemplate.New("picks").Parse(`
// pick is the event Parse types: ev, or, for a record with no apiVersion of an operation that more
// than one of the package's models has, a copy of ev with the apiVersion of the further model whose
// request members (picks) its requestParameters has.
func pick(ev *cloudtrail.Event) *cloudtrail.Event {
	if ev.APIVersion != "" || ev.EventSource != EventSource {
		return ev
	}
	var req map[string]json.RawMessage
	for _, p := range picks {
		if p.event != ev.EventName {
			continue
		}
		if req == nil && json.Unmarshal(ev.RequestParameters, &req) != nil {
			return ev
		}
		for _, name := range p.members {
			if _, ok := req[name]; ok {
				e := *ev
				e.APIVersion = p.apiVersion
				return &e
			}
		}
	}
	return ev
}

// picks are the operations of the further models whose names the first model has, with the
// apiVersion of their records and the request members that only their requests have.
var picks = []struct {
	event, apiVersion string
	members           []string
}{
{{- range .Picks}}
	{ {{- printf "%q" .Event}}, {{printf "%q" .APIVersion}}, []string{ {{- range $i, $m := .Members}}{{if $i}}, {{end}}{{printf "%q" $m}}{{end -}} } {{- "}"}},
{{- end}}
}
`))
