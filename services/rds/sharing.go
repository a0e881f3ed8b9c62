package rds

import "slices"

// Sharing is what a ModifyDBSnapshotAttribute or ModifyDBClusterSnapshotAttribute call does to who
// may restore a snapshot: the accounts it adds and removes, "all" meaning everyone.
type Sharing struct {
	// Snapshot is the snapshot's identifier.
	Snapshot string
	// Added and Removed are the account IDs (or "all") given restore access and taken from it.
	Added, Removed []string
}

// Public reports whether the call makes the snapshot restorable by every AWS account.
func (s Sharing) Public() bool { return slices.Contains(s.Added, "all") }

// SharedWith returns the accounts that Added gives access to, other than own: a snapshot shared
// out of the account ("all" included).
func (s Sharing) SharedWith(own string) []string {
	var out []string
	for _, a := range s.Added {
		if a != own {
			out = append(out, a)
		}
	}
	return out
}

// SnapshotSharing returns what call does to a snapshot's restore access; ok is false for a call
// that is not a ModifyDBSnapshotAttribute or ModifyDBClusterSnapshotAttribute of the "restore"
// attribute, the only one that shares.
func SnapshotSharing(call Call) (s Sharing, ok bool) {
	switch c := call.(type) {
	case *ModifyDBSnapshotAttribute:
		if r := c.Request; r != nil && r.AttributeName == "restore" {
			return Sharing{Snapshot: r.DBSnapshotIdentifier, Added: r.ValuesToAdd, Removed: r.ValuesToRemove}, true
		}
	case *ModifyDBClusterSnapshotAttribute:
		if r := c.Request; r != nil && r.AttributeName == "restore" {
			return Sharing{Snapshot: r.DBClusterSnapshotIdentifier, Added: r.ValuesToAdd, Removed: r.ValuesToRemove}, true
		}
	}
	return Sharing{}, false
}
