package offshore_test

import (
	"context"
	"testing"

	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/offshore/chaintest"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/onshore/sim"
	"github.com/rwabridge/rwabridge/policies"
)

// summaryCapacity is the smallest chunk capacity that holds an epoch with
// the daily policy's five active cabinets: the test world's.
const summaryCapacity = chaintest.Capacity

// summaryKeys returns the test world's development keys of the real summary
// circuit, set up once per test binary.
func summaryKeys(t testing.TB) *keys.Set {
	t.Helper()
	set, _, err := chaintest.Keys()
	if err != nil {
		t.Fatal(err)
	}
	return set
}

// realBundle proves epoch of testPool with the real circuit.
func realBundle(t testing.TB, epoch uint64) *bundle.Bundle {
	t.Helper()
	p, err := policies.Default()
	if err != nil {
		t.Fatal(err)
	}
	evs, err := sim.EpochEvents(testPool, p, epoch, summaryCapacity, 6, epoch)
	if err != nil {
		t.Fatal(err)
	}
	b, err := chaintest.ProveEpoch(context.Background(), summaryKeys(t), testPool, p, epoch, evs)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestARealEpochProofCrossesTheBridge(t *testing.T) {
	set := summaryKeys(t)
	ctx := context.Background()
	c, dep := realDeployment(t)
	a := dep.Addresses
	if a.VKHash != set.Meta.VKHash {
		t.Fatalf("deployed vk hash %s, key set %s", a.VKHash, set.Meta.VKHash)
	}
	epoch := a.FirstEpoch
	b := realBundle(t, epoch)
	if b.VKHash != a.VKHash {
		t.Fatalf("bundle vk hash %s, registry's verifier %s", b.VKHash, a.VKHash)
	}
	sub, err := disclosure.FromBundle(b)
	if err != nil {
		t.Fatal(err)
	}
	x := &chaintest.Disclosure{Epoch: epoch, Bundle: b, Submission: sub}
	if err := dep.Sign(x, dep.Members()[1:]...); err != nil {
		t.Fatal(err)
	}
	if err := dep.Submit(ctx, x); err != nil {
		t.Fatalf("real disclosure rejected: %v", err)
	}
	d, proof := sub.Disclosure, sub.Proofs[0]
	t.Logf("real disclosure: %d chunk(s), revenue %d cents, gas %d", d.Chunks, d.Metrics[2], x.Receipt.GasUsed)
	// One changed digit in a metric and the proof no longer holds.
	d.Metrics[1]++
	_, err = c.Sim.Chain.Call(ctx, chaintest.Address(c.Admin), a.Verifier, verifierABI.PackVerifyProof(proof, mustInputs(t, &d, sub.Terms)))
	wantRevert(t, err, "ProofInvalid")
}
