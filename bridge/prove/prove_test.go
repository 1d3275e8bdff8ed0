package prove_test

import (
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rwabridge/rwabridge/bridge/internal/bridgetest"
	"github.com/rwabridge/rwabridge/bridge/prove"
	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/offshore/chaintest"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/sim"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
)

func TestMain(m *testing.M) {
	code := m.Run()
	chaintest.RemoveKeys()
	os.Exit(code)
}

// sealed returns a fake ledger holding one sealed epoch of n records from
// cabinets cabinets, and the seal.
func sealed(t *testing.T, epoch uint64, n, cabinets int) (*bridgetest.Ledger, *ledger.Seal, []telemetry.Event) {
	t.Helper()
	p, _ := policies.Default()
	evs, err := sim.EpochEvents(bridgetest.Pool, p, epoch, n, cabinets, epoch)
	if err != nil {
		t.Fatal(err)
	}
	seal, _, err := bridgetest.SealFor(bridgetest.Pool, p, epoch, bridgetest.Capacity, evs)
	if err != nil {
		t.Fatal(err)
	}
	l, err := bridgetest.NewLedger(filepath.Join(t.TempDir(), "ledger.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := l.AddSeal(seal, evs); err != nil {
		t.Fatal(err)
	}
	return l, seal, evs
}

func TestTheProverLoadsKeysForTheSealsCapacityAndProvesWhatTheSealSays(t *testing.T) {
	set, dir, err := chaintest.Keys()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	tests := []struct {
		name     string
		n, cabs  int
		keyDir   string
		want     error
		chunks   int
		tamperEv bool
	}{
		{"one full chunk is proved", bridgetest.Capacity, 6, dir, nil, 1, false},
		{"three chunks are proved in one bundle", 2*bridgetest.Capacity + 1, 6, dir, nil, 3, false},
		{"a key directory without the capacity is ErrNoKeys", bridgetest.Capacity, 6, t.TempDir(), keys.ErrNotFound, 0, false},
		{"an epoch below k is proved suppressed", bridgetest.Capacity, 3, dir, nil, 1, false},
		{"records changed after sealing are ErrSealMismatch", bridgetest.Capacity, 6, dir, prove.ErrSealMismatch, 0, true},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, seal, evs := sealed(t, 20300+uint64(i), tt.n, tt.cabs)
			if tt.tamperEv {
				evs[0].FeeCents++
				l2, _ := bridgetest.NewLedger(filepath.Join(t.TempDir(), "l.json"))
				l2.AddSeal(seal, evs)
				l = l2
			}
			p := &prove.Prover{Records: l, KeyDir: tt.keyDir}
			b, err := p.Prove(ctx, seal)
			if tt.want != nil {
				if !errors.Is(err, tt.want) {
					t.Fatalf("error %v, want %v", err, tt.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(b.Chunks) != tt.chunks || b.Root != seal.Root {
				t.Fatalf("bundle: %d chunks, root %s; seal root %s", len(b.Chunks), b.Root, seal.Root)
			}
			if err := bundle.Verify(b, set.VK); err != nil {
				t.Fatalf("bundle does not verify: %v", err)
			}
			// What an attestor signs is what the relayer submits.
			pol, _ := policies.Default()
			s, err := prove.Recompute(ctx, l, seal, pol)
			if err != nil {
				t.Fatal(err)
			}
			d, err := disclosure.FromSummary(s)
			if err != nil {
				t.Fatal(err)
			}
			sub, err := disclosure.FromBundle(b)
			if err != nil {
				t.Fatal(err)
			}
			dom := disclosure.Domain{ChainID: big1337, Registry: registry}
			if d.Digest(dom) != sub.Disclosure.Digest(dom) {
				t.Fatalf("attestor's message %+v, relayer's %+v", d, sub.Disclosure)
			}
		})
	}
}

var (
	big1337  = new(big.Int).SetInt64(1337)
	registry = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
)

func TestCheckSealNamesEveryDisagreement(t *testing.T) {
	p, _ := policies.Default()
	evs, err := sim.EpochEvents(bridgetest.Pool, p, 20412, 2*bridgetest.Capacity+3, 6, 5)
	if err != nil {
		t.Fatal(err)
	}
	good, s, err := bridgetest.SealFor(bridgetest.Pool, p, 20412, bridgetest.Capacity, evs)
	if err != nil {
		t.Fatal(err)
	}
	if err := prove.CheckSeal(good, s, p); err != nil {
		t.Fatalf("the matching seal: %v", err)
	}
	weekly, err := policies.ByID("battery-swap-weekly")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		edit func(sl *ledger.Seal)
	}{
		{"another root", func(sl *ledger.Seal) { sl.Root = sl.Chunks[0].Root }},
		{"one record more", func(sl *ledger.Seal) { sl.Count++ }},
		{"another chunk capacity", func(sl *ledger.Seal) { sl.ChunkCapacity *= 2 }},
		{"a chunk root changed", func(sl *ledger.Seal) { sl.Chunks[1].Root = sl.Chunks[0].Root }},
		{"a chunk count changed", func(sl *ledger.Seal) { sl.Chunks[1].Count-- }},
		{"a chunk missing", func(sl *ledger.Seal) { sl.Chunks = sl.Chunks[:2] }},
		{"energy off by one", func(sl *ledger.Seal) { sl.Metrics[1].Value++ }},
		{"a disclosed aggregate missing", func(sl *ledger.Seal) { sl.Metrics = sl.Metrics[:2] }},
		{"another active cabinet count", func(sl *ledger.Seal) { sl.ActiveCabinets++ }},
		{"another policy", func(sl *ledger.Seal) { sl.PolicyHash = weekly.Hash() }},
		{"claimed not disclosable", func(sl *ledger.Seal) { sl.Disclosable = false }},
		{"another k", func(sl *ledger.Seal) { sl.MinActiveCabinets++ }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sl := *good
			sl.Chunks = slices.Clone(good.Chunks)
			sl.Metrics = slices.Clone(good.Metrics)
			tc.edit(&sl)
			if err := prove.CheckSeal(&sl, s, p); !errors.Is(err, prove.ErrSealMismatch) {
				t.Fatalf("got %v", err)
			}
		})
	}
}

func TestMatchTellsABundleOfTheSealFromAnother(t *testing.T) {
	p, _ := policies.Default()
	seal := &ledger.Seal{Pool: bridgetest.Pool, Epoch: 9, Root: field.FromUint64(7), Count: 3, PolicyHash: p.Hash()}
	b := &bundle.Bundle{Pool: string(seal.Pool), Epoch: 9, Root: field.FromUint64(7), Policy: bundle.PolicyRef{Hash: p.Hash()}}
	if err := prove.Match(b, seal); err != nil {
		t.Fatal(err)
	}
	for name, edit := range map[string]func(*bundle.Bundle){
		"another pool":   func(b *bundle.Bundle) { b.Pool = "pool-b" },
		"another epoch":  func(b *bundle.Bundle) { b.Epoch++ },
		"another root":   func(b *bundle.Bundle) { b.Root = field.FromUint64(8) },
		"another policy": func(b *bundle.Bundle) { b.Policy.Hash = field.FromUint64(1) },
	} {
		c := *b
		edit(&c)
		if err := prove.Match(&c, seal); !errors.Is(err, prove.ErrBundleMismatch) {
			t.Errorf("%s: %v", name, err)
		}
	}
}
