package relay

import (
	"context"
	"errors"
	"time"

	"github.com/ethereum/go-ethereum"

	"github.com/rwabridge/rwabridge/offshore/onchain"
	"github.com/rwabridge/rwabridge/offshore/registry"
	"github.com/rwabridge/rwabridge/onshore/ledger"
)

// retryable reports whether err may go away by asking again: transport
// failures and node errors, not reverts, missing objects, contract
// refusals, the registry's answer that an epoch is not disclosed (read
// from its state, not from a log index that may lag) or a cancelled
// context.
func retryable(err error) bool {
	switch {
	case err == nil, errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded),
		errors.Is(err, ethereum.NotFound), errors.Is(err, registry.ErrNotAccepted), onchain.AsRevert(err) != nil:
		return false
	}
	var le *ledger.Error
	if errors.As(err, &le) && le.Code != ledger.CodeInternal {
		return false
	}
	return true
}

// retry runs f until it succeeds, fails for good, or Retry.Attempts are
// spent (Config.Retry: exponential backoff with jitter).
func (r *Relayer) retry(ctx context.Context, what string, f func() error) error {
	return r.cfg.Retry.Retry(ctx, func(int) error { return f() }, retryable, func(attempt int, err error, wait time.Duration) {
		r.m.retries.WithLabelValues(what).Inc()
		r.log.Debug("retrying", "call", what, "attempt", attempt, "in", wait, "err", err)
	})
}
