// Command summarize prints one line per CloudTrail event: time, source, operation, actor, region
// and error. It reads any delivery format the decoder knows (S3 log files gzip or not, NDJSON,
// EventBridge, LookupEvents, CloudWatch Logs), from files or standard input.
//
//	go run ./examples/summarize testdata/trailscraper/111111111111_CloudTrail_eu-central-1_20171211T1505Z_A6kvhMoVeCsc7v8U.json.gz
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/trailtype/cloudtrail"
)

func main() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	files := os.Args[1:]
	if len(files) == 0 {
		if st, err := os.Stdin.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			// Nothing is piped in: say how to use it rather than wait on the terminal.
			fmt.Fprintln(os.Stderr, "usage: summarize [file ...]   (or pipe a log into it; - is standard input)")
			os.Exit(2)
		}
		files = []string{"-"}
	}
	failed := false
	for _, name := range files {
		if err := summarize(out, name); err != nil {
			fmt.Fprintf(os.Stderr, "summarize: %s: %v\n", name, err)
			failed = true
		}
	}
	if failed {
		out.Flush()
		os.Exit(1)
	}
}

func summarize(out io.Writer, name string) error {
	in := io.Reader(os.Stdin)
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	d := cloudtrail.NewDecoder(in)
	defer d.Close()
	for ev, err := range d.All() {
		var recErr *cloudtrail.RecordError
		switch {
		case errors.As(err, &recErr):
			fmt.Fprintf(os.Stderr, "summarize: %s: skipped: %v\n", name, err)
			continue
		case err != nil:
			return err
		}
		source, operation := ev.EventSource, ev.EventName
		if ev.InsightDetails != nil { // Insights records name the API inside insightDetails
			source, operation = ev.InsightDetails.EventSource, ev.InsightDetails.EventName+" ("+string(ev.InsightDetails.InsightType)+")"
		}
		result := "ok"
		if ev.Failed() {
			result = ev.ErrorCode
			if result == "" {
				result = ev.ErrorMessage
			}
		}
		fmt.Fprintf(out, "%s  %-28s %-32s %-60s %-14s %s\n",
			ev.EventTime.UTC().Format(time.RFC3339), dash(source), dash(operation), dash(ev.Actor()), dash(ev.AWSRegion), result)
	}
	return nil
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
