// Command decodeonce decodes the benchmark log once in one of the decoder's modes, for
// instructions.sh to count the instructions the decoder executes a record: a count that, unlike a
// timing on a shared machine, is the same from one run to the next.
//
//	go run ./cmd/decodeonce -mode filter
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"strings"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/benchlog"
)

func main() {
	mode := flag.String("mode", "bytes", "stream (NewDecoder), bytes (NewBytesDecoder), filter or bytesfilter (keeping one record in about 4,096)")
	records := flag.Int("records", 4000, "records in the log")
	flag.Parse()
	data := benchlog.LogFile(benchlog.Records(*records, 1))
	keep := cloudtrail.WithFilter(func(h *cloudtrail.Header) bool { return strings.HasPrefix(h.EventID, "fff") })
	var d *cloudtrail.Decoder
	switch *mode {
	case "stream":
		d = cloudtrail.NewDecoder(bytes.NewReader(data))
	case "bytes":
		d = cloudtrail.NewBytesDecoder(data)
	case "filter":
		d = cloudtrail.NewDecoder(bytes.NewReader(data), keep)
	case "bytesfilter":
		d = cloudtrail.NewBytesDecoder(data, keep)
	default:
		log.Fatalf("no mode %q", *mode)
	}
	n := 0
	for _, err := range d.All() {
		if err != nil {
			log.Fatal(err)
		}
		n++
	}
	fmt.Printf("%s: %d records, %d events\n", *mode, *records, n)
}
