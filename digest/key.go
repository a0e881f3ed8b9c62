package digest

import (
	"fmt"
	"time"

	"github.com/trailtype/cloudtrail/internal/trailkey"
)

// KeyType is the kind of object a CloudTrail key names; it is the folder under the account.
type KeyType = trailkey.Type

// Object kinds CloudTrail writes into a trail's bucket.
const (
	LogKey     KeyType = trailkey.Log
	DigestKey  KeyType = trailkey.Digest
	InsightKey KeyType = trailkey.Insight
)

// Key is a CloudTrail object key taken apart:
//
//	[prefix/]AWSLogs/[o-id/]<acct>/CloudTrail/<region>/<YYYY>/<MM>/<DD>/<acct>_CloudTrail_<region>_<YYYYMMDDTHHmmZ>_<unique>.json.gz
//	[prefix/]AWSLogs/[o-id/]<acct>/CloudTrail-Digest/<region>/<YYYY>/<MM>/<DD>/<acct>_CloudTrail-Digest_<region>_<trail>_<homeRegion>_<YYYYMMDDTHHMMSSZ>[_backfill].json.gz
//
// The core package reads keys with the same parser (cloudtrail.Object's Kind).
type Key struct {
	Type      KeyType
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

// ParseKey takes a CloudTrail log, Insights or digest object key apart. It checks that the folders
// and the file name agree (account, region and date).
func ParseKey(key string) (Key, error) {
	k, err := trailkey.Parse(key)
	if err != nil {
		return Key{}, fmt.Errorf("digest: %q is not a CloudTrail object key: %w", key, err)
	}
	return Key(k), nil
}

// String gives the key back.
func (k Key) String() string { return trailkey.Key(k).String() }

// fullFolder is the key prefix every object of the key's type, account and region starts with.
func (k Key) fullFolder() string { return trailkey.Key(k).FullFolder() }
