// Package trailkey takes CloudTrail object keys apart: log files, Insights log files and digest files,
// with custom prefixes and organization trails. The digest package and the core package's object
// references share it, so that there is one reading of CloudTrail's key layout.
package trailkey

import (
	"errors"
	"path"
	"strings"
	"time"
)

// Type is the kind of object a key names; it is the folder under the account.
type Type string

// Object kinds CloudTrail writes into a trail's bucket.
const (
	Log     Type = "CloudTrail"
	Digest  Type = "CloudTrail-Digest"
	Insight Type = "CloudTrail-Insight"
)

// Key is a CloudTrail object key taken apart:
//
//	[prefix/]AWSLogs/[o-id/]<acct>/CloudTrail/<region>/<YYYY>/<MM>/<DD>/<acct>_CloudTrail_<region>_<YYYYMMDDTHHmmZ>_<unique>.json.gz
//	[prefix/]AWSLogs/[o-id/]<acct>/CloudTrail-Digest/<region>/<YYYY>/<MM>/<DD>/<acct>_CloudTrail-Digest_<region>_<trail>_<homeRegion>_<YYYYMMDDTHHMMSSZ>[_backfill].json.gz
type Key struct {
	Type      Type
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

// Parse takes a CloudTrail log, Insights or digest object key apart. It checks that the folders and
// the file name agree (account, region and date). The error says why a key is not one.
func Parse(key string) (Key, error) {
	bad := func(why string) (Key, error) { return Key{}, errors.New(why) }
	parts := strings.Split(key, "/")
	// From the end: file, DD, MM, YYYY, region, type, account, [o-id], AWSLogs, prefix...
	if len(parts) < 8 {
		return bad("too few folders")
	}
	n := len(parts)
	k := Key{Type: Type(parts[n-6]), Region: parts[n-5], AccountID: parts[n-7]}
	awsLogs := n - 8
	if parts[awsLogs] != "AWSLogs" && awsLogs > 0 && parts[awsLogs-1] == "AWSLogs" && strings.HasPrefix(parts[awsLogs], "o-") {
		k.OrgID = parts[awsLogs]
		awsLogs--
	}
	if parts[awsLogs] != "AWSLogs" {
		return bad("no AWSLogs folder")
	}
	if awsLogs > 0 {
		k.Prefix = strings.Join(parts[:awsLogs], "/") + "/"
	}
	name, ok := strings.CutSuffix(parts[n-1], ".json.gz")
	if !ok {
		return bad("not a .json.gz file")
	}
	head := k.AccountID + "_" + string(k.Type) + "_" + k.Region + "_"
	rest, ok := strings.CutPrefix(name, head)
	if !ok {
		return bad("file name does not start with " + head)
	}
	var stamp string
	switch k.Type {
	case Log, Insight:
		stamp, k.Unique, ok = strings.Cut(rest, "_")
		if !ok || k.Unique == "" {
			return bad("no unique part")
		}
		t, err := time.Parse("20060102T1504Z", stamp)
		if err != nil {
			return bad("bad time " + stamp)
		}
		k.Time = t
	case Digest:
		rest, k.Backfill = strings.CutSuffix(rest, "_backfill")
		// The trail name may hold underscores; the home region and the time do not.
		i := strings.LastIndexByte(rest, '_')
		if i < 0 {
			return bad("no time")
		}
		stamp, rest = rest[i+1:], rest[:i]
		i = strings.LastIndexByte(rest, '_')
		if i <= 0 {
			return bad("no trail name or home region")
		}
		k.Trail, k.HomeRegion = rest[:i], rest[i+1:]
		t, err := time.Parse("20060102T150405Z", stamp)
		if err != nil {
			return bad("bad time " + stamp)
		}
		k.Time = t
	default:
		return bad("unknown object type " + string(k.Type))
	}
	if date := k.Time.Format("2006/01/02"); path.Join(parts[n-4:n-1]...) != date {
		return bad("folder date differs from the file's time " + date)
	}
	return k, nil
}

// String gives the key back.
func (k Key) String() string {
	var b strings.Builder
	b.WriteString(k.FullFolder())
	b.WriteString(k.Time.Format("2006/01/02/"))
	b.WriteString(k.AccountID + "_" + string(k.Type) + "_" + k.Region + "_")
	switch k.Type {
	case Digest:
		b.WriteString(k.Trail + "_" + k.HomeRegion + "_" + k.Time.Format("20060102T150405Z"))
		if k.Backfill {
			b.WriteString("_backfill")
		}
	default:
		b.WriteString(k.Time.Format("20060102T1504Z") + "_" + k.Unique)
	}
	b.WriteString(".json.gz")
	return b.String()
}

// Folder is "AWSLogs/[o-id/]<acct>/<type>/<region>/".
func (k Key) Folder() string {
	s := "AWSLogs/"
	if k.OrgID != "" {
		s += k.OrgID + "/"
	}
	return s + k.AccountID + "/" + string(k.Type) + "/" + k.Region + "/"
}

// FullFolder is the key prefix every object of the key's type, account and region starts with.
func (k Key) FullFolder() string { return k.Prefix + k.Folder() }
