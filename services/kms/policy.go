package kms

import "github.com/trailtype/cloudtrail/policy"

// PolicyDocument reads the key policy the call sets; nil and no error when the request has none.
func (c *PutKeyPolicy) PolicyDocument() (*policy.Document, error) {
	if c.Request == nil {
		return nil, nil
	}
	return c.Request.Policy.Document()
}

// PolicyDocument reads the key policy the new key gets; nil and no error when the request has none
// (the default key policy).
func (c *CreateKey) PolicyDocument() (*policy.Document, error) {
	if c.Request == nil {
		return nil, nil
	}
	return c.Request.Policy.Document()
}
