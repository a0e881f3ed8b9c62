package s3trail_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"
	"testing"

	"github.com/trailtype/cloudtrail/aws/s3test"
	"github.com/trailtype/cloudtrail/aws/s3trail"
)

func TestStore(t *testing.T) {
	s := s3test.NewServer(t)
	tr := uploadTrail(t, s)
	store := s3trail.NewStore(s.Client)
	ctx := context.Background()

	keys, err := store.List(ctx, tr.bucket, tr.prefix+"AWSLogs/"+tr.org+"/111122223333/CloudTrail/")
	var want []string
	for _, k := range tr.keys {
		if strings.Contains(k, "/111122223333/") {
			want = append(want, k)
		}
	}
	if err != nil || !slices.Equal(keys, want) {
		t.Errorf("List: %d keys, %v; want %d", len(keys), err, len(want))
	}
	digests, err := store.List(ctx, tr.bucket, tr.prefix+"AWSLogs/"+tr.org+"/444455556666/CloudTrail-Digest/")
	if err != nil || len(digests) != 12 {
		t.Fatalf("digests %d, %v", len(digests), err)
	}
	obj, err := store.Get(ctx, tr.bucket, digests[0])
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(obj.Body)
	obj.Body.Close()
	if string(body) != "not a log file" || obj.Metadata["signature"] != "00" {
		t.Errorf("Get: %q, metadata %v", body, obj.Metadata)
	}
	if _, err := store.Get(ctx, tr.bucket, "AWSLogs/nothing.json.gz"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing object: %v, want fs.ErrNotExist", err)
	}
	if _, err := store.List(ctx, "no-such-bucket", ""); err == nil || errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing bucket: %v, want a store failure", err)
	}
}

// Listing goes page by page: more keys than one page holds all come back, in order.
func TestStoreListsEveryPage(t *testing.T) {
	s := s3test.NewServer(t)
	s.Bucket(t, "many-keys")
	var want []string
	for i := 0; i < 2100; i++ {
		k := fmt.Sprintf("p/%05d", i)
		s.Put(t, "many-keys", k, []byte("x"), nil)
		want = append(want, k)
	}
	keys, err := s3trail.NewStore(s.Client).List(context.Background(), "many-keys", "p/")
	if err != nil || !slices.Equal(keys, want) {
		t.Errorf("%d keys, %v", len(keys), err)
	}
}
