package policy

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Day and Week are the usual epoch lengths.
const (
	Day  = 24 * time.Hour
	Week = 7 * Day
)

// ParseEpochLength parses an epoch length as written in a policy: a whole
// number of days or weeks ("1d", "7d", "1w"), a Go duration ("6h", "24h"), or
// a whole number of seconds ("86400"). It does not check that the length is
// allowed; see ValidateEpochLength.
func ParseEpochLength(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	unit := time.Duration(0)
	switch {
	case strings.HasSuffix(s, "d"):
		unit = Day
	case strings.HasSuffix(s, "w"):
		unit = Week
	}
	if unit != 0 {
		n, err := strconv.ParseUint(s[:len(s)-1], 10, 16)
		if err != nil {
			return 0, fmt.Errorf("%w: %q: a day or week count must be a whole number such as 1d or 7d", ErrBadEpochLength, s)
		}
		return time.Duration(n) * unit, nil
	}
	if n, err := strconv.ParseUint(s, 10, 32); err == nil {
		return time.Duration(n) * time.Second, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, fmt.Errorf("%w: %q is not a duration; write e.g. 6h, 1d, 7d or 86400 (seconds)", ErrBadEpochLength, s)
	}
	return d, nil
}

// ValidateEpochLength reports whether d is an allowed epoch length: a whole
// number of hours dividing a day (1h, 2h, 3h, 4h, 6h, 8h, 12h), or a whole
// number of days from 1d to 7d. These lengths make every epoch start at a
// whole UTC hour and every multi-day epoch at UTC midnight.
func ValidateEpochLength(d time.Duration) error {
	if d < time.Hour || d > Week {
		return fmt.Errorf("%w: %s: %s", ErrBadEpochLength, FormatEpochLength(d), epochProblem(d))
	}
	if (d < Day && (d%time.Hour != 0 || Day%d != 0)) || (d >= Day && d%Day != 0) {
		return fmt.Errorf("%w: %s: %s", ErrBadEpochLength, FormatEpochLength(d), epochProblem(d))
	}
	return nil
}

func epochProblem(d time.Duration) string {
	return fmt.Sprintf("%s is not an allowed epoch length: use 1h, 2h, 3h, 4h, 6h, 8h or 12h, or a whole number of days from 1d to 7d", FormatEpochLength(d))
}

// FormatEpochLength writes d the way a policy would: "7d", "1d", "6h", "90m",
// or a Go duration for anything else.
func FormatEpochLength(d time.Duration) string {
	switch {
	case d > 0 && d%Day == 0:
		return fmt.Sprintf("%dd", d/Day)
	case d > 0 && d%time.Hour == 0:
		return fmt.Sprintf("%dh", d/time.Hour)
	case d > 0 && d%time.Minute == 0:
		return fmt.Sprintf("%dm", d/time.Minute)
	}
	return d.String()
}

// Epochs are aligned to the unix epoch: epoch e covers the unix seconds
// [e·L, (e+1)·L) for the epoch length L. Daily epochs are therefore UTC days
// (midnight to midnight). Weekly epochs run from Thursday 00:00 UTC to the next
// Thursday (1970-01-01 was a Thursday): one formula, with no offset, is
// computed identically by the prover, the circuit, the registry contract and
// the auditor.

// EpochSeconds returns the epoch length in seconds.
func (p *Policy) EpochSeconds() uint64 { return uint64(p.Epoch / time.Second) }

// EpochOf returns the number of the epoch that contains t. Times before
// 1970-01-01 UTC (which no record can carry) belong to epoch 0.
func (p *Policy) EpochOf(t time.Time) uint64 {
	u := t.Unix()
	if u < 0 {
		return 0
	}
	return uint64(u) / p.EpochSeconds()
}

// EpochStart returns the first instant of epoch e, in UTC.
func (p *Policy) EpochStart(e uint64) time.Time {
	return time.Unix(int64(e*p.EpochSeconds()), 0).UTC()
}

// EpochEnd returns the end of epoch e, in UTC: the first instant that is not
// in it (the start of epoch e+1).
func (p *Policy) EpochEnd(e uint64) time.Time { return p.EpochStart(e + 1) }
