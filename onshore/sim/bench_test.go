package sim

import (
	"context"
	"crypto/ed25519"
	"io"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// benchConfig is a fleet of 200 cabinets over one day: about 17,600 events.
func benchConfig(workers int) Config {
	cfg := Default()
	cfg.Cabinets, cfg.Days, cfg.Seed, cfg.Workers = 200, 1, 7, workers
	return cfg
}

// BenchmarkGenerate measures generating and signing with one worker per CPU
// and reports events/s. Each iteration also runs the same fleet with one
// worker and signs events bare on one core, interleaved so that both see the
// same machine load, to report the speed-up (x_vs_1worker) and the share of
// the signing ceiling reached (sign_ceiling_share: events/s over NumCPU times
// one core's ed25519 signatures/s).
func BenchmarkGenerate(b *testing.B) {
	ctx := context.Background()
	timed := func(cfg Config) (int64, time.Duration) {
		t := time.Now()
		res, err := Generate(ctx, cfg, io.Discard)
		if err != nil {
			b.Fatal(err)
		}
		return res.Events, time.Since(t)
	}
	parallel, single := benchConfig(0), benchConfig(1)
	var events, singleEvents, signs int64
	var took, singleTook, signTook time.Duration
	for b.Loop() {
		n, d := timed(parallel)
		events, took = events+n, took+d
		n, d = timed(single)
		singleEvents, singleTook = singleEvents+n, singleTook+d
		n, d = signBare(2000)
		signs, signTook = signs+n, signTook+d
	}
	perSec := float64(events) / took.Seconds()
	ceiling := float64(workersOf(parallel)) * float64(signs) / signTook.Seconds()
	b.ReportMetric(perSec, "events/s")
	b.ReportMetric(perSec/(float64(singleEvents)/singleTook.Seconds()), "x_vs_1worker")
	b.ReportMetric(perSec/ceiling, "sign_ceiling_share")
	b.ReportMetric(0, "ns/op")
}

// signBare signs n event messages on one goroutine, as the simulator does
// for each event, and returns how many and how long it took.
func signBare(n int) (int64, time.Duration) {
	key := ed25519.NewKeyFromSeed(make([]byte, ed25519.SeedSize))
	ev := telemetry.Event{Pool: "shenzhen-north", Cabinet: 1, Time: 1793491206, EnergyWh: 1500, BatteryIn: "BAT-000001", BatteryOut: "BAT-000002"}
	t := time.Now()
	for i := range n {
		ev.Seq = uint64(i + 1)
		telemetry.Sign("sim-shenzhen-north-7", key, ev)
	}
	return int64(n), time.Since(t)
}
