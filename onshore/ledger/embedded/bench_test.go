package embedded

import (
	"context"
	"fmt"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// BenchmarkInvoke measures committed transactions (each durable: fsync) with
// the test contract: one writer, and 16 concurrent writers with and without
// group commit. Reports txs/s and blocks/s.
//
//	go test -run '^$' -bench Invoke -benchtime 2s ./onshore/ledger/embedded/
func BenchmarkInvoke(b *testing.B) {
	cases := []struct {
		name     string
		parallel int
		maxTxs   int
	}{
		{"writers=1", 0, 64},
		{"writers=16/group-commit", 16, 64},
		{"writers=16/one-tx-per-block", 16, 1},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			cfg := Default()
			cfg.Block.MaxTxs = c.maxTxs
			l, err := Open(b.TempDir(), cfg, testLogger(), WithContract(testContract))
			if err != nil {
				b.Fatal(err)
			}
			defer l.Close()
			ctx := context.Background()
			start, h0 := time.Now(), l.Head().Height
			var n atomic.Int64
			put := func() {
				k := strconv.FormatInt(n.Add(1), 10)
				if _, err := l.Invoke(ctx, operator, "put", []byte(k), []byte("value-"+k)); err != nil {
					b.Error(err)
				}
			}
			b.ResetTimer()
			if c.parallel == 0 {
				for range b.N {
					put()
				}
			} else {
				b.SetParallelism(c.parallel)
				b.RunParallel(func(pb *testing.PB) {
					for pb.Next() {
						put()
					}
				})
			}
			b.StopTimer()
			secs := time.Since(start).Seconds()
			b.ReportMetric(float64(b.N)/secs, "txs/s")
			b.ReportMetric(float64(l.Head().Height-h0)/secs, "blocks/s")
		})
	}
}

// BenchmarkSubmitBatch measures ingest through the real contract, end to
// end (signature checks, bbolt, signed block, fsync): events/s of 1-event
// and 1000-event SubmitBatch transactions, and the 1000-event speed-up.
//
//	go test -run '^$' -bench SubmitBatch -benchtime 10x ./onshore/ledger/embedded/
func BenchmarkSubmitBatch(b *testing.B) {
	f := newFleet(b, 100)
	var baseline float64
	for _, size := range []int{1, 1000} {
		b.Run(fmt.Sprintf("events=%d", size), func(b *testing.B) {
			l, err := Open(b.TempDir(), Default(), testLogger(), WithClock(func() time.Time { return day0.Add(25 * time.Hour) }))
			if err != nil {
				b.Fatal(err)
			}
			defer l.Close()
			ctx := context.Background()
			c := ledger.NewClient(l.Invoker(ledger.Identity{MSPID: "OperatorMSP", ID: "bench", Admin: true}))
			if _, err := c.RegisterDevices(ctx, f.reg); err != nil {
				b.Fatal(err)
			}
			var seq uint64
			batches := make([][]telemetry.SignedEvent, b.N)
			for i := range batches {
				batches[i] = f.events(size, &seq)
			}
			b.ResetTimer()
			start := time.Now()
			for _, batch := range batches {
				res, err := c.SubmitBatch(ctx, batch)
				if err != nil {
					b.Fatal(err)
				}
				if len(res) != size || res[0].Status != ledger.StatusStored {
					b.Fatalf("batch not stored: %+v", res[0])
				}
			}
			rate := float64(b.N*size) / time.Since(start).Seconds()
			b.ReportMetric(rate, "events/s")
			if size == 1 {
				baseline = rate
			} else if baseline > 0 {
				b.ReportMetric(rate/baseline, "x-vs-1-event")
			}
		})
	}
}
