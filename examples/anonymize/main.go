// Command anonymize streams CloudTrail records of any delivery format (S3 log files gzip or not,
// NDJSON, EventBridge, LookupEvents, CloudWatch Logs, Lambda events) through a
// cloudtrailtest.Anonymizer and writes them as an S3 log file, NDJSON or a JSON array, ready to
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
	"github.com/trailtype/cloudtrail/cloudtrailtest"
)

func main() {
	format := flag.String("format", "ndjson", "output format: s3, ndjson or array")
	flag.Parse()
	key := os.Getenv("CLOUDTRAIL_ANONYMIZE_KEY")
	formats := map[string]cloudtrail.Format{"s3": cloudtrail.FormatS3, "ndjson": cloudtrail.FormatRecord, "array": cloudtrailtest.JSONArray}
	out, ok := formats[*format]
	if key == "" || !ok {
		fmt.Fprintln(os.Stderr, "usage: CLOUDTRAIL_ANONYMIZE_KEY=secret anonymize [-format s3|ndjson|array] [file ...]   (standard input without files)")
		os.Exit(2)
	}
	files := flag.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	enc := cloudtrailtest.NewEncoder(os.Stdout, out)
	a := cloudtrailtest.NewAnonymizer([]byte(key))
	failed := false
	for _, name := range files {
		if err := anonymize(enc, a, name); err != nil {
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

// anonymize writes the records of one file; records that cannot be read are reported and left out.
func anonymize(enc *cloudtrailtest.Encoder, a *cloudtrailtest.Anonymizer, name string) error {
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
