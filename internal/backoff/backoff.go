// Package backoff owns retrying with exponential backoff: the one policy
// (attempts, initial delay, cap) every rwabridge client that talks to
// something that may be briefly away uses — the agent toward the ledger,
// the Fabric Gateway client toward its peers, the relayer toward the L2 node
// and the ledger.
//
// The delay after the n-th failure is Initial·2^(n−1), capped at Max, then
// scaled by a random factor in [0.5, 1] (jitter), so that clients that
// failed together do not retry together. Which errors are worth retrying is
// the caller's to say.
package backoff

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"
)

// ErrInvalid is wrapped by every error of Policy.Validate.
var ErrInvalid = errors.New("invalid retry policy")

// Policy is a retry policy, as it appears in config files under `retry:`.
type Policy struct {
	// Attempts bounds the calls, the first included; 0 retries until the
	// context ends.
	Attempts int           `yaml:"attempts"`
	Initial  time.Duration `yaml:"initial"`
	Max      time.Duration `yaml:"max"`
}

// Validate checks 0 < Initial ≤ Max and Attempts >= 0.
func (p Policy) Validate() error {
	if p.Attempts < 0 {
		return fmt.Errorf("%w: attempts %d must not be negative", ErrInvalid, p.Attempts)
	}
	if p.Initial <= 0 || p.Max < p.Initial {
		return fmt.Errorf("%w: need 0 < initial (%s) ≤ max (%s)", ErrInvalid, p.Initial, p.Max)
	}
	return nil
}

// Delay returns the wait after the attempt-th failure (attempt ≥ 1).
func (p Policy) Delay(attempt int) time.Duration {
	d := p.Initial
	for i := 1; i < attempt && d < p.Max; i++ {
		d *= 2
	}
	d = min(d, p.Max)
	return d/2 + rand.N(d/2+1)
}

// Retry calls f until it returns nil, returns an error retryable does not
// accept (nil retryable accepts every error), Attempts calls were made, or
// ctx ends; it returns f's last error (joined with ctx's when ctx ended the
// wait). Before each wait it calls onRetry, when set, with the failed
// attempt's number, its error and the wait.
func (p Policy) Retry(ctx context.Context, f func(attempt int) error, retryable func(error) bool,
	onRetry func(attempt int, err error, wait time.Duration)) error {
	for attempt := 1; ; attempt++ {
		err := f(attempt)
		if err == nil || (retryable != nil && !retryable(err)) || (p.Attempts > 0 && attempt >= p.Attempts) {
			return err
		}
		if ctx.Err() != nil {
			return errors.Join(err, ctx.Err())
		}
		wait := p.Delay(attempt)
		if onRetry != nil {
			onRetry(attempt, err, wait)
		}
		if serr := Sleep(ctx, wait); serr != nil {
			return errors.Join(err, serr)
		}
	}
}

// Sleep waits d or until ctx ends, whichever is first, and returns ctx's
// error in the second case.
func Sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
