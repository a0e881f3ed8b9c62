package digest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Store gives the validator the objects of one or more buckets: an S3 client, a local copy, a test
// double. Get must return an error for which errors.Is(err, fs.ErrNotExist) holds when the object
// does not exist (map S3's NoSuchKey to it), so a missing file is told apart from a failing store.
type Store interface {
	// Get opens an object. Metadata holds the object's user metadata without the x-amz-meta-
	// prefix (a digest's "signature"); it may be nil.
	Get(ctx context.Context, bucket, key string) (*Object, error)
	// List returns the keys of a bucket that start with prefix, in any order.
	List(ctx context.Context, bucket, prefix string) ([]string, error)
}

// Object is an opened object. The caller closes Body.
type Object struct {
	Body     io.ReadCloser
	Metadata map[string]string
}

// Dir is a Store over local folders, one per bucket, as `aws s3 sync s3://bucket folder` leaves
// them: the key is the path under the folder. S3 metadata is not copied by sync; to keep a digest's
// signature offline, save the output of `aws s3api head-object` (or a plain JSON object of the
// metadata) beside the digest as "<name>.metadata.json". Without it, the newest digest's
// signature cannot be checked; older ones are checked with the copy in the next digest.
type Dir map[string]string

// MetadataSuffix names the file beside an object that holds its S3 metadata in a [Dir].
const MetadataSuffix = ".metadata.json"

func (d Dir) path(bucket, key string) (string, error) {
	root, ok := d[bucket]
	if !ok {
		return "", fmt.Errorf("digest: bucket %q has no local folder: %w", bucket, fs.ErrNotExist)
	}
	rel := filepath.FromSlash(key)
	if !filepath.IsLocal(rel) {
		return "", fmt.Errorf("digest: key %q leaves the bucket folder: %w", key, fs.ErrNotExist)
	}
	return filepath.Join(root, rel), nil
}

// Get opens the file for the key and reads its metadata file if there is one.
func (d Dir) Get(_ context.Context, bucket, key string) (*Object, error) {
	p, err := d.path(bucket, key)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	meta, err := readMetadata(p + MetadataSuffix)
	if err != nil {
		f.Close()
		return nil, err
	}
	return &Object{Body: f, Metadata: meta}, nil
}

// readMetadata reads a head-object output ({"Metadata":{...}}) or a plain object of strings.
func readMetadata(p string) (map[string]string, error) {
	data, err := os.ReadFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var head struct {
		Metadata map[string]string `json:"Metadata"`
	}
	if err := json.Unmarshal(data, &head); err == nil && head.Metadata != nil {
		return head.Metadata, nil
	}
	var flat map[string]string
	if err := json.Unmarshal(data, &flat); err != nil {
		return nil, fmt.Errorf("digest: metadata file %s: %w", p, err)
	}
	return flat, nil
}

// List walks the folder under the prefix. Metadata files are not keys.
func (d Dir) List(_ context.Context, bucket, prefix string) ([]string, error) {
	root, ok := d[bucket]
	if !ok {
		return nil, fmt.Errorf("digest: bucket %q has no local folder: %w", bucket, fs.ErrNotExist)
	}
	start := root
	if i := strings.LastIndexByte(prefix, '/'); i >= 0 {
		start = filepath.Join(root, filepath.FromSlash(prefix[:i]))
	}
	var keys []string
	err := filepath.WalkDir(start, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && p == start {
				return fs.SkipAll
			}
			return err
		}
		if e.IsDir() || strings.HasSuffix(p, MetadataSuffix) {
			return nil
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		if key := filepath.ToSlash(rel); strings.HasPrefix(key, prefix) {
			keys = append(keys, key)
		}
		return nil
	})
	sort.Strings(keys)
	return keys, err
}
