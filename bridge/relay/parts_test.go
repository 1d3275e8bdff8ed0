package relay_test

import (
	"context"
	"crypto/ecdsa"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rwabridge/rwabridge/bridge/internal/bridgetest"
	"github.com/rwabridge/rwabridge/bridge/outbox"
	"github.com/rwabridge/rwabridge/bridge/prove"
	"github.com/rwabridge/rwabridge/internal/backoff"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/offshore/chaintest"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/onchain"
	"github.com/rwabridge/rwabridge/offshore/registry"
)

// threeChunks is the record count of a three-chunk epoch.
const threeChunks = 2*bridgetest.Capacity + 3

// partLogs counts the registry's DisclosurePartAccepted logs per epoch.
func partLogs(t *testing.T, ctx context.Context, w *bridgetest.World) map[uint64]int {
	t.Helper()
	id := onchain.MustABI(&bindings.DisclosureRegistryMetaData).Events["DisclosurePartAccepted"].ID
	logs, err := w.Chain.Client.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{w.Dep.Addresses.Registry},
		Topics: [][]common.Hash{{id}}})
	if err != nil {
		t.Fatal(err)
	}
	out := map[uint64]int{}
	for i := range logs {
		ev, err := registry.ABI.UnpackDisclosurePartAcceptedEvent(&logs[i])
		if err != nil {
			t.Fatal(err)
		}
		out[ev.Epoch]++
	}
	return out
}

func TestAnEpochOfMoreChunksThanATransactionTakesIsPostedInPartsOnce(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, bridgetest.WorldOptions{Epochs: 2, Records: threeChunks})
	key := w.Chain.Funded[0]
	cfg := testConfig(w, t.TempDir())
	cfg.ChunksPerTx, cfg.Finalized = 1, false // the simulated chain finalizes every 32 blocks
	g := newRig(t, w, cfg, w.Chain.Client, key)
	g.untilDone(t, ctx, func() { w.Chain.Commit() }, 80)
	checkOnce(t, ctx, w, g, key)
	parts := partLogs(t, ctx, w)
	for _, epoch := range w.Epochs {
		e, _, err := g.box.Get(bridgetest.Pool, epoch)
		if err != nil {
			t.Fatal(err)
		}
		if len(e.Parts) != 2 || e.Parts[0].From != 0 || e.Parts[0].To != 1 || e.Parts[1].From != 1 || e.Parts[1].To != 2 ||
			e.Parts[0].TxHash == e.Parts[1].TxHash || e.Part == nil || !e.Part.Final() || e.Part.From != 2 {
			t.Errorf("epoch %d: parts %+v, last %+v; want [0,1) and [1,2) confirmed, then [2,3)", epoch, e.Parts, e.Part)
		}
		if e.Included == nil || e.Included.TxHash == e.Parts[1].TxHash {
			t.Errorf("epoch %d: the export's transaction is not the final part's: %+v", epoch, e.Included)
		}
		if parts[epoch] != 2 {
			t.Errorf("epoch %d: %d DisclosurePartAccepted logs, want 2", epoch, parts[epoch])
		}
	}
	if n, _ := w.Chain.Client.NonceAt(ctx, crypto.PubkeyToAddress(key.PublicKey), nil); n != 6 {
		t.Fatalf("%d transactions for two epochs of three parts", n)
	}
	e, _, _ := g.box.Get(bridgetest.Pool, w.Epochs[1])
	var gas []uint64
	for _, h := range []field.Digest{e.Parts[0].TxHash, e.Parts[1].TxHash, e.Included.TxHash} {
		r, err := w.Chain.Client.TransactionReceipt(ctx, common.Hash(h))
		if err != nil {
			t.Fatal(err)
		}
		gas = append(gas, r.GasUsed)
	}
	t.Logf("gas of a later epoch's parts of one chunk (real circuit): first %d, middle %d, final %d", gas[0], gas[1], gas[2])
}

// sendPart sends chunk from of sub (with a quorum of the world's
// committee) from key, as another sender would.
func sendPart(t *testing.T, ctx context.Context, w *bridgetest.World, key *ecdsa.PrivateKey, sub *disclosure.Submission, from int) {
	t.Helper()
	q, err := chaintest.Quorum(&sub.Disclosure, w.Domain(), 2, w.Dep.Members()[:2]...)
	if err != nil {
		t.Fatal(err)
	}
	data, err := registry.PartCalldata(sub, from, 1, q)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Chain.Sim.Chain.Send(ctx, w.Chain.Opts(key), w.Dep.Addresses.Registry, data); err != nil {
		t.Fatalf("the other sender's part from chunk %d: %v", from, err)
	}
}

// A part another sender lands is followed, not sent again.
func TestTheRelayerContinuesFromAPartAnotherSenderLanded(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, bridgetest.WorldOptions{Epochs: 1, Records: threeChunks})
	key, other := w.Chain.Funded[0], w.Chain.Funded[1]
	cfg := testConfig(w, t.TempDir())
	cfg.ChunksPerTx, cfg.Finalized = 1, false // the simulated chain finalizes every 32 blocks
	g := newRig(t, w, cfg, w.Chain.Client, key)
	epoch := w.Epochs[0]
	if _, err := g.r.Once(ctx); err != nil {
		t.Fatal(err)
	}
	e, _, err := g.box.Get(bridgetest.Pool, epoch)
	if err != nil {
		t.Fatal(err)
	}
	if e.State != outbox.Submitted || e.Part == nil || e.Part.From != 0 || e.Part.To != 1 {
		t.Fatalf("after the first pass: %s, part %+v; want chunks [0, 1) submitted", e.State, e.Part)
	}
	w.Chain.Commit()
	b, _, err := g.box.ReadBundle(e.Bundle, e.BundleSHA256)
	if err != nil {
		t.Fatal(err)
	}
	sub, err := disclosure.FromBundle(b)
	if err != nil {
		t.Fatal(err)
	}
	sendPart(t, ctx, w, other, sub, 1)
	g.untilDone(t, ctx, func() { w.Chain.Commit() }, 40)
	e, _, _ = g.box.Get(bridgetest.Pool, epoch)
	if len(e.Parts) != 1 || e.Parts[0].To != 1 || e.Part == nil || e.Part.From != 2 {
		t.Fatalf("parts %+v, last %+v; want [0,1) then [2,3): another sent [1,2)", e.Parts, e.Part)
	}
	checkOnce(t, ctx, w, g, key)
}

// A pending epoch of another proof of the epoch (another accumulator
// chain) is waited on while it is held, and restarted from chunk 0 once it
// has made no progress for an hour.
func TestTheRelayerRestartsAForeignPendingEpochOnceItIsStale(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, bridgetest.WorldOptions{Epochs: 1, Records: threeChunks})
	key, other := w.Chain.Funded[0], w.Chain.Funded[1]
	cfg := testConfig(w, t.TempDir())
	cfg.ChunksPerTx, cfg.Finalized = 2, false
	cfg.RevertBackoff = backoff.Policy{Initial: time.Millisecond, Max: time.Millisecond}
	g := newRig(t, w, cfg, w.Chain.Client, key)
	epoch := w.Epochs[0]
	b, err := (&prove.Prover{Records: w.Ledger, Keys: w.Keys}).Prove(ctx, w.Seals[epoch])
	if err != nil {
		t.Fatal(err)
	}
	foreign, err := disclosure.FromBundle(b)
	if err != nil {
		t.Fatal(err)
	}
	sendPart(t, ctx, w, other, foreign, 0)
	for range 3 {
		if _, err := g.r.Once(ctx); err != nil {
			t.Fatal(err)
		}
		w.Chain.Commit()
	}
	e, _, err := g.box.Get(bridgetest.Pool, epoch)
	if err != nil {
		t.Fatal(err)
	}
	if e.State != outbox.Attested || e.Revert == nil || e.Revert.Error != "PendingHeld" || e.Revert.Class != outbox.RevertWait ||
		e.Revert.Args[0] != crypto.PubkeyToAddress(other.PublicKey).Hex() {
		t.Fatalf("while another holds the epoch: %s, revert %+v", e.State, e.Revert)
	}
	if n, _ := w.Chain.Client.NonceAt(ctx, crypto.PubkeyToAddress(key.PublicKey), nil); n != 0 {
		t.Fatalf("the relayer sent %d transactions against a held pending epoch", n)
	}
	if err := w.Chain.Advance(time.Hour); err != nil {
		t.Fatal(err)
	}
	g.untilDone(t, ctx, func() { w.Chain.Commit() }, 40)
	e, _, _ = g.box.Get(bridgetest.Pool, epoch)
	if len(e.Parts) != 1 || e.Parts[0].From != 0 || e.Parts[0].To != 2 || e.Part == nil || e.Part.From != 2 {
		t.Fatalf("parts %+v, last %+v; want [0,2) then [2,3) of its own proof", e.Parts, e.Part)
	}
	checkOnce(t, ctx, w, g, key)
}
