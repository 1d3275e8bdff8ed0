package ledger

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/circuits/commit"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// heartbeat returns a heartbeat of cabinet c, seq s, at t.
func heartbeat(c uint32, s uint64, t time.Time) telemetry.Event {
	return telemetry.Event{Kind: telemetry.KindHeartbeat, Pool: testPool, Cabinet: c, Seq: s, Time: t.Unix()}
}

func TestHeartbeatsAreStoredOnceLikeAnyEvent(t *testing.T) {
	l, cl, f := setup(t, 2, 0)
	hb := f.sign(heartbeat(1, 3, day0.Add(2*time.Hour)))
	if res := submit(t, cl, []telemetry.SignedEvent{hb}); res[0].Status != StatusStored {
		t.Fatalf("a heartbeat: %+v, want stored", res[0])
	}
	later := f.sign(heartbeat(1, 3, day0.Add(2*time.Hour+time.Minute)))
	swap := f.sign(event(1, 3, day0.Add(2*time.Hour)))
	res := submit(t, cl, []telemetry.SignedEvent{hb, later, swap})
	if res[0].Status != StatusDuplicate || res[0].Class != "duplicate" {
		t.Errorf("the same heartbeat again: %+v, want duplicate", res[0])
	}
	for i, what := range []string{"", "another heartbeat of the same seq", "a swap of the heartbeat's seq"} {
		if i > 0 && (res[i].Status != StatusRejected || !errors.Is(res[i].Err(), ErrConflict)) {
			t.Errorf("%s: %+v, want a conflict", what, res[i])
		}
	}
	if n := l.store.count(testConfig().RecordsCollection, prefixRecord); n != 1 {
		t.Fatalf("%d records stored, want the heartbeat once", n)
	}

	l.now = sealable
	if _, err := cl.Seal(ctx, testPool, epoch0, dailyPolicy(t)); err != nil {
		t.Fatal(err)
	}
	var got []telemetry.SignedEvent
	if err := cl.Records(ctx, testPool, epoch0, func(e telemetry.SignedEvent) error { got = append(got, e); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || !got[0].IsHeartbeat() || got[0].Event != hb.Event {
		t.Fatalf("records of the sealed epoch: %+v, want the heartbeat", got)
	}
	res = submit(t, cl, []telemetry.SignedEvent{f.sign(heartbeat(2, 1, day0.Add(23*time.Hour))), hb})
	if !errors.Is(res[0].Err(), ErrEpochSealed) {
		t.Errorf("a heartbeat of a sealed hour: %+v, want ErrEpochSealed", res[0])
	}
	if res[1].Status != StatusDuplicate {
		t.Errorf("a sealed heartbeat replayed: %+v, want duplicate", res[1])
	}
}

func TestASealCommitsHeartbeatsAndCountsThemTowardNothingButCompleteness(t *testing.T) {
	l, cl, f := setup(t, 3, 0)
	// Cabinets 1 and 2 swap and fall quiet (a heartbeat each); cabinet 3 is
	// idle all day: heartbeats only, seq 1, 2, 3.
	var evs, swaps []telemetry.SignedEvent
	for c := uint32(1); c <= 2; c++ {
		for s := uint64(1); s <= 3; s++ {
			e := f.sign(event(c, s, day0.Add(time.Duration(s)*time.Hour)))
			evs, swaps = append(evs, e), append(swaps, e)
		}
		evs = append(evs, f.sign(heartbeat(c, 4, day0.Add(4*time.Hour))))
	}
	for s := uint64(1); s <= 3; s++ {
		evs = append(evs, f.sign(heartbeat(3, s, day0.Add(time.Duration(s)*time.Hour))))
	}
	for i, r := range submit(t, cl, evs) {
		if r.Status != StatusStored {
			t.Fatalf("event %d: %+v", i, r)
		}
	}
	l.now = sealable
	s, err := cl.Seal(ctx, testPool, epoch0, dailyPolicy(t))
	if err != nil {
		t.Fatal(err)
	}

	// The commitment holds every record, heartbeats included.
	all := eventsOf(evs)
	slices.SortFunc(all, telemetry.Compare)
	want, err := commit.EpochCommitment(testPool, testConfig().ChunkCapacity, all)
	if err != nil {
		t.Fatal(err)
	}
	if s.Count != uint64(len(evs)) || s.Root != field.Element(want.Root) || s.OutOfBounds != 0 {
		t.Errorf("seal: %d records (root %s, %d out of bounds), want all %d committed (root %s)", s.Count, s.Root, s.OutOfBounds, len(evs), field.Element(want.Root))
	}

	// Every figure is of the swaps alone: a heartbeat's zero energy, fee
	// and health count nowhere, and an idle cabinet is not active.
	var energy, revenue uint64
	minSoH := uint64(telemetry.MaxSoH)
	for _, e := range swaps {
		energy += uint64(e.EnergyWh)
		revenue += uint64(e.FeeCents)
		minSoH = min(minSoH, uint64(e.SoHPermille))
	}
	for name, v := range map[string]uint64{"swaps": uint64(len(swaps)), "energy_wh": energy, "revenue_cents": revenue, "active_cabinets": 2, "min_soh_permille": minSoH} {
		if got, ok := s.Metric(name); !ok || got != v {
			t.Errorf("metric %s = %d (disclosed %t), want %d, of the swaps only", name, got, ok, v)
		}
	}
	if s.ActiveCabinets != 2 {
		t.Errorf("%d active cabinets, want 2 (the idle one sent heartbeats only)", s.ActiveCabinets)
	}
	// Completeness: the idle cabinet reported; no cabinet is missing.
	if s.Completeness.Expected != 3 || s.Completeness.Reporting != 3 || s.Completeness.MissingCount != 0 {
		t.Errorf("completeness %+v, want 3 expected, 3 reporting, none missing", s.Completeness)
	}
}
