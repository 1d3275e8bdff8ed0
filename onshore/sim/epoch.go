package sim

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// EpochEvents returns n unsigned swap events of pool in epoch under p, in
// canonical order: a proving workload for the gas benchmark and the tests,
// not a fleet (Generate is). Cabinets are drawn among 1..cabinets (each used
// at least once when n ≥ cabinets), times fall anywhere in the epoch, each
// cabinet's sequence numbers follow the model's rule (1, 2, 3, … in time
// order: no gap) and every value lies within the policy's record bounds;
// seed makes the events reproducible.
func EpochEvents(pool telemetry.PoolID, p *policy.Policy, epoch uint64, n, cabinets int, seed uint64) ([]telemetry.Event, error) {
	if cabinets < 1 || n < 0 {
		return nil, fmt.Errorf("sim: %d events from %d cabinets", n, cabinets)
	}
	start := uint64(p.EpochStart(epoch).Unix())
	last := uint64(p.EpochEnd(epoch).Unix()) - 1
	if p.EpochSeconds() == 0 || last > telemetry.MaxTime {
		return nil, fmt.Errorf("sim: epoch %d of %d s is outside the record time range", epoch, p.EpochSeconds())
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	b := p.RecordBounds
	evs := make([]telemetry.Event, n)
	for i := range evs {
		cab := uint32(i%cabinets) + 1
		evs[i] = telemetry.Event{
			Pool: pool, Cabinet: cab,
			Time:        int64(start + rng.Uint64N(last-start+1)),
			EnergyWh:    b.MinEnergyWh + rng.Uint32N(b.MaxEnergyWh-b.MinEnergyWh+1),
			FeeCents:    rng.Uint32N(b.MaxFeeCents + 1),
			SoCIn:       uint8(rng.IntN(101)),
			SoCOut:      uint8(rng.IntN(101)),
			SoHPermille: b.MinSoHPermille + uint16(rng.IntN(int(telemetry.MaxSoH-b.MinSoHPermille)+1)),
			BatteryIn:   "withheld-in", BatteryOut: "withheld-out",
		}
	}
	// Each cabinet numbers its events in time order, from 1.
	slices.SortStableFunc(evs, func(a, b telemetry.Event) int {
		if c := cmp.Compare(a.Cabinet, b.Cabinet); c != 0 {
			return c
		}
		return cmp.Compare(a.Time, b.Time)
	})
	for i := range evs {
		evs[i].Seq = 1
		if i > 0 && evs[i-1].Cabinet == evs[i].Cabinet {
			evs[i].Seq = evs[i-1].Seq + 1
		}
	}
	return evs, nil
}
