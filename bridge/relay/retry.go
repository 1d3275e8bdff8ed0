package relay

import (
	"context"
	"errors"
	"time"

	"github.com/ethereum/go-ethereum"

	"github.com/rwabridge/rwabridge/offshore/onchain"
	"github.com/rwabridge/rwabridge/onshore/ledger"
)

// retryable reports whether err may go away by asking again: transport
// failures and node errors, not reverts, missing objects, contract
// refusals or a cancelled context.
func retryable(err error) bool {
	switch {
	case err == nil, errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded),
		errors.Is(err, ethereum.NotFound), onchain.AsRevert(err) != nil:
		return false
	}
	var le *ledger.Error
	if errors.As(err, &le) && le.Code != ledger.CodeInternal {
		return false
	}
	return true
}

// retry runs f until it succeeds, fails for good, or Retry.Attempts are
// spent, waiting Initial, 2·Initial, … (at most Max) in between.
func (r *Relayer) retry(ctx context.Context, what string, f func() error) error {
	delay := r.cfg.Retry.Initial
	for attempt := 1; ; attempt++ {
		err := f()
		if !retryable(err) || attempt >= r.cfg.Retry.Attempts {
			return err
		}
		r.m.retries.WithLabelValues(what).Inc()
		r.log.Debug("retrying", "call", what, "attempt", attempt, "err", err)
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return errors.Join(err, ctx.Err())
		case <-t.C:
		}
		delay = min(2*delay, r.cfg.Retry.Max)
	}
}
