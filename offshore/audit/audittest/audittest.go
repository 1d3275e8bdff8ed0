// Package audittest builds, for the auditor's tests, a simulated chain
// holding real disclosures: development (INSECURE) keys of the summary
// circuit at capacity 8, a deployment with a committee of three
// (threshold 2), a three-chunk epoch signed by that committee, then a
// committee rotation, two single-chunk epochs signed by the new
// committee, and two signed but unsubmitted candidates for a later epoch
// (one single-chunk, one of three chunks).
//
// It is test support: nothing outside tests may use it.
package audittest

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/offshore/deploy"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/onchain"
	"github.com/rwabridge/rwabridge/offshore/registry"
	"github.com/rwabridge/rwabridge/offshore/testprover"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// Capacity is the chunk capacity of the fixture's keys.
const Capacity = 8

// Pool is the fixture's pool.
const Pool = telemetry.PoolID("pool-a")

// Disclosure is one signed submission.
type Disclosure struct {
	Epoch      uint64
	Events     []telemetry.Event // the epoch's records, in canonical order
	Submission *disclosure.Submission
	Signatures []byte
	Calldata   []byte
	Block      uint64 // 0 until mined
	TxHash     common.Hash
}

// Fixture is the chain and what was done on it.
type Fixture struct {
	Sim     *onchain.Simulated
	ChainID *big.Int
	Addrs   *deploy.Addresses
	Keys    *keys.Set
	Policy  *policy.Policy
	Admin   *ecdsa.PrivateKey
	Relayer *ecdsa.PrivateKey
	// Committees are the members of committee version i+1, sorted by
	// address.
	Committees [][]*ecdsa.PrivateKey
	// Accepted are the submitted disclosures, in order.
	Accepted []*Disclosure
	// Pending are candidates for a later epoch than the last accepted one,
	// signed by the current committee and never submitted: [0] single
	// chunk, [1] three chunks.
	Pending []*Disclosure
}

// Domain returns the registry's EIP-712 domain.
func (f *Fixture) Domain() disclosure.Domain {
	return disclosure.Domain{ChainID: f.ChainID, Registry: f.Addrs.Registry}
}

// Keys returns development keys of the summary circuit at Capacity in dir
// (set up there once, reused after).
func Keys(ctx context.Context, dir string) (*keys.Set, error) {
	return testprover.SummaryKeys(ctx, dir, Capacity)
}

func newKey() *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	if err != nil {
		panic(fmt.Sprintf("audittest: %v", err))
	}
	return k
}

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func committee(n int) []*ecdsa.PrivateKey {
	out := make([]*ecdsa.PrivateKey, n)
	for i := range out {
		out[i] = newKey()
	}
	slices.SortFunc(out, func(a, b *ecdsa.PrivateKey) int { return bytes.Compare(addr(a).Bytes(), addr(b).Bytes()) })
	return out
}

func addrs(ks []*ecdsa.PrivateKey) []common.Address {
	out := make([]common.Address, len(ks))
	for i, k := range ks {
		out[i] = addr(k)
	}
	return out
}

// Deploy starts a simulated chain with the contracts deployed for set's
// key and pool, committee version 1 and nothing disclosed. Close f.Sim
// when done.
func Deploy(ctx context.Context, set *keys.Set, pool telemetry.PoolID) (*Fixture, error) {
	p, err := policies.Default()
	if err != nil {
		return nil, err
	}
	f := &Fixture{Keys: set, Policy: p, Admin: newKey(), Relayer: newKey(), Committees: [][]*ecdsa.PrivateKey{committee(3)}}
	f.Sim = onchain.NewSimulated(types.GenesisAlloc{
		addr(f.Admin): {Balance: onchain.Fund()}, addr(f.Relayer): {Balance: onchain.Fund()},
	})
	if f.ChainID, err = f.Sim.Chain.ChainID(ctx); err != nil {
		f.Sim.Close()
		return nil, err
	}
	f.Addrs, err = deploy.Deploy(ctx, &f.Sim.Chain, bind.NewKeyedTransactor(f.Admin, f.ChainID), &deploy.Plan{
		Committee: addrs(f.Committees[0]), Threshold: 2, Pool: pool, Policy: p, VK: set.VK,
		TokenName: "Pool A", TokenSymbol: "PA",
	})
	if err != nil {
		f.Sim.Close()
		return nil, err
	}
	return f, nil
}

// New builds the fixture with set (Keys). Close f.Sim when done.
func New(ctx context.Context, set *keys.Set) (*Fixture, error) {
	f, err := Deploy(ctx, set, Pool)
	if err != nil {
		return nil, err
	}
	ok := false
	defer func() {
		if !ok {
			f.Sim.Close()
		}
	}()
	p := f.Policy
	admin := bind.NewKeyedTransactor(f.Admin, f.ChainID)
	h, err := f.Sim.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	now := h.Time / p.EpochSeconds()
	// Epoch now−5: three chunks, committee version 1.
	if err := f.accept(ctx, now-5, 2*Capacity+3, 0); err != nil {
		return nil, err
	}
	// Rotate the committee.
	f.Committees = append(f.Committees, committee(3))
	reg := bindings.NewDisclosureRegistry()
	if _, err := f.Sim.Chain.Send(ctx, admin, f.Addrs.Registry, reg.PackSetCommittee(addrs(f.Committees[1]), 2)); err != nil {
		return nil, fmt.Errorf("audittest: rotate committee: %w", err)
	}
	// Epochs now−4 and now−3: one chunk each, committee version 2. The
	// pending epoch now−1 leaves a gap, so no growth bound applies to it.
	if err := f.accept(ctx, now-4, Capacity, 1); err != nil {
		return nil, err
	}
	if err := f.accept(ctx, now-3, Capacity-1, 1); err != nil {
		return nil, err
	}
	for _, n := range []int{Capacity, 2*Capacity + 3} {
		d, err := f.prepare(ctx, now-1, n, 1)
		if err != nil {
			return nil, err
		}
		f.Pending = append(f.Pending, d)
	}
	ok = true
	return f, nil
}

// prepare proves n records of epoch and signs with committee index c's
// first two members.
func (f *Fixture) prepare(ctx context.Context, epoch uint64, n, c int) (*Disclosure, error) {
	evs, err := testprover.Events(Pool, f.Policy, epoch, n, 6, epoch^uint64(n))
	if err != nil {
		return nil, err
	}
	b, err := testprover.ProveEpoch(ctx, f.Keys, Pool, f.Policy, epoch, evs)
	if err != nil {
		return nil, err
	}
	d, err := f.Sign(b, c)
	if err != nil {
		return nil, err
	}
	d.Events = evs
	return d, nil
}

// Sign turns a proof bundle into a submission signed by the first two
// members of committee index c.
func (f *Fixture) Sign(b *bundle.Bundle, c int) (*Disclosure, error) {
	s, err := disclosure.FromBundle(b)
	if err != nil {
		return nil, err
	}
	var sigs []disclosure.Signature
	for _, m := range f.Committees[c][1:] {
		sig, err := disclosure.Sign(&s.Disclosure, f.Domain(), m)
		if err != nil {
			return nil, err
		}
		sigs = append(sigs, sig)
	}
	q, err := disclosure.Quorum(sigs, 2)
	if err != nil {
		return nil, err
	}
	return &Disclosure{Epoch: b.Epoch, Submission: s, Signatures: q, Calldata: registry.Calldata(s, q)}, nil
}

func (f *Fixture) accept(ctx context.Context, epoch uint64, n, c int) error {
	d, err := f.prepare(ctx, epoch, n, c)
	if err != nil {
		return err
	}
	return f.Submit(ctx, d)
}

// Submit sends d from the relayer and appends it to f.Accepted.
func (f *Fixture) Submit(ctx context.Context, d *Disclosure) error {
	r, err := f.Sim.Chain.Send(ctx, bind.NewKeyedTransactor(f.Relayer, f.ChainID), f.Addrs.Registry, d.Calldata)
	if err != nil {
		return fmt.Errorf("audittest: submit epoch %d: %w", d.Epoch, err)
	}
	d.Block, d.TxHash = r.BlockNumber.Uint64(), r.TxHash
	f.Accepted = append(f.Accepted, d)
	return nil
}

// Call runs calldata against the registry with eth_call at the latest
// block from the relayer; nil means the registry would accept it.
func (f *Fixture) Call(ctx context.Context, calldata []byte) error {
	_, err := f.Sim.Chain.Call(ctx, addr(f.Relayer), f.Addrs.Registry, calldata)
	return err
}
