package soak

import (
	"context"
	"errors"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/internal/mosquitto"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/ledger/embedded"
)

func haveMosquitto(t *testing.T) {
	t.Helper()
	if _, err := mosquitto.Binary(); err != nil {
		t.Skip(err)
	}
}

// openLedger opens a fresh embedded ledger in a temporary directory.
func openLedger(t *testing.T) *ledger.Client {
	t.Helper()
	l, err := embedded.OpenDir(t.TempDir(), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return ledger.NewClient(l.Invoker(ledger.Identity{MSPID: "OperatorMSP", ID: "soak-test", Admin: true}))
}

// smokeConfig is a soak of a few seconds with a small fleet and the
// smallest queue budget, so the outage fills the queue.
func smokeConfig(t *testing.T) Config {
	cfg := Default()
	cfg.Duration, cfg.Outage = 6*time.Second, 1500*time.Millisecond
	cfg.Cabinets, cfg.Window = 40, 256
	cfg.QueueMaxBytes = 64 << 10
	cfg.RetryMax = 200 * time.Millisecond
	cfg.DrainTimeout = 20 * time.Second
	cfg.HTTPWorkers, cfg.MQTTClients = 2, 2
	cfg.DataDir = t.TempDir()
	return cfg
}

func TestASmokeSoakThroughHTTPAndMQTTWithALedgerOutageLosesAndDuplicatesNothing(t *testing.T) {
	haveMosquitto(t)
	cfg := smokeConfig(t)
	var progressed int
	rep, err := Run(context.Background(), cfg, openLedger(t), Options{Progress: func(Progress) { progressed++ }})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", rep)
	if !rep.OK() {
		t.Fatalf("soak failed: %v", rep.Problems())
	}
	if rep.Lost != 0 || rep.Duplicated != 0 || rep.Unexpected != 0 || rep.Pending != 0 {
		t.Errorf("lost %d, duplicated %d, unexpected %d, pending %d; want all 0", rep.Lost, rep.Duplicated, rep.Unexpected, rep.Pending)
	}
	if rep.SentHTTP == 0 || rep.SentMQTT == 0 {
		t.Errorf("both transports must carry events: HTTP %d, MQTT %d", rep.SentHTTP, rep.SentMQTT)
	}
	if rep.OnLedger != rep.SentHTTP+rep.SentMQTT || rep.OnLedger != rep.Sent {
		t.Errorf("ledger holds %d records; sent %d, accepted HTTP %d + MQTT %d", rep.OnLedger, rep.Sent, rep.SentHTTP, rep.SentMQTT)
	}
	if rep.PeakQueueBytes == 0 || rep.PeakQueueBytes > rep.QueueBudget || rep.QueueBudget != cfg.QueueMaxBytes {
		t.Errorf("peak queue %d bytes, budget %d (configured %d): want 0 < peak <= budget", rep.PeakQueueBytes, rep.QueueBudget, cfg.QueueMaxBytes)
	}
	if rep.SubmitFailures == 0 {
		t.Error("no ledger submission failed: the outage did not happen")
	}
	if len(rep.Phases) != 4 || rep.Phases[0].Name != PhaseSteady || rep.Phases[1].Name != PhaseOutage {
		t.Fatalf("phases: %+v", rep.Phases)
	}
	if st := rep.Phases[0]; st.EventsPerSec <= 0 || st.P50 <= 0 || st.P99 < st.P50 {
		t.Errorf("steady phase: %.0f events/s, p50 %s, p99 %s", st.EventsPerSec, st.P50, st.P99)
	}
	if rec := rep.Phases[2]; rec.P99 < cfg.Outage/2 {
		t.Errorf("events stored after a %s outage waited at most p99 %s", cfg.Outage, rec.P99)
	}
	if rep.PeakRSS <= 0 || progressed == 0 {
		t.Errorf("peak RSS %d, progress reports %d", rep.PeakRSS, progressed)
	}
	for _, want := range []string{"lost 0, duplicated 0", "events/s", "p99", "peak RSS"} {
		if !strings.Contains(rep.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, rep)
		}
	}
}

func TestTheReportCountsEveryBrokenPromise(t *testing.T) {
	rep := &Report{QueueBudget: 100, PeakQueueBytes: 101, Lost: 2, Duplicated: 1}
	if rep.OK() {
		t.Fatal("a report with lost and duplicated events and an overrun queue is OK")
	}
	got := strings.Join(rep.Problems(), "\n")
	for _, want := range []string{"2 events lost", "1 records duplicated", "over its budget", "queue was not measured"} {
		if !strings.Contains(got, want) {
			t.Errorf("problems lack %q:\n%s", want, got)
		}
	}
	if (&Report{QueueBudget: 100, PeakQueueBytes: 100, QueueSamples: 1}).OK() != true {
		t.Error("a clean report is not OK")
	}
}

func TestASoakRefusesALedgerThatHoldsItsPool(t *testing.T) {
	haveMosquitto(t)
	l := openLedger(t)
	cfg := smokeConfig(t)
	cfg.Duration, cfg.Outage = 2*time.Second, 0
	if _, err := Run(context.Background(), cfg, l, Options{}); err != nil {
		t.Fatal(err)
	}
	cfg.DataDir = filepath.Join(t.TempDir())
	if _, err := Run(context.Background(), cfg, l, Options{}); !errors.Is(err, ErrLedgerNotEmpty) {
		t.Fatalf("second soak on the same ledger: %v, want ErrLedgerNotEmpty", err)
	}
}

func TestABadConfigIsNamed(t *testing.T) {
	cfg := Default()
	cfg.Outage = cfg.Duration
	cfg.Cabinets = 1
	err := cfg.Validate()
	if !errors.Is(err, ErrInvalidConfig) || !strings.Contains(err.Error(), "outage") || !strings.Contains(err.Error(), "cabinets 1") {
		t.Fatalf("Validate: %v", err)
	}
}

func TestTheHistogramQuantilesAreWithinTwoPercent(t *testing.T) {
	var h histogram
	for i := 1; i <= 1000; i++ {
		h.add(time.Duration(i) * time.Millisecond)
	}
	for _, c := range []struct {
		q    float64
		want time.Duration
	}{{0.5, 500 * time.Millisecond}, {0.99, 990 * time.Millisecond}} {
		got := h.quantile(c.q)
		if got < c.want || float64(got) > float64(c.want)*1.021 {
			t.Errorf("quantile %.2f = %s, want %s within +2%%", c.q, got, c.want)
		}
	}
}
