package digest

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestParseKey(t *testing.T) {
	at := func(s string) time.Time { v, _ := time.Parse(time.RFC3339, s); return v }
	for key, want := range map[string]ObjectKey{
		// The shipped real log file's name (testdata/trailscraper).
		"AWSLogs/111111111111/CloudTrail/eu-central-1/2017/12/11/111111111111_CloudTrail_eu-central-1_20171211T1505Z_A6kvhMoVeCsc7v8U.json.gz": {
			FileType: FileLog, AccountID: "111111111111", Region: "eu-central-1", Time: at("2017-12-11T15:05:00Z"), Unique: "A6kvhMoVeCsc7v8U"},
		"my/prefix/AWSLogs/o-aa111bb222/111122223333/CloudTrail-Digest/us-east-2/2015/08/17/111122223333_CloudTrail-Digest_us-east-2_your_trail.name_us-west-2_20150817T150131Z.json.gz": {
			FileType: FileDigest, Prefix: "my/prefix/", OrgID: "o-aa111bb222", AccountID: "111122223333", Region: "us-east-2",
			Trail: "your_trail.name", HomeRegion: "us-west-2", Time: at("2015-08-17T15:01:31Z")},
		"AWSLogs/111122223333/CloudTrail-Digest/us-east-2/2015/08/17/111122223333_CloudTrail-Digest_us-east-2_t_us-east-2_20150817T150131Z_backfill.json.gz": {
			FileType: FileDigest, AccountID: "111122223333", Region: "us-east-2", Trail: "t", HomeRegion: "us-east-2",
			Time: at("2015-08-17T15:01:31Z"), Backfill: true},
		"AWSLogs/111122223333/CloudTrail-Insight/us-east-1/2019/11/14/111122223333_CloudTrail-Insight_us-east-1_20191114T2155Z_abcdefgh12345678.json.gz": {
			FileType: FileInsight, AccountID: "111122223333", Region: "us-east-1", Time: at("2019-11-14T21:55:00Z"), Unique: "abcdefgh12345678"},
	} {
		got, err := ParseObjectKey(key)
		if err != nil {
			t.Errorf("%s: %v", key, err)
			continue
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", key, diff)
		}
		if got.String() != key {
			t.Errorf("String() = %s, want %s", got, key)
		}
	}
}

func TestParseKeyRefuses(t *testing.T) {
	for _, key := range []string{
		"",
		"AWSLogs/111122223333/CloudTrail/us-east-2/2015/08/17/111122223333_CloudTrail_us-east-2_20150817T1445Z_x.json",
		// The doc typo: no underscore before the unique part.
		"AWSLogs/111122223333/CloudTrail/us-east-2/2015/08/17/111122223333_CloudTrail_us-east-2_20150817T1445ZHdkvFTXOA3Vnhbc.json.gz",
		// Folder date and file time disagree.
		"AWSLogs/111122223333/CloudTrail/us-east-2/2015/08/18/111122223333_CloudTrail_us-east-2_20150817T1445Z_x.json.gz",
		// Account in the folder and in the name disagree.
		"AWSLogs/111122223333/CloudTrail/us-east-2/2015/08/17/999922223333_CloudTrail_us-east-2_20150817T1445Z_x.json.gz",
		"AWSLogs/111122223333/CloudTrail-Digest/us-east-2/2015/08/17/111122223333_CloudTrail-Digest_us-east-2_20150817T150131Z.json.gz",
		"logs/111122223333/CloudTrail/us-east-2/2015/08/17/111122223333_CloudTrail_us-east-2_20150817T1445Z_x.json.gz",
		"AWSLogs/111122223333/Config/us-east-2/2015/08/17/111122223333_Config_us-east-2_20150817T1445Z_x.json.gz",
	} {
		if k, err := ParseObjectKey(key); err == nil {
			t.Errorf("%q parsed as %+v", key, k)
		}
	}
}
