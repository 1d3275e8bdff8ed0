package agent

import (
	"context"
	"fmt"

	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// Ledger is what the agent needs of the onshore ledger: submitting a batch
// and learning, per event, whether it is stored, a duplicate or rejected.
// *ledger.Client satisfies it, over the embedded ledger or Fabric. The
// ledger must be idempotent per (pool, cabinet, seq): the agent delivers at
// least once.
type Ledger interface {
	SubmitBatch(ctx context.Context, events []telemetry.SignedEvent) ([]ledger.EventResult, error)
}

// The per-event statuses the ledger answers.
const (
	StatusStored    = string(ledger.StatusStored)
	StatusDuplicate = string(ledger.StatusDuplicate)
	StatusRejected  = string(ledger.StatusRejected)
)

// result is the ledger's answer for one submitted event.
type result struct {
	Status  string // StatusStored, StatusDuplicate or StatusRejected
	Class   string // why it was rejected: a telemetry class or a ledger code
	Message string
}

// resultsOf checks the ledger's answer covers the batch, event by event.
func resultsOf(res []ledger.EventResult, events []telemetry.SignedEvent) ([]result, error) {
	n := len(events)
	if len(res) != n {
		return nil, fmt.Errorf("%w: %d results for %d events", ErrLedgerAnswer, len(res), n)
	}
	out := make([]result, n)
	for i, r := range res {
		switch r.Status {
		case ledger.StatusStored, ledger.StatusDuplicate, ledger.StatusRejected:
		default:
			return nil, fmt.Errorf("%w: event %d has status %q", ErrLedgerAnswer, i, r.Status)
		}
		if r.Cabinet != 0 && (r.Cabinet != events[i].Cabinet || r.Seq != events[i].Seq) {
			return nil, fmt.Errorf("%w: result %d is for cabinet %d seq %d, the event is cabinet %d seq %d",
				ErrLedgerAnswer, i, r.Cabinet, r.Seq, events[i].Cabinet, events[i].Seq)
		}
		out[i] = result{Status: string(r.Status), Class: r.Class, Message: r.Error}
		if r.Status == ledger.StatusRejected && out[i].Class == "" {
			out[i].Class = ledger.CodeInternal
		}
	}
	return out, nil
}
