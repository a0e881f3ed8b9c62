package lossless

import (
	"encoding/json"
	"slices"
	"testing"
	"time"
)

// ec2Req is a struct as apigen -ec2 writes it: legacy names in json tags, the items' member and
// the query names in item and query tags.
type (
	ec2Filter struct {
		Name   string                     `json:"name,omitempty" query:"Name"`
		Values []string                   `json:"valueSet,omitempty" item:"value" query:"Value"`
		Extra  map[string]json.RawMessage `json:"-"`
		Layout Layout                     `json:"-"`
	}
	ec2Req struct {
		IDs     []string                   `json:"instancesSet,omitempty" item:"instanceId" query:"InstanceId"`
		Filters []ec2Filter                `json:"filterSet,omitempty" query:"Filter"`
		Launch  time.Time                  `json:"launchTime,omitempty"`
		Max     int64                      `json:"maxResults,omitempty" query:"MaxResults"`
		Extra   map[string]json.RawMessage `json:"-"`
		Layout  Layout                     `json:"-"`
	}
)

var ec2Types = Types{EC2: true}

// Every spelling decodes to the same fields and encodes back as it came.
func TestEC2RoundTrip(t *testing.T) {
	for _, tc := range []struct {
		in      string
		ids     []string
		filters int
		values  []string // of the first filter
	}{
		{`{"instancesSet":{"items":[{"instanceId":"i-1"},{"instanceId":"i-2"}]},"filterSet":{}}`, []string{"i-1", "i-2"}, 0, nil},
		{`{"filterSet":{"items":[{"name":"vpc-id","valueSet":{"items":[{"value":"vpc-1"}]}}]},"launchTime":1726046908000}`, nil, 1, []string{"vpc-1"}},
		{`{"DescribeInstancesRequest":{"InstanceId":{"content":"i-1","tag":1},"Filter":[{"Name":"a","Value":{"content":"x","tag":1},"tag":1},{"Name":"b","tag":2}],"MaxResults":5}}`, []string{"i-1"}, 2, []string{"x"}},
		{`{"DescribeInstancesRequest":{"InstanceId":[{"content":"i-1","tag":1},{"content":"i-2","tag":2}]}}`, []string{"i-1", "i-2"}, 0, nil},
		{`{"DescribeInstancesResponse":{"launchTime":1726046908000,"filterSet":""}}`, nil, 0, nil},
		{`""`, nil, 0, nil},
		// Odd forms are read as well as they can be and kept as they came.
		{`{"instancesSet":{"item":[{"instanceId":"i-1"}]}}`, []string{"i-1"}, 0, nil},
		{`{"filterSet":[{"name":"plain"}]}`, nil, 1, nil},
		{`{"instancesSet":{"items":[{"instanceId":"i-1","x":1},{"other":"i-2"},"s"]},"filterSet":{"items":[],"more":1}}`, []string{"i-1"}, 0, nil},
		{`{"DescribeInstancesRequest":{"InstanceId":[{"content":"i-1","tag":2}],"Filter":{"Name":"a","tag":"1"}}}`, []string{"i-1"}, 1, nil},
		{`{"DescribeInstancesRequest":{}, "other":1}`, nil, 0, nil},
		{`"text"`, nil, 0, nil},
	} {
		var r ec2Req
		if err := ec2Types.Unmarshal(&r, []byte(tc.in)); err != nil {
			if tc.in == `"text"` {
				continue // not an object, not the empty request: refused
			}
			t.Errorf("%s: %v", tc.in, err)
			continue
		}
		if !slices.Equal(r.IDs, tc.ids) || len(r.Filters) != tc.filters || tc.filters > 0 && !slices.Equal(r.Filters[0].Values, tc.values) {
			t.Errorf("%s: read %q, %+v", tc.in, r.IDs, r.Filters)
		}
		out, err := ec2Types.Marshal(&r)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := canonical(t, out), canonical(t, []byte(tc.in)); got != want {
			t.Errorf("round trip\n got %s\nwant %s", got, want)
		}
	}
}

// Epoch milliseconds are read as times and written back as they came; a changed field is written
// in the spelling the struct was read in.
func TestEC2Values(t *testing.T) {
	var r ec2Req
	if err := ec2Types.Unmarshal(&r, []byte(`{"launchTime":1726046908000}`)); err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2024, 9, 11, 9, 28, 28, 0, time.UTC); !r.Launch.Equal(want) {
		t.Errorf("launchTime %v, want %v", r.Launch, want)
	}
	var q ec2Req
	if err := ec2Types.Unmarshal(&q, []byte(`{"DescribeInstancesRequest":{"InstanceId":{"content":"i-1","tag":1}}}`)); err != nil {
		t.Fatal(err)
	}
	q.IDs = append(q.IDs, "i-2")
	q.Filters = []ec2Filter{{Name: "n"}}
	if got, want := ec2JSON(t, &q), `{"DescribeInstancesRequest":{"InstanceId":[{"content":"i-1","tag":1},{"content":"i-2","tag":2}],"Filter":{"tag":1,"Name":"n"}}}`; got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
	var l ec2Req
	l.IDs = []string{"i-1"}
	if got, want := ec2JSON(t, &l), `{"instancesSet":{"items":[{"instanceId":"i-1"}]}}`; got != want {
		t.Errorf("built in Go: got %s, want %s", got, want)
	}
	// Recorded gives an odd member's JSON as it came.
	var o ec2Req
	if err := ec2Types.Unmarshal(&o, []byte(`{"instancesSet":"<sensitiveDataRemoved>"}`)); err != nil {
		t.Fatal(err)
	}
	if got := string(ec2Types.Recorded(&o, "instancesSet")); got != `"<sensitiveDataRemoved>"` {
		t.Errorf("Recorded = %s", got)
	}
	// A Types without EC2 reads none of it.
	var plain ec2Req
	if err := genTypes.Unmarshal(&plain, []byte(`""`)); err == nil {
		t.Error(`a Types without EC2 read ""`)
	}
}

func ec2JSON(t *testing.T, r *ec2Req) string {
	t.Helper()
	out, err := ec2Types.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}
