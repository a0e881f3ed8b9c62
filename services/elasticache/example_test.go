package elasticache_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/services/elasticache"
)

// Caches resized or deleted, and whether a final snapshot was kept. The DeleteReplicationGroup
// record is builder-made; the ModifyCacheCluster record is the User Guide's.
func ExampleParse() {
	f, err := os.Open("testdata/elasticache-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	var events []*cloudtrail.Event
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		events = append(events, ev)
	}
	events = append(events, cloudtrailtest.NewEvent(elasticache.EventSource, "DeleteReplicationGroup",
		cloudtrailtest.By(cloudtrailtest.IAMUser("123456789012", "mallory")),
		cloudtrailtest.Request(map[string]any{"replicationGroupId": "sessions", "retainPrimaryCluster": false})))
	for _, ev := range events {
		call, err := elasticache.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *elasticache.ModifyCacheCluster:
			fmt.Println(ev.Actor(), "resized", c.Request.CacheClusterID, "to", c.Request.NumCacheNodes, "nodes")
		case *elasticache.DeleteReplicationGroup:
			fmt.Println(ev.Actor(), "deleted", c.Request.ReplicationGroupID, "final snapshot:", c.Request.FinalSnapshotIdentifier != "")
		}
	}
	// Output:
	// arn:aws:iam::123456789012:user/elasticache-allow resized test-memcached to 3 nodes
	// arn:aws:iam::123456789012:user/mallory deleted sessions final snapshot: false
}
