package prover

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/rwabridge/rwabridge/circuits/bundle"

	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/circuits/summary"
	"github.com/rwabridge/rwabridge/onshore/sim"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
	"github.com/rwabridge/rwabridge/policies/policy"
)

func testSummary(t *testing.T, cabinets int) (*summary.Summary, *policy.Policy) {
	t.Helper()
	p, err := policies.Default()
	if err != nil {
		t.Fatal(err)
	}
	start, _, _ := summary.EpochBounds(p, 20412)
	var evs []telemetry.Event
	for i := range 12 {
		evs = append(evs, telemetry.Event{Pool: "pool-a", Cabinet: uint32(1 + i*cabinets/12), Seq: uint64(i + 1), Time: int64(start) + int64(i),
			EnergyWh: 500, FeeCents: 100, SoCIn: 10, SoCOut: 90, SoHPermille: 950})
	}
	s, err := summary.Summarize(summary.Input{Pool: "pool-a", Epoch: 20412, Policy: p, Capacity: 8, Events: evs})
	if err != nil {
		t.Fatal(err)
	}
	return s, p
}

func TestProveRefusesBeforeProving(t *testing.T) {
	ctx := context.Background()
	s, p := testSummary(t, 12)
	if _, err := Prove(ctx, &keys.Set{Meta: keys.Metadata{Capacity: 16}}, s, p, nil); !errors.Is(err, ErrKeyMismatch) {
		t.Fatalf("keys of 16: got %v", err)
	}
	if _, err := Prove(ctx, &keys.Set{Meta: keys.Metadata{Capacity: 8}}, s, p, nil); !errors.Is(err, ErrKeyMismatch) {
		t.Fatalf("no proving key: got %v", err)
	}
}

// devKeys sets up development keys of capacity in a temporary directory.
func devKeys(tb testing.TB, capacity int) *keys.Set {
	tb.Helper()
	set, _, err := keys.Setup(context.Background(), tb.TempDir(), capacity, keys.KindDev, keys.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return set
}

// epochOf summarises n records of 6 cabinets at capacity with fixed salts.
func epochOf(tb testing.TB, n, capacity int) (*summary.Summary, *policy.Policy) {
	tb.Helper()
	p, err := policies.Default()
	if err != nil {
		tb.Fatal(err)
	}
	evs, err := sim.EpochEvents("pool-a", p, 20412, n, 6, 3)
	if err != nil {
		tb.Fatal(err)
	}
	salt := uint64(0)
	s, err := summary.Summarize(summary.Input{Pool: "pool-a", Epoch: 20412, Policy: p, Capacity: capacity, Events: evs,
		Salt: func() (fr.Element, error) { salt++; return fr.NewElement(salt), nil }})
	if err != nil {
		tb.Fatal(err)
	}
	return s, p
}

// TestChunksProvenApartAndConcurrentlyAssembleIntoProvesBundle: two workers
// over every chunk, and chunks proven one subset at a time in any order,
// give the bundle Prove gives, but for the (randomised) proof bytes, and it
// verifies; every chunk's events arrive one at a time, each chunk ending
// in StageDone exactly once.
func TestChunksProvenApartAndConcurrentlyAssembleIntoProvesBundle(t *testing.T) {
	ctx := context.Background()
	set := devKeys(t, 8)
	s, p := epochOf(t, 2*8+1, 8)
	want, err := Prove(ctx, set, s, p, nil)
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	inside, done := 0, map[int]int{}
	b, err := NewBundle(set, s, p)
	if err != nil {
		t.Fatal(err)
	}
	b.Chunks, err = ProveChunks(ctx, set, s, nil, 2, func(e Event) {
		mu.Lock()
		inside++
		if inside > 1 {
			t.Error("progress called concurrently")
		}
		mu.Unlock()
		if e.Stage == StageDone {
			done[e.Index]++
		}
		mu.Lock()
		inside--
		mu.Unlock()
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(done) != 3 || done[0] != 1 || done[1] != 1 || done[2] != 1 {
		t.Errorf("StageDone per chunk %v, want each of 0, 1, 2 once", done)
	}
	apart, err := NewBundle(set, s, p)
	if err != nil {
		t.Fatal(err)
	}
	last, err := ProveChunks(ctx, set, s, []int{2}, 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	first, err := ProveChunks(ctx, set, s, []int{0, 1}, 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	apart.Chunks = append(first, last...)
	for name, got := range map[string]*bundle.Bundle{"two workers": b, "apart": apart} {
		if err := bundle.Verify(got, set.VK); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if a, w := got.WithoutProofs(), want.WithoutProofs(); !reflect.DeepEqual(a, w) {
			t.Errorf("%s: bundle\n%+v\nProve's\n%+v", name, a, w)
		}
	}
	if _, err := ProveChunks(ctx, set, s, []int{3}, 1, nil); !errors.Is(err, summary.ErrBadStatement) {
		t.Errorf("chunk 3 of 3: got %v", err)
	}
}

// BenchmarkProveWorkers proves a 3-chunk epoch at capacity 64 with 1 and
// 2 workers: the measurement behind rwabridge prove's --workers default
// (go test ./circuits/prover -run '^$' -bench ProveWorkers -benchtime 5x).
func BenchmarkProveWorkers(b *testing.B) {
	set := devKeys(b, 64)
	s, _ := epochOf(b, 2*64+1, 64)
	for _, w := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", w), func(b *testing.B) {
			for b.Loop() {
				if _, err := ProveChunks(context.Background(), set, s, nil, w, nil); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/epoch")
		})
	}
}
