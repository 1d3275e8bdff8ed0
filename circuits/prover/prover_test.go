package prover

import (
	"context"
	"errors"
	"testing"

	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/circuits/summary"
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

// sealOf returns the seal the ledger would have made of s.
func sealOf(s *summary.Summary, p *policy.Policy) Seal {
	sl := Seal{
		PolicyHash: p.HashHex(), Root: bundle.Hex(s.Commitment.Root), Count: s.Commitment.Count, Capacity: s.Capacity,
		Metrics: map[string]uint64{}, ActiveCabinets: s.Totals.ActiveCabinets,
	}
	for _, c := range s.Commitment.Chunks {
		sl.ChunkRoots = append(sl.ChunkRoots, bundle.Hex(c.Root))
		sl.ChunkCounts = append(sl.ChunkCounts, c.Count)
	}
	for _, m := range p.Disclose.Metrics() {
		sl.Metrics[m.String()] = s.Totals.Get(m)
	}
	return sl
}

func TestSealCheckNamesEveryDisagreement(t *testing.T) {
	s, p := testSummary(t, 12)
	good := sealOf(s, p)
	if err := good.Check(s, p); err != nil {
		t.Fatalf("the matching seal: %v", err)
	}
	tests := []struct {
		name string
		edit func(sl *Seal)
	}{
		{"another root", func(sl *Seal) { sl.Root = sl.ChunkRoots[0] }},
		{"one record more", func(sl *Seal) { sl.Count++ }},
		{"another chunk capacity", func(sl *Seal) { sl.Capacity = 16 }},
		{"a chunk root changed", func(sl *Seal) { sl.ChunkRoots[1] = sl.ChunkRoots[0] }},
		{"a chunk count changed", func(sl *Seal) { sl.ChunkCounts[1]-- }},
		{"a chunk missing", func(sl *Seal) { sl.ChunkRoots = sl.ChunkRoots[:1]; sl.ChunkCounts = sl.ChunkCounts[:1] }},
		{"energy off by one", func(sl *Seal) { sl.Metrics["energy_wh"]++ }},
		{"a disclosed aggregate missing", func(sl *Seal) { delete(sl.Metrics, "revenue_cents") }},
		{"another active cabinet count", func(sl *Seal) { sl.ActiveCabinets++ }},
		{"another policy", func(sl *Seal) { sl.PolicyHash = "0x01" }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sl := sealOf(s, p)
			tc.edit(&sl)
			if err := sl.Check(s, p); !errors.Is(err, ErrSealMismatch) {
				t.Fatalf("got %v", err)
			}
		})
	}
}

func TestProveRefusesBeforeProving(t *testing.T) {
	ctx := context.Background()
	s, p := testSummary(t, 3)
	if _, err := Prove(ctx, &keys.Set{Meta: keys.Metadata{Capacity: 8}}, s, p, nil); !errors.Is(err, ErrNotDisclosable) || !errors.Is(err, summary.ErrKAnonymity) {
		t.Fatalf("3 cabinets: got %v", err)
	}
	s, p = testSummary(t, 12)
	if _, err := Prove(ctx, &keys.Set{Meta: keys.Metadata{Capacity: 16}}, s, p, nil); !errors.Is(err, ErrKeyMismatch) {
		t.Fatalf("keys of 16: got %v", err)
	}
	if _, err := Prove(ctx, &keys.Set{Meta: keys.Metadata{Capacity: 8}}, s, p, nil); !errors.Is(err, ErrKeyMismatch) {
		t.Fatalf("no proving key: got %v", err)
	}
}
