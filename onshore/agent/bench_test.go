package agent

import (
	"context"
	"testing"
	"time"
)

// BenchmarkAgentPipeline measures the agent end to end without a network:
// events validated (ed25519), durably queued in groups of 256, forwarded in
// batches to an in-memory ledger, in events/s. The baseline in the same run
// is validation alone (the signature check), the floor of the edge's cost.
func BenchmarkAgentPipeline(b *testing.B) {
	f := newFleet(b, 16, 0)
	evs := f.events(16, 256) // 4096 events per round
	b.Run("baseline-validate-only", func(b *testing.B) {
		cfg := testConfig(b)
		a := newTestAgent(b, cfg, f.reg, newFakeLedger())
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			for j := range evs {
				if err := a.val.Check(&evs[j]); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(b.N*len(evs))/b.Elapsed().Seconds(), "events/s")
	})
	b.Run("ingest+queue+forward", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			cfg := testConfig(b)
			cfg.Batch.Size, cfg.Batch.MaxWait = 512, time.Millisecond
			l := newFakeLedger()
			a := newTestAgent(b, cfg, f.reg, l)
			items := make([]Item, len(evs))
			for j := range evs {
				items[j] = Item{Event: evs[j]}
			}
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			b.StartTimer()
			go func() { done <- a.forward(ctx, nil, 0) }()
			for j := 0; j < len(items); j += 256 {
				outs, err := a.Ingest(ctx, "bench", items[j:j+256], nil)
				if err != nil || outs[0] != nil {
					b.Fatal(err, outs[0])
				}
			}
			for len(l.snapshot()) < len(evs) {
				time.Sleep(100 * time.Microsecond)
			}
			b.StopTimer()
			cancel()
			<-done
			a.Close()
			b.StartTimer()
		}
		b.ReportMetric(float64(b.N*len(evs))/b.Elapsed().Seconds(), "events/s")
	})
}
