package relay

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/rwabridge/rwabridge/bridge/outbox"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/onchain"
	"github.com/rwabridge/rwabridge/onshore/ledger"
)

// send signs the epoch's first transaction (of its next part, for an
// epoch sent in parts), records it, then broadcasts it. A revert at
// estimation is acted on by refused.
func (r *Relayer) send(ctx context.Context, p *pass, s *ledger.Seal, e *outbox.Entry, note func(string, ...any)) (bool, error) {
	// The committee may have changed since the pass began: signatures of
	// another version are never sent.
	members, threshold, version, err := r.committeeNow(ctx)
	if err != nil {
		return false, err
	}
	if version != p.version {
		p.members, p.threshold, p.version = members, threshold, version
	}
	if !signedUnder(e, p) {
		return r.recollect(p, e, note)
	}
	sub, err := r.submission(e)
	if err != nil {
		return false, err
	}
	data, part, err := r.calldata(ctx, p, e, sub, signaturesOf(e))
	if err != nil {
		return false, err
	}
	// With gas_limit set, estimation is skipped and every guard of the
	// registry becomes a mined revert (track). Once an attempt of the
	// epoch reverted, the relayer estimates anyway (a refusal that lasts
	// then costs no gas; after running out of gas it takes the larger),
	// falling back to gas_limit when the node cannot estimate.
	gas := r.cfg.GasLimit
	if gas == 0 || len(e.Reverted) > 0 || e.Revert != nil {
		est, err := retried(ctx, r, "estimate_gas", func() (uint64, error) {
			return r.d.Chain.EstimateGas(ctx, ethereum.CallMsg{From: r.from, To: &r.reg, Data: data})
		})
		switch re := onchain.AsRevert(err); {
		case err == nil:
			gas = max(gas, gasLimit(est))
		case re != nil:
			return r.refused(ctx, p, s, e, re, "estimation", note)
		case gas == 0:
			return false, fmt.Errorf("relay: estimate gas: %w", err)
		}
	}
	tx, nonce, tip, feeCap, err := r.signNext(ctx, p, gas, data)
	if err != nil {
		return false, err
	}
	e.Nonce, e.Part = &nonce, part
	e.Txs = append(e.Txs, record(tx, r.d.Now()))
	e.State = outbox.Submitted
	if err := r.put(e, PointSubmitted); err != nil {
		return false, err
	}
	r.m.sent.Inc()
	note("sent tx %s, nonce %d, tip %s, fee cap %s wei", tx.Hash().Hex(), nonce, tip, feeCap)
	if part != nil {
		note("the tx carries %s", part)
	}
	if err := r.broadcast(ctx, tx); err != nil {
		return false, err
	}
	r.d.CrashPoint(PointBroadcast)
	return true, nil
}

// signNext signs data with gas as the relayer's next transaction: the
// nonce after the chain's and every one the outbox holds, fees from the
// latest block's base fee.
func (r *Relayer) signNext(ctx context.Context, p *pass, gas uint64, data []byte) (tx *types.Transaction, nonce uint64, tip, feeCap *big.Int, err error) {
	chainNonce, err := r.nonceAt(ctx, nil)
	if err != nil {
		return nil, 0, nil, nil, err
	}
	if nonce, err = r.d.Outbox.NextNonce(chainNonce); err != nil {
		return nil, 0, nil, nil, err
	}
	head, err := r.header(ctx, nil)
	if err != nil {
		return nil, 0, nil, nil, err
	}
	if tip, feeCap, err = r.fees(ctx, head.BaseFee); err != nil {
		return nil, 0, nil, nil, err
	}
	tx, err = r.sign(p, nonce, tip, feeCap, gas, data)
	return tx, nonce, tip, feeCap, err
}

// signaturesOf returns e's collected signatures as disclosure takes them.
func signaturesOf(e *outbox.Entry) []disclosure.Signature {
	sigs := make([]disclosure.Signature, len(e.Signatures))
	for i, s := range e.Signatures {
		sigs[i] = disclosure.Signature{Signer: common.HexToAddress(s.Signer), Sig: s.Sig}
	}
	return sigs
}

func record(tx *types.Transaction, now time.Time) outbox.Tx {
	raw, _ := tx.MarshalBinary()
	return outbox.Tx{Hash: field.Digest(tx.Hash()), Nonce: tx.Nonce(), TipCap: tx.GasTipCap().String(), FeeCap: tx.GasFeeCap().String(),
		Gas: tx.Gas(), Raw: raw, SentAt: now.UTC()}
}

func (r *Relayer) sign(p *pass, nonce uint64, tip, feeCap *big.Int, gas uint64, data []byte) (*types.Transaction, error) {
	tx, err := types.SignNewTx(r.d.Key, types.LatestSignerForChainID(p.chainID), &types.DynamicFeeTx{
		ChainID: p.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: &r.reg, Data: data,
	})
	if err != nil {
		return nil, fmt.Errorf("relay: sign: %w", err)
	}
	return tx, nil
}

// fees returns a tip (the node's suggestion within the configured bounds)
// and fee cap (base fee × multiplier + tip, capped).
func (r *Relayer) fees(ctx context.Context, base *big.Int) (tip, feeCap *big.Int, err error) {
	tipMin, tipMax, feeMax := r.cfg.Fees.big()
	suggested, err := retried(ctx, r, "suggest_tip", func() (*big.Int, error) { return r.d.Chain.SuggestGasTipCap(ctx) })
	if err != nil {
		return nil, nil, fmt.Errorf("relay: suggest tip: %w", err)
	}
	tip = bigMin(bigMax(suggested, tipMin), tipMax)
	if base == nil {
		base = new(big.Int)
	}
	feeCap = new(big.Int).Mul(base, new(big.Int).SetUint64(r.cfg.Fees.BaseFeeMultiplier))
	feeCap.Add(feeCap, tip)
	feeCap = bigMin(feeCap, feeMax)
	tip = bigMin(tip, feeCap)
	return tip, feeCap, nil
}

// bump returns the replacement's fees: at least +BumpPercent on both the
// tip and the fee cap of last, and enough for the current base fee; ok is
// false when the caps do not allow a valid replacement.
func (r *Relayer) bump(ctx context.Context, last *types.Transaction, base *big.Int) (tip, feeCap *big.Int, ok bool, err error) {
	tip, feeCap, err = r.fees(ctx, base)
	if err != nil {
		return nil, nil, false, err
	}
	raise := func(x *big.Int) *big.Int {
		y := new(big.Int).Mul(x, new(big.Int).SetUint64(100+r.cfg.Fees.BumpPercent))
		y.Add(y, big.NewInt(99))
		return y.Div(y, big.NewInt(100))
	}
	minTip, minCap := raise(last.GasTipCap()), raise(last.GasFeeCap())
	_, _, feeMax := r.cfg.Fees.big()
	tip = bigMax(tip, minTip)
	feeCap = bigMin(bigMax(feeCap, minCap, new(big.Int).Add(tip, new(big.Int).Mul(base, new(big.Int).SetUint64(r.cfg.Fees.BaseFeeMultiplier)))), feeMax)
	if tip.Cmp(feeCap) > 0 {
		tip = new(big.Int).Set(feeCap)
	}
	return tip, feeCap, tip.Cmp(minTip) >= 0 && feeCap.Cmp(minCap) >= 0, nil
}

func bigMin(a, b *big.Int) *big.Int {
	if a.Cmp(b) <= 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}

func bigMax(xs ...*big.Int) *big.Int {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Cmp(m) > 0 {
			m = x
		}
	}
	return new(big.Int).Set(m)
}

// Node answers to a re-broadcast that mean "the node has it, or had it":
// go-ethereum's txpool and core errors as they cross JSON-RPC (only their
// text does). Re-broadcasting recorded bytes must not fail on them.
var benignSendErrors = []string{"already known", "nonce too low", "replacement transaction underpriced", "known transaction"}

func benignSend(err error) bool {
	for _, s := range benignSendErrors {
		if strings.Contains(strings.ToLower(err.Error()), s) {
			return true
		}
	}
	return false
}

func (r *Relayer) broadcast(ctx context.Context, tx *types.Transaction) error {
	err := r.retry(ctx, "send_transaction", func() error {
		err := r.d.Chain.SendTransaction(ctx, tx)
		if err != nil && benignSend(err) {
			return nil
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("relay: broadcast %s: %w", tx.Hash().Hex(), err)
	}
	return nil
}

// track follows a submitted epoch: inclusion, depth, reorgs, stuck
// transactions.
func (r *Relayer) track(ctx context.Context, p *pass, s *ledger.Seal, e *outbox.Entry, note func(string, ...any)) (bool, error) {
	rcpt, err := r.receipt(ctx, e)
	if err != nil {
		return false, err
	}
	if rcpt != nil {
		h, err := r.header(ctx, rcpt.BlockNumber)
		if err != nil {
			return false, err
		}
		if h.Hash() != rcpt.BlockHash {
			rcpt = nil // the receipt's block is being replaced: treat as not included
		}
	}
	if rcpt != nil {
		if rcpt.Status != types.ReceiptStatusSuccessful {
			// Act only on a revert that stands: a reorg may yet drop its
			// block (the transaction is then sent again, above) or
			// include it elsewhere.
			deep, err := r.deep(ctx, rcpt.BlockNumber.Uint64())
			if err != nil {
				return false, err
			}
			if !deep {
				note("transaction %s reverted in block %d; waiting for %d confirmations before acting on it",
					rcpt.TxHash.Hex(), rcpt.BlockNumber, r.cfg.Confirmations)
				return false, nil
			}
			re, err := r.replay(ctx, e, rcpt)
			if err != nil {
				return false, err
			}
			if len(e.Batch) > 1 {
				return r.unbatch(e, re, fmt.Sprintf("batch transaction %s, block %d", rcpt.TxHash.Hex(), rcpt.BlockNumber), note)
			}
			return r.refused(ctx, p, s, e, re, fmt.Sprintf("transaction %s, block %d", rcpt.TxHash.Hex(), rcpt.BlockNumber), note)
		}
		h, err := r.header(ctx, rcpt.BlockNumber)
		if err != nil {
			return false, err
		}
		inc := outbox.Inclusion{TxHash: field.Digest(rcpt.TxHash), Block: rcpt.BlockNumber.Uint64(), BlockHash: field.Digest(rcpt.BlockHash),
			Time: time.Unix(int64(h.Time), 0).UTC()}
		if e.Included == nil || *e.Included != inc {
			if e.Included != nil {
				e.Reorgs++
				r.m.reorgs.Inc()
				note("reorg: inclusion moved from block %d (%s) to block %d", e.Included.Block, e.Included.BlockHash, inc.Block)
			}
			e.Included = &inc
			if err := r.put(e, PointIncluded); err != nil {
				return false, err
			}
		}
		deep, err := r.deep(ctx, inc.Block)
		if err != nil || !deep {
			if err == nil {
				note("included in block %d, waiting for %d confirmations", inc.Block, r.cfg.Confirmations)
			}
			return false, err
		}
		if e.Part != nil && !e.Part.Final() {
			return r.partConfirmed(e, &inc, note)
		}
		e.State, e.Revert = outbox.Confirmed, nil
		note("confirmed: tx %s, block %d", inc.TxHash, inc.Block)
		return true, r.put(e, PointConfirmed)
	}

	if e.Included != nil {
		e.Reorgs++
		r.m.reorgs.Inc()
		note("reorg: transaction %s no longer in block %d; sending again", e.Included.TxHash, e.Included.Block)
		e.Included = nil
		if err := r.put(e, PointIncluded); err != nil {
			return false, err
		}
	}
	chainNonce, err := r.nonceAt(ctx, nil)
	if err != nil {
		return false, err
	}
	if chainNonce > *e.Nonce {
		// The nonce is used but no receipt of ours is found: a node may not
		// have indexed a fresh block's receipts yet, another relayer may
		// have disclosed the epoch, or another sender used this account.
		inc, d, err := r.onChain(ctx, e.Pool, e.Epoch)
		if err != nil {
			return false, err
		}
		if inc != nil {
			return r.posted(ctx, s, e, inc, d, note)
		}
		head, err := r.header(ctx, nil)
		if err != nil {
			return false, err
		}
		var settled uint64
		if head.Number.Uint64() >= r.cfg.Confirmations {
			at := new(big.Int).SetUint64(head.Number.Uint64() - r.cfg.Confirmations)
			if settled, err = r.nonceAt(ctx, at); err != nil {
				return false, err
			}
		}
		if settled <= *e.Nonce {
			note("nonce %d used in a recent block; waiting for its receipt", *e.Nonce)
			return false, nil
		}
		// Consumed Confirmations blocks ago by none of this epoch's
		// transactions, and the epoch is not disclosed: send the same
		// call again under a new nonce (the old one carries other data
		// now; it is never signed again).
		note("nonce %d was used by another transaction of this account; signing again with a new nonce", *e.Nonce)
		e.State, e.Nonce, e.Batch = outbox.Attested, nil, nil
		return true, r.put(e, "")
	}
	last := new(types.Transaction)
	if err := last.UnmarshalBinary(e.LastTx().Raw); err != nil {
		return false, fmt.Errorf("relay: recorded transaction: %w", err)
	}
	head, err := r.header(ctx, nil)
	if err != nil {
		return false, err
	}
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	stuck := r.d.Now().Sub(e.LastTx().SentAt) >= r.cfg.Fees.StuckAfter || last.GasFeeCap().Cmp(base) < 0
	if stuck {
		tip, feeCap, ok, err := r.bump(ctx, last, base)
		if err != nil {
			return false, err
		}
		if ok {
			tx, err := r.sign(p, *e.Nonce, tip, feeCap, last.Gas(), last.Data())
			if err != nil {
				return false, err
			}
			if len(e.Batch) > 1 {
				if err := r.replaceBatch(e, record(tx, r.d.Now())); err != nil {
					return false, err
				}
			} else {
				e.Txs = append(e.Txs, record(tx, r.d.Now()))
				if err := r.put(e, PointReplaced); err != nil {
					return false, err
				}
			}
			r.m.replaced.Inc()
			note("replaced stuck tx %s with %s: same nonce %d, tip %s → %s, fee cap %s → %s wei (base fee %s)",
				last.Hash().Hex(), tx.Hash().Hex(), *e.Nonce, last.GasTipCap(), tip, last.GasFeeCap(), feeCap, base)
			return false, r.broadcast(ctx, tx)
		}
		note("stuck tx %s at the fee cap limit (%d wei); waiting", last.Hash().Hex(), r.cfg.Fees.FeeCapMaxWei)
	}
	return false, r.broadcast(ctx, last)
}

// nonceAt returns the relayer's account nonce at block (nil: the latest),
// retrying transient failures.
func (r *Relayer) nonceAt(ctx context.Context, block *big.Int) (uint64, error) {
	n, err := retried(ctx, r, "nonce", func() (uint64, error) { return r.d.Chain.NonceAt(ctx, r.from, block) })
	if err != nil {
		return 0, fmt.Errorf("relay: nonce: %w", err)
	}
	return n, nil
}

// retried calls f with r.retry's retries and returns its result.
func retried[T any](ctx context.Context, r *Relayer, what string, f func() (T, error)) (T, error) {
	var out T
	err := r.retry(ctx, what, func() error {
		var err error
		out, err = f()
		return err
	})
	return out, err
}

// receipt returns the receipt of any of the epoch's transactions, or nil.
func (r *Relayer) receipt(ctx context.Context, e *outbox.Entry) (*types.Receipt, error) {
	for i := len(e.Txs) - 1; i >= 0; i-- {
		h := common.Hash(e.Txs[i].Hash)
		rcpt, err := retried(ctx, r, "receipt", func() (*types.Receipt, error) { return r.d.Chain.TransactionReceipt(ctx, h) })
		if errors.Is(err, ethereum.NotFound) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("relay: receipt of %s: %w", h.Hex(), err)
		}
		return rcpt, nil
	}
	return nil, nil
}

// gasLimit is the limit for a transaction the node estimated at est: half
// again plus 25 000, for the state to change between estimate and
// inclusion, but never above EIP-7825's per-transaction cap (Osaka), which
// no node includes: an epoch estimated near the cap gets the cap.
func gasLimit(est uint64) uint64 { return min(est+est/2+25_000, params.MaxTxGas) }
