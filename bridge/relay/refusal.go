package relay

import (
	"context"
	"encoding/hex"
	"fmt"
	"github.com/rwabridge/rwabridge/offshore/registry"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rwabridge/rwabridge/bridge/outbox"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/onchain"
	"github.com/rwabridge/rwabridge/onshore/ledger"
)

// Names the relayer gives refusals that carry no custom error.
const (
	// RevertOutOfGas: a mined transaction used all its gas.
	RevertOutOfGas = "OutOfGas"
	// RevertPassesNow: a mined transaction reverted, and the same call at
	// the end of its block passes (what refused it changed in that block).
	RevertPassesNow = "RevertedThenPassing"
	// RevertConflict: the registry holds another disclosure of the epoch
	// than the one the ledger sealed (found by record(pool, epoch), or
	// after a DuplicateEpoch revert).
	RevertConflict = "DuplicateEpoch"
)

// A refusal class: what the relayer does about a group of registry
// errors, and what an operator does (one line each).
type refusalClass struct {
	names  []string
	class  string // outbox.RevertWait or outbox.RevertStop
	action string
}

// refusalClasses sorts the registry's custom errors by name, so that the
// relayer works with any registry version that keeps the names. Errors of
// no class stop the pool's queue (unknownAction). DuplicateEpoch and the
// signature errors are decided in refused (is the record ours; did the
// committee change) and take one of these classes' actions.
var refusalClasses = []refusalClass{
	{[]string{"EnforcedPause"}, outbox.RevertWait,
		"the registry is paused: nothing to do here, the relayer retries by itself once the guardian unpauses it"},
	{[]string{"EpochNotEnded"}, outbox.RevertWait,
		"the epoch has not ended by the L2's clock: the relayer retries by itself; if it lasts, compare the ledger hosts' clocks with the L2's"},
	{[]string{"PoolNotActive"}, outbox.RevertWait,
		"the pool is deactivated on the registry: the relayer retries by itself once the operator reactivates it (setPoolActive)"},
	{[]string{RevertOutOfGas}, outbox.RevertWait,
		"the transaction ran out of gas: the relayer retries with a fresh estimate; if gas_limit is set, raise it or set it to 0"},
	{[]string{RevertPassesNow}, outbox.RevertWait,
		"the transaction reverted but the same call passes now (a pause or a change landed just before it): the relayer retries by itself"},
	{[]string{"PartOutOfOrder", "PendingMismatch", "PendingCommitteeChanged"}, outbox.RevertWait,
		"the registry's pending epoch of the pool moved (a part by another sender, a restart, a new committee): the relayer reads pendingEpoch again and sends the part that follows by itself"},
	{[]string{"PendingHeld"}, outbox.RevertWait,
		"another sender holds the pool's pending epoch (another disclosure, or another proof of it): the relayer restarts the epoch from chunk 0 by itself once that has made no progress for an hour (PENDING_TIMEOUT); if it lasts, find who sends it (rwabridge relay inspect)"},
	{[]string{"PartRangeInvalid"}, outbox.RevertStop,
		"the registry refuses the part's chunk range: the relayer and the registry disagree on parts (check the registry version, rwabridge status), then rwabridge relay retry"},
	{[]string{"ProofInvalid", "PublicInputNotInField", "CommitmentInvalid", "ProofLengthInvalid"}, outbox.RevertStop,
		"the pool's verifier refuses the proof: check that the pool's vkHash matches the relayer's circuit keys (rwabridge status), fix the keys or the pool, then rwabridge relay retry"},
	{[]string{"PolicyNotAllowed"}, outbox.RevertStop,
		"the pool does not allow the seal's policy: have the admin allow it on the registry (or seal under an allowed one), then rwabridge relay retry"},
	{[]string{"SanityBoundExceeded", "GrowthBoundExceeded"}, outbox.RevertStop,
		"the figures are outside the pool's sanity or growth bounds: investigate the epoch's telemetry (rwabridge audit); if they are genuine, have the pool's bounds widened, then rwabridge relay retry"},
	{[]string{RevertConflict}, outbox.RevertStop,
		"another disclosure of this epoch is on the registry, not the one the ledger sealed: investigate it (rwabridge audit) before anything else of this pool is posted"},
	{[]string{"EpochOutOfOrder", "EpochNotNext"}, outbox.RevertStop,
		"the registry takes another epoch of this pool next: compare its latestEpoch with rwabridge relay inspect, disclose the missing epoch first, then rwabridge relay retry"},
	{[]string{"InvalidSignature", "InsufficientSignatures", "SignersNotAscending", "SignatureMalformed", "SignatureHighS",
		"SignaturesMalformed"}, outbox.RevertStop,
		"the registry refuses the signatures under its current committee (same version they were gathered for): check the ledger's attestations against committee(), then rwabridge relay retry"},
}

// unknownAction is the action for an error of no class.
const unknownAction = "an error this relayer does not act on by itself: check the registry address and version against the relayer's (rwabridge status), fix the cause, then rwabridge relay retry"

// classify returns the class and action of a revert name.
func classify(name string) (class, action string) {
	for _, c := range refusalClasses {
		if slices.Contains(c.names, name) {
			return c.class, c.action
		}
	}
	return outbox.RevertStop, unknownAction
}

// revertArgs renders a decoded revert's arguments canonically: numbers in
// decimal, addresses checksummed, byte strings as 0x-hex.
func revertArgs(args []any) []string {
	out := make([]string, len(args))
	for i, a := range args {
		switch v := a.(type) {
		case *big.Int:
			out[i] = v.String()
		case common.Address:
			out[i] = v.Hex()
		case []byte:
			out[i] = hexutil.Encode(v)
		case [24]byte:
			out[i] = hexutil.Encode(v[:])
		case [32]byte:
			out[i] = hexutil.Encode(v[:])
		default:
			out[i] = fmt.Sprint(v)
		}
	}
	return out
}

// committeeNow reads the registry's committee: version and threshold
// from committee(), members from its CommitteeSet event (checked against
// the registry's members hash).
func (r *Relayer) committeeNow(ctx context.Context) (members map[common.Address]bool, threshold int, version uint64, err error) {
	var c *registry.Committee
	if err := r.retry(ctx, "registry_committee", func() error {
		var err error
		c, err = (&registry.Reader{Chain: r.d.Chain, Address: r.reg}).CurrentCommittee(ctx, nil)
		return err
	}); err != nil {
		return nil, 0, 0, fmt.Errorf("relay: registry committee: %w", err)
	}
	members = map[common.Address]bool{}
	for _, m := range c.Members {
		members[m] = true
	}
	return members, int(c.Threshold), c.Version, nil
}

// signedUnder reports whether e's signatures are for committee version
// v: recorded so, or (an outbox written before versions were recorded)
// every signer is a member of the committee now.
func signedUnder(e *outbox.Entry, p *pass) bool {
	if e.CommitteeVersion != 0 {
		return e.CommitteeVersion == p.version
	}
	for _, s := range e.Signatures {
		if !p.members[common.HexToAddress(s.Signer)] {
			return false
		}
	}
	return len(e.Signatures) >= p.threshold
}

// recollect sends e back to proved: its signatures were gathered under
// another committee version than p's and are dropped (never submitted
// again).
func (r *Relayer) recollect(p *pass, e *outbox.Entry, note func(string, ...any)) (bool, error) {
	version := p.version
	note("the registry's committee is at version %d, the signatures were gathered under version %d: collecting them again from the new committee",
		version, e.CommitteeVersion)
	r.log.Warn("committee changed: collecting signatures again", "pool", e.Pool, "epoch", e.Epoch,
		"signed_under", e.CommitteeVersion, "committee", version)
	r.m.recollected.Inc()
	r.retire(e)
	e.State, e.Signatures, e.Threshold, e.CommitteeVersion = outbox.Proved, nil, 0, 0
	return true, r.put(e, "")
}

// retire moves e's transactions (mined reverted, deep enough) to
// Reverted and frees the entry for a fresh attempt.
func (r *Relayer) retire(e *outbox.Entry) {
	e.Reverted = append(e.Reverted, e.Txs...)
	e.Txs, e.Nonce, e.Included, e.Batch = nil, nil, nil, nil
}

// refused acts on the registry's refusal of e's disclosure: re is the
// decoded revert, where says where it happened ("estimation", or the
// mined transaction; it is retired once the entry moves on).
func (r *Relayer) refused(ctx context.Context, p *pass, s *ledger.Seal, e *outbox.Entry, re *onchain.RevertError, where string, note func(string, ...any)) (bool, error) {
	name := re.Name
	switch name {
	case "DuplicateEpoch":
		inc, d, err := r.onChain(ctx, e.Pool, e.Epoch)
		if err != nil {
			return false, err
		}
		if inc == nil {
			// The record the revert saw is gone (a reorg): try again.
			return r.wait(e, re, RevertPassesNow, where, note)
		}
		note("registry says DuplicateEpoch (%s)", where)
		if e.State == outbox.Submitted {
			r.retire(e) // ours reverted: kept for the record only
		}
		return r.posted(ctx, s, e, inc, d, note)
	case "InvalidSignature", "InsufficientSignatures":
		members, threshold, version, err := r.committeeNow(ctx)
		if err != nil {
			return false, err
		}
		if version != e.CommitteeVersion {
			// The pass read the committee before it changed: the rest of
			// it checks attestations against the new one.
			p.members, p.threshold, p.version = members, threshold, version
			note("registry says %s (%s)", name, where)
			return r.recollect(p, e, note)
		}
	}
	if class, _ := classify(name); class == outbox.RevertWait {
		return r.wait(e, re, name, where, note)
	}
	return r.stop(e, re, name, where, note)
}

// remember notes re under name in e.Revert: the same error again counts, a
// new one starts a new run.
func (r *Relayer) remember(e *outbox.Entry, re *onchain.RevertError, name, where string) *outbox.Revert {
	now := r.d.Now().UTC()
	class, action := classify(name)
	v := &outbox.Revert{Error: name, Class: class, Action: action, Where: where, Since: now, Last: now, Count: 1}
	if re != nil {
		v.Args = revertArgs(re.Args)
		if len(re.Data) > 0 {
			v.Data = "0x" + hex.EncodeToString(re.Data)
		}
	}
	if old := e.Revert; old != nil && old.Error == v.Error && slices.Equal(old.Args, v.Args) {
		v.Since, v.Count = old.Since, old.Count+1
	}
	e.Revert = v
	r.m.reverts.WithLabelValues(name, class).Inc()
	return v
}

// wait keeps e at the head of its pool's queue, attested, and retries
// after a backoff (Config.RevertBackoff, growing with the count).
func (r *Relayer) wait(e *outbox.Entry, re *onchain.RevertError, name, where string, note func(string, ...any)) (bool, error) {
	v := r.remember(e, re, name, where)
	v.RetryAt = v.Last.Add(r.cfg.RevertBackoff.Delay(v.Count))
	r.retire(e)
	e.State = outbox.Attested
	note("registry refused it: %s (%s); retrying at %s: %s", v, where, v.RetryAt.Format("15:04:05"), v.Action)
	r.log.Warn("registry refused a disclosure; retrying", "pool", e.Pool, "epoch", e.Epoch, "error", v.String(), "where", where,
		"count", v.Count, "retry_at", v.RetryAt)
	return false, r.put(e, "")
}

// stop fails e: its pool's queue waits behind it until an operator
// re-queues it.
func (r *Relayer) stop(e *outbox.Entry, re *onchain.RevertError, name, where string, note func(string, ...any)) (bool, error) {
	v := r.remember(e, re, name, where)
	r.retire(e)
	e.State, e.Note = outbox.Failed, fmt.Sprintf("%s (%s): %s", v, where, v.Action)
	note("stopped: %s; the pool's later epochs wait behind it", e.Note)
	r.log.Error("registry refused a disclosure: the pool's queue stops here", "pool", e.Pool, "epoch", e.Epoch,
		"error", v.String(), "where", where, "action", v.Action)
	return true, r.put(e, "")
}

// posted acts on the registry's disclosure d of e's epoch (included at
// inc): confirmed once deep when it is exactly e's (its struct hash, or
// before proving the seal's root and policy, which fix the rest through
// the proof), else the pool's queue stops.
func (r *Relayer) posted(ctx context.Context, s *ledger.Seal, e *outbox.Entry, inc *outbox.Inclusion, d *disclosure.Disclosure, note func(string, ...any)) (bool, error) {
	ours := d.Root.Cmp(s.Root.BigInt()) == 0 && d.PolicyHash.Cmp(s.PolicyHash.BigInt()) == 0
	if e.Bundle != "" {
		sub, err := r.submission(e)
		if err != nil {
			return false, err
		}
		ours = sub.Disclosure.StructHash() == d.StructHash()
	}
	if !ours {
		re := &onchain.RevertError{Name: RevertConflict, Args: []any{d.Pool, d.Epoch}}
		return r.stop(e, re, RevertConflict, fmt.Sprintf("record(pool, epoch) names tx %s in block %d, root %s", inc.TxHash, inc.Block,
			hexutil.EncodeBig(d.Root)), note)
	}
	return r.alreadyPosted(ctx, e, inc, note)
}

// replay re-runs e's mined reverted transaction as an eth_call at the end
// of its block, with its gas, to get the revert data a receipt lacks.
func (r *Relayer) replay(ctx context.Context, e *outbox.Entry, rcpt *types.Receipt) (*onchain.RevertError, error) {
	var sent *types.Transaction
	for _, t := range e.Txs {
		if common.Hash(t.Hash) == rcpt.TxHash {
			sent = new(types.Transaction)
			if err := sent.UnmarshalBinary(t.Raw); err != nil {
				return nil, fmt.Errorf("relay: recorded transaction: %w", err)
			}
		}
	}
	if sent == nil {
		return nil, fmt.Errorf("relay: receipt of %s names no recorded transaction", rcpt.TxHash.Hex())
	}
	if rcpt.GasUsed >= sent.Gas() {
		return &onchain.RevertError{Name: RevertOutOfGas, Args: []any{sent.Gas()}}, nil
	}
	call := func(gas uint64) error {
		_, err := retried(ctx, r, "eth_call_replay", func() ([]byte, error) {
			return r.d.Chain.CallContract(ctx, ethereum.CallMsg{From: r.from, To: &r.reg, Gas: gas, Data: sent.Data()}, rcpt.BlockNumber)
		})
		return err
	}
	err := call(sent.Gas())
	re := onchain.AsRevert(err)
	switch {
	case err == nil:
		return &onchain.RevertError{Name: RevertPassesNow}, nil
	case re != nil && re.Name != "":
		return re, nil
	case re == nil && !strings.Contains(strings.ToLower(err.Error()), "out of gas"):
		return nil, fmt.Errorf("relay: replay of %s at block %s: %w", rcpt.TxHash.Hex(), rcpt.BlockNumber, err)
	}
	// Out of gas, or a revert without data: a call that ran out of gas
	// inside (the verifier's pairing, say) leaves the outer frame 1/64 of
	// the gas to revert with. With the node's gas cap the call tells.
	more := call(0)
	switch mre := onchain.AsRevert(more); {
	case more == nil:
		return &onchain.RevertError{Name: RevertOutOfGas, Args: []any{sent.Gas()}}, nil
	case mre != nil && mre.Name != "":
		return mre, nil
	case mre != nil:
		if re != nil {
			return re, nil // undecodable either way
		}
		return mre, nil
	case strings.Contains(strings.ToLower(more.Error()), "out of gas"):
		return &onchain.RevertError{Name: RevertOutOfGas, Args: []any{sent.Gas()}}, nil
	default:
		return nil, fmt.Errorf("relay: replay of %s at block %s: %w", rcpt.TxHash.Hex(), rcpt.BlockNumber, more)
	}
}
