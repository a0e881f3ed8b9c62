package digest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
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

// Dir is a Store over file systems, one per bucket: a local copy as `aws s3 sync s3://bucket folder`
// leaves it (os.DirFS(folder)), or an fstest.MapFS in tests. The key is the path in the file system.
// S3 metadata is not copied by sync; to keep a digest's signature offline, save the output of
// `aws s3api head-object` (or a plain JSON object of the metadata) beside the digest as
// "<name>.metadata.json". Without it, the newest digest's signature cannot be checked; older ones
// are checked with the copy in the next digest.
type Dir map[string]fs.FS

// MetadataSuffix names the file beside an object that holds its S3 metadata in a [Dir].
const MetadataSuffix = ".metadata.json"

func (d Dir) bucket(bucket string) (fs.FS, error) {
	fsys, ok := d[bucket]
	if !ok {
		return nil, fmt.Errorf("digest: bucket %q has no file system: %w", bucket, fs.ErrNotExist)
	}
	return fsys, nil
}

// Get opens the file for the key and reads its metadata file if there is one.
func (d Dir) Get(_ context.Context, bucket, key string) (*Object, error) {
	fsys, err := d.bucket(bucket)
	if err != nil {
		return nil, err
	}
	if !fs.ValidPath(key) {
		return nil, fmt.Errorf("digest: key %q is not a path in the bucket: %w", key, fs.ErrNotExist)
	}
	f, err := fsys.Open(key)
	if err != nil {
		return nil, err
	}
	meta, err := readMetadata(fsys, key+MetadataSuffix)
	if err != nil {
		f.Close()
		return nil, err
	}
	return &Object{Body: f, Metadata: meta}, nil
}

// readMetadata reads a head-object output ({"Metadata":{...}}) or a plain object of strings.
func readMetadata(fsys fs.FS, name string) (map[string]string, error) {
	data, err := fs.ReadFile(fsys, name)
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
		return nil, fmt.Errorf("digest: metadata file %s: %w", name, err)
	}
	return flat, nil
}

// List walks the file system under the prefix's folder. Metadata files are not keys.
func (d Dir) List(_ context.Context, bucket, prefix string) ([]string, error) {
	fsys, err := d.bucket(bucket)
	if err != nil {
		return nil, err
	}
	start := "."
	if i := strings.LastIndexByte(prefix, '/'); i > 0 && fs.ValidPath(prefix[:i]) {
		start = prefix[:i]
	}
	var keys []string
	err = fs.WalkDir(fsys, start, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && p == start {
				return fs.SkipAll
			}
			return err
		}
		if !e.IsDir() && !strings.HasSuffix(p, MetadataSuffix) && strings.HasPrefix(p, prefix) {
			keys = append(keys, p)
		}
		return nil
	})
	sort.Strings(keys)
	return keys, err
}

// ListFolders lists the folders right under the prefix, with their trailing slash.
func (d Dir) ListFolders(_ context.Context, bucket, prefix string) ([]string, error) {
	fsys, err := d.bucket(bucket)
	if err != nil {
		return nil, err
	}
	dir := strings.TrimSuffix(prefix, "/")
	if dir == "" {
		dir = "."
	}
	if !fs.ValidPath(dir) {
		return nil, nil
	}
	entries, err := fs.ReadDir(fsys, dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	var folders []string
	for _, e := range entries {
		if e.IsDir() {
			folders = append(folders, e.Name()+"/")
		}
	}
	return folders, err
}
