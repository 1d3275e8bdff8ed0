package relay_test

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"crypto/ecdsa"
	"fmt"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	fieldpkg "github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/governance"
	"github.com/rwabridge/rwabridge/onshore/ledger"

	"github.com/rwabridge/rwabridge/bridge/internal/bridgetest"
	"github.com/rwabridge/rwabridge/bridge/outbox"
	"github.com/rwabridge/rwabridge/bridge/relay"
	"github.com/rwabridge/rwabridge/internal/backoff"
	"github.com/rwabridge/rwabridge/internal/promtest"
	"github.com/rwabridge/rwabridge/offshore/registry"
)

// clock is a test clock that moves only when told.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func newClock() *clock { return &clock{now: time.Now().UTC()} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

// adminSends sends calldata to the registry from the deployment's admin
// and mines it: pause and unpause need the guardian role, which the
// chaintest deployment leaves with its admin (deploy.Plan.Guardian zero).
func adminSends(t *testing.T, w *bridgetest.World, data []byte) {
	t.Helper()
	if _, err := w.Chain.Sim.Chain.Send(context.Background(), w.Chain.Opts(w.Chain.Admin), w.Dep.Addresses.Registry, data); err != nil {
		t.Fatal(err)
	}
}

// unpause lets submissions in again: the timelock's call, scheduled and
// executed after its delay (the guardian may only pause).
func unpause(t *testing.T, w *bridgetest.World) {
	t.Helper()
	if _, err := w.Dep.Govern(context.Background(), governance.Unpause(w.Dep.Addresses.Registry)); err != nil {
		t.Fatal(err)
	}
}

func entry(t *testing.T, g *rig, epoch uint64) *outbox.Entry {
	t.Helper()
	e, ok, err := g.box.Get(bridgetest.Pool, epoch)
	if err != nil || !ok {
		t.Fatalf("outbox entry of epoch %d: %v (found %t)", epoch, err, ok)
	}
	return e
}

func nonceOf(t *testing.T, w *bridgetest.World, g *rig) uint64 {
	t.Helper()
	n, err := w.Chain.Client.NonceAt(context.Background(), g.r.Address(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// passes runs n passes, mining a block after each.
func passes(t *testing.T, w *bridgetest.World, g *rig, n int) *relay.Report {
	t.Helper()
	var rep *relay.Report
	for range n {
		var err error
		if rep, err = g.r.Once(context.Background()); err != nil {
			t.Logf("pass error: %v", err)
		}
		w.Chain.Commit()
	}
	return rep
}

// gasLimitConfig skips estimation: every guard of the registry becomes a
// mined revert. The refusal backoff is one minute, on the test clock;
// depth is 2 blocks, without the finalized tag (32-block epochs here).
func gasLimitConfig(w *bridgetest.World, dir string) relay.Config {
	cfg := testConfig(w, dir)
	cfg.GasLimit = 3_000_000
	cfg.Finalized = false
	cfg.RevertBackoff = backoff.Policy{Initial: time.Minute, Max: time.Minute}
	return cfg
}

func TestItem11AMinedRevertUnderAPauseKeepsTheEpochAtTheHeadOfItsQueueAndItLandsAfterTheUnpause(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, bridgetest.WorldOptions{Epochs: 2})
	clk := newClock()
	reg := prometheus.NewRegistry()
	g := newRig(t, w, gasLimitConfig(w, t.TempDir()), w.Chain.Client, w.Chain.Funded[0], func(d *relay.Deps) {
		d.Now, d.Registerer = clk.Now, reg
	})
	e1, e2 := w.Epochs[0], w.Epochs[1]

	adminSends(t, w, registry.ABI.PackPause())
	rep := passes(t, w, g, 1) // e1 sent with the configured gas limit, mined reverted
	if got := rep.Epoch(bridgetest.Pool, e1).To; got != outbox.Submitted {
		t.Fatalf("epoch %d after the first pass: %s", e1, got)
	}
	passes(t, w, g, 4) // the revert's block gets deep; the relayer acts on it
	first := entry(t, g, e1)
	v := first.Revert
	if first.State != outbox.Attested || v == nil || v.Error != "EnforcedPause" || v.Class != outbox.RevertWait ||
		!strings.HasPrefix(v.Where, "transaction ") || len(first.Reverted) != 1 || first.Nonce != nil {
		t.Fatalf("after a mined EnforcedPause revert: state %s, revert %+v, reverted %d, nonce %v", first.State, v, len(first.Reverted), first.Nonce)
	}
	if later := entry(t, g, e2); later.State != outbox.Attested || len(later.Txs) != 0 {
		t.Fatalf("the later epoch %d moved past the refused one: %s with %d transaction(s)", e2, later.State, len(later.Txs))
	}
	if n := nonceOf(t, w, g); n != 1 {
		t.Fatalf("relayer sent %d transactions while paused, want 1 (the reverted one)", n)
	}
	if got, _ := promtest.Value(t, reg, "rwabridge_relay_reverts_total", map[string]string{"error": "EnforcedPause", "class": "wait"}); got != 1 {
		t.Errorf("reverts_total{EnforcedPause,wait} = %v, want 1", got)
	}
	if got, _ := promtest.Value(t, reg, "rwabridge_relay_refused_epochs", map[string]string{"pool": string(bridgetest.Pool), "error": "EnforcedPause", "class": "wait"}); got != 1 {
		t.Errorf("refused_epochs{EnforcedPause,wait} = %v, want 1", got)
	}

	// Within the backoff nothing is sent, paused or not.
	unpause(t, w)
	rep = passes(t, w, g, 2)
	if n := nonceOf(t, w, g); n != 1 {
		t.Fatalf("relayer sent again within the backoff: nonce %d", n)
	}
	if notes := strings.Join(rep.Epoch(bridgetest.Pool, e1).Notes, "; "); !strings.Contains(notes, "waiting until") {
		t.Fatalf("epoch %d within the backoff: %q", e1, notes)
	}

	clk.Advance(2 * time.Minute)
	g.untilDone(t, ctx, func() { w.Chain.Commit() }, 30)
	checkOnce(t, ctx, w, g, w.Chain.Funded[0])
	a, b := entry(t, g, e1), entry(t, g, e2)
	if a.Included.Block >= b.Included.Block {
		t.Errorf("epoch %d landed in block %d, after epoch %d in block %d", e1, a.Included.Block, e2, b.Included.Block)
	}
	if a.Revert != nil || len(a.Reverted) != 1 || a.Reverted[0].Hash == a.Included.TxHash {
		t.Errorf("landed epoch %d: revert %+v, reverted %d, included %s", e1, a.Revert, len(a.Reverted), a.Included.TxHash)
	}
	t.Logf("paused: epoch %d reverted in tx %s (%s), epoch %d held back; after the unpause both landed in order (blocks %d, %d)",
		e1, first.Reverted[0].Hash, v, e2, a.Included.Block, b.Included.Block)
}

func TestItem11AReorgOfTheBlockHoldingAMinedRevertDoesNotLoseTheEpoch(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, bridgetest.WorldOptions{Epochs: 1})
	clk := newClock()
	cfg := gasLimitConfig(w, t.TempDir())
	cfg.Confirmations = 4
	g := newRig(t, w, cfg, w.Chain.Client, w.Chain.Funded[0], func(d *relay.Deps) { d.Now = clk.Now })
	e := w.Epochs[0]
	adminSends(t, w, registry.ABI.PackPause())
	head, err := w.Chain.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	passes(t, w, g, 2) // sent; mined reverted; not deep
	sent := entry(t, g, e)
	if sent.State != outbox.Submitted || len(sent.Txs) != 1 || len(sent.Reverted) != 0 {
		t.Fatalf("acted on a revert before it was deep: %s, %d txs, %d reverted", sent.State, len(sent.Txs), len(sent.Reverted))
	}
	rcpt, err := w.Chain.Client.TransactionReceipt(ctx, common.Hash(sent.Txs[0].Hash))
	if err != nil || rcpt.Status != types.ReceiptStatusFailed {
		t.Fatalf("the first transaction did not revert: %v %v", rcpt, err)
	}
	// The block holding the revert is replaced; on the new branch the
	// registry is unpaused.
	if err := w.Chain.Fork(head.Hash()); err != nil {
		t.Fatal(err)
	}
	unpause(t, w)
	w.Chain.Commit()
	g.untilDone(t, ctx, func() { w.Chain.Commit(); clk.Advance(time.Minute) }, 30)
	checkOnce(t, ctx, w, g, w.Chain.Funded[0])
	got := entry(t, g, e)
	if got.Included == nil || common.Hash(got.Included.BlockHash) == rcpt.BlockHash {
		t.Fatalf("landed in the orphaned block: %+v", got.Included)
	}
	t.Logf("revert in block %d (%s) orphaned; epoch landed in block %d by tx %s (reverted attempts %d)",
		rcpt.BlockNumber, rcpt.BlockHash.Hex()[:10], got.Included.Block, got.Included.TxHash, len(got.Reverted))
}

func TestItem11ARefusalWaitingDoesNotCureStopsThePoolsQueueUntilAnOperatorRetries(t *testing.T) {
	for _, mode := range []string{"estimated", "gas_limit"} {
		t.Run(mode+": the registry expects an epoch the ledger never sealed", func(t *testing.T) {
			// The registry's first epoch is the day before the ledger's
			// first seal (a misconfigured deployment): it takes that epoch
			// next, so the ledger's first is EpochNotNext, and no later
			// epoch may go past it.
			w := newWorld(t, bridgetest.WorldOptions{Epochs: 3, FirstEpochEarlier: 1})
			e1, e2 := w.Epochs[0], w.Epochs[1]
			cfg := gasLimitConfig(w, t.TempDir())
			if mode == "estimated" {
				cfg.GasLimit = 0
			}
			reg := prometheus.NewRegistry()
			// Funded[0] is the deployment's own submitter.
			g := newRig(t, w, cfg, w.Chain.Client, w.Chain.Funded[2], func(d *relay.Deps) { d.Registerer = reg })
			passes(t, w, g, 6)
			stuck, later := entry(t, g, e1), entry(t, g, e2)
			v := stuck.Revert
			if stuck.State != outbox.Failed || v == nil || (v.Error != "EpochOutOfOrder" && v.Error != "EpochNotNext") ||
				v.Class != outbox.RevertStop || len(v.Args) != 2 || v.Args[0] != strconv.FormatUint(e1, 10) || v.Action == "" {
				t.Fatalf("epoch %d: %s, revert %+v", e1, stuck.State, v)
			}
			if !strings.Contains(stuck.Note, v.Action) {
				t.Errorf("the failed note %q does not say what to do", stuck.Note)
			}
			if later.State != outbox.Attested || len(later.Txs) != 0 || later.Nonce != nil {
				t.Fatalf("epoch %d went past the stuck one: %s, %d txs", e2, later.State, len(later.Txs))
			}
			sentBefore := nonceOf(t, w, g)
			if mode == "estimated" && sentBefore != 0 {
				t.Fatalf("the relayer sent %d transactions for refused epochs", sentBefore)
			}
			if got, _ := promtest.Value(t, reg, "rwabridge_relay_refused_epochs", map[string]string{"pool": string(bridgetest.Pool), "error": v.Error, "class": "stop"}); got != 1 {
				t.Errorf("refused_epochs{%s,stop} = %v, want 1", v.Error, got)
			}

			// Only a stuck epoch can be retried; a retry is a fresh attempt.
			if _, err := g.box.Requeue(bridgetest.Pool, e2); !errors.Is(err, outbox.ErrNotStuck) {
				t.Fatalf("re-queueing the waiting epoch %d: %v, want ErrNotStuck", e2, err)
			}
			re, err := g.box.Requeue(bridgetest.Pool, e1)
			if err != nil || re.State != outbox.Attested || re.Revert != nil {
				t.Fatalf("re-queue: %+v, %v", re, err)
			}
			passes(t, w, g, 6)
			again := entry(t, g, e1)
			if again.State != outbox.Failed || again.Revert == nil || !again.Revert.Since.After(v.Since) {
				t.Fatalf("after the retry: %s, revert %+v (first seen %s)", again.State, again.Revert, v.Since)
			}
			if entry(t, g, e2).Nonce != nil {
				t.Fatalf("epoch %d was sent after the retry failed", e2)
			}
			t.Logf("%s: epoch %d stopped with %s: %s", mode, e1, v, v.Action)
		})
	}

	t.Run("another record of the same epoch", func(t *testing.T) {
		ctx := context.Background()
		w := newWorld(t, bridgetest.WorldOptions{Epochs: 2})
		e1, e2 := w.Epochs[0], w.Epochs[1]
		g := newRig(t, w, testConfig(w, t.TempDir()), w.Chain.Client, w.Chain.Funded[2])
		if _, err := w.Dep.Disclose(ctx, e1, bridgetest.Capacity, 6, 4242, w.Dep.Members()[:2]...); err != nil {
			t.Fatal(err)
		}
		passes(t, w, g, 6)
		stuck := entry(t, g, e1)
		if stuck.State != outbox.Failed || stuck.Revert == nil || stuck.Revert.Error != "DuplicateEpoch" || stuck.Revert.Class != outbox.RevertStop {
			t.Fatalf("epoch %d disclosed with other records: %s, %+v", e1, stuck.State, stuck.Revert)
		}
		// e2 is what the registry takes next, yet it waits behind e1.
		if later := entry(t, g, e2); later.Nonce != nil || later.State == outbox.Submitted {
			t.Fatalf("epoch %d posted past a conflicting epoch %d: %s", e2, e1, later.State)
		}
		if n := nonceOf(t, w, g); n != 0 {
			t.Fatalf("relayer sent %d transactions", n)
		}
		t.Logf("conflict: %s", stuck.Note)
	})
}

// attestAs records attestations of epoch by signers, as orgs
// <prefix>0MSP, <prefix>1MSP, … (the rotated committee's members attest
// as new orgs here; an existing org's new key replaces its attestation,
// which the ledger's and the attestor's own tests cover).
func attestAs(t *testing.T, w *bridgetest.World, epoch uint64, prefix string, signers []*ecdsa.PrivateKey) {
	t.Helper()
	d, err := disclosure.FromSummary(w.Summaries[epoch])
	if err != nil {
		t.Fatal(err)
	}
	digest := d.Digest(w.Domain())
	for i, k := range signers {
		sig, err := disclosure.Sign(d, w.Domain(), k)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Ledger.RecordAttestation(context.Background(), ledger.AttestationRequest{Pool: bridgetest.Pool, Epoch: epoch,
			Org: fmt.Sprintf("%s%dMSP", prefix, i), Signer: sig.Signer.Hex(), Signature: sig.Sig, Digest: fieldpkg.Digest(digest)}); err != nil {
			t.Fatal(err)
		}
	}
}

func TestItem12AfterACommitteeRotationBetweenAttestAndSubmitTheSignaturesAreCollectedAgain(t *testing.T) {
	for _, mode := range []string{"estimated", "gas_limit"} {
		t.Run(mode, func(t *testing.T) {
			ctx := context.Background()
			w := newWorld(t, bridgetest.WorldOptions{Epochs: 2})
			e1 := w.Epochs[0]
			cfg := gasLimitConfig(w, t.TempDir())
			if mode == "estimated" {
				cfg.GasLimit = 0
			}
			oldMembers := map[common.Address]bool{}
			for _, k := range w.Dep.Members() {
				oldMembers[crypto.PubkeyToAddress(k.PublicKey)] = true
			}
			// Estimating, the committee rotates right after the epoch is
			// attested; with gas_limit, after its transaction is signed
			// and recorded, before it is broadcast (it then reverts
			// InvalidSignature when mined).
			at := relay.PointAttested
			if mode == "gas_limit" {
				at = relay.PointSubmitted
			}
			rotated := false
			g := newRig(t, w, cfg, w.Chain.Client, w.Chain.Funded[0], func(d *relay.Deps) {
				d.CrashPoint = func(point string) {
					if point == at && !rotated {
						rotated = true
						if err := w.Dep.RotateCommittee(ctx, 3); err != nil {
							t.Error(err)
						}
					}
				}
			})
			var oldSigs [][]byte
			passes(t, w, g, 6)
			if !rotated {
				t.Fatal("no rotation")
			}
			for _, e := range w.Epochs {
				atts, err := w.Ledger.Attestations(ctx, bridgetest.Pool, e)
				if err != nil {
					t.Fatal(err)
				}
				for _, a := range atts {
					oldSigs = append(oldSigs, a.Signature)
				}
			}
			st := entry(t, g, e1)
			if st.State != outbox.Proved || len(st.Signatures) != 0 {
				t.Fatalf("epoch %d after the rotation: %s with %d signatures, want proved and collecting again", e1, st.State, len(st.Signatures))
			}
			for _, e := range w.Epochs {
				attestAs(t, w, e, "New", w.Dep.Members()[:2]) // the new committee
			}
			g.untilDone(t, ctx, func() { w.Chain.Commit() }, 30)
			checkOnce(t, ctx, w, g, w.Chain.Funded[0])

			es, err := g.box.List()
			if err != nil {
				t.Fatal(err)
			}
			withOld := 0
			for _, e := range es {
				if e.CommitteeVersion != 2 {
					t.Errorf("epoch %d landed with signatures of committee version %d", e.Epoch, e.CommitteeVersion)
				}
				for _, s := range e.Signatures {
					if oldMembers[common.HexToAddress(s.Signer)] {
						t.Errorf("epoch %d landed with a signature of old member %s", e.Epoch, s.Signer)
					}
				}
				for _, tx := range slices.Concat(e.Reverted, e.Txs) {
					for _, sig := range oldSigs {
						if bytes.Contains(tx.Raw, sig) {
							withOld++
						}
					}
				}
			}
			// Estimating, the old signatures never leave; with gas_limit
			// the one transaction signed before the rotation reverts
			// (InvalidSignature) and is never sent again.
			want := 0
			if mode == "gas_limit" {
				want = 2 // threshold 2: both old signatures, in one transaction
			}
			if withOld != want {
				t.Errorf("old signatures appear %d times in sent transactions, want %d", withOld, want)
			}
		})
	}
}

func TestItem11AnOutOfGasRevertIsRetriedWithAFreshEstimate(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, bridgetest.WorldOptions{Epochs: 1})
	clk := newClock()
	cfg := gasLimitConfig(w, t.TempDir())
	cfg.GasLimit = 100_000 // far below a disclosure's cost
	g := newRig(t, w, cfg, w.Chain.Client, w.Chain.Funded[0], func(d *relay.Deps) { d.Now = clk.Now })
	e := w.Epochs[0]
	passes(t, w, g, 4)
	first := entry(t, g, e)
	if first.State != outbox.Attested || first.Revert == nil || first.Revert.Error != relay.RevertOutOfGas || first.Revert.Class != outbox.RevertWait ||
		len(first.Reverted) != 1 || first.Reverted[0].Gas != cfg.GasLimit {
		t.Fatalf("after running out of gas: %s, revert %+v, reverted %+v", first.State, first.Revert, first.Reverted)
	}
	clk.Advance(2 * time.Minute)
	g.untilDone(t, ctx, func() { w.Chain.Commit() }, 20)
	checkOnce(t, ctx, w, g, w.Chain.Funded[0])
	got := entry(t, g, e)
	if len(got.Txs) == 0 || got.Txs[0].Gas <= cfg.GasLimit {
		t.Fatalf("landed with gas %+v, not above the configured %d", got.Txs, cfg.GasLimit)
	}
	t.Logf("out of gas at %d; the retry estimated and sent %d gas", cfg.GasLimit, got.Txs[0].Gas)
}
