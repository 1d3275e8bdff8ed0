package relay_test

import (
	"context"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/bridge/internal/bridgetest"
	"github.com/rwabridge/rwabridge/bridge/outbox"
)

func newWorld(t *testing.T, o bridgetest.WorldOptions) *bridgetest.World {
	t.Helper()
	w, err := bridgetest.NewWorld(context.Background(), t.TempDir(), o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(w.Close)
	return w
}

func TestTheRelayerPostsEveryEpochOnceInOrderAndLogsTheExport(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, bridgetest.WorldOptions{Epochs: 3})
	key := w.Chain.Funded[0]
	g := newRig(t, w, testConfig(w, t.TempDir()), w.Chain.Client, key)
	rep := g.untilDone(t, ctx, func() { w.Chain.Commit() }, 40)
	for _, e := range rep.Epochs {
		if e.To != outbox.Exported || e.AlreadyPosted {
			t.Errorf("epoch %d ended %s (already posted %t): %v", e.Epoch, e.To, e.AlreadyPosted, e.Notes)
		}
	}
	checkOnce(t, ctx, w, g, key)

	t.Run("a second pass changes nothing", func(t *testing.T) {
		rep, err := g.r.Once(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range rep.Epochs {
			if e.From != outbox.Exported || e.To != outbox.Exported {
				t.Errorf("epoch %d moved %s → %s", e.Epoch, e.From, e.To)
			}
		}
	})
}

func TestRunRelaysOnItsScheduleAndStopsCleanly(t *testing.T) {
	w := newWorld(t, bridgetest.WorldOptions{Epochs: 2})
	key := w.Chain.Funded[0]
	g := newRig(t, w, testConfig(w, t.TempDir()), w.Chain.Client, key)
	w.Chain.StartMiner(100 * time.Millisecond)
	defer w.Chain.StopMiner()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- g.r.Run(ctx) }()
	deadline := time.Now().Add(30 * time.Second)
	for {
		es, err := g.box.List()
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, e := range es {
			if e.State == outbox.Exported {
				n++
			}
		}
		if n == len(w.Epochs) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("not exported in time: %+v", es)
		}
		time.Sleep(100 * time.Millisecond)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Run returned %v on shutdown", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not stop after its context ended")
	}
	w.Chain.StopMiner()
	checkOnce(t, context.Background(), w, g, key)
}

func TestAMultiChunkEpochCrossesInOneTransaction(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, bridgetest.WorldOptions{Epochs: 1, Records: 2*bridgetest.Capacity + 3})
	if n := len(w.Seals[w.Epochs[0]].Chunks); n != 3 {
		t.Fatalf("seal has %d chunks, want 3", n)
	}
	key := w.Chain.Funded[0]
	g := newRig(t, w, testConfig(w, t.TempDir()), w.Chain.Client, key)
	g.untilDone(t, ctx, func() { w.Chain.Commit() }, 40)
	checkOnce(t, ctx, w, g, key)
	entry, _, _ := g.box.Get(bridgetest.Pool, w.Epochs[0])
	if len(entry.Txs) != 1 {
		t.Fatalf("%d transactions for one epoch", len(entry.Txs))
	}
	b, _, err := g.box.ReadBundle(entry.Bundle, entry.BundleSHA256)
	if err != nil || len(b.Chunks) != 3 {
		t.Fatalf("bundle: %v chunks, %v", len(b.Chunks), err)
	}
}
