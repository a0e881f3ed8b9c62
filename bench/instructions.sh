#!/bin/sh
# instructions.sh [mode...]: the instructions the decoder executes a record of the benchmark log,
# counted by valgrind's callgrind inside Decoder.Next with the garbage collector off, for the modes
# of cmd/decodeonce (all four by default). The count is the same from run to run, so it shows a
# change of a few per cent that timings on a shared machine hide; check the time too. Preemption
# signals are off because callgrind can fail on them.
set -e
cd "$(dirname "$0")"
command -v valgrind >/dev/null || { echo "instructions.sh needs valgrind (apt-get install valgrind)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/decodeonce" ./cmd/decodeonce
records=4000
for mode in ${*:-stream bytes filter bytesfilter}; do
	GOGC=off GODEBUG=asyncpreemptoff=1 valgrind --tool=callgrind --collect-atstart=no --callgrind-out-file="$tmp/out" \
		'--toggle-collect=github.com/trailtype/cloudtrail.(*Decoder).Next' \
		"$tmp/decodeonce" -mode "$mode" -records $records >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
	awk -v m="$mode" -v n=$records '/^summary:/ { printf "%-12s %6.0f instructions a record\n", m, $2 / n }' "$tmp/out"
done
