package ec2

// ProfileAssociation is an IAM instance profile attached to instances: whoever can run code on
// them gets the profile's role.
type ProfileAssociation struct {
	// InstanceIDs are the instances (for RunInstances, those its response lists).
	InstanceIDs []string
	// ProfileARN and ProfileName name the instance profile, as the request gives it (one or both).
	ProfileARN, ProfileName string
	// AssociationID is the association's ID: the one replaced by
	// ReplaceIamInstanceProfileAssociation, or the new one from the response.
	AssociationID string
	// Replaced is true for ReplaceIamInstanceProfileAssociation: another profile was attached.
	Replaced bool
}

// ProfileAssociations returns the instance profile a call attaches: AssociateIamInstanceProfile,
// ReplaceIamInstanceProfileAssociation, or RunInstances with an iamInstanceProfile. ok is false for
// other calls and for RunInstances without one.
func ProfileAssociations(call Call) (a ProfileAssociation, ok bool) {
	var spec *IamInstanceProfileSpecification
	var assoc *IamInstanceProfileAssociation
	switch c := call.(type) {
	case *AssociateIamInstanceProfile:
		if c.Request == nil {
			return a, false
		}
		spec = c.Request.IamInstanceProfile
		if c.Request.InstanceID != "" {
			a.InstanceIDs = []string{c.Request.InstanceID}
		}
		if c.Response != nil {
			assoc = c.Response.IamInstanceProfileAssociation
		}
	case *ReplaceIamInstanceProfileAssociation:
		if c.Request == nil {
			return a, false
		}
		spec, a.AssociationID, a.Replaced = c.Request.IamInstanceProfile, c.Request.AssociationID, true
		if c.Response != nil {
			assoc = c.Response.IamInstanceProfileAssociation
		}
	case *RunInstances:
		if c.Request == nil || c.Request.IamInstanceProfile == nil {
			return a, false
		}
		spec, a.InstanceIDs = c.Request.IamInstanceProfile, launched(c)
	default:
		return a, false
	}
	if spec != nil {
		a.ProfileARN, a.ProfileName = spec.ARN, spec.Name
	}
	if assoc != nil {
		if a.AssociationID == "" {
			a.AssociationID = assoc.AssociationID
		}
		if len(a.InstanceIDs) == 0 && assoc.InstanceID != "" {
			a.InstanceIDs = []string{assoc.InstanceID}
		}
		if p := assoc.IamInstanceProfile; p != nil && a.ProfileARN == "" {
			a.ProfileARN = p.ARN
		}
	}
	return a, true
}
