package digest

import (
	"fmt"
	"time"

	"github.com/trailtype/cloudtrail/internal/trailkey"
)

// FileType is which of CloudTrail's files an object is, as its key says (the folder under the
// account: CloudTrail, CloudTrail-Insight or CloudTrail-Digest). The values are those of
// cloudtrail.FileType, which the core package gives S3 objects that notifications name.
type FileType string

// The files CloudTrail writes into a trail's bucket.
const (
	FileLog     FileType = "log"     // a log file of events
	FileInsight FileType = "insight" // an Insights log file
	FileDigest  FileType = "digest"  // a digest file
)

// fileTypes and folders translate between file types and the folders of CloudTrail's key layout.
var (
	fileTypes = map[trailkey.Type]FileType{trailkey.Log: FileLog, trailkey.Insight: FileInsight, trailkey.Digest: FileDigest}
	folders   = map[FileType]trailkey.Type{FileLog: trailkey.Log, FileInsight: trailkey.Insight, FileDigest: trailkey.Digest}
)

// ObjectKey is the S3 key of a CloudTrail file taken apart:
//
//	[prefix/]AWSLogs/[o-id/]<acct>/CloudTrail/<region>/<YYYY>/<MM>/<DD>/<acct>_CloudTrail_<region>_<YYYYMMDDTHHmmZ>_<unique>.json.gz
//	[prefix/]AWSLogs/[o-id/]<acct>/CloudTrail-Digest/<region>/<YYYY>/<MM>/<DD>/<acct>_CloudTrail-Digest_<region>_<trail>_<homeRegion>_<YYYYMMDDTHHMMSSZ>[_backfill].json.gz
//
// cloudtrail.FileTypeOf reads keys the same way.
type ObjectKey struct {
	// FileType is the file the key names: FileLog, FileInsight or FileDigest.
	FileType  FileType
	Prefix    string // everything before AWSLogs/, with its trailing slash ("logs/"); "" when none
	OrgID     string // organization trails only
	AccountID string
	Region    string // the region the object was delivered from
	// Time is the delivery time of a log file (to the minute) or the end time of a digest (to the
	// second).
	Time time.Time
	// Unique is the random part of a log file's name.
	Unique string
	// Trail and HomeRegion name a digest's trail; a multi-region trail's home region differs from
	// Region.
	Trail, HomeRegion string
	// Backfill marks a digest delivered late to cover log files no hourly digest referenced.
	Backfill bool
}

// ParseObjectKey takes the key of a CloudTrail log, Insights or digest file apart. It checks that
// the folders and the file name agree (account, region and date).
func ParseObjectKey(key string) (ObjectKey, error) {
	k, err := trailkey.Parse(key)
	if err != nil {
		return ObjectKey{}, fmt.Errorf("digest: %q is not a CloudTrail object key: %w", key, err)
	}
	return ObjectKey{FileType: fileTypes[k.Type], Prefix: k.Prefix, OrgID: k.OrgID, AccountID: k.AccountID, Region: k.Region,
		Time: k.Time, Unique: k.Unique, Trail: k.Trail, HomeRegion: k.HomeRegion, Backfill: k.Backfill}, nil
}

// String gives the key back.
func (k ObjectKey) String() string { return k.trailkey().String() }

// fullFolder is the key prefix every object of the key's type, account and region starts with.
func (k ObjectKey) fullFolder() string { return k.trailkey().FullFolder() }

func (k ObjectKey) trailkey() trailkey.Key {
	return trailkey.Key{Type: folders[k.FileType], Prefix: k.Prefix, OrgID: k.OrgID, AccountID: k.AccountID, Region: k.Region,
		Time: k.Time, Unique: k.Unique, Trail: k.Trail, HomeRegion: k.HomeRegion, Backfill: k.Backfill}
}
