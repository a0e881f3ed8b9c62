package cloudtrailtest_test

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
)

// A built event and the same event decoded from its encoding: reflect.DeepEqual, and so testify's
// assert.Equal, sees the bookkeeping of how the JSON looked and reports them different; Equal and
// Diff compare what the fields hold.
func TestEqualBuiltAndDecoded(t *testing.T) {
	built := []*cloudtrail.Event{
		cloudtrailtest.ConsoleLogin(cloudtrailtest.IAMUser("111122223333", "alice"), cloudtrailtest.Login{MFA: true}),
		cloudtrailtest.NewEvent("s3.amazonaws.com", "GetObject", cloudtrailtest.DataEvent(),
			cloudtrailtest.Request(map[string]string{"bucketName": "logs", "key": "a.txt"})),
	}
	var b bytes.Buffer
	if err := cloudtrailtest.Encode(&b, cloudtrail.FormatS3, built...); err != nil {
		t.Fatal(err)
	}
	var decoded []*cloudtrail.Event
	for ev, err := range cloudtrail.NewDecoder(&b).All() {
		if err != nil {
			t.Fatal(err)
		}
		decoded = append(decoded, ev)
	}
	if reflect.DeepEqual(built, decoded) {
		t.Error("reflect.DeepEqual now holds for equal events: the package documentation's warning about it and testify is stale")
	}
	if !cloudtrailtest.Equal(built, decoded) || !cloudtrailtest.Equal(built[0], decoded[0]) {
		t.Errorf("Equal: built and decoded events differ:\n%s", cloudtrailtest.Diff(built, decoded))
	}
	if d := cloudtrailtest.Diff(built, decoded); d != "" {
		t.Errorf("Diff of equal events: %s", d)
	}
	decoded[1].UserAgent = "curl/8.5.0"
	if cloudtrailtest.Equal(built, decoded) {
		t.Error("Equal: events with different user agents are equal")
	}
	if d := cloudtrailtest.Diff(built, decoded); !strings.Contains(d, "UserAgent") {
		t.Errorf("Diff does not name UserAgent: %s", d)
	}
}
