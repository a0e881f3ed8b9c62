// Command summarize prints one line per CloudTrail event: time, source, operation, actor, region
// and error. It reads any delivery format the decoder knows (S3 log files gzip or not, NDJSON,
// EventBridge, LookupEvents, CloudWatch Logs), from files or standard input.
//
//	go run ./examples/summarize testdata/trailscraper/111111111111_CloudTrail_eu-central-1_20171211T1505Z_A6kvhMoVeCsc7v8U.json.gz
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/trailtype/cloudtrail"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// run is the command with its arguments and files; it returns the exit status.
func run(args []string, stdin *os.File, stdout, stderr io.Writer) int {
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	flags := flag.NewFlagSet("summarize", flag.ContinueOnError)
	flags.SetOutput(stderr)
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: summarize [file ...]   (or pipe a log into it; - is standard input)")
	}
	if err := flags.Parse(args); err == flag.ErrHelp {
		return 0
	} else if err != nil {
		return 2
	}
	files := flags.Args()
	if len(files) == 0 {
		if st, err := stdin.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			// Nothing is piped in: say how to use it rather than wait on the terminal.
			flags.Usage()
			return 2
		}
		files = []string{"-"}
	}
	failed := false
	for _, name := range files {
		if err := summarize(out, stderr, stdin, name); err != nil {
			fmt.Fprintf(stderr, "summarize: %s: %v\n", name, err)
			failed = true
		}
	}
	if failed {
		return 1
	}
	return 0
}

func summarize(out, stderr io.Writer, stdin io.Reader, name string) error {
	in := stdin
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
			fmt.Fprintf(stderr, "summarize: %s: skipped: %v\n", name, err)
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
		when := "-" // a record without eventTime
		if !ev.EventTime.IsZero() {
			when = ev.EventTime.UTC().Format(time.RFC3339)
		}
		fmt.Fprintf(out, "%-20s  %-28s %-32s %-60s %-14s %s\n",
			when, dash(source), dash(operation), dash(ev.Actor()), dash(ev.AWSRegion), result)
	}
	return nil
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
