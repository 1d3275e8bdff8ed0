package ledger

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// BenchmarkSubmitBatch measures ingest of fresh, valid events in batches of
// 1 (the baseline) and 1000, in the same run: events/s for each, and for the
// batch of 1000 its speed-up over the baseline. Signing happens with the
// timer stopped; verification (parallel across runtime.NumCPU()) is timed.
//
//	go test -run '^$' -bench SubmitBatch -benchtime 20x ./onshore/ledger/
func BenchmarkSubmitBatch(b *testing.B) {
	const cabinets = 100
	f := newFleet(b, cabinets, 0)
	var baseline float64
	for _, size := range []int{1, 1000} {
		b.Run(fmt.Sprintf("batch=%d", size), func(b *testing.B) {
			l := newMemLedger(b, testConfig(), afterDay0)
			if _, err := NewClient(l).RegisterDevices(ctx, f.reg); err != nil {
				b.Fatal(err)
			}
			seq := uint64(0)
			events := make([]telemetry.SignedEvent, size)
			var timed time.Duration
			for range b.N {
				b.StopTimer()
				for i := range events {
					seq++
					events[i] = f.sign(event(uint32(seq%cabinets)+1, seq, day0.Add(time.Duration(seq%86400)*time.Second)))
				}
				arg := encode(b, events)
				tx := l.tx()
				b.StartTimer()
				start := time.Now()
				out, err := l.c.Dispatch(tx, FnSubmitBatch, [][]byte{arg})
				if err != nil {
					b.Fatal(err)
				}
				tx.commit()
				timed += time.Since(start)
				b.StopTimer()
				var res []EventResult
				if err := json.Unmarshal(out, &res); err != nil {
					b.Fatal(err)
				}
				for i, r := range res {
					if r.Status != StatusStored {
						b.Fatalf("event %d: %+v", i, r)
					}
				}
				b.StartTimer()
			}
			rate := float64(b.N*size) / timed.Seconds()
			b.ReportMetric(rate, "events/s")
			if size == 1 {
				baseline = rate
			} else if baseline > 0 {
				b.ReportMetric(rate/baseline, "x_baseline")
			}
		})
	}
}

// BenchmarkSeal measures sealing a day of 20 000 records (k-way merge over
// 24 hour buckets, decode, Poseidon2 commitment with chunks of 4096):
// records/s.
//
//	go test -run '^$' -bench Seal -benchtime 3x ./onshore/ledger/
func BenchmarkSeal(b *testing.B) {
	const cabinets, perCab = 100, 200
	f := newFleet(b, cabinets, 0)
	cfg := testConfig()
	cfg.ChunkCapacity = 4096
	l := newMemLedger(b, cfg, afterDay0)
	cl := NewClient(l)
	if _, err := cl.RegisterDevices(ctx, f.reg); err != nil {
		b.Fatal(err)
	}
	cabs := make([]uint32, cabinets)
	for i := range cabs {
		cabs[i] = uint32(i + 1)
	}
	evs := f.day(cabs, perCab)
	for lo := 0; lo < len(evs); lo += 1000 {
		submit(b, cl, evs[lo:min(lo+1000, len(evs))])
	}
	l.now = sealable
	arg, err := json.Marshal(SealRequest{Pool: testPool, Epoch: epoch0, Policy: dailyPolicy(b)})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		out, err := l.c.Dispatch(l.tx(), FnSeal, [][]byte{arg})
		if err != nil {
			b.Fatal(err)
		}
		var s Seal
		if err := json.Unmarshal(out, &s); err != nil || s.Count != uint64(len(evs)) {
			b.Fatalf("seal of %d records: %v", s.Count, err)
		}
	}
	b.ReportMetric(float64(b.N*len(evs))/b.Elapsed().Seconds(), "records/s")
}
