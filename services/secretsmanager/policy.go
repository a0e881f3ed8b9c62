package secretsmanager

import "github.com/trailtype/cloudtrail/policy"

// PolicyDocument reads the resource policy the call puts on the secret; nil and no error when the
// request has none.
func (c *PutResourcePolicy) PolicyDocument() (*policy.Document, error) {
	if c.Request == nil {
		return nil, nil
	}
	return c.Request.ResourcePolicy.Document()
}
