package ec2

import (
	"encoding/base64"
	"encoding/json"
	"strings"
)

// Redacted is what CloudTrail writes in place of a value it does not log: user data, key material,
// password data.
const Redacted = "<sensitiveDataRemoved>"

// InstanceUserData is the user data a RunInstances or ModifyInstanceAttribute call gives instances.
type InstanceUserData struct {
	// InstanceIDs are the instances: the one modified, or those RunInstances launched (from its
	// response; none when the record has no response).
	InstanceIDs []string
	// Recorded is the user data as the record holds it: base64 text, or Redacted.
	Recorded string
}

// Redacted reports whether CloudTrail left the user data out of the record, as it usually does.
func (u InstanceUserData) Redacted() bool { return u.Recorded == Redacted }

// Decoded returns the user data base64-decoded; ok is false when it is redacted or not base64.
func (u InstanceUserData) Decoded() (data []byte, ok bool) {
	if u.Redacted() || u.Recorded == "" {
		return nil, false
	}
	b, err := base64.StdEncoding.DecodeString(strings.TrimSpace(u.Recorded))
	return b, err == nil
}

// UserDataOf returns the user data call sets: RunInstances' userData, or ModifyInstanceAttribute's
// (its userData value, or the attribute "userData" with a value). ok is false when the call sets
// none.
func UserDataOf(call Call) (u InstanceUserData, ok bool) {
	switch c := call.(type) {
	case *RunInstances:
		if c.Request == nil || c.Request.UserData == "" {
			return u, false
		}
		return InstanceUserData{InstanceIDs: launched(c), Recorded: c.Request.UserData}, true
	case *ModifyInstanceAttribute:
		r := c.Request
		if r == nil {
			return u, false
		}
		u.InstanceIDs = []string{r.InstanceID}
		switch {
		case r.UserData != nil:
			u.Recorded = r.UserData.Value
		case r.Attribute == InstanceAttributeNameUserdata && r.Value != "":
			u.Recorded = r.Value
		default:
			// CloudTrail may write the redacted userData as a bare string where the model has a
			// structure: read it as recorded.
			var s string
			if raw := types.Recorded(r, "userData"); raw == nil || json.Unmarshal(raw, &s) != nil {
				return u, false
			}
			u.Recorded = s
		}
		return u, u.Recorded != ""
	}
	return u, false
}

// launched lists the instances a RunInstances response has.
func launched(c *RunInstances) []string {
	if c.Response == nil {
		return nil
	}
	var ids []string
	for _, in := range c.Response.Instances {
		ids = append(ids, in.InstanceID)
	}
	return ids
}
