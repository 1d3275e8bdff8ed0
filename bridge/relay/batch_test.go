package relay_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rwabridge/rwabridge/bridge/internal/bridgetest"
	"github.com/rwabridge/rwabridge/bridge/outbox"
	"github.com/rwabridge/rwabridge/bridge/relay"
	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/offshore/governance"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

var batchPools = []telemetry.PoolID{bridgetest.Pool, "pool-b", "pool-c"}

// threePools is a world of one sealed, attested epoch in each of three
// pools on one verifier.
func threePools(t *testing.T) *bridgetest.World {
	t.Helper()
	w := newWorld(t, bridgetest.WorldOptions{Epochs: 1})
	for _, p := range batchPools[1:] {
		if err := w.AddPool(context.Background(), p, common.Address{}); err != nil {
			t.Fatal(err)
		}
	}
	return w
}

// disclosedIn returns the transaction that disclosed each pool's epoch,
// failing unless each pool has exactly one disclosure of it.
func disclosedIn(t *testing.T, w *bridgetest.World, pools ...telemetry.PoolID) map[telemetry.PoolID]common.Hash {
	t.Helper()
	out := map[telemetry.PoolID]common.Hash{}
	for _, p := range pools {
		n, txs, err := w.PoolDisclosures(context.Background(), p)
		if err != nil {
			t.Fatal(err)
		}
		if n[w.Epochs[0]] != 1 || len(n) != 1 {
			t.Fatalf("%s: disclosures per epoch %v, want one of epoch %d", p, n, w.Epochs[0])
		}
		out[p] = txs[w.Epochs[0]]
	}
	return out
}

func TestEpochsOfThreePoolsAreConfirmedTogetherInOneTransaction(t *testing.T) {
	ctx := context.Background()
	w := threePools(t)
	g := newRig(t, w, testConfig(w, t.TempDir()), w.Chain.Client, w.Chain.Funded[0])
	rep := g.untilDone(t, ctx, func() { w.Chain.Commit() }, 40)
	if len(rep.Epochs) != 3 {
		t.Fatalf("%d epochs reported, want 3", len(rep.Epochs))
	}
	txs := disclosedIn(t, w, batchPools...)
	if txs[batchPools[0]] != txs[batchPools[1]] || txs[batchPools[0]] != txs[batchPools[2]] {
		t.Fatalf("disclosed in %v, want one transaction", txs)
	}
	if n := nonceOf(t, w, g); n != 1 {
		t.Fatalf("the relayer sent %d transactions, want 1", n)
	}
	es, err := g.box.List()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		if e.State != outbox.Exported || len(e.Batch) != 3 || e.Nonce == nil || *e.Nonce != 0 || len(e.Txs) != 1 ||
			e.Included == nil || common.Hash(e.Included.TxHash) != txs[e.Pool] || e.AlreadyPosted {
			t.Errorf("%s epoch %d: %s, batch %v, nonce %v, %d txs, included %+v, already posted %t", e.Pool, e.Epoch, e.State, e.Batch,
				e.Nonce, len(e.Txs), e.Included, e.AlreadyPosted)
		}
	}
	xs, err := w.Ledger.Exports()
	if err != nil || len(xs) != 3 {
		t.Fatalf("%d exports logged (%v), want 3", len(xs), err)
	}
}

func TestBatchMaxOneSendsEachEpochAlone(t *testing.T) {
	ctx := context.Background()
	w := threePools(t)
	cfg := testConfig(w, t.TempDir())
	cfg.BatchMax = 1
	g := newRig(t, w, cfg, w.Chain.Client, w.Chain.Funded[0])
	g.untilDone(t, ctx, func() { w.Chain.Commit() }, 40)
	txs := disclosedIn(t, w, batchPools...)
	if txs[batchPools[0]] == txs[batchPools[1]] || txs[batchPools[1]] == txs[batchPools[2]] || txs[batchPools[0]] == txs[batchPools[2]] {
		t.Fatalf("disclosed in %v, want three transactions", txs)
	}
	if n := nonceOf(t, w, g); n != 3 {
		t.Fatalf("the relayer sent %d transactions, want 3", n)
	}
}

// passUntil runs passes, mining between them, until done says so.
func passUntil(t *testing.T, w *bridgetest.World, g *rig, passes int, done func() bool) {
	t.Helper()
	for range passes {
		if _, err := g.r.Once(context.Background()); err != nil {
			t.Logf("pass: %v", err)
		}
		if done() {
			return
		}
		w.Chain.Commit()
	}
	es, _ := g.box.List()
	var states []string
	for _, e := range es {
		states = append(states, fmt.Sprintf("%s/%d %s (revert %v)", e.Pool, e.Epoch, e.State, e.Revert))
	}
	t.Fatalf("not done after %d passes: %v", passes, states)
}

func entryOf(t *testing.T, g *rig, pool telemetry.PoolID, epoch uint64) *outbox.Entry {
	t.Helper()
	e, ok, err := g.box.Get(pool, epoch)
	if err != nil || !ok {
		t.Fatalf("%s epoch %d: %v", pool, epoch, err)
	}
	return e
}

func TestAnEpochTheRegistryWouldRefuseIsLeftOutOfTheBatchAndRefusedAlone(t *testing.T) {
	w := threePools(t)
	a := w.Dep.Addresses
	if _, err := w.Dep.Govern(context.Background(), governance.DisallowPolicy(a.Registry, batchPools[2].Field(), w.Policy.Hash().BigInt())); err != nil {
		t.Fatal(err)
	}
	g := newRig(t, w, testConfig(w, t.TempDir()), w.Chain.Client, w.Chain.Funded[0])
	ep := w.Epochs[0]
	passUntil(t, w, g, 40, func() bool {
		return entryOf(t, g, batchPools[0], ep).State == outbox.Exported && entryOf(t, g, batchPools[1], ep).State == outbox.Exported &&
			entryOf(t, g, batchPools[2], ep).State == outbox.Failed
	})
	txs := disclosedIn(t, w, batchPools[:2]...)
	if txs[batchPools[0]] != txs[batchPools[1]] {
		t.Fatalf("the two good epochs went in %v, want one transaction", txs)
	}
	c := entryOf(t, g, batchPools[2], ep)
	if c.Revert == nil || c.Revert.Error != "PolicyNotAllowed" || c.Revert.Where != "estimation" || len(c.Batch) != 0 || len(c.Reverted) != 0 {
		t.Fatalf("the refused epoch: revert %+v, batch %v, reverted %d; want PolicyNotAllowed at its own estimation, never sent", c.Revert, c.Batch, len(c.Reverted))
	}
	if n := nonceOf(t, w, g); n != 1 {
		t.Fatalf("the relayer sent %d transactions, want 1", n)
	}
}

// A batch that reverts when mined can not say whose epoch the registry
// refused: each of its epochs is sent alone, the good ones land and the
// refused one stops its pool alone.
func TestABatchMinedRevertedSendsItsEpochsAlone(t *testing.T) {
	ctx := context.Background()
	w := threePools(t)
	a := w.Dep.Addresses
	// pool-c's policy is withdrawn in the block that mines the batch,
	// before it: scheduled now, executed after the relayer's first pass
	// at a higher tip.
	ops, err := w.Dep.Schedule(ctx, governance.DisallowPolicy(a.Registry, batchPools[2].Field(), w.Policy.Hash().BigInt()))
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Chain.Advance(w.Dep.Delay); err != nil {
		t.Fatal(err)
	}
	g := newRig(t, w, testConfig(w, t.TempDir()), w.Chain.Client, w.Chain.Funded[0])
	ep := w.Epochs[0]
	if _, err := g.r.Once(ctx); err != nil {
		t.Fatal(err)
	}
	if e := entryOf(t, g, batchPools[0], ep); e.State != outbox.Submitted || len(e.Batch) != 3 {
		t.Fatalf("after a pass: %s, batch %v; want the batch sent", e.State, e.Batch)
	}
	admin := w.Chain.Admin
	nonce, err := w.Chain.Client.PendingNonceAt(ctx, crypto.PubkeyToAddress(admin.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	tip, op := big.NewInt(1_000_000_000_000), ops[0]
	exec, err := types.SignNewTx(admin, types.LatestSignerForChainID(w.Dep.ID), &types.DynamicFeeTx{ChainID: w.Dep.ID, Nonce: nonce,
		GasTipCap: tip, GasFeeCap: new(big.Int).Mul(tip, big.NewInt(2)), Gas: 300_000, To: &a.Timelock,
		Data: bindings.NewRWATimelock().PackExecute(op.Target, op.Value, op.Data, op.Predecessor, op.Salt)})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Chain.Client.SendTransaction(ctx, exec); err != nil {
		t.Fatal(err)
	}
	w.Chain.Commit()
	if r, err := w.Chain.Client.TransactionReceipt(ctx, exec.Hash()); err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("the policy's withdrawal: %+v, %v", r, err)
	}
	passUntil(t, w, g, 40, func() bool {
		return entryOf(t, g, batchPools[0], ep).State == outbox.Exported && entryOf(t, g, batchPools[1], ep).State == outbox.Exported &&
			entryOf(t, g, batchPools[2], ep).State == outbox.Failed
	})
	txs := disclosedIn(t, w, batchPools[:2]...)
	if txs[batchPools[0]] == txs[batchPools[1]] {
		t.Fatalf("after the batch's revert, disclosed in %v: want each alone", txs)
	}
	for _, p := range batchPools {
		e := entryOf(t, g, p, ep)
		if len(e.Reverted) != 1 || len(e.Batch) != 0 || e.Reverted[0].Hash != entryOf(t, g, batchPools[0], ep).Reverted[0].Hash {
			t.Errorf("%s: reverted %v, batch %v; want the batch transaction kept as reverted", p, e.Reverted, e.Batch)
		}
	}
	c := entryOf(t, g, batchPools[2], ep)
	if c.Revert == nil || c.Revert.Error != "PolicyNotAllowed" || c.Revert.Where != "estimation" {
		t.Fatalf("the refused epoch: %+v; want PolicyNotAllowed at its own estimation", c.Revert)
	}
	if n := nonceOf(t, w, g); n != 3 {
		t.Fatalf("the relayer used %d nonces, want 3 (the batch, then one each for the good epochs)", n)
	}
}

// A relayer killed right after recording a batch transaction (before its
// broadcast), and right after broadcasting it, sends the same bytes when
// it starts again: one transaction, each epoch disclosed once.
func TestARelayerKilledAroundABatchSendsItOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("starts relayer subprocesses; skipped in -short")
	}
	for _, point := range []string{relay.PointSubmitted, relay.PointBroadcast} {
		t.Run("killed at "+point, func(t *testing.T) {
			w := threePools(t)
			w.Chain.StartMiner(60 * time.Millisecond)
			defer w.Chain.StopMiner()
			dir := t.TempDir()
			key := w.Chain.Funded[0]
			spec, exe := childOf(t, w, dir, key)
			run := func(sp childSpec) error {
				js, _ := json.Marshal(sp)
				cmd := exec.Command(exe, "-test.run=^$")
				cmd.Env = append(os.Environ(), childEnv+"="+string(js))
				return cmd.Run()
			}
			sp := spec
			sp.Crash, sp.Nth = point, 1
			if err := run(sp); err == nil {
				t.Fatalf("the relayer was not killed at %s", point)
			}
			box, err := outbox.Open(filepath.Join(dir, "outbox"), time.Second)
			if err != nil {
				t.Fatal(err)
			}
			es, _ := box.List()
			box.Close()
			for _, e := range es {
				if e.State != outbox.Submitted || len(e.Batch) != 3 || len(e.Txs) != 1 {
					t.Fatalf("killed at %s: %s epoch %d is %s, batch %v, %d txs; want every entry holding the batch", point, e.Pool, e.Epoch, e.State, e.Batch, len(e.Txs))
				}
			}
			if err := run(spec); err != nil {
				t.Fatalf("the clean run: %v", err)
			}
			txs := disclosedIn(t, w, batchPools...)
			if txs[batchPools[0]] != txs[batchPools[1]] || txs[batchPools[0]] != txs[batchPools[2]] || txs[batchPools[0]] != common.Hash(es[0].Txs[0].Hash) {
				t.Fatalf("disclosed in %v, want the recorded batch transaction %s", txs, es[0].Txs[0].Hash)
			}
			n, err := w.Chain.Client.NonceAt(context.Background(), crypto.PubkeyToAddress(key.PublicKey), nil)
			if err != nil || n != 1 {
				t.Fatalf("the relayer sent %d transactions (%v), want 1", n, err)
			}
		})
	}
}
