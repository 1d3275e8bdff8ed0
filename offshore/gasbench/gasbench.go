// Package gasbench measures what rwabridge's L2 transactions cost under
// Osaka gas rules: it deploys everything on an in-process simulated chain
// (onchain.NewSimulated: Osaka active, no later fork), proves three real
// epochs with the summary circuit at a small capacity (development keys,
// cached in a directory) — two of one chunk, then one of MultiChunks
// chunks — has two of three committee members attest them, submits them in
// order, deposits a payout and claims it.
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

	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/offshore/deploy"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/onchain"
	"github.com/rwabridge/rwabridge/offshore/registry"
	"github.com/rwabridge/rwabridge/offshore/testprover"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
)

// Capacity is the chunk capacity the benchmark proves with: the smallest
// that holds the daily policy's five active cabinets.
const Capacity = 8

// MultiChunks is the number of chunks of the multi-chunk epoch measured.
const MultiChunks = 3

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
	// VerifyProof is a bare call of the verifier's verifyProof.
	VerifyProof uint64
	// Claim is a holder's first claim of an epoch's payout.
	Claim uint64
	// Deposit is the operator's payout deposit.
	Deposit uint64
}

// Run measures with development keys set up in (or reused from) keysDir.
func Run(ctx context.Context, keysDir string) (*Result, error) {
	set, err := testprover.SummaryKeys(ctx, keysDir, Capacity)
	if err != nil {
		return nil, err
	}
	p, err := policies.Default()
	if err != nil {
		return nil, fmt.Errorf("gasbench: %w", err)
	}
	var keys []*ecdsa.PrivateKey // admin, relayer, holder A, holder B, members…
	alloc := types.GenesisAlloc{}
	for range 7 {
		k, err := crypto.GenerateKey()
		if err != nil {
			return nil, fmt.Errorf("gasbench: %w", err)
		}
		keys = append(keys, k)
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: onchain.Fund()}
	}
	admin, relayer, holderA, holderB, members := keys[0], keys[1], keys[2], keys[3], keys[4:]
	sim := onchain.NewSimulated(alloc)
	defer sim.Close()
	chain := &sim.Chain
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
	a, err := deploy.Deploy(ctx, chain, as(admin), &deploy.Plan{
		Committee: committee, Threshold: 2, Pool: pool, Policy: p, VK: set.VK,
		TokenName: "Bench pool revenue share", TokenSymbol: "BENCH",
	})
	if err != nil {
		return nil, fmt.Errorf("gasbench: %w", err)
	}
	token, identity, stable := bindings.NewRWAToken(), bindings.NewIdentityRegistry(), bindings.NewTestOnlyStablecoin()
	send := func(k *ecdsa.PrivateKey, to common.Address, data []byte) (*types.Receipt, error) {
		r, err := chain.Send(ctx, as(k), to, data)
		if err != nil {
			return nil, fmt.Errorf("gasbench: %w", err)
		}
		return r, nil
	}
	h, err := chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("gasbench: %w", err)
	}
	for i, k := range []*ecdsa.PrivateKey{holderA, holderB} {
		if _, err := send(admin, a.IdentityRegistry, identity.PackRegisterIdentity(addrOf(k), 276, h.Time+365*86400)); err != nil {
			return nil, err
		}
		if _, err := send(admin, a.Token, token.PackMint(addrOf(k), big.NewInt(int64(1000*(i+1))))); err != nil {
			return nil, err
		}
	}

	res := &Result{}
	dom := disclosure.Domain{ChainID: chainID, Registry: a.Registry}
	epoch := h.Time/p.EpochSeconds() - 3
	var last disclosure.Disclosure
	for i := range 3 {
		// The same events shifted by an epoch: equal figures, no growth;
		// then an epoch of MultiChunks chunks (within the growth bounds).
		records := Capacity
		if i == 2 {
			records = (MultiChunks-1)*Capacity + 3
		}
		evs, err := testprover.Events(pool, p, epoch+uint64(i), records, 6, 1)
		if err != nil {
			return nil, err
		}
		b, err := testprover.ProveEpoch(ctx, set, pool, p, epoch+uint64(i), evs)
		if err != nil {
			return nil, err
		}
		sub, err := disclosure.FromBundle(b)
		if err != nil {
			return nil, fmt.Errorf("gasbench: %w", err)
		}
		d := sub.Disclosure
		var sigs []disclosure.Signature
		for _, m := range members[:2] {
			s, err := disclosure.Sign(&d, dom, m)
			if err != nil {
				return nil, fmt.Errorf("gasbench: %w", err)
			}
			sigs = append(sigs, s)
		}
		q, err := disclosure.Quorum(sigs, 2)
		if err != nil {
			return nil, fmt.Errorf("gasbench: %w", err)
		}
		r, err := send(relayer, a.Registry, registry.Calldata(sub, q))
		if err != nil {
			return nil, err
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
		}
		res.Submit = r.GasUsed
		last = d
		proof := sub.Proofs[0]
		in, err := d.PublicInputs(disclosure.InitialAcc())
		if err != nil {
			return nil, fmt.Errorf("gasbench: %w", err)
		}
		verifierABI := bindings.NewGroth16Verifier()
		res.VerifyProof, err = chain.EstimateGas(ctx, ethereum.CallMsg{From: addrOf(relayer), To: &a.Verifier, Data: verifierABI.PackVerifyProof(proof, in)})
		if err != nil {
			return nil, fmt.Errorf("gasbench: estimate verifyProof: %w", err)
		}
	}

	// A payout for the last epoch, claimed by a holder.
	if err := sim.Advance(time.Second); err != nil {
		return nil, err
	}
	capOut, err := chain.Call(ctx, addrOf(admin), a.Token, token.PackPayoutCap(registry.Binding(&last)))
	if err != nil {
		return nil, fmt.Errorf("gasbench: %w", err)
	}
	amount, err := token.UnpackPayoutCap(capOut)
	if err != nil {
		return nil, fmt.Errorf("gasbench: %w", err)
	}
	if _, err := send(admin, a.PayoutToken, stable.PackMint(addrOf(admin), amount)); err != nil {
		return nil, err
	}
	if _, err := send(admin, a.PayoutToken, stable.PackApprove(a.Token, amount)); err != nil {
		return nil, err
	}
	r, err := send(admin, a.Token, token.PackDepositPayout(registry.Binding(&last), amount))
	if err != nil {
		return nil, err
	}
	res.Deposit = r.GasUsed
	if r, err = send(holderA, a.Token, token.PackClaim(last.Epoch)); err != nil {
		return nil, err
	}
	res.Claim = r.GasUsed
	return res, nil
}
