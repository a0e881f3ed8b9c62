package ec2

// MetadataOptions are the instance metadata service (IMDS) settings a call sets.
type MetadataOptions struct {
	// InstanceIDs are the instances (for RunInstances, those its response lists); none for
	// ModifyInstanceMetadataDefaults, whose settings are the account's defaults in the Region.
	InstanceIDs []string
	// Defaults is true for ModifyInstanceMetadataDefaults.
	Defaults bool
	// HTTPTokens is "required" (IMDSv2 only), "optional" (IMDSv1 allowed), or "" when the call
	// leaves it as it was ("no-preference" for defaults).
	HTTPTokens string
	// HTTPEndpoint is "enabled", "disabled", or "" when unchanged.
	HTTPEndpoint string
	// HopLimit is the PUT response hop limit, 0 when unchanged.
	HopLimit int64
}

// IMDSv1 reports whether the call explicitly allows IMDSv1: tokens optional, with the endpoint
// not disabled.
func (m MetadataOptions) IMDSv1() bool {
	return m.HTTPTokens == "optional" && m.HTTPEndpoint != "disabled"
}

// MetadataOptionsOf returns the metadata settings of ModifyInstanceMetadataOptions,
// ModifyInstanceMetadataDefaults, or RunInstances with metadataOptions. ok is false for other
// calls and for RunInstances without them (the image's defaults then apply).
func MetadataOptionsOf(call Call) (m MetadataOptions, ok bool) {
	switch c := call.(type) {
	case *ModifyInstanceMetadataOptions:
		r := c.Request
		if r == nil {
			return m, false
		}
		m = MetadataOptions{HTTPTokens: string(r.HttpTokens), HTTPEndpoint: string(r.HttpEndpoint), HopLimit: r.HttpPutResponseHopLimit}
		if r.InstanceID != "" {
			m.InstanceIDs = []string{r.InstanceID}
		}
		return m, true
	case *ModifyInstanceMetadataDefaults:
		r := c.Request
		if r == nil {
			return m, false
		}
		return MetadataOptions{Defaults: true, HTTPTokens: string(r.HttpTokens), HTTPEndpoint: string(r.HttpEndpoint), HopLimit: r.HttpPutResponseHopLimit}, true
	case *RunInstances:
		if c.Request == nil || c.Request.MetadataOptions == nil {
			return m, false
		}
		o := c.Request.MetadataOptions
		return MetadataOptions{InstanceIDs: launched(c), HTTPTokens: string(o.HttpTokens), HTTPEndpoint: string(o.HttpEndpoint), HopLimit: o.HttpPutResponseHopLimit}, true
	}
	return m, false
}
