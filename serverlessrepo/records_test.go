package serverlessrepo_test

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/trailtype/cloudtrail/internal/apigen"
)

func loadModel(t testing.TB) *apigen.Model {
	t.Helper()
	data, err := os.ReadFile("model/service-2.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := apigen.ParseModel(data)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// sample builds a JSON value of the given shape with every member filled. Integers in requests are
// written as numeric strings, as query parameters may be recorded.
func sample(m *apigen.Model, shape, member string, request bool) any {
	sh := m.Shapes[shape]
	switch {
	case len(sh.Enum) > 0:
		return sh.Enum[len(member)%len(sh.Enum)]
	case sh.Type == "string":
		if strings.HasSuffix(member, "Time") {
			return "2024-05-06T07:08:09.123Z"
		}
		if member == "ApplicationId" {
			return "arn:aws:serverlessrepo:us-east-1:123456789012:applications/my-app"
		}
		return strings.ToLower(member) + "-value"
	case sh.Type == "boolean":
		return true
	case sh.Type == "integer" || sh.Type == "long":
		if request {
			return "25"
		}
		return 25
	case sh.Type == "list":
		return []any{sample(m, sh.Member.Shape, member, request)}
	case sh.Type == "structure":
		obj := map[string]any{}
		for name, mem := range sh.Members {
			obj[apigen.JSONName(name, mem)] = sample(m, mem.Shape, name, request)
		}
		return obj
	}
	panic("no sample for " + shape)
}

// opRecord is a CloudTrail record of one operation, as built from the model.
type opRecord struct {
	op, kind string
	raw      []byte
}

// modelRecords builds, for every operation, a successful call with every member, a call that failed
// with NotFoundException and one refused with AccessDenied (responseElements null in both).
func modelRecords(t testing.TB) []opRecord {
	m := loadModel(t)
	var out []opRecord
	for _, op := range m.OperationNames() {
		o := m.Operations[op]
		req := sample(m, o.Input.Shape, "", true)
		var resp any
		if o.Output != nil {
			resp = sample(m, o.Output.Shape, "", false)
		}
		for _, kind := range []string{"success", "NotFoundException", "AccessDenied"} {
			rec := map[string]any{
				"eventVersion": "1.09", "eventTime": "2024-05-06T07:08:09Z", "eventSource": "serverlessrepo.amazonaws.com",
				"eventName": op, "awsRegion": "us-east-1", "sourceIPAddress": "203.0.113.7", "userAgent": "aws-cli/2.15.0",
				"userIdentity": map[string]any{"type": "IAMUser", "principalId": "AIDAEXAMPLE", "arn": "arn:aws:iam::123456789012:user/pub",
					"accountId": "123456789012", "userName": "pub"},
				"requestParameters": req, "responseElements": resp, "requestID": "r-" + op, "eventID": "e-" + op + "-" + kind,
				"readOnly": strings.HasPrefix(op, "Get") || strings.HasPrefix(op, "List"), "eventType": "AwsApiCall",
				"managementEvent": true, "recipientAccountId": "123456789012", "eventCategory": "Management",
			}
			if kind != "success" {
				rec["errorCode"], rec["errorMessage"], rec["responseElements"] = kind, fmt.Sprintf("%s: %s", op, kind), nil
			}
			raw, err := json.Marshal(rec)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, opRecord{op: op, kind: kind, raw: raw})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].op < out[j].op })
	return out
}
