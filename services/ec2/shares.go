package ec2

// Share is one grant or revocation of who may use a snapshot (createVolumePermission) or an image
// (launchPermission).
type Share struct {
	// Resource is the snapshot's or image's ID, and Kind "snapshot" or "image".
	Resource, Kind string
	// Remove is true when the call takes the permission away rather than gives it.
	Remove bool
	// Group is the group given or taken ("all": every AWS account), "" for an account or an
	// organization.
	Group string
	// Account is the AWS account ID given or taken, "" for a group or an organization.
	Account string
	// Organization is the organization's or organizational unit's ARN an image is shared with.
	Organization string
}

// Public reports whether the share makes the resource usable by every AWS account.
func (s Share) Public() bool { return !s.Remove && s.Group == "all" }

// SharedOutside reports whether the share gives the resource to someone other than account own:
// every account, another account, or an organization.
func (s Share) SharedOutside(own string) bool {
	return !s.Remove && (s.Public() || s.Account != "" && s.Account != own || s.Organization != "")
}

// Shares returns what a ModifySnapshotAttribute or ModifyImageAttribute call does to who may use a
// snapshot or an image, in either form CloudTrail records: the permission's add and remove lists
// (createVolumePermission, launchPermission), or the flat user IDs and groups with an operation
// type. Other calls, and other attributes, give none.
func Shares(call Call) []Share {
	var out []Share
	add := func(s Share) { out = append(out, s) }
	switch c := call.(type) {
	case *ModifySnapshotAttribute:
		r := c.Request
		if r == nil {
			return nil
		}
		base := Share{Resource: r.SnapshotID, Kind: "snapshot"}
		if p := r.CreateVolumePermission; p != nil {
			for _, list := range []struct {
				perms  []CreateVolumePermission
				remove bool
			}{{p.Add, false}, {p.Remove, true}} {
				for _, perm := range list.perms {
					s := base
					s.Remove, s.Group, s.Account = list.remove, string(perm.Group), perm.UserID
					add(s)
				}
			}
		}
		remove := r.OperationType == OperationTypeRemove
		for _, g := range r.GroupNames {
			s := base
			s.Remove, s.Group = remove, g
			add(s)
		}
		for _, a := range r.UserIDs {
			s := base
			s.Remove, s.Account = remove, a
			add(s)
		}
	case *ModifyImageAttribute:
		r := c.Request
		if r == nil {
			return nil
		}
		base := Share{Resource: r.ImageID, Kind: "image"}
		if p := r.LaunchPermission; p != nil {
			for _, list := range []struct {
				perms  []LaunchPermission
				remove bool
			}{{p.Add, false}, {p.Remove, true}} {
				for _, perm := range list.perms {
					s := base
					s.Remove, s.Group, s.Account = list.remove, string(perm.Group), perm.UserID
					s.Organization = perm.OrganizationARN
					if s.Organization == "" {
						s.Organization = perm.OrganizationalUnitARN
					}
					add(s)
				}
			}
		}
		remove := r.OperationType == OperationTypeRemove
		for _, g := range r.UserGroups {
			s := base
			s.Remove, s.Group = remove, g
			add(s)
		}
		for _, a := range r.UserIDs {
			s := base
			s.Remove, s.Account = remove, a
			add(s)
		}
		for _, o := range append(append([]string(nil), r.OrganizationARNs...), r.OrganizationalUnitARNs...) {
			s := base
			s.Remove, s.Organization = remove, o
			add(s)
		}
	}
	return out
}
