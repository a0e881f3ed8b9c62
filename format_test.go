package cloudtrail_test

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/trailtype/cloudtrail"
)

func TestFormatNames(t *testing.T) {
	for f, want := range map[cloudtrail.Format]string{cloudtrail.FormatAuto: "auto", cloudtrail.FormatSQS: "sqs",
		cloudtrail.FormatS3Notification: "s3notification", cloudtrail.Format(42): "Format(42)", cloudtrail.Format(-1): "Format(-1)"} {
		if got := f.String(); got != want {
			t.Errorf("Format(%d).String() = %q, want %q", int(f), got, want)
		}
	}
}

// A format the decoder does not read is refused as such, not taken for input of no known shape.
func TestWithFormatRefusesUnknownFormats(t *testing.T) {
	d := cloudtrail.NewDecoder(strings.NewReader(`{"eventName":"A"}`), cloudtrail.WithFormat(cloudtrail.Format(42)))
	_, err := d.Next()
	var re *cloudtrail.RecordError
	if err == nil || err == io.EOF || errors.As(err, &re) || errors.Is(err, cloudtrail.ErrNotCloudTrail) ||
		!strings.Contains(err.Error(), "WithFormat(Format(42))") {
		t.Fatalf("err = %v, want one that names WithFormat(Format(42))", err)
	}
	if _, again := d.Next(); again != err {
		t.Errorf("next: %v", again)
	}
	n := 0
	for _, err2 := range cloudtrail.Objects(strings.NewReader(`{}`), cloudtrail.WithFormat(cloudtrail.Format(42))) {
		if n++; err2 == nil || err2.Error() != err.Error() {
			t.Errorf("Objects: %v", err2)
		}
	}
	if n != 1 {
		t.Errorf("Objects yielded %d times, want once", n)
	}
}
