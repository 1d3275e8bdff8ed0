package liveness

import (
	"bytes"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
)

func TestADependencyIsDownFromItsFirstFailureAndLogsOnlyChanges(t *testing.T) {
	var logs bytes.Buffer
	vec := prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "up"}, []string{"dependency"})
	d := New("ledger", vec, slog.New(slog.NewTextHandler(&logs, nil)))
	clock := time.Unix(1_000_000, 0)
	d.now = func() time.Time { return clock }
	d.since = clock
	if down, _ := d.Down(time.Minute); down || gauge(vec) != 0 {
		t.Fatal("a dependency that never answered is not down before the limit, and its gauge is 0")
	}
	clock = clock.Add(2 * time.Minute)
	if down, for_ := d.Down(time.Minute); !down || for_ != 2*time.Minute {
		t.Fatalf("never answered for 2 min: down %t for %s", down, for_)
	}
	d.OK()
	if down, _ := d.Down(0); down || gauge(vec) != 1 {
		t.Fatal("after an answer it is up")
	}
	boom := errors.New("connection refused")
	d.Fail(boom)
	d.Fail(boom)
	clock = clock.Add(30 * time.Second)
	if down, for_ := d.Down(10 * time.Second); !down || for_ != 30*time.Second || gauge(vec) != 0 {
		t.Fatalf("failing for 30 s: down %t for %s", down, for_)
	}
	d.OK()
	if n := strings.Count(logs.String(), "ledger unreachable"); n != 1 || !strings.Contains(logs.String(), "ledger reachable again") {
		t.Fatalf("want one line per change:\n%s", logs.String())
	}
}

func gauge(vec *prometheus.GaugeVec) float64 {
	var m dto.Metric
	if err := vec.WithLabelValues("ledger").Write(&m); err != nil {
		panic(err)
	}
	return m.GetGauge().GetValue()
}
