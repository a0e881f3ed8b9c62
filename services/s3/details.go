package s3

import (
	"encoding/json"
	"sync"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/lossless"
)

// Details is the additionalEventData of S3 records.
type Details struct {
	SignatureVersion     string // "SigV4"
	CipherSuite          string // the TLS cipher suite
	AuthenticationMethod string // "AuthHeader", "QueryString"
	// BytesTransferredIn and BytesTransferredOut are numbers in some records and strings in others;
	// both read, and are written back as they came.
	BytesTransferredIn, BytesTransferredOut float64
	XAmzID2                                 string // x-amz-id-2, S3's extended request ID
	VPCEndpointID                           string // vpcEndpointId
	SSEApplied                              string // SSEApplied: "Default_SSE_S3", ...
	ACLRequired                             string // aclRequired: "Yes" when an ACL authorised the call
	// Extra keeps members this package does not know, as they came.
	Extra map[string]json.RawMessage
	// Layout records the JSON's member order and spelling, for a faithful encoding.
	Layout cloudtrail.Layout
}

var detailsCodec = lossless.NewCodec(
	func(d *Details) *lossless.Layout { return &d.Layout },
	func(d *Details) *map[string]json.RawMessage { return &d.Extra },
	lossless.String("SignatureVersion", func(d *Details) *string { return &d.SignatureVersion }),
	lossless.String("CipherSuite", func(d *Details) *string { return &d.CipherSuite }),
	lossless.String("AuthenticationMethod", func(d *Details) *string { return &d.AuthenticationMethod }),
	lossless.Float("bytesTransferredIn", func(d *Details) *float64 { return &d.BytesTransferredIn }),
	lossless.Float("bytesTransferredOut", func(d *Details) *float64 { return &d.BytesTransferredOut }),
	lossless.String("x-amz-id-2", func(d *Details) *string { return &d.XAmzID2 }),
	lossless.String("vpcEndpointId", func(d *Details) *string { return &d.VPCEndpointID }),
	lossless.String("SSEApplied", func(d *Details) *string { return &d.SSEApplied }),
	lossless.String("aclRequired", func(d *Details) *string { return &d.ACLRequired }),
)

// MarshalJSON encodes the details losslessly.
func (d Details) MarshalJSON() ([]byte, error) { return detailsCodec.Marshal(&d) }

// UnmarshalJSON decodes the details, keeping what the package does not know.
func (d *Details) UnmarshalJSON(data []byte) error { return detailsCodec.UnmarshalCopy(d, data) }

// ServiceEventDetails is the serviceEventDetails of S3's service events: a Batch Operations job
// created (JobCreated) or changing state (JobStatusChanged), as the S3 User Guide's "Tracking an S3
// Batch Operations job in Amazon EventBridge through AWS CloudTrail" shows them.
type ServiceEventDetails struct {
	JobID              string   // jobId
	JobARN             string   // jobArn
	Status             string   // status: "New", "Preparing", "Active", "Complete", "Failed", ...
	JobEventID         string   // jobEventId
	FailureCodes       []string // failureCodes
	StatusChangeReason []string // statusChangeReason
	// Extra keeps members this package does not know, as they came.
	Extra map[string]json.RawMessage
	// Layout records the JSON's member order and spelling, for a faithful encoding.
	Layout cloudtrail.Layout
}

var serviceEventCodec = sync.OnceValue(func() *lossless.Codec[ServiceEventDetails] {
	return lossless.NewCodec(
		func(d *ServiceEventDetails) *lossless.Layout { return &d.Layout },
		func(d *ServiceEventDetails) *map[string]json.RawMessage { return &d.Extra },
		lossless.String("jobId", func(d *ServiceEventDetails) *string { return &d.JobID }),
		lossless.String("jobArn", func(d *ServiceEventDetails) *string { return &d.JobARN }),
		lossless.String("status", func(d *ServiceEventDetails) *string { return &d.Status }),
		lossless.String("jobEventId", func(d *ServiceEventDetails) *string { return &d.JobEventID }),
		lossless.Strings("failureCodes", func(d *ServiceEventDetails) *[]string { return &d.FailureCodes }),
		lossless.Strings("statusChangeReason", func(d *ServiceEventDetails) *[]string { return &d.StatusChangeReason }),
	)
})

// MarshalJSON encodes the details losslessly.
func (d ServiceEventDetails) MarshalJSON() ([]byte, error) { return serviceEventCodec().Marshal(&d) }

// UnmarshalJSON decodes the details, keeping what the package does not know.
func (d *ServiceEventDetails) UnmarshalJSON(data []byte) error {
	return serviceEventCodec().UnmarshalCopy(d, data)
}
