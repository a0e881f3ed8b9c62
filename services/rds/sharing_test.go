package rds_test

import (
	"slices"
	"testing"

	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/services/rds"
)

// On the real records: one ModifyDBSnapshotAttribute shares the snapshot with another account, the
// other adds no one.
func TestSnapshotSharingOnRecords(t *testing.T) {
	var shared [][]string
	for _, ev := range records(t) {
		call, err := rds.Parse(ev)
		if err != nil {
			continue
		}
		if s, ok := rds.SnapshotSharing(call); ok {
			shared = append(shared, s.SharedWith(ev.RecipientAccountID))
		}
	}
	if len(shared) != 2 || !slices.Equal(shared[0], []string{"193672423079"}) || len(shared[1]) != 0 {
		t.Errorf("shared with %q", shared)
	}
}

// A cluster snapshot made public, built: Public and SharedWith see "all"; another attribute does
// not share.
func TestSnapshotSharingPublic(t *testing.T) {
	ev := cloudtrailtest.NewEvent(rds.EventSource, "ModifyDBClusterSnapshotAttribute", cloudtrailtest.Request(map[string]any{
		"dBClusterSnapshotIdentifier": "prod", "attributeName": "restore", "valuesToAdd": []string{"all"}}))
	call, err := rds.Parse(ev)
	if err != nil {
		t.Fatal(err)
	}
	s, ok := rds.SnapshotSharing(call)
	if !ok || !s.Public() || s.Snapshot != "prod" || !slices.Equal(s.SharedWith("111122223333"), []string{"all"}) {
		t.Errorf("%+v, %v", s, ok)
	}
	ev = cloudtrailtest.NewEvent(rds.EventSource, "ModifyDBClusterSnapshotAttribute", cloudtrailtest.Request(map[string]any{
		"dBClusterSnapshotIdentifier": "prod", "attributeName": "other", "valuesToAdd": []string{"all"}}))
	if call, _ := rds.Parse(ev); call != nil {
		if _, ok := rds.SnapshotSharing(call); ok {
			t.Error("an attribute other than restore shares")
		}
	}
}
