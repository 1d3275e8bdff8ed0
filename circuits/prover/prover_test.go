package prover

import (
	"context"
	"errors"
	"testing"

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
