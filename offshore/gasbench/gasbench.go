// Package gasbench measures what rwabridge's L2 transactions cost under
// Osaka gas rules: it deploys everything on an in-process simulated chain
// (onchain.NewSimulated: Osaka active, no later fork), proves three real
// epochs with the summary circuit at a small capacity (development keys,
// cached in a directory) — two of one chunk, then one of MultiChunks
// chunks — has two of three committee members attest them, submits them in
// order, deposits a payout and claims it. Then it configures BatchPools
// more pools on the same verifier (through the timelock) and submits
// their first and second epochs in two batches (submitDisclosures).
//
// Proof size and verification cost do not depend on the capacity, so a
// small circuit measures the same gas as a production one.
package gasbench

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/circuits/prover"
	"github.com/rwabridge/rwabridge/circuits/summary"
	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/offshore/deploy"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/governance"
	"github.com/rwabridge/rwabridge/offshore/onchain"
	"github.com/rwabridge/rwabridge/offshore/registry"
	"github.com/rwabridge/rwabridge/offshore/token"
	"github.com/rwabridge/rwabridge/onshore/sim"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
)

// Capacity is the chunk capacity the benchmark proves with: the smallest
// that holds the daily policy's five active cabinets.
const Capacity = 8

// MultiChunks is the number of chunks of the multi-chunk epoch measured;
// LargeChunks that of a later, larger one (within the policy's growth
// bound of the first): the slope between the two is the cost of a chunk
// beyond the first.
const (
	MultiChunks = 3
	LargeChunks = 6
)

// BatchPools is the number of pools, one epoch each, in a measured
// submitDisclosures batch.
const BatchPools = 16

// Result holds the measured gas, each a whole transaction (21 000 base and
// calldata included).
type Result struct {
	// SubmitFirst is the pool's first disclosure (it also creates the
	// pool's latest-metrics slot).
	SubmitFirst uint64
	// Submit is a later disclosure: the steady state.
	Submit uint64
	// SubmitMulti is a later disclosure of an epoch of MultiChunks chunks
	// (all in one transaction), in the steady state too.
	SubmitMulti uint64
	// SubmitLarge is the next disclosure, of an epoch of LargeChunks
	// chunks.
	SubmitLarge uint64
	// VerifyProof is a bare call of the verifier's verifyProof.
	VerifyProof uint64
	// Claim is a holder's first claim of an epoch's payout.
	Claim uint64
	// Deposit is the operator's payout deposit.
	Deposit uint64
	// BatchFirst is one submitDisclosures of the first single-chunk
	// disclosures of BatchPools pools sharing one verifier.
	BatchFirst uint64
	// Batch is the next one, each pool's second epoch: the steady state.
	Batch uint64
}

// BatchPerDisclosure is the steady-state gas of one disclosure in a
// batch of BatchPools (the whole transaction's, shared out).
func (r *Result) BatchPerDisclosure() uint64 {
	return r.Batch / BatchPools
}

// PerExtraChunk is the cost of a chunk beyond the first in one
// submitDisclosure: the slope between the MultiChunks and LargeChunks
// epochs.
func (r *Result) PerExtraChunk() uint64 {
	return (r.SubmitLarge - r.SubmitMulti) / (LargeChunks - MultiChunks)
}

// Run measures with development keys set up in (or reused from) keysDir.
func Run(ctx context.Context, keysDir string) (*Result, error) {
	set, _, err := keys.Setup(ctx, keysDir, Capacity, keys.KindDev, keys.Options{})
	if err != nil {
		return nil, fmt.Errorf("gasbench: %w", err)
	}
	p, err := policies.Default()
	if err != nil {
		return nil, fmt.Errorf("gasbench: %w", err)
	}
	var ks []*ecdsa.PrivateKey // admin, relayer, holder A, holder B, members…
	alloc := types.GenesisAlloc{}
	for range 7 {
		k, err := crypto.GenerateKey()
		if err != nil {
			return nil, fmt.Errorf("gasbench: %w", err)
		}
		ks = append(ks, k)
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: onchain.Fund()}
	}
	admin, relayer, holderA, holderB, members := ks[0], ks[1], ks[2], ks[3], ks[4:]
	l2 := onchain.NewSimulated(alloc)
	defer l2.Close()
	chain := &l2.Chain
	chainID, err := chain.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("gasbench: %w", err)
	}
	as := func(k *ecdsa.PrivateKey) *bind.TransactOpts { return bind.NewKeyedTransactor(k, chainID) }
	addrOf := func(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
	var committee []common.Address
	for _, m := range members {
		committee = append(committee, addrOf(m))
	}
	const pool = telemetry.PoolID("bench-pool")
	l2.Commit() // a block on the clock: the genesis is at time 0
	h, err := chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("gasbench: %w", err)
	}
	epoch := h.Time/p.EpochSeconds() - 4
	a, err := deploy.Deploy(ctx, chain, as(admin), &deploy.Plan{
		Committee: committee, Threshold: 2, Pool: pool, Policy: p, VK: set.VK,
		TokenName: "Bench pool revenue share", TokenSymbol: "BENCH", FirstEpoch: &epoch,
		Guardian: addrOf(admin), Operator: addrOf(admin), Agent: addrOf(admin),
		Governance: deploy.Governance{Delay: time.Hour, AdminTransferDelay: time.Hour,
			Proposers: []common.Address{addrOf(admin)}, Executors: []common.Address{addrOf(admin)}},
	})
	if err != nil {
		return nil, fmt.Errorf("gasbench: %w", err)
	}
	var holders []token.Holder
	for i, k := range []*ecdsa.PrivateKey{holderA, holderB} {
		holders = append(holders, token.Holder{Address: addrOf(k), Country: 276, Expiry: h.Time + 365*86400, Amount: big.NewInt(int64(1000 * (i + 1)))})
	}
	if err := token.Onboard(ctx, chain, as(admin), a, holders); err != nil {
		return nil, fmt.Errorf("gasbench: %w", err)
	}

	res := &Result{}
	dom := disclosure.Domain{ChainID: chainID, Registry: a.Registry}
	// attest proves records events of pool's epoch and has two members
	// sign it: the submission and its quorum.
	attest := func(pool telemetry.PoolID, epoch uint64, records int) (*disclosure.Submission, []byte, error) {
		evs, err := sim.EpochEvents(pool, p, epoch, records, 6, 1)
		if err != nil {
			return nil, nil, fmt.Errorf("gasbench: %w", err)
		}
		s, err := summary.Summarize(summary.Input{Pool: pool, Epoch: epoch, Policy: p, Capacity: Capacity, Events: evs})
		if err != nil {
			return nil, nil, fmt.Errorf("gasbench: %w", err)
		}
		b, err := prover.Prove(ctx, set, s, p, nil)
		if err != nil {
			return nil, nil, fmt.Errorf("gasbench: %w", err)
		}
		sub, err := disclosure.FromBundle(b)
		if err != nil {
			return nil, nil, fmt.Errorf("gasbench: %w", err)
		}
		var sigs []disclosure.Signature
		for _, m := range members[:2] {
			s, err := disclosure.Sign(&sub.Disclosure, dom, m)
			if err != nil {
				return nil, nil, fmt.Errorf("gasbench: %w", err)
			}
			sigs = append(sigs, s)
		}
		q, err := disclosure.Quorum(sigs, 2)
		if err != nil {
			return nil, nil, fmt.Errorf("gasbench: %w", err)
		}
		return sub, q, nil
	}
	var last disclosure.Disclosure
	for i := range 4 {
		// The same events shifted by an epoch: equal figures, no growth;
		// then epochs of MultiChunks and LargeChunks chunks (within the
		// growth bounds).
		records := Capacity
		switch i {
		case 2:
			records = (MultiChunks-1)*Capacity + 3
		case 3:
			records = (LargeChunks-1)*Capacity + 3
		}
		sub, q, err := attest(pool, epoch+uint64(i), records)
		if err != nil {
			return nil, err
		}
		d := sub.Disclosure
		r, err := chain.Send(ctx, as(relayer), a.Registry, registry.Calldata(sub, q))
		if err != nil {
			return nil, fmt.Errorf("gasbench: submit: %w", err)
		}
		switch i {
		case 0:
			res.SubmitFirst = r.GasUsed
			continue
		case 2:
			if d.Chunks != MultiChunks {
				return nil, fmt.Errorf("gasbench: %d records proved in %d chunks, want %d", records, d.Chunks, MultiChunks)
			}
			res.SubmitMulti = r.GasUsed
			continue
		case 3:
			if d.Chunks != LargeChunks {
				return nil, fmt.Errorf("gasbench: %d records proved in %d chunks, want %d", records, d.Chunks, LargeChunks)
			}
			res.SubmitLarge = r.GasUsed
			continue
		}
		res.Submit = r.GasUsed
		last = d
		in, err := d.PublicInputs(disclosure.InitialAcc(), sub.Terms)
		if err != nil {
			return nil, fmt.Errorf("gasbench: %w", err)
		}
		res.VerifyProof, err = chain.EstimateGas(ctx, ethereum.CallMsg{From: addrOf(relayer), To: &a.Verifier,
			Data: bindings.NewGroth16Verifier().PackVerifyProof(sub.Proofs[0], in)})
		if err != nil {
			return nil, fmt.Errorf("gasbench: estimate verifyProof: %w", err)
		}
	}

	// A payout for the last epoch, claimed by a holder.
	if err := l2.Advance(time.Second); err != nil {
		return nil, err
	}
	amount, err := token.PayoutCap(ctx, chain, a.Token, &last)
	if err != nil {
		return nil, fmt.Errorf("gasbench: %w", err)
	}
	if err := token.MintTestStablecoin(ctx, chain, as(admin), a.PayoutToken, addrOf(admin), amount); err != nil {
		return nil, fmt.Errorf("gasbench: %w", err)
	}
	r, err := token.DepositPayout(ctx, chain, as(admin), a.Token, a.PayoutToken, &last, amount)
	if err != nil {
		return nil, fmt.Errorf("gasbench: %w", err)
	}
	res.Deposit = r.GasUsed
	if _, r, err = token.Claim(ctx, chain, as(holderA), a.Token, last.Epoch); err != nil {
		return nil, fmt.Errorf("gasbench: %w", err)
	}
	res.Claim = r.GasUsed

	// BatchPools more pools on the same verifier, through the timelock,
	// then two batches: their first epochs, then their second.
	cfg, err := deploy.PoolConfig(p, a.Verifier, a.Token, epoch)
	if err != nil {
		return nil, fmt.Errorf("gasbench: %w", err)
	}
	pools := make([]telemetry.PoolID, BatchPools)
	var changes []governance.Change
	for i := range pools {
		pools[i] = telemetry.PoolID(fmt.Sprintf("bench-batch-%02d", i))
		changes = append(changes, governance.ConfigurePool(a.Registry, pools[i].Field(), cfg),
			governance.AllowPolicy(a.Registry, pools[i].Field(), p.Hash().BigInt(), uint16(p.PayoutShareBP), uint8(p.Disclose)))
	}
	if err := govern(ctx, l2, &governance.Timelock{Chain: chain, Address: a.Timelock}, as(admin), changes); err != nil {
		return nil, err
	}
	for e, gas := range []*uint64{&res.BatchFirst, &res.Batch} {
		subs := make([]*disclosure.Submission, BatchPools)
		quorums := make([][]byte, BatchPools)
		for i, pl := range pools {
			if subs[i], quorums[i], err = attest(pl, epoch+uint64(e), Capacity); err != nil {
				return nil, err
			}
		}
		data, err := registry.BatchCalldata(subs, quorums)
		if err != nil {
			return nil, fmt.Errorf("gasbench: %w", err)
		}
		r, err := chain.Send(ctx, as(relayer), a.Registry, data)
		if err != nil {
			return nil, fmt.Errorf("gasbench: submit a batch: %w", err)
		}
		*gas = r.GasUsed
	}
	return res, nil
}

// govern schedules changes on the timelock, waits out its delay on the
// simulated clock and executes them.
func govern(ctx context.Context, l2 *onchain.Simulated, tl *governance.Timelock, opts *bind.TransactOpts, changes []governance.Change) error {
	delay, err := tl.Delay(ctx)
	if err != nil {
		return fmt.Errorf("gasbench: %w", err)
	}
	var ops []*governance.Operation
	for _, c := range changes {
		op, err := tl.Schedule(ctx, opts, c)
		if err != nil {
			return fmt.Errorf("gasbench: %w", err)
		}
		ops = append(ops, op)
	}
	if err := l2.Advance(delay); err != nil {
		return fmt.Errorf("gasbench: %w", err)
	}
	for _, op := range ops {
		if _, err := tl.Execute(ctx, opts, op.ID); err != nil {
			return fmt.Errorf("gasbench: %w", err)
		}
	}
	return nil
}
