package relay_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rwabridge/rwabridge/bridge/internal/bridgetest"
	"github.com/rwabridge/rwabridge/bridge/outbox"
	"github.com/rwabridge/rwabridge/bridge/prove"
	"github.com/rwabridge/rwabridge/bridge/relay"
	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/internal/backoff"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/onshore/ledger"
)

// countingProver proves with the real circuit and appends a line per
// proof to a file, so proofs are counted across processes.
type countingProver struct {
	inner   *prove.Prover
	log     string
	bundles *outbox.Outbox // when set, a proof of an epoch whose bundle is on disk is logged as a re-proof
	mu      sync.Mutex
}

var _ relay.Prover = (*countingProver)(nil)

func (p *countingProver) Prove(ctx context.Context, s *ledger.Seal) (*bundle.Bundle, error) {
	b, err := p.inner.Prove(ctx, s)
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	f, err := os.OpenFile(p.log, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	line := fmt.Sprintf("%s %d", s.Pool, s.Epoch)
	if p.bundles != nil {
		if _, err := os.Stat(p.bundles.BundlePath(s.Pool, s.Epoch)); err == nil {
			line += " REPROOF-OF-A-PERSISTED-BUNDLE"
		}
	}
	if _, err := fmt.Fprintln(f, line); err != nil {
		return nil, err
	}
	return b, f.Sync()
}

// proofCounts reads the proof log: proofs per epoch.
func proofCounts(t *testing.T, path string) map[string]int {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	out := map[string]int{}
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if l != "" {
			out[l]++
		}
	}
	return out
}

func testLogger(t *testing.T) *slog.Logger {
	return slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

// testConfig is a relayer config for the world: fast retries, depth 2.
func testConfig(w *bridgetest.World, dir string) relay.Config {
	c := relay.Default()
	c.Outbox = filepath.Join(dir, "outbox")
	c.Registry = w.Dep.Addresses.Registry.Hex()
	c.Confirmations = 2
	c.Schedule = "@every 1s"
	c.Retry = backoff.Policy{Attempts: 8, Initial: 5 * time.Millisecond, Max: 50 * time.Millisecond}
	c.Fees.StuckAfter = time.Hour
	return c
}

// rig is one relayer over a world.
type rig struct {
	cfg   relay.Config
	box   *outbox.Outbox
	r     *relay.Relayer
	proof string
	// killedFromOutside: a kill -9 from outside the relayer may land
	// after a proof and before its bundle is on disk, and the next run
	// proves that epoch again; checkOnce then allows more than one proof
	// of an epoch, never one made while its bundle was persisted.
	killedFromOutside bool
}

// newRig opens the outbox of cfg and a relayer over w; each option may
// change its dependencies (a clock, a crash point, a metrics registry).
func newRig(t *testing.T, w *bridgetest.World, cfg relay.Config, chain relay.Chain, key *ecdsa.PrivateKey, opts ...func(*relay.Deps)) *rig {
	t.Helper()
	box, err := outbox.Open(cfg.Outbox, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { box.Close() })
	proofLog := filepath.Join(filepath.Dir(cfg.Outbox), "proofs.log")
	d := relay.Deps{
		Ledger: w.Ledger, Chain: chain, Outbox: box, Key: key, Logger: testLogger(t),
		Prover: &countingProver{inner: &prove.Prover{Records: w.Ledger, Keys: w.Keys}, log: proofLog},
	}
	for _, o := range opts {
		o(&d)
	}
	r, err := relay.New(cfg, d)
	if err != nil {
		t.Fatal(err)
	}
	return &rig{cfg: cfg, box: box, r: r, proof: proofLog}
}

// untilDone runs passes (mining a block between them when mine is set)
// until every epoch is exported or the deadline passes.
func (g *rig) untilDone(t *testing.T, ctx context.Context, mine func(), passes int) *relay.Report {
	t.Helper()
	var rep *relay.Report
	for range passes {
		var err error
		rep, err = g.r.Once(ctx)
		if err != nil {
			t.Logf("pass error (retried next pass): %v", err)
		}
		done := len(rep.Epochs) > 0
		for _, e := range rep.Epochs {
			done = done && e.To.Terminal()
		}
		if done {
			return rep
		}
		if mine != nil {
			mine()
		} else {
			time.Sleep(50 * time.Millisecond)
		}
	}
	t.Fatalf("not done after %d passes: %+v", passes, rep)
	return nil
}

func address(k *ecdsa.PrivateKey) string { return crypto.PubkeyToAddress(k.PublicKey).Hex() }

// checkOnce asserts exactly one disclosure per epoch, one proof per epoch,
// one export per epoch and a gap-free nonce sequence of the relayer (the
// nonces of transactions mined reverted and of the earlier parts of epochs
// sent in parts included).
func checkOnce(t *testing.T, ctx context.Context, w *bridgetest.World, g *rig, key *ecdsa.PrivateKey) {
	t.Helper()
	got, err := w.Disclosures(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range w.Epochs {
		if got[e] != 1 {
			t.Errorf("epoch %d disclosed %d times on-chain, want 1", e, got[e])
		}
	}
	for k, n := range proofCounts(t, g.proof) {
		if strings.Contains(k, "REPROOF") {
			t.Errorf("an epoch was proved again after its bundle was persisted: %s", k)
		}
		switch {
		case n > 1 && g.killedFromOutside:
			t.Logf("%s proved %d times: a kill landed between a proof and its bundle's write", k, n)
		case n != 1:
			t.Errorf("%s proved %d times, want 1", k, n)
		}
	}
	xs, err := w.Ledger.Exports()
	if err != nil {
		t.Fatal(err)
	}
	perEpoch := map[uint64]int{}
	for _, x := range xs {
		perEpoch[x.Epoch]++
	}
	for _, e := range w.Epochs {
		if perEpoch[e] != 1 {
			t.Errorf("epoch %d has %d exports logged, want 1", e, perEpoch[e])
		}
	}
	es, err := g.box.List()
	if err != nil {
		t.Fatal(err)
	}
	used := map[uint64]bool{}
	for _, e := range es {
		if e.Nonce != nil {
			if used[*e.Nonce] {
				t.Errorf("nonce %d used by two epochs", *e.Nonce)
			}
			used[*e.Nonce] = true
		}
		for _, part := range e.Parts { // an epoch's earlier parts, each its own transaction
			if part.TxHash != (field.Digest{}) {
				if used[part.Nonce] {
					t.Errorf("nonce %d of a part used twice", part.Nonce)
				}
				used[part.Nonce] = true
			}
		}
		spent := map[uint64]bool{} // an attempt's replacements share its nonce
		for _, tx := range e.Reverted {
			spent[tx.Nonce] = true
		}
		for n := range spent {
			if used[n] {
				t.Errorf("nonce %d of a reverted transaction used again", n)
			}
			used[n] = true
		}
	}
	for n := range uint64(len(used)) {
		if !used[n] {
			t.Errorf("nonce gap: %d unused among %d", n, len(used))
		}
	}
	chainNonce, err := w.Chain.Client.NonceAt(ctx, crypto.PubkeyToAddress(key.PublicKey), nil)
	if err != nil {
		t.Fatal(err)
	}
	if chainNonce != uint64(len(used)) {
		t.Errorf("relayer account nonce on-chain %d, outbox used %d nonces", chainNonce, len(used))
	}
}
