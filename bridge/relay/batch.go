package relay

import (
	"context"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/rwabridge/rwabridge/bridge/outbox"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/onchain"
	"github.com/rwabridge/rwabridge/offshore/registry"
	"github.com/rwabridge/rwabridge/onshore/ledger"
)

// Batches. An attested epoch at the head of its pool's queue is held back
// until the end of the pass (queue); there the epochs held (sendReady) are
// each tried alone on the node (an estimate of its own single
// submission), and those that pass, single-chunk, signed under the
// current committee and of pools on one verifier, go out together, at
// most Config.BatchMax to a transaction (the registry's
// submitDisclosures). Every other one is sent alone, as it would have
// been without batches: a refusal names it. Each entry of a batch records
// the same transaction and nonce, all in one outbox write, before the
// broadcast; each then follows it as its own (track), and a mined revert
// of the batch sends its epochs alone (unbatch).

// held is an epoch held back for the end of the pass.
type held struct {
	s *ledger.Seal
	e *outbox.Entry
}

// candidate is a held epoch that passed alone and may join a batch.
type candidate struct {
	held
	sub    *disclosure.Submission
	quorum []byte
}

func itemOf(e *outbox.Entry) outbox.BatchItem { return outbox.BatchItem{Pool: e.Pool, Epoch: e.Epoch} }

// queue holds e back for the end of the pass and reports true, unless
// batches are off, the pass already decided to send it alone, or the
// registry refused it before (it is then sent alone, so that a refusal
// names it).
func (r *Relayer) queue(p *pass, s *ledger.Seal, e *outbox.Entry, note func(string, ...any)) bool {
	if r.cfg.BatchMax < 2 || p.alone[itemOf(e)] || e.Revert != nil || len(e.Reverted) > 0 {
		return false
	}
	p.held = append(p.held, held{s: s, e: e})
	note("ready: sent at the end of the pass, with other pools' epochs where it can")
	return true
}

// sendReady sends the epochs held back in this pass, in batches where it
// can, then moves each as far as it goes (those not batched are sent
// alone), updating their reports. It returns the epochs' errors.
func (r *Relayer) sendReady(ctx context.Context, p *pass, rep *Report) []error {
	hs := p.held
	p.held = nil
	if len(hs) == 0 {
		return nil
	}
	notes := map[outbox.BatchItem][]string{}
	for _, b := range r.batches(ctx, p, hs, notes) {
		if err := r.sendBatch(ctx, p, b, notes); err != nil {
			r.log.Warn("batch not sent: its epochs go alone", "epochs", len(b), "err", err)
			for _, c := range b {
				notes[itemOf(c.e)] = append(notes[itemOf(c.e)], fmt.Sprintf("the batch was not sent (%v): sent alone", err))
			}
		}
	}
	if p.alone == nil {
		p.alone = map[outbox.BatchItem]bool{}
	}
	var errs []error
	for _, h := range hs {
		it := itemOf(h.e)
		p.alone[it] = true
		er, _ := r.advance(ctx, p, h.s, true)
		if old := rep.Epoch(h.s.Pool, h.s.Epoch); old != nil {
			er.From = old.From
			er.Notes = append(append(old.Notes, notes[it]...), er.Notes...)
			*old = er
		} else {
			rep.Epochs = append(rep.Epochs, er)
		}
		if er.Err != nil {
			errs = append(errs, fmt.Errorf("%s epoch %d: %w", h.s.Pool, h.s.Epoch, er.Err))
		}
	}
	return errs
}

// batches returns the held epochs that may go together, grouped by their
// pools' verifier, at most BatchMax to a group and at least two; the rest
// are left to go alone (with a note saying why when it is not plain).
func (r *Relayer) batches(ctx context.Context, p *pass, hs []held, notes map[outbox.BatchItem][]string) [][]candidate {
	if len(hs) < 2 {
		return nil
	}
	members, threshold, version, err := r.committeeNow(ctx)
	if err != nil {
		return nil
	}
	if version != p.version {
		p.members, p.threshold, p.version = members, threshold, version
	}
	byVerifier := map[common.Address][]candidate{}
	var order []common.Address
	for _, h := range hs {
		note := func(format string, args ...any) {
			notes[itemOf(h.e)] = append(notes[itemOf(h.e)], fmt.Sprintf(format, args...))
		}
		if !signedUnder(h.e, p) {
			continue // collected again when sent alone
		}
		sub, err := r.submission(h.e)
		if err != nil || !sub.Single() {
			continue
		}
		q, err := quorumOf(h.e)
		if err != nil {
			continue
		}
		// Alone first: one that the registry would refuse stays out, and
		// its own submission's refusal names it.
		data := registry.Calldata(sub, q)
		_, err = retried(ctx, r, "estimate_gas", func() (uint64, error) {
			return r.d.Chain.EstimateGas(ctx, ethereum.CallMsg{From: r.from, To: &r.reg, Data: data})
		})
		if re := onchain.AsRevert(err); re != nil {
			note("left out of the batch: alone, the registry would refuse it (%s)", re.Name)
			continue
		} else if err != nil {
			continue
		}
		v, err := r.verifierOf(ctx, sub.Disclosure.Pool)
		if err != nil {
			note("left out of the batch: %v", err)
			continue
		}
		if _, ok := byVerifier[v]; !ok {
			order = append(order, v)
		}
		byVerifier[v] = append(byVerifier[v], candidate{held: h, sub: sub, quorum: q})
	}
	var out [][]candidate
	for _, v := range order {
		for c := range slices.Chunk(byVerifier[v], r.cfg.BatchMax) {
			if len(c) > 1 {
				out = append(out, c)
			}
		}
	}
	return out
}

// sendBatch signs one transaction carrying every candidate of b, records
// it in each of their entries (one outbox write), then broadcasts it.
func (r *Relayer) sendBatch(ctx context.Context, p *pass, b []candidate, notes map[outbox.BatchItem][]string) error {
	subs := make([]*disclosure.Submission, len(b))
	quorums := make([][]byte, len(b))
	items := make([]outbox.BatchItem, len(b))
	for i, c := range b {
		subs[i], quorums[i], items[i] = c.sub, c.quorum, itemOf(c.e)
	}
	data, err := registry.BatchCalldata(subs, quorums)
	if err != nil {
		return err
	}
	est, err := retried(ctx, r, "estimate_gas", func() (uint64, error) {
		return r.d.Chain.EstimateGas(ctx, ethereum.CallMsg{From: r.from, To: &r.reg, Data: data})
	})
	if re := onchain.AsRevert(err); re != nil {
		return fmt.Errorf("the registry would refuse the batch: %s", re.Name)
	} else if err != nil {
		return fmt.Errorf("relay: estimate a batch's gas: %w", err)
	}
	tx, nonce, tip, feeCap, err := r.signNext(ctx, p, gasLimit(est), data)
	if err != nil {
		return err
	}
	rec := record(tx, r.d.Now())
	es := make([]*outbox.Entry, len(b))
	for i, c := range b {
		e := c.e
		e.Nonce = &nonce
		e.Txs = append(e.Txs, rec)
		e.State = outbox.Submitted
		e.Batch = items
		es[i] = e
	}
	if err := r.d.Outbox.PutBatch(es); err != nil {
		return err
	}
	r.d.CrashPoint(PointSubmitted)
	r.m.sent.Inc()
	for _, it := range items {
		notes[it] = append(notes[it], fmt.Sprintf("sent in batch tx %s with %d epochs of other pools, nonce %d, tip %s, fee cap %s wei",
			tx.Hash().Hex(), len(items)-1, nonce, tip, feeCap))
	}
	r.log.Info("batch sent", "tx", tx.Hash().Hex(), "epochs", len(items), "nonce", nonce)
	if err := r.broadcast(ctx, tx); err != nil {
		return nil // recorded: the entries re-broadcast it
	}
	r.d.CrashPoint(PointBroadcast)
	return nil
}

// quorumOf returns e's signatures as the registry takes them.
func quorumOf(e *outbox.Entry) ([]byte, error) {
	q, err := disclosure.Quorum(signaturesOf(e), e.Threshold)
	if err != nil {
		return nil, fmt.Errorf("relay: %w", err)
	}
	return q, nil
}

// verifierOf returns the verifier the registry checks pool's proofs with.
func (r *Relayer) verifierOf(ctx context.Context, pool *big.Int) (common.Address, error) {
	out, err := r.call(ctx, registryABI.PackPoolInfo(pool))
	if err != nil {
		return common.Address{}, fmt.Errorf("relay: poolInfo(%s): %w", field.Word(pool), err)
	}
	info, err := registryABI.UnpackPoolInfo(out)
	if err != nil {
		return common.Address{}, fmt.Errorf("relay: poolInfo(%s): %w", field.Word(pool), err)
	}
	return info.Verifier, nil
}

// unbatch acts on a mined revert of e's batch transaction, which can not
// say whose epoch the registry refused: e goes back to attested with the
// revert noted and is sent alone at once, where a refusal names it. The
// transaction is kept in Reverted.
func (r *Relayer) unbatch(e *outbox.Entry, re *onchain.RevertError, where string, note func(string, ...any)) (bool, error) {
	v := r.remember(e, re, re.Name, where)
	v.Class, v.RetryAt = outbox.RevertWait, v.Last
	v.Action = "the batch transaction carrying this epoch was refused: the relayer sends the epoch alone, where a refusal names it"
	r.retire(e)
	e.State = outbox.Attested
	note("batch refused: %s (%s); sending this epoch alone", v, where)
	r.log.Warn("a batch transaction was refused: sending its epochs alone", "pool", e.Pool, "epoch", e.Epoch, "error", v.String(), "where", where)
	return true, r.put(e, "")
}

// replaceBatch records the replacement rec of e's batch transaction in
// every entry of the batch that still holds its nonce, in one write.
func (r *Relayer) replaceBatch(e *outbox.Entry, rec outbox.Tx) error {
	es := []*outbox.Entry{e}
	for _, it := range e.Batch {
		if it == itemOf(e) {
			continue
		}
		o, ok, err := r.d.Outbox.Get(it.Pool, it.Epoch)
		if err != nil {
			return err
		}
		if ok && o.Nonce != nil && *o.Nonce == *e.Nonce && slices.Equal(o.Batch, e.Batch) {
			o.Txs = append(o.Txs, rec)
			es = append(es, o)
		}
	}
	e.Txs = append(e.Txs, rec)
	if err := r.d.Outbox.PutBatch(es); err != nil {
		return err
	}
	r.d.CrashPoint(PointReplaced)
	return nil
}
