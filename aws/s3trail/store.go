package s3trail

import (
	"context"
	"errors"
	"fmt"
	"io/fs"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/smithy-go"

	"github.com/trailtype/cloudtrail/digest"
)

// API is the part of the S3 client this package calls; *s3.Client has it.
type API interface {
	ListObjectsV2(ctx context.Context, in *s3.ListObjectsV2Input, opts ...func(*s3.Options)) (*s3.ListObjectsV2Output, error)
	GetObject(ctx context.Context, in *s3.GetObjectInput, opts ...func(*s3.Options)) (*s3.GetObjectOutput, error)
}

// Store is a digest.Store over S3: the validator reads digests and log files, and a digest's
// signature from its metadata, straight from the bucket.
type Store struct{ api API }

var (
	_ digest.Store        = (*Store)(nil)
	_ digest.FolderLister = (*Store)(nil)
)

// NewStore returns a Store reading through api.
func NewStore(api API) *Store { return &Store{api: api} }

// Get opens an object. A missing object is an error for which errors.Is(err, fs.ErrNotExist)
// holds, as digest.Store asks.
func (s *Store) Get(ctx context.Context, bucket, key string) (*digest.Object, error) {
	out, err := s.api.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(bucket), Key: aws.String(key)})
	if err != nil {
		return nil, objectError(bucket, key, err)
	}
	return &digest.Object{Body: out.Body, Metadata: out.Metadata}, nil
}

// List returns the keys under prefix, page by page.
func (s *Store) List(ctx context.Context, bucket, prefix string) ([]string, error) {
	var keys []string
	for obj, err := range listObjects(ctx, s.api, bucket, prefix) {
		if err != nil {
			return nil, err
		}
		keys = append(keys, aws.ToString(obj.Key))
	}
	return keys, nil
}

// objectError names the object, and marks a missing one with fs.ErrNotExist.
func objectError(bucket, key string, err error) error {
	var nsk *types.NoSuchKey
	var nf *types.NotFound
	var api smithy.APIError
	if errors.As(err, &nsk) || errors.As(err, &nf) || (errors.As(err, &api) && (api.ErrorCode() == "NoSuchKey" || api.ErrorCode() == "NotFound")) {
		return fmt.Errorf("s3trail: s3://%s/%s: %w (%v)", bucket, key, fs.ErrNotExist, err)
	}
	return fmt.Errorf("s3trail: s3://%s/%s: %w", bucket, key, err)
}

// ListFolders lists the folders right under prefix through S3's delimiter: Validator.Trails walks
// down to the digest folders without listing a single log file.
func (s *Store) ListFolders(ctx context.Context, bucket, prefix string) ([]string, error) {
	return listFolders(ctx, s.api, bucket, prefix)
}
