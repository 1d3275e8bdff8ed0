package outbox_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/bridge/internal/bridgetest"
	"github.com/rwabridge/rwabridge/bridge/outbox"
	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/offshore/chaintest"
	"github.com/rwabridge/rwabridge/onshore/sim"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
)

func TestMain(m *testing.M) {
	code := m.Run()
	chaintest.RemoveKeys()
	os.Exit(code)
}

func open(t *testing.T, dir string) *outbox.Outbox {
	t.Helper()
	o, err := outbox.Open(dir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { o.Close() })
	return o
}

func TestTheStateMachineAllowsOnlyForwardMoves(t *testing.T) {
	tests := []struct {
		path []outbox.State
		ok   bool
	}{
		{[]outbox.State{outbox.Sealed, outbox.Proved, outbox.Attested, outbox.Submitted, outbox.Submitted, outbox.Confirmed, outbox.Exported}, true},
		{[]outbox.State{outbox.Sealed, outbox.Confirmed, outbox.Exported}, true},
		{[]outbox.State{outbox.Sealed, outbox.Proved, outbox.Attested, outbox.Submitted, outbox.Attested}, true},
		{[]outbox.State{outbox.Sealed, outbox.Proved, outbox.Sealed}, false},
		{[]outbox.State{outbox.Sealed, outbox.Submitted}, false},
		{[]outbox.State{outbox.Sealed, outbox.Exported}, false},
		{[]outbox.State{outbox.Proved}, false},
		{[]outbox.State{outbox.Sealed, outbox.Proved, outbox.Attested, outbox.Submitted, outbox.Confirmed, outbox.Exported, outbox.Submitted}, false},
		// The committee changed: signatures are collected again.
		{[]outbox.State{outbox.Sealed, outbox.Proved, outbox.Attested, outbox.Proved}, true},
		{[]outbox.State{outbox.Sealed, outbox.Proved, outbox.Attested, outbox.Submitted, outbox.Proved}, true},
		// Stuck, then re-queued by an operator; never straight to submitted.
		{[]outbox.State{outbox.Sealed, outbox.Proved, outbox.Attested, outbox.Submitted, outbox.Failed, outbox.Attested}, true},
		{[]outbox.State{outbox.Sealed, outbox.Failed, outbox.Sealed}, true},
		{[]outbox.State{outbox.Sealed, outbox.Proved, outbox.Attested, outbox.Failed, outbox.Submitted}, false},
		{[]outbox.State{outbox.Sealed, outbox.Proved, outbox.Attested, outbox.Failed, outbox.Confirmed}, false},
	}
	for i, tt := range tests {
		t.Run(pathName(tt.path), func(t *testing.T) {
			o := open(t, t.TempDir())
			var err error
			for _, s := range tt.path {
				if err = o.Put(&outbox.Entry{Pool: "pool-a", Epoch: uint64(i), State: s}); err != nil {
					break
				}
			}
			if tt.ok != (err == nil) || err != nil && !errors.Is(err, outbox.ErrTransition) {
				t.Fatalf("error %v, want ok=%t", err, tt.ok)
			}
		})
	}
}

func pathName(p []outbox.State) string {
	s := ""
	for i, x := range p {
		if i > 0 {
			s += "→"
		}
		s += string(x)
	}
	return s
}

func TestANonceBelongsToOneEpochAndTheNextIsDerivedFromTheRecords(t *testing.T) {
	dir := t.TempDir()
	o := open(t, dir)
	n := func(x uint64) *uint64 { return &x }
	if err := o.Put(&outbox.Entry{Pool: "pool-a", Epoch: 1, State: outbox.Sealed, Nonce: n(4)}); err != nil {
		t.Fatal(err)
	}
	if err := o.Put(&outbox.Entry{Pool: "pool-a", Epoch: 2, State: outbox.Sealed, Nonce: n(4)}); !errors.Is(err, outbox.ErrNonceReuse) {
		t.Fatalf("second epoch with nonce 4: %v", err)
	}
	tests := []struct{ chain, want uint64 }{{0, 5}, {5, 5}, {9, 9}}
	for _, tt := range tests {
		if got, err := o.NextNonce(tt.chain); err != nil || got != tt.want {
			t.Errorf("NextNonce(%d) = %d, %v; want %d", tt.chain, got, err, tt.want)
		}
	}
	o.Close()
	o2 := open(t, dir)
	if got, _ := o2.NextNonce(0); got != 5 {
		t.Fatalf("after reopening: next nonce %d", got)
	}
}

func TestABundleIsReadBackOnlyWhileItMatchesItsRecordedHash(t *testing.T) {
	o := open(t, t.TempDir())
	b := realBundle(t, 7)
	name, sum, err := o.WriteBundle("pool-a", 7, b)
	if err != nil {
		t.Fatal(err)
	}
	if got, _, err := o.ReadBundle(name, sum); err != nil || got.Epoch != 7 || got.Root != b.Root {
		t.Fatalf("read back %+v, %v", got, err)
	}
	if err := os.WriteFile(filepath.Join(o.Dir(), outbox.BundleDir, name), []byte(`{"format":"x","epoch":8}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := o.ReadBundle(name, sum); !errors.Is(err, outbox.ErrBundleChanged) {
		t.Fatalf("changed file: %v", err)
	}
	if _, _, err := o.ReadBundle("../../etc/passwd", ""); err == nil {
		t.Fatal("read a bundle outside the outbox")
	}
}

// realBundle proves epoch of bridgetest.Pool with the small test keys.
func realBundle(t *testing.T, epoch uint64) *bundle.Bundle {
	t.Helper()
	set, _, err := chaintest.Keys()
	if err != nil {
		t.Fatal(err)
	}
	p, err := policies.Default()
	if err != nil {
		t.Fatal(err)
	}
	evs, err := sim.EpochEvents(bridgetest.Pool, p, epoch, bridgetest.Capacity, 6, epoch)
	if err != nil {
		t.Fatal(err)
	}
	b, err := chaintest.ProveEpoch(t.Context(), set, bridgetest.Pool, p, epoch, evs)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestOneProcessAtATime(t *testing.T) {
	dir := t.TempDir()
	open(t, dir)
	if _, err := outbox.Open(dir, 50*time.Millisecond); err == nil {
		t.Fatal("a second open of the same outbox succeeded")
	}
}

func TestRequeueMovesOnlyAStuckEpochBackAndKeepsItsRevertedTransactions(t *testing.T) {
	o := open(t, t.TempDir())
	n := uint64(4)
	sig := []outbox.Signature{{Org: "Org0MSP", Signer: "0x0000000000000000000000000000000000000001", Sig: []byte{1}}}
	e := &outbox.Entry{Pool: "pool-a", Epoch: 1, State: outbox.Sealed}
	for _, s := range []outbox.State{outbox.Sealed, outbox.Proved, outbox.Attested} {
		e.State, e.Bundle, e.Signatures = s, "pool-a-1.json", sig
		if err := o.Put(e); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := o.Requeue("pool-a", 1); !errors.Is(err, outbox.ErrNotStuck) {
		t.Fatalf("re-queueing an attested epoch: %v, want ErrNotStuck", err)
	}
	if _, err := o.Requeue("pool-a", 2); !errors.Is(err, outbox.ErrNoEntry) {
		t.Fatalf("re-queueing an unknown epoch: %v, want ErrNoEntry", err)
	}
	e.State, e.Nonce, e.Txs = outbox.Failed, &n, []outbox.Tx{{Nonce: n, Gas: 1}}
	e.Revert = &outbox.Revert{Error: "ProofInvalid", Class: outbox.RevertStop}
	if err := o.Put(e); err != nil {
		t.Fatal(err)
	}
	got, err := o.Requeue("pool-a", 1)
	if err != nil {
		t.Fatal(err)
	}
	stored, _, _ := o.Get("pool-a", 1)
	for _, x := range []*outbox.Entry{got, stored} {
		if x.State != outbox.Attested || x.Nonce != nil || len(x.Txs) != 0 || len(x.Reverted) != 1 || x.Reverted[0].Nonce != n || x.Revert != nil {
			t.Fatalf("re-queued: %+v", x)
		}
	}
	// Without signatures it goes back to proved; without a bundle to sealed.
	for _, tt := range []struct {
		bundle string
		sigs   []outbox.Signature
		want   outbox.State
	}{{"b.json", nil, outbox.Proved}, {"", nil, outbox.Sealed}} {
		x := &outbox.Entry{Pool: "pool-b", Epoch: uint64(len(tt.bundle)), State: outbox.Sealed}
		if err := o.Put(x); err != nil {
			t.Fatal(err)
		}
		x.State, x.Bundle, x.Signatures = outbox.Failed, tt.bundle, tt.sigs
		if err := o.Put(x); err != nil {
			t.Fatal(err)
		}
		if r, err := o.Requeue("pool-b", x.Epoch); err != nil || r.State != tt.want {
			t.Fatalf("re-queue with bundle %q: %+v, %v; want %s", tt.bundle, r, err, tt.want)
		}
	}
}

func TestTheEntriesOfOneBatchShareANonceAndNothingElseDoes(t *testing.T) {
	n := func(x uint64) *uint64 { return &x }
	tx := outbox.Tx{Hash: [32]byte{1}, Nonce: 7, Raw: []byte{0xb1}}
	other := outbox.Tx{Hash: [32]byte{2}, Nonce: 7, Raw: []byte{0xb2}}
	batch := []outbox.BatchItem{{Pool: "pool-a", Epoch: 1}, {Pool: "pool-b", Epoch: 1}}
	entry := func(pool string, b []outbox.BatchItem, txs ...outbox.Tx) *outbox.Entry {
		return &outbox.Entry{Pool: telemetry.PoolID(pool), Epoch: 1, State: outbox.Sealed, Nonce: n(7), Txs: txs, Batch: b}
	}
	for _, c := range []struct {
		name string
		a, b *outbox.Entry
		ok   bool
	}{
		{"one batch, one transaction", entry("pool-a", batch, tx), entry("pool-b", batch, tx), true},
		{"one batch, another transaction", entry("pool-a", batch, tx), entry("pool-b", batch, other), false},
		{"one batch, the second entry without the replacement", entry("pool-a", batch, tx, other), entry("pool-b", batch, tx), false},
		{"no batch", entry("pool-a", nil, tx), entry("pool-b", nil, tx), false},
		{"a batch that does not list the entry", entry("pool-a", batch, tx), entry("pool-c", batch, tx), false},
		{"batches that differ", entry("pool-a", batch, tx), entry("pool-b", append([]outbox.BatchItem{{Pool: "pool-c", Epoch: 1}}, batch...), tx), false},
	} {
		t.Run(c.name, func(t *testing.T) {
			o := open(t, t.TempDir())
			if err := o.Put(c.a); err != nil {
				t.Fatal(err)
			}
			err := o.Put(c.b)
			if c.ok != (err == nil) || err != nil && !errors.Is(err, outbox.ErrNonceReuse) {
				t.Fatalf("error %v, want ok=%t", err, c.ok)
			}
		})
	}

	t.Run("PutBatch writes all or nothing", func(t *testing.T) {
		o := open(t, t.TempDir())
		// pool-b's epoch is exported already: the batch's second entry is
		// refused, so its first is not written either.
		for _, s := range []outbox.State{outbox.Sealed, outbox.Confirmed, outbox.Exported} {
			if err := o.Put(&outbox.Entry{Pool: "pool-b", Epoch: 1, State: s}); err != nil {
				t.Fatal(err)
			}
		}
		err := o.PutBatch([]*outbox.Entry{entry("pool-a", batch, tx), entry("pool-b", batch, tx)})
		if !errors.Is(err, outbox.ErrTransition) {
			t.Fatalf("a batch moving an exported epoch back: %v", err)
		}
		if _, ok, _ := o.Get("pool-a", 1); ok {
			t.Fatal("the batch's first entry was written although the batch was refused")
		}
		o2 := open(t, t.TempDir())
		if err := o2.PutBatch([]*outbox.Entry{entry("pool-a", batch, tx), entry("pool-b", batch, tx)}); err != nil {
			t.Fatal(err)
		}
		if next, err := o2.NextNonce(0); err != nil || next != 8 {
			t.Fatalf("next nonce %d (%v) after a batch at 7, want 8", next, err)
		}
	})
}
