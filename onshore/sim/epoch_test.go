package sim

import (
	"reflect"
	"testing"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
)

// TestEpochEventsFollowTheModel: the proving workload is in canonical order,
// each cabinet's seqs run 1, 2, 3, … with time not going back, every event
// lies in the epoch and within the policy's bounds, and a seed gives the
// same events.
func TestEpochEventsFollowTheModel(t *testing.T) {
	p, err := policies.Default()
	if err != nil {
		t.Fatal(err)
	}
	const epoch = 20412
	evs, err := EpochEvents("pool-a", p, epoch, 500, 7, 9)
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 500 {
		t.Fatalf("%d events", len(evs))
	}
	start, end := p.EpochStart(epoch).Unix(), p.EpochEnd(epoch).Unix()
	for i, e := range evs {
		if e.Time < start || e.Time >= end {
			t.Fatalf("event %d at %d, outside the epoch", i, e.Time)
		}
		if err := p.Bounds().Check(&e); err != nil {
			t.Fatalf("event %d: %v", i, err)
		}
		if i == 0 || evs[i-1].Cabinet != e.Cabinet {
			if e.Seq != 1 {
				t.Fatalf("cabinet %d starts at seq %d", e.Cabinet, e.Seq)
			}
			continue
		}
		prev := evs[i-1]
		if !telemetry.Less(&prev, &e) || e.Seq != prev.Seq+1 || e.Time < prev.Time {
			t.Fatalf("events %d and %d: (%d, %d, t %d) then (%d, %d, t %d)", i-1, i, prev.Cabinet, prev.Seq, prev.Time, e.Cabinet, e.Seq, e.Time)
		}
	}
	again, _ := EpochEvents("pool-a", p, epoch, 500, 7, 9)
	if !reflect.DeepEqual(evs, again) {
		t.Fatal("the same seed gave other events")
	}
}
