package kms

import "github.com/trailtype/cloudtrail/policy"

// PolicyDocument reads the key policy the call sets; nil and no error when the request has none.
func (c *PutKeyPolicy) PolicyDocument() (*policy.Document, error) {
	if c.Request == nil || c.Request.Policy == "" {
		return nil, nil
	}
	return policy.Parse(c.Request.Policy)
}

// PolicyDocument reads the key policy the new key gets; nil and no error when the request has none
// (the default key policy).
func (c *CreateKey) PolicyDocument() (*policy.Document, error) {
	if c.Request == nil || c.Request.Policy == "" {
		return nil, nil
	}
	return policy.Parse(c.Request.Policy)
}
