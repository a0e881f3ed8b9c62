package s3trail_test

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/aws/s3trail"
)

// oneEmptyObject is a bucket holding one log file of zero bytes.
type oneEmptyObject struct{ key string }

func (b oneEmptyObject) ListObjectsV2(_ context.Context, in *s3.ListObjectsV2Input, _ ...func(*s3.Options)) (*s3.ListObjectsV2Output, error) {
	out := &s3.ListObjectsV2Output{}
	if strings.HasPrefix(b.key, aws.ToString(in.Prefix)) {
		out.Contents = []types.Object{{Key: aws.String(b.key), Size: aws.Int64(0)}}
	}
	return out, nil
}

func (b oneEmptyObject) GetObject(context.Context, *s3.GetObjectInput, ...func(*s3.Options)) (*s3.GetObjectOutput, error) {
	return &s3.GetObjectOutput{Body: io.NopCloser(strings.NewReader(""))}, nil
}

// A log file of zero bytes is an error of that object, not a file without records.
func TestReaderReportsEmptyLogFiles(t *testing.T) {
	const key = "AWSLogs/111122223333/CloudTrail/us-east-1/2026/11/02/111122223333_CloudTrail_us-east-1_20261102T0905Z_Ab12Cd34Ef56Gh78.json.gz"
	r := s3trail.NewReader(oneEmptyObject{key})
	var errs []error
	for _, err := range r.Events(context.Background(), s3trail.Query{Bucket: "b", Accounts: []string{"111122223333"}, Regions: []string{"us-east-1"}}) {
		errs = append(errs, err)
	}
	var oe *s3trail.ObjectError
	if len(errs) != 1 || !errors.As(errs[0], &oe) || oe.Key != key || !errors.Is(errs[0], cloudtrail.ErrEmptyObject) {
		t.Fatalf("errors %v, want one ObjectError for ErrEmptyObject", errs)
	}
}
