package s3trail

import (
	"context"
	"fmt"
	"iter"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
)

// listObjects yields the objects under prefix, in key order, one page in memory at a time.
func listObjects(ctx context.Context, api API, bucket, prefix string) iter.Seq2[types.Object, error] {
	return func(yield func(types.Object, error) bool) {
		p := s3.NewListObjectsV2Paginator(api, &s3.ListObjectsV2Input{Bucket: aws.String(bucket), Prefix: aws.String(prefix)})
		for p.HasMorePages() {
			page, err := p.NextPage(ctx)
			if err != nil {
				yield(types.Object{}, fmt.Errorf("s3trail: list s3://%s/%s: %w", bucket, prefix, err))
				return
			}
			for _, obj := range page.Contents {
				if !yield(obj, nil) {
					return
				}
			}
		}
	}
}

// listFolders returns the names of the folders right under prefix ("111122223333/" under
// "AWSLogs/"), through the delimiter: no object under them is listed.
func listFolders(ctx context.Context, api API, bucket, prefix string) ([]string, error) {
	var folders []string
	p := s3.NewListObjectsV2Paginator(api, &s3.ListObjectsV2Input{Bucket: aws.String(bucket), Prefix: aws.String(prefix), Delimiter: aws.String("/")})
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			return nil, fmt.Errorf("s3trail: list s3://%s/%s: %w", bucket, prefix, err)
		}
		for _, cp := range page.CommonPrefixes {
			folders = append(folders, aws.ToString(cp.Prefix)[len(prefix):])
		}
	}
	return folders, nil
}
