package sealer

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/rwabridge/rwabridge/internal/promtest"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// gauge returns the value of the metric name with label pool=pool in reg
// (pool "": any series), and whether it is there.
func gauge(t *testing.T, reg *prometheus.Registry, name, pool string) (float64, bool) {
	t.Helper()
	var labels map[string]string
	if pool != "" {
		labels = map[string]string{"pool": pool}
	}
	return promtest.Value(t, reg, name, labels)
}

// listFailing is a fakeLedger whose ListSeals fails while err is set.
type listFailing struct {
	*fakeLedger
	err error
}

func (l *listFailing) ListSeals(ctx context.Context, pool telemetry.PoolID) ([]ledger.Seal, error) {
	if l.err != nil {
		return nil, l.err
	}
	return l.fakeLedger.ListSeals(ctx, pool)
}

func TestTheMetricsShowSealsFailuresAndTheLagOfAStuckPool(t *testing.T) {
	doc := dailyDoc(t)
	p, _ := policy.Parse(doc)
	since := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	first := p.EpochOf(since)
	clk := &clock{t: since.Add(3*policy.Day + 7*time.Hour)}
	l := &listFailing{fakeLedger: &fakeLedger{p: p, grace: 6 * time.Hour, now: clk.now, seals: map[telemetry.PoolID][]uint64{}}}
	reg := prometheus.NewRegistry()
	s, err := New(l, doc, Config{Pools: []Pool{{ID: "north", Since: since}}, Grace: DefaultGrace, Retry: time.Minute, UnhealthyAfter: time.Nanosecond},
		Options{Now: clk.now, Registerer: reg})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := gauge(t, reg, "rwabridge_sealer_lag_seconds", "north"); ok {
		t.Error("a lag before the first pass: the sealer knows nothing of the pool yet")
	}
	if _, err := s.SealDue(context.Background()); err != nil {
		t.Fatal(err)
	}
	if v, _ := gauge(t, reg, "rwabridge_sealer_seals_total", "north"); v != 3 {
		t.Errorf("seals_total %v, want 3", v)
	}
	if v, ok := gauge(t, reg, "rwabridge_sealer_lag_seconds", "north"); !ok || v != 0 {
		t.Errorf("lag %v (present %t) with every ended epoch sealed, want 0", v, ok)
	}
	if v, _ := gauge(t, reg, "rwabridge_sealer_last_pass_timestamp_seconds", ""); v != float64(clk.now().Unix()) {
		t.Errorf("last pass at %v, want %d", v, clk.now().Unix())
	}

	// The next epoch ends; 3 h later, with no pass in between, the lag is
	// 3 h: it is computed when scraped.
	clk.set(since.Add(4*policy.Day + 3*time.Hour))
	if v, _ := gauge(t, reg, "rwabridge_sealer_lag_seconds", "north"); v != (3 * time.Hour).Seconds() {
		t.Errorf("lag %v s three hours after the epoch ended, want %v", v, (3 * time.Hour).Seconds())
	}

	// The ledger fails that seal: the failure is counted and the lag grows
	// past the grace.
	l.failOn = map[uint64]error{first + 3: errors.New("endorsement failed")}
	clk.set(since.Add(4*policy.Day + 8*time.Hour))
	if _, err := s.SealDue(context.Background()); err == nil {
		t.Fatal("a failed seal was not reported")
	}
	if v, _ := gauge(t, reg, "rwabridge_sealer_errors_total", "north"); v != 1 {
		t.Errorf("errors_total %v, want 1", v)
	}
	if v, _ := gauge(t, reg, "rwabridge_sealer_lag_seconds", "north"); v != (8 * time.Hour).Seconds() {
		t.Errorf("lag %v s with the epoch's seal failing, want 8 h", v)
	}
	if lag, ok := s.Lag("north", clk.now()); !ok || lag != 8*time.Hour {
		t.Errorf("Lag = %s, %t; want 8h", lag, ok)
	}
	if ok, why := s.Healthy(); !ok {
		t.Errorf("unhealthy (%s) although the ledger answers: a refused seal is not an outage", why)
	}

	// The ledger stops answering: /healthz fails (after UnhealthyAfter),
	// the dependency gauge drops; it recovers with the ledger.
	l.err = errors.New("connection refused")
	if _, err := s.SealDue(context.Background()); err == nil {
		t.Fatal("an unreachable ledger was not reported")
	}
	if ok, why := s.Healthy(); ok || !strings.Contains(why, "ledger has not answered") {
		t.Errorf("Healthy = %t, %q with the ledger down; want false naming the ledger", ok, why)
	}
	if v, _ := gauge(t, reg, "rwabridge_sealer_dependency_up", ""); v != 0 {
		t.Errorf("dependency_up %v with the ledger down, want 0", v)
	}
	l.err, l.failOn = nil, nil
	if _, err := s.SealDue(context.Background()); err != nil {
		t.Fatal(err)
	}
	if ok, why := s.Healthy(); !ok {
		t.Errorf("still unhealthy (%s) once the ledger answers", why)
	}
	if v, _ := gauge(t, reg, "rwabridge_sealer_lag_seconds", "north"); v != 0 {
		t.Errorf("lag %v once the epoch is sealed, want 0", v)
	}
}
