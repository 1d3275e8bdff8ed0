//go:build !unix

package demo

import "time"

// usage is not measured where getrusage is missing: both are 0.
func usage() (cpu time.Duration, peak int64) { return 0, 0 }
