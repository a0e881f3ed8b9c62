#!/usr/bin/env bash
# Measures what the generated service packages cost their users, side by side with the AWS SDK for
# Go v2's package of the same service (issue "Generated packages that scale"):
#
#   - compile time and peak compiler memory of services/ssm and of the SDK's service/ssm, with the
#     standard library and every dependency already built, so that only the package is compiled
#     (the compile command `go build -n` prints, run RUNS times, ours and the SDK's in turn);
#   - the stripped linux/amd64 size of a program that uses only the core, of one that types one SSM
#     operation (ssm.Parse, *ssm.SendCommand), and of one that imports services/all, and from them
#     the size per operation typed;
#   - what services/all costs at program start (GODEBUG=inittrace=1, the service packages' lines);
#   - the size of the core module as `go mod download` unpacks it (golang.org/x/mod/zip applies the
#     module rules: nested modules, such as each service's, are left out);
#   - optionally (COLD=1), the build of the services/all program from an empty build cache.
#
# Usage, from anywhere in the checkout:
#
#   internal/apigen/budget/run.sh            # RUNS=3
#   RUNS=5 COLD=1 internal/apigen/budget/run.sh
#   EC2=1 internal/apigen/budget/run.sh      # services/ec2 against the SDK's too (a minute, 3 GB)
#
# It needs the Go module proxy for the SDK (github.com/aws/aws-sdk-go-v2/service/ssm@v1.83.0,
# service/ec2@v1.349.0 with EC2=1) and
# leaves nothing behind: everything it makes is in a temporary directory removed at exit.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../../.." && pwd)
runs=${RUNS:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOCACHE=$tmp/cache GOFLAGS=-trimpath
unset GOWORK

# --- The probe programs: a module in the workspace of every module of the checkout.
mkdir -p "$tmp/probe/core" "$tmp/probe/one" "$tmp/probe/all"
printf 'module probe\n\ngo 1.26\n' >"$tmp/probe/go.mod"
{
	echo "go 1.26"
	echo
	echo "use ("
	echo "	$tmp/probe"
	(cd "$repo" && find . -name go.mod -not -path '*/testdata/*' -not -path './.git/*' | sort | xargs -n1 dirname | sed "s|^\./\?|	$repo/|")
	echo ")"
} >"$tmp/probe/go.work"
cp "$repo/go.work.sum" "$tmp/probe/go.work.sum" 2>/dev/null || true

# Each program decodes the log files named on its command line; with none it only starts.
cat >"$tmp/probe/core/main.go" <<'EOF'
package main

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
)

func main() {
	n := 0
	for _, name := range os.Args[1:] {
		f, err := os.Open(name)
		if err != nil {
			panic(err)
		}
		for ev, err := range cloudtrail.NewDecoder(f).All() {
			if err == nil && ev.EventName != "" {
				n++
			}
		}
		f.Close()
	}
	fmt.Println(n, "events")
}
EOF
cat >"$tmp/probe/one/main.go" <<'EOF'
package main

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/ssm"
)

func main() {
	n := 0
	for _, name := range os.Args[1:] {
		f, err := os.Open(name)
		if err != nil {
			panic(err)
		}
		for ev, err := range cloudtrail.NewDecoder(f).All() {
			if err != nil {
				continue
			}
			if c, err := ssm.Parse(ev); err == nil {
				if sc, ok := c.(*ssm.SendCommand); ok && sc.Request != nil {
					n++
				}
			}
		}
		f.Close()
	}
	fmt.Println(n, "commands")
}
EOF
cat >"$tmp/probe/all/main.go" <<'EOF'
package main

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services"
	_ "github.com/trailtype/cloudtrail/services/all"
)

func main() {
	if len(os.Args) == 2 && os.Args[1] == "-operations" {
		n := 0
		for _, s := range services.EventSources() {
			n += len(services.Operations(s))
		}
		fmt.Println(n)
		return
	}
	n := 0
	for _, name := range os.Args[1:] {
		f, err := os.Open(name)
		if err != nil {
			panic(err)
		}
		for ev, err := range cloudtrail.NewDecoder(f).All() {
			if err != nil {
				continue
			}
			if _, err := services.Parse(ev); err == nil {
				n++
			}
		}
		f.Close()
	}
	fmt.Println(n, "typed")
}
EOF

# --- The core module as a module zip holds it, made from the committed tree (git archive HEAD): a
# zip made from the working directory would count whatever untracked files lie there (profiles,
# test binaries, *.test and *.prof are ignored by git but not by the zip): one checkout measured 15.4 MB
# where its committed tree holds 2.2 MB.
mkdir -p "$tmp/modsize" "$tmp/src"
git -C "$repo" archive --format=tar HEAD | tar -x -C "$tmp/src"
printf 'module modsize\n\ngo 1.26\n' >"$tmp/modsize/go.mod"
cat >"$tmp/modsize/main.go" <<'EOF'
package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"

	"golang.org/x/mod/module"
	modzip "golang.org/x/mod/zip"
)

func main() {
	var b bytes.Buffer
	v := module.Version{Path: os.Args[1], Version: "v0.0.0-20260101000000-000000000000"}
	if err := modzip.CreateFromDir(&b, v, os.Args[2]); err != nil {
		panic(err)
	}
	r, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		panic(err)
	}
	var unpacked uint64
	for _, f := range r.File {
		unpacked += f.UncompressedSize64
	}
	fmt.Printf("%d %d %d\n", unpacked, b.Len(), len(r.File))
}
EOF
(cd "$tmp/modsize" && GOWORK=off GOFLAGS=-mod=mod go get golang.org/x/mod@v0.43.0 >/dev/null 2>&1)
read -r unpacked zipped nfiles < <(cd "$tmp/modsize" && GOWORK=off go run . github.com/trailtype/cloudtrail "$tmp/src")

echo "# $(date -u +%FT%TZ) $(go version | cut -d' ' -f3-) $(nproc) cores, $(git -C "$repo" rev-parse --short HEAD)$(git -C "$repo" diff --quiet || echo +changes)"

# --- Cold build (optional): what a new user waits for.
if [ "${COLD:-0}" = 1 ]; then
	s=$(date +%s.%N)
	# A cache of its own, so that the packages measured below are still to be compiled.
	(cd "$tmp/probe" && GOCACHE=$tmp/coldcache GOWORK=$tmp/probe/go.work go build -o "$tmp/bin-cold" ./all)
	rm -rf "$tmp/coldcache"
	printf 'cold build of a services/all program (empty cache, std included): %.1f s\n' "$(echo "$(date +%s.%N) - $s" | bc)"
fi

# compile_script writes the commands that compile package $2 alone, run in module dir $1, after
# building every dependency into the cache.
compile_script() {
	local dir=$1 pkg=$2 out=$3 work=$4
	(cd "$dir" && GOWORK=$work go build $(GOWORK=$work go list -deps "$pkg" | grep -vx "$pkg") &&
		GOWORK=$work go build -n "$pkg") >"$out" 2>&1
	grep -q "/compile " "$out" || { echo "no compile command for $pkg in $out" >&2; cat "$out" >&2; exit 1; }
}

# measure runs a compile script once and prints "seconds peak-MB".
measure() {
	local w
	w=$(mktemp -d -p "$tmp")
	/usr/bin/time -f '%e %M' -o "$tmp/time" env WORK="$w" sh "$1" >/dev/null 2>&1
	rm -rf "$w"
	awk '{printf "%s %d\n", $1, $2/1024}' "$tmp/time"
}
median() { sort -n | awk '{a[NR]=$0} END {print a[int((NR+1)/2)]}'; }

# compare_compile compiles services/$1 and the SDK's service/$1 at version $2 alone, $3 times each
# in turn, and prints the medians and their ratio. The SDK's package is in a module of its own.
warmed=0
compare_compile() {
	local name=$1 version=$2 n=$3 dir=$tmp/sdk-$1
	local ours_pkg=github.com/trailtype/cloudtrail/services/$name sdk_pkg=github.com/aws/aws-sdk-go-v2/service/$name
	mkdir -p "$dir"
	printf 'module sdkprobe\n\ngo 1.26\n' >"$dir/go.mod"
	printf 'package main\n\nimport _ "%s"\n\nfunc main() {}\n' "$sdk_pkg" >"$dir/main.go"
	(cd "$dir" && GOWORK=off GOFLAGS=-mod=mod go get "$sdk_pkg@$version" >/dev/null 2>&1)
	compile_script "$tmp/probe" "$ours_pkg" "$tmp/ours-$name.sh" "$tmp/probe/go.work"
	compile_script "$dir" "$sdk_pkg" "$tmp/sdk-$name.sh" off
	if [ $warmed = 0 ]; then # warm-up, not counted: the first run builds go tool buildid
		measure "$tmp/ours-$name.sh" >/dev/null
		warmed=1
	fi
	local ours=() sdk=()
	for _ in $(seq "$n"); do
		ours+=("$(measure "$tmp/ours-$name.sh")")
		sdk+=("$(measure "$tmp/sdk-$name.sh")")
	done
	local ours_s ours_m sdk_s sdk_m
	ours_s=$(printf '%s\n' "${ours[@]}" | cut -d' ' -f1 | median)
	ours_m=$(printf '%s\n' "${ours[@]}" | cut -d' ' -f2 | median)
	sdk_s=$(printf '%s\n' "${sdk[@]}" | cut -d' ' -f1 | median)
	sdk_m=$(printf '%s\n' "${sdk[@]}" | cut -d' ' -f2 | median)
	echo
	echo "compile, median of $n (seconds, peak MB):"
	printf '  services/%-4s (ours)       %7.2f s %6d MB   (all runs: %s)\n' "$name" "$ours_s" "$ours_m" "$(printf '%s; ' "${ours[@]}")"
	printf '  SDK service/%-4s %-9s %7.2f s %6d MB   (all runs: %s)\n' "$name" "$version" "$sdk_s" "$sdk_m" "$(printf '%s; ' "${sdk[@]}")"
	printf '  ratio ours/SDK             %7.2fx  %6.2fx\n' "$(echo "$ours_s / $sdk_s" | bc -l)" "$(echo "$ours_m / $sdk_m" | bc -l)"
}
compare_compile ssm v1.83.0 "$runs"
# EC2=1 adds EC2, the largest model: the SDK's package takes about a minute and 3 GB, so it is run
# EC2_RUNS times (1 unless told).
if [ "${EC2:-0}" = 1 ]; then
	compare_compile ec2 v1.349.0 "${EC2_RUNS:-1}"
fi

# --- Binary sizes, stripped, linux/amd64.
for p in core one all; do
	(cd "$tmp/probe" && GOWORK=$tmp/probe/go.work GOOS=linux GOARCH=amd64 go build -ldflags='-s -w' -o "$tmp/bin-$p" ./$p)
done
size() { stat -c %s "$1"; }
core=$(size "$tmp/bin-core") one=$(size "$tmp/bin-one") all=$(size "$tmp/bin-all")
ops=$("$tmp/bin-all" -operations)
echo
echo "binary size (stripped, linux/amd64):"
printf '  core only                  %9d bytes\n' "$core"
printf '  one SSM operation          %9d bytes  (+%d bytes, %.2f MiB over core)\n' "$one" $((one - core)) "$(echo "($one - $core) / 1048576" | bc -l)"
printf '  services/all               %9d bytes  (+%d bytes over core)\n' "$all" $((all - core))
printf '  per operation typed        %9.0f bytes  (%d operations)\n' "$(echo "($all - $core) / $ops" | bc -l)" "$ops"

echo
printf 'core module: %.2f MB unpacked (%d files), %.2f MB zipped\n' "$(echo "$unpacked / 1000000" | bc -l)" "$nfiles" "$(echo "$zipped / 1000000" | bc -l)"

# --- Start-up cost of services/all: the init lines of the service packages, median of RUNS.
echo
echo "start-up of services/all (GODEBUG=inittrace=1, the packages under services/ and serverlessrepo):"
starts=()
for _ in $(seq "$runs"); do
	starts+=("$(GODEBUG=inittrace=1 "$tmp/bin-all" 2>&1 >/dev/null |
		awk '/^init github.com\/trailtype\/cloudtrail\/(services|serverlessrepo)/ {ms += $5; b += $8; n += $10} END {printf "%.3f %d %d\n", ms, b, n}')")
done
printf '  median %s ms clock, %s bytes, %s allocations   (all runs: %s)\n' \
	"$(printf '%s\n' "${starts[@]}" | cut -d' ' -f1 | median)" \
	"$(printf '%s\n' "${starts[@]}" | cut -d' ' -f2 | median)" \
	"$(printf '%s\n' "${starts[@]}" | cut -d' ' -f3 | median)" "$(printf '%s; ' "${starts[@]}")"
