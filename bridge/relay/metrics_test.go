package relay_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/rwabridge/rwabridge/bridge/internal/bridgetest"
	"github.com/rwabridge/rwabridge/bridge/outbox"
	"github.com/rwabridge/rwabridge/bridge/prove"
	"github.com/rwabridge/rwabridge/bridge/relay"
	"github.com/rwabridge/rwabridge/internal/promtest"
)

func TestTheMetricsShowEachPoolsStatesProvingTimeAndHowStaleTheL2Is(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, bridgetest.WorldOptions{Epochs: 2})
	cfg := testConfig(w, t.TempDir())
	box, err := outbox.Open(cfg.Outbox, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer box.Close()
	reg := prometheus.NewRegistry()
	r, err := relay.New(cfg, relay.Deps{Ledger: w.Ledger, Chain: w.Chain.Client, Outbox: box, Key: w.Chain.Funded[0],
		Logger: testLogger(t), Prover: &prove.Prover{Records: w.Ledger, Keys: w.Keys}, Registerer: reg})
	if err != nil {
		t.Fatal(err)
	}
	last := w.Seals[w.Epochs[len(w.Epochs)-1]]
	pool := string(last.Pool)

	// First pass: both epochs proved, none confirmed yet.
	if _, err := r.Once(ctx); err != nil {
		t.Logf("pass error: %v", err)
	}
	if n, _ := promtest.Value(t, reg, "rwabridge_relay_prove_seconds", nil); n != 2 {
		t.Errorf("prove_seconds counts %v proofs after proving two epochs", n)
	}
	if v, ok := promtest.Value(t, reg, "rwabridge_relay_disclosed_epoch_end_timestamp_seconds", map[string]string{"pool": pool}); ok {
		t.Errorf("the L2 staleness gauge is set (%v) before any epoch is confirmed", v)
	}
	for range 40 { // the relayer waits for the dev chain's first finalized block, 32
		w.Chain.Commit()
		rep, _ := r.Once(ctx)
		if !slices.ContainsFunc(rep.Epochs, func(e relay.EpochReport) bool { return !e.To.Terminal() }) {
			break
		}
	}
	// "Not disclosed yet" is the registry's answer for every epoch before
	// it is posted, not a failure to ask again (each retry waits).
	if v, ok := promtest.Value(t, reg, "rwabridge_relay_retries_total", map[string]string{"call": "registry_disclosure"}); ok && v != 0 {
		t.Errorf("retries{call=registry_disclosure} = %v, want none", v)
	}
	for _, st := range outbox.States() {
		want := 0.0
		if st == outbox.Exported {
			want = 2
		}
		if v, ok := promtest.Value(t, reg, "rwabridge_relay_epochs", map[string]string{"pool": pool, "state": string(st)}); !ok || v != want {
			t.Errorf("epochs{pool=%q,state=%q} = %v (present %t), want %v", pool, st, v, ok, want)
		}
	}
	if v, _ := promtest.Value(t, reg, "rwabridge_relay_disclosed_epoch_end_timestamp_seconds", map[string]string{"pool": pool}); v != float64(last.End.Unix()) {
		t.Errorf("disclosed_epoch_end_timestamp_seconds{pool=%q} = %v, want the latest epoch's end %d", pool, v, last.End.Unix())
	}
	if v, _ := promtest.Value(t, reg, "rwabridge_relay_last_pass_timestamp_seconds", nil); v <= 0 {
		t.Errorf("last_pass_timestamp_seconds = %v", v)
	}
}
