package offshore_test

import (
	"context"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/offshore/deploy"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/onchain"
	"github.com/rwabridge/rwabridge/offshore/registry"
	"github.com/rwabridge/rwabridge/offshore/testprover"
	"github.com/rwabridge/rwabridge/policies"
)

// summaryCapacity is the smallest chunk capacity that holds an epoch with
// the daily policy's five active cabinets.
const summaryCapacity = 8

var (
	summaryOnce sync.Once
	summarySet  *keys.Set
	summaryErr  error
	summaryDir  string
)

// summaryKeys returns development keys of the real summary circuit, set up
// once per test binary.
func summaryKeys(t testing.TB) *keys.Set {
	t.Helper()
	summaryOnce.Do(func() {
		dir, err := tempDir()
		if err != nil {
			summaryErr = err
			return
		}
		summaryDir = dir
		summarySet, summaryErr = testprover.SummaryKeys(context.Background(), dir, summaryCapacity)
	})
	if summaryErr != nil {
		t.Fatal(summaryErr)
	}
	return summarySet
}

// realBundle proves epoch of testPool with the real circuit.
func realBundle(t testing.TB, epoch uint64) *bundle.Bundle {
	t.Helper()
	p, err := policies.Default()
	if err != nil {
		t.Fatal(err)
	}
	evs, err := testprover.Events(testPool, p, epoch, summaryCapacity, 6, epoch)
	if err != nil {
		t.Fatal(err)
	}
	b, err := testprover.ProveEpoch(context.Background(), summaryKeys(t), testPool, p, epoch, evs)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestARealEpochProofCrossesTheBridge(t *testing.T) {
	set := summaryKeys(t)
	ctx := context.Background()
	admin, relayer := newKey(t), newKey(t)
	sim := onchain.NewSimulated(types.GenesisAlloc{addr(admin): {Balance: onchain.Fund()}, addr(relayer): {Balance: onchain.Fund()}})
	defer sim.Close()
	chainID, _ := sim.Chain.ChainID(ctx)
	members := []*keysAndAddr{newMember(t), newMember(t), newMember(t)}
	p, _ := policies.Default()
	a, err := deploy.Deploy(ctx, &sim.Chain, bind.NewKeyedTransactor(admin, chainID), &deploy.Plan{
		Committee: []common.Address{members[0].addr, members[1].addr, members[2].addr}, Threshold: 2,
		Pool: testPool, Policy: p, VK: set.VK, TokenName: "Pool A", TokenSymbol: "PA",
	})
	if err != nil {
		t.Fatal(err)
	}
	if a.VKHash != set.Meta.VKHash {
		t.Fatalf("deployed vk hash %s, key set %s", a.VKHash, set.Meta.VKHash)
	}
	h, _ := sim.Chain.HeaderByNumber(ctx, nil)
	epoch := h.Time/p.EpochSeconds() - 1
	b := realBundle(t, epoch)
	if b.VKHash != a.VKHash {
		t.Fatalf("bundle vk hash %s, registry's verifier %s", b.VKHash, a.VKHash)
	}
	sub, err := disclosure.FromBundle(b)
	if err != nil {
		t.Fatal(err)
	}
	d, proof := sub.Disclosure, sub.Proofs[0]
	dom := disclosure.Domain{ChainID: chainID, Registry: a.Registry}
	var sigs []disclosure.Signature
	for _, m := range members[1:] {
		s, err := disclosure.Sign(&d, dom, m.key)
		if err != nil {
			t.Fatal(err)
		}
		sigs = append(sigs, s)
	}
	q, err := disclosure.Quorum(sigs, 2)
	if err != nil {
		t.Fatal(err)
	}
	r, err := sim.Chain.Send(ctx, bind.NewKeyedTransactor(relayer, chainID), a.Registry, registry.Calldata(sub, q))
	if err != nil {
		t.Fatalf("real disclosure rejected: %v", err)
	}
	t.Logf("real disclosure: %d records, revenue %d cents, gas %d", d.Count, d.Metrics[2], r.GasUsed)
	// One changed digit in a metric and the proof no longer holds.
	d.Metrics[1]++
	_, err = sim.Chain.Call(ctx, addr(admin), a.Verifier, verifierABI.PackVerifyProof(proof, mustInputs(t, &d)))
	wantRevert(t, err, "ProofInvalid")
}
