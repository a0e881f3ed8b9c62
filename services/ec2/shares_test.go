package ec2_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/services/ec2"
)

func TestSharesOnRecords(t *testing.T) {
	for _, tc := range []struct {
		record  int
		want    []ec2.Share
		public  bool
		outside bool
	}{
		{3, []ec2.Share{{Resource: "ami-1111", Kind: "image", Group: "all"}}, true, true},
		{4, []ec2.Share{{Resource: "ami-1111", Kind: "image", Group: "not-all"}}, false, false},
		{8, []ec2.Share{{Resource: "ami-1111", Kind: "image", Account: "012345678901"}}, false, true},
		{78, []ec2.Share{{Resource: "snap-1111", Kind: "snapshot", Group: "all"}}, true, true},
		{79, []ec2.Share{{Resource: "snap-1111", Kind: "snapshot", Group: "none"}}, false, false},
		{81, []ec2.Share{{Resource: "snap-1111", Kind: "snapshot", Account: "111122223333"}}, false, true},
		// Public access taken away again.
		{96, []ec2.Share{{Resource: "snap-0a392d80692e2526a", Kind: "snapshot", Remove: true, Group: "all"}}, false, false},
		{97, []ec2.Share{{Resource: "ami-0beb42caf02660314", Kind: "image", Remove: true, Group: "all"}}, false, false},
	} {
		ev := records(t)[tc.record]
		got := ec2.Shares(recordCall(t, tc.record))
		if !slices.Equal(got, tc.want) {
			t.Errorf("record %d: Shares = %+v, want %+v", tc.record, got, tc.want)
			continue
		}
		if got[0].Public() != tc.public || got[0].SharedOutside(ev.AccountID()) != tc.outside {
			t.Errorf("record %d: public %v, outside %v", tc.record, got[0].Public(), got[0].SharedOutside(ev.AccountID()))
		}
	}
}

// The flat form (userId and group lists with an operation type), wrapped, and a removal.
func TestSharesBuilt(t *testing.T) {
	who := cloudtrailtest.By(cloudtrailtest.IAMUser("111122223333", "alice"))
	call := built(t, cloudtrailtest.NewEvent(ec2.EventSource, "ModifySnapshotAttribute", who,
		cloudtrailtest.Request(map[string]any{"ModifySnapshotAttributeRequest": map[string]any{
			"SnapshotId": "snap-1", "Attribute": "createVolumePermission", "OperationType": "add",
			"UserId": []any{map[string]any{"content": "444455556666", "tag": 1}, map[string]any{"content": "111122223333", "tag": 2}}}})))
	got := ec2.Shares(call)
	want := []ec2.Share{{Resource: "snap-1", Kind: "snapshot", Account: "444455556666"}, {Resource: "snap-1", Kind: "snapshot", Account: "111122223333"}}
	if !slices.Equal(got, want) || !got[0].SharedOutside("111122223333") || got[1].SharedOutside("111122223333") {
		t.Errorf("Shares = %+v", got)
	}
	removed := built(t, cloudtrailtest.NewEvent(ec2.EventSource, "ModifyImageAttribute", who,
		cloudtrailtest.Request(map[string]any{"imageId": "ami-1", "launchPermission": map[string]any{"remove": map[string]any{"items": []any{map[string]any{"group": "all"}}}}})))
	if got := ec2.Shares(removed); len(got) != 1 || !got[0].Remove || got[0].Public() {
		t.Errorf("removal: %+v", got)
	}
}

// Snapshots and images made public or shared with another account.
func ExampleShares() {
	for i, ev := range examples() {
		call, err := ec2.Parse(ev)
		if err != nil {
			continue
		}
		for _, s := range ec2.Shares(call) {
			switch {
			case s.Public():
				fmt.Printf("record %d: %s %s made public\n", i, s.Kind, s.Resource)
			case s.SharedOutside(ev.AccountID()):
				fmt.Printf("record %d: %s %s shared with %s\n", i, s.Kind, s.Resource, s.Account)
			}
		}
	}
	// Output:
	// record 3: image ami-1111 made public
	// record 6: image ami-1111 shared with bob
	// record 7: image ami-1111 made public
	// record 8: image ami-1111 shared with 012345678901
	// record 78: snapshot snap-1111 made public
	// record 80: snapshot snap-1111 made public
	// record 81: snapshot snap-1111 shared with 111122223333
}
