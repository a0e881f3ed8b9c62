//go:build unix

package cloudtrail_test

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used, user and system, on every thread: a figure that
// other programs on a busy machine do not inflate, as they do wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
