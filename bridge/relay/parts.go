package relay

import (
	"context"
	"fmt"

	"github.com/rwabridge/rwabridge/bridge/outbox"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/registry"
)

// An epoch of more than Config.ChunksPerTx chunks is disclosed in parts
// (the registry's submitDisclosurePart), one transaction each, in order:
// each part goes through submitted → confirmed like a whole epoch, then
// is recorded in Entry.Parts and the epoch returns to attested for the
// next. Where the next part starts is read from the registry
// (pendingEpoch) before every send, so a restarted relayer, a part
// landed by another sender or a pending epoch reset by one are followed.

// calldata returns the registry call that sends e's epoch next, with the
// part it carries (nil: the whole epoch).
func (r *Relayer) calldata(ctx context.Context, p *pass, e *outbox.Entry, sub *disclosure.Submission, sigs []disclosure.Signature) ([]byte, *outbox.Part, error) {
	part, err := r.nextPart(ctx, p, e, sub)
	if err != nil {
		return nil, nil, err
	}
	if part == nil {
		data, err := registry.SignedCalldata(sub, sigs, e.Threshold)
		return data, nil, err
	}
	q, err := disclosure.Quorum(sigs, e.Threshold)
	if err != nil {
		return nil, nil, fmt.Errorf("relay: %w", err)
	}
	data, err := registry.PartCalldata(sub, part.From, part.To-part.From, q)
	return data, part, err
}

// nextPart returns the part of sub to send next, or nil when the epoch
// fits one transaction (ChunksPerTx chunks or fewer: a whole disclosure
// also ends any pending part of it). The part continues the registry's
// pending epoch of the pool when that is this disclosure, under the
// current committee, with this bundle's accumulator at its next chunk (a
// bundle proved again has another); otherwise it starts from chunk 0,
// which the registry refuses (PendingHeld) while another sender holds a
// live pending epoch that moved within the hour.
func (r *Relayer) nextPart(ctx context.Context, p *pass, e *outbox.Entry, sub *disclosure.Submission) (*outbox.Part, error) {
	n := len(sub.ChunkRoots)
	if n <= r.cfg.ChunksPerTx {
		return nil, nil
	}
	rd := &registry.Reader{Chain: r.d.Chain, Address: r.reg}
	var pend registry.Pending
	if err := r.retry(ctx, "registry_pending_epoch", func() error {
		var err error
		pend, err = rd.PendingEpoch(ctx, e.Pool.Field(), nil)
		return err
	}); err != nil {
		return nil, fmt.Errorf("relay: %w", err)
	}
	from := 0
	if next := int(pend.Next); pend.StructHash == sub.Disclosure.StructHash() && pend.CommitteeVersion == p.version &&
		next > 0 && next < n && pend.Acc != nil && pend.Acc.Cmp(sub.Accs[next-1]) == 0 {
		from = next
	}
	return &outbox.Part{From: from, To: min(from+r.cfg.ChunksPerTx, n), Chunks: n}, nil
}

// partConfirmed records e's confirmed part (included at inc) in
// e.Parts and sends the epoch back to attested for its next part.
func (r *Relayer) partConfirmed(e *outbox.Entry, inc *outbox.Inclusion, note func(string, ...any)) (bool, error) {
	done := *e.Part
	done.TxHash, done.Block, done.Nonce = inc.TxHash, inc.Block, *e.Nonce
	e.Parts = append(e.Parts, done)
	e.State, e.Revert, e.Part, e.Nonce, e.Txs, e.Included = outbox.Attested, nil, nil, nil, nil, nil
	r.m.parts.Inc()
	note("part confirmed: %s, tx %s, block %d", &done, inc.TxHash, inc.Block)
	return true, r.put(e, PointConfirmed)
}

// finalTx reports whether e's transactions disclose its epoch: the whole
// epoch or its final part.
func finalTx(e *outbox.Entry) bool { return e.Part == nil || e.Part.Final() }
