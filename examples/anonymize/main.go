// Command anonymize streams CloudTrail records of any delivery format (S3 log files gzip or not,
// NDJSON, EventBridge, LookupEvents, CloudWatch Logs, Lambda events) through an
// anonymize.Anonymizer and writes them as an S3 log file, NDJSON or a JSON array, ready to
// commit as test data:
//
//	CLOUDTRAIL_ANONYMIZE_KEY=... go run ./examples/anonymize -format s3 in.json.gz > fixture.json
//
// The key decides every replacement: keep it out of the repository, and use the same one for files
// whose accounts and users must stay the same across files.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/anonymize"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
)

func main() {
	format := flag.String("format", "ndjson", "output format: s3, ndjson or array")
	flag.Parse()
	key := os.Getenv("CLOUDTRAIL_ANONYMIZE_KEY")
	formats := map[string]func(io.Writer) *cloudtrailtest.Encoder{"s3": encoderOf(cloudtrail.FormatS3),
		"ndjson": encoderOf(cloudtrail.FormatRecord), "array": cloudtrailtest.JSONArray.NewEncoder}
	newEncoder, ok := formats[*format]
	if key == "" || !ok {
		fmt.Fprintln(os.Stderr, "usage: CLOUDTRAIL_ANONYMIZE_KEY=secret anonymize [-format s3|ndjson|array] [file ...]   (standard input without files)")
		os.Exit(2)
	}
	files := flag.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	enc := newEncoder(os.Stdout)
	a := anonymize.New([]byte(key))
	failed := false
	for _, name := range files {
		if err := anonymizeFile(enc, a, name); err != nil {
			fmt.Fprintf(os.Stderr, "anonymize: %s: %v\n", name, err)
			failed = true
		}
	}
	if err := enc.Close(); err != nil || failed {
		if err != nil {
			fmt.Fprintln(os.Stderr, "anonymize:", err)
		}
		os.Exit(1)
	}
}

func encoderOf(f cloudtrail.Format) func(io.Writer) *cloudtrailtest.Encoder {
	return func(w io.Writer) *cloudtrailtest.Encoder { return cloudtrailtest.NewEncoder(w, f) }
}

// anonymizeFile writes the records of one file; records that cannot be read are reported and left out.
func anonymizeFile(enc *cloudtrailtest.Encoder, a *anonymize.Anonymizer, name string) error {
	in := io.Reader(os.Stdin)
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	for ev, err := range cloudtrail.NewDecoder(in).All() {
		var re *cloudtrail.RecordError
		if errors.As(err, &re) {
			fmt.Fprintf(os.Stderr, "anonymize: %s: skipped: %v\n", name, err)
			continue
		}
		if err != nil {
			return err
		}
		anon, err := a.Anonymize(ev)
		if err != nil {
			return err
		}
		if err := enc.Encode(anon); err != nil {
			return err
		}
	}
	return nil
}
