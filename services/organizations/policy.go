package organizations

import "github.com/trailtype/cloudtrail/policy"

// PolicyDocument reads the content of a service or resource control policy the call creates; nil
// and no error when the request has no content. Other policy types (tag, backup, AI opt-out) are
// not IAM documents: read their Content yourself.
func (c *CreatePolicy) PolicyDocument() (*policy.Document, error) {
	if c.Request == nil {
		return nil, nil
	}
	return c.Request.Content.Document()
}

// PolicyDocument reads the new content of a service or resource control policy; nil and no error
// when the request changes no content.
func (c *UpdatePolicy) PolicyDocument() (*policy.Document, error) {
	if c.Request == nil {
		return nil, nil
	}
	return c.Request.Content.Document()
}
