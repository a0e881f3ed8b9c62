package redshift_test

import (
	"encoding/json"
	"testing"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/modeltest"
	"github.com/trailtype/cloudtrail/services/redshift"
)

func parse(ev *cloudtrail.Event) (any, error) { return redshift.Parse(ev) }

func records(t testing.TB) []*cloudtrail.Event {
	return modeltest.Records(t, "testdata/redshift-records.ndjson")
}

// want is what the records do beyond a clean parse, by record (its line in
// testdata/redshift-records.ndjson, whose sources testdata/SOURCES.md gives).
var want = modeltest.Expect{
	ErrUnknown: redshift.ErrUnknownOperation,
	// Members the model does not have: they stay in Extra.
	//
	// CreateCluster (record 1): CloudTrail writes the response's Cluster itself, not the model's
	// CreateClusterResult {Cluster}: the query protocol's result wrapper and its one member are
	// dropped, which the generator does not model, so the whole response stays in Extra.
	Lacks: map[int][]string{
		1: {".Response.allowVersionUpgrade", ".Response.automatedSnapshotRetentionPeriod", ".Response.clusterIdentifier", ".Response.clusterParameterGroups", ".Response.clusterSecurityGroups", ".Response.clusterStatus", ".Response.clusterSubnetGroupName", ".Response.clusterVersion", ".Response.dBName", ".Response.encrypted", ".Response.enhancedVpcRouting", ".Response.iamRoles", ".Response.masterUsername", ".Response.nodeType", ".Response.numberOfNodes", ".Response.pendingModifiedValues", ".Response.preferredMaintenanceWindow", ".Response.publiclyAccessible", ".Response.tags", ".Response.vpcId", ".Response.vpcSecurityGroups"},
	},
}

// Every record of the test data parses into its operation, leaves nothing the model knows in Extra,
// and encodes back to the same payloads.
func TestRecords(t *testing.T) { modeltest.CheckRecords(t, records(t), parse, want) }

// Every operation of the model round-trips a request and a response with every member filled.
func TestOperationsRoundTrip(t *testing.T) {
	modeltest.CheckOperations(t, "model/service-2.json", redshift.EventSource, parse)
}

// FuzzParse: any payloads of any operation parse without panic, and a parsed call encodes to JSON.
func FuzzParse(f *testing.F) {
	for _, ev := range records(f) {
		f.Add(ev.EventName, []byte(ev.RequestParameters), []byte(ev.ResponseElements))
	}
	f.Fuzz(func(t *testing.T, op string, req, resp []byte) {
		call, err := redshift.Parse(&cloudtrail.Event{EventSource: redshift.EventSource, EventName: op, RequestParameters: req, ResponseElements: resp})
		if err != nil {
			return
		}
		if out, err := json.Marshal(call); err != nil || !json.Valid(out) {
			t.Fatalf("%s: %q, %v", op, out, err)
		}
	})
}
