//go:build unix

package demo

import (
	"runtime"
	"syscall"
	"time"
)

// usage returns this process's CPU time so far (user + system) and its
// peak resident set in bytes (ru_maxrss: VmHWM on Linux).
func usage() (cpu time.Duration, peak int64) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, 0
	}
	cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	peak = int64(ru.Maxrss)
	if runtime.GOOS != "darwin" {
		peak *= 1024 // kilobytes on Linux and the BSDs, bytes on macOS
	}
	return cpu, peak
}
