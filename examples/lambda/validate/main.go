// Command validate is a scheduled Lambda function that validates yesterday's digests of a trail in
// place in S3, as `aws cloudtrail validate-logs` would, and fails when anything is invalid. The
// public keys come from CloudTrail's ListPublicKeys. See template.yaml.
//
// Environment: TRAIL_BUCKET (required), TRAIL_PREFIX (the trail's key prefix, optional).
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	awscloudtrail "github.com/aws/aws-sdk-go-v2/service/cloudtrail"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/trailtype/cloudtrail/aws/s3trail"
	"github.com/trailtype/cloudtrail/digest"
)

// Keys gives the public keys valid in a time range.
type Keys func(ctx context.Context, start, end time.Time) (*digest.KeySet, error)

// Validation validates one day of a bucket's trails.
type Validation struct {
	S3             s3trail.API
	Keys           Keys
	Bucket, Prefix string
	Out            io.Writer
	Now            func() time.Time
}

// Handle validates the digests that ended yesterday (UTC) and returns an error when a finding is
// not valid, so that the failure shows in the function's metrics and alarms.
func (v *Validation) Handle(ctx context.Context) error {
	today := v.Now().UTC().Truncate(24 * time.Hour)
	start, end := today.Add(-24*time.Hour), today.Add(-time.Second)
	keys, err := v.Keys(ctx, start.Add(-24*time.Hour), today)
	if err != nil {
		return err
	}
	val := digest.NewValidator(s3trail.NewStore(v.S3), keys, digest.WithTimeRange(start, end))
	trails, err := val.Trails(ctx, v.Bucket, v.Prefix)
	if err != nil {
		return err
	}
	invalid, total := 0, 0
	for _, t := range trails {
		for f, err := range val.Validate(ctx, t) {
			if err != nil {
				return err
			}
			total++
			if !f.Valid() {
				invalid++
				fmt.Fprintln(v.Out, f)
			}
		}
	}
	fmt.Fprintf(v.Out, "%d trails, %d files checked, %d invalid, digests ending %s to %s\n", len(trails), total, invalid, start.Format(time.RFC3339), end.Format(time.RFC3339))
	if invalid > 0 {
		return fmt.Errorf("validate: %d invalid of %d", invalid, total)
	}
	return nil
}

// listPublicKeys reads the keys from CloudTrail's ListPublicKeys, page by page.
func listPublicKeys(api *awscloudtrail.Client) Keys {
	return func(ctx context.Context, start, end time.Time) (*digest.KeySet, error) {
		var ks digest.KeySet
		p := awscloudtrail.NewListPublicKeysPaginator(api, &awscloudtrail.ListPublicKeysInput{StartTime: aws.Time(start), EndTime: aws.Time(end)})
		for p.HasMorePages() {
			page, err := p.NextPage(ctx)
			if err != nil {
				return nil, err
			}
			for _, k := range page.PublicKeyList {
				if err := ks.AddDER(aws.ToString(k.Fingerprint), k.Value); err != nil {
					return nil, err
				}
			}
		}
		return &ks, nil
	}
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	v := &Validation{S3: s3.NewFromConfig(cfg), Keys: listPublicKeys(awscloudtrail.NewFromConfig(cfg)),
		Bucket: os.Getenv("TRAIL_BUCKET"), Prefix: os.Getenv("TRAIL_PREFIX"), Out: os.Stdout, Now: time.Now}
	lambda.Start(v.Handle)
}
