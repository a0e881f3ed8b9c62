package cloudtrail

import (
	"fmt"
	"strings"
)

// ARN is an Amazon Resource Name split into its parts.
type ARN struct {
	// Partition is "aws", "aws-cn", "aws-us-gov" and so on.
	Partition string
	// Service is the service namespace, such as "iam" or "serverlessrepo".
	Service string
	// Region is empty for global resources.
	Region string
	// AccountID is empty for resources without an owner account, such as S3 buckets.
	AccountID string
	// Resource is everything after the account, such as "role/admin" or "bucket/key".
	Resource string
}

// ParseARN splits an ARN. It requires the "arn" prefix and all six colon-separated parts; the resource
// part may itself contain colons and slashes.
func ParseARN(s string) (ARN, error) {
	parts := strings.SplitN(s, ":", 6)
	if len(parts) != 6 || parts[0] != "arn" {
		return ARN{}, fmt.Errorf("cloudtrail: %q is not an ARN", s)
	}
	if parts[1] == "" || parts[2] == "" {
		return ARN{}, fmt.Errorf("cloudtrail: ARN %q has no partition or service", s)
	}
	return ARN{Partition: parts[1], Service: parts[2], Region: parts[3], AccountID: parts[4], Resource: parts[5]}, nil
}

// String joins the parts back into an ARN.
func (a ARN) String() string {
	return "arn:" + a.Partition + ":" + a.Service + ":" + a.Region + ":" + a.AccountID + ":" + a.Resource
}

// ResourceType returns the resource part before its first '/' or ':' ("role" in "role/admin"), or ""
// when the resource has no type prefix.
func (a ARN) ResourceType() string {
	if i := strings.IndexAny(a.Resource, "/:"); i >= 0 {
		return a.Resource[:i]
	}
	return ""
}

// ResourceID returns the resource part after its type prefix ("admin" in "role/admin"; the whole
// resource when it has no prefix).
func (a ARN) ResourceID() string {
	if i := strings.IndexAny(a.Resource, "/:"); i >= 0 {
		return a.Resource[i+1:]
	}
	return a.Resource
}
