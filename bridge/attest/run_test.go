package attest_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/rwabridge/rwabridge/bridge/attest"
	"github.com/rwabridge/rwabridge/bridge/internal/bridgetest"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// passLedger is an empty ledger that reports every pass (ListSeals call).
type passLedger struct{ passes chan struct{} }

var _ attest.Ledger = (*passLedger)(nil)

func newPassLedger() *passLedger { return &passLedger{passes: make(chan struct{}, 100)} }

func (l *passLedger) ListSeals(context.Context, telemetry.PoolID) ([]ledger.Seal, error) {
	l.passes <- struct{}{}
	return nil, nil
}

func (l *passLedger) Records(context.Context, telemetry.PoolID, uint64, func(telemetry.SignedEvent) error) error {
	return nil
}

func (l *passLedger) Attestations(context.Context, telemetry.PoolID, uint64) ([]ledger.Attestation, error) {
	return nil, nil
}

func (l *passLedger) RecordAttestation(context.Context, ledger.AttestationRequest) (*ledger.Attestation, error) {
	return nil, errors.New("not in this test")
}

// pass waits up to within for the next pass.
func (l *passLedger) pass(t *testing.T, within time.Duration, what string) {
	t.Helper()
	select {
	case <-l.passes:
	case <-time.After(within):
		t.Fatalf("no pass within %s %s", within, what)
	}
}

var _ attest.SealEvents = (*bridgetest.SealEvents)(nil)

// runAttestor starts Run with poll interval every and src; stop cancels it
// and fails unless Run returns nil within 5 s.
func runAttestor(t *testing.T, l attest.Ledger, every time.Duration, src attest.SealEvents) (stop func()) {
	t.Helper()
	key, _ := crypto.GenerateKey()
	cfg := attest.Default()
	cfg.Org, cfg.ChainID, cfg.Registry = "AuditorMSP", 1337, registry.Hex()
	cfg.PollInterval, cfg.SealCheckpoint = every, "/state/auditor.seals.checkpoint"
	opts := []attest.Option{attest.WithRegisterer(prometheus.NewRegistry())}
	if src != nil {
		opts = append(opts, attest.WithSealEvents(src))
	}
	a, err := attest.New(cfg, l, key, nil, opts...)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	return func() {
		t.Helper()
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("Run returned %v on cancel, want nil", err)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("Run did not return within 5 s of cancel")
		}
	}
}

func TestASealEventMakesTheAttestorPassWithoutWaitingForThePoll(t *testing.T) {
	l, src := newPassLedger(), bridgetest.NewSealEvents()
	stop := runAttestor(t, l, time.Hour, src)
	l.pass(t, 5*time.Second, "at start")
	if got := <-src.Checkpoint; got != "/state/auditor.seals.checkpoint" {
		t.Errorf("the source was started with checkpoint %q, want the config's seal_checkpoint", got)
	}
	for i := range 3 {
		src.Wake <- struct{}{}
		l.pass(t, 5*time.Second, "after a seal event (the poll is 1h)")
		select {
		case <-l.passes:
			t.Fatalf("event %d: two passes for one event", i)
		case <-time.After(20 * time.Millisecond):
		}
	}
	stop()
}

func TestTheAttestorKeepsPollingWhenTheSealSourceFailsOrEnds(t *testing.T) {
	tests := []struct {
		name  string
		src   func() *bridgetest.SealEvents
		close bool
	}{
		{"a source that cannot start", func() *bridgetest.SealEvents {
			f := bridgetest.NewSealEvents()
			f.Err = errors.New("checkpoint directory missing")
			return f
		}, false},
		{"a source that ends", bridgetest.NewSealEvents, true},
		{"a ledger without seal events (nil channel)", func() *bridgetest.SealEvents {
			f := bridgetest.NewSealEvents()
			f.Wake = nil
			return f
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name+" leaves the poll running", func(t *testing.T) {
			l, src := newPassLedger(), tt.src()
			stop := runAttestor(t, l, 20*time.Millisecond, src)
			l.pass(t, 5*time.Second, "at start")
			<-src.Checkpoint
			if tt.close {
				close(src.Wake)
			}
			for range 5 {
				l.pass(t, 5*time.Second, "by polling")
			}
			stop()
		})
	}
}

func TestTheAttestorWithoutSealEventsPollsAndStopsCleanly(t *testing.T) {
	l := newPassLedger()
	stop := runAttestor(t, l, 20*time.Millisecond, nil)
	for range 3 {
		l.pass(t, 5*time.Second, "by polling")
	}
	stop()
}

// flakyLedger lists no seals, or fails while down is set.
type flakyLedger struct {
	attest.Ledger
	down bool
}

func (l *flakyLedger) ListSeals(context.Context, telemetry.PoolID) ([]ledger.Seal, error) {
	if l.down {
		return nil, errors.New("peer unreachable")
	}
	return nil, nil
}

func TestTheAttestorIsUnhealthyOnceItsLedgerStopsAnswering(t *testing.T) {
	key, _ := crypto.GenerateKey()
	cfg := attest.Default()
	cfg.Org, cfg.ChainID, cfg.Registry = "AuditorMSP", 1337, registry.Hex()
	cfg.UnhealthyAfter = time.Nanosecond
	l := &flakyLedger{}
	a, err := attest.New(cfg, l, key, nil, attest.WithRegisterer(prometheus.NewRegistry()))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Once(t.Context()); err != nil {
		t.Fatal(err)
	}
	if ok, detail := a.Healthy(); !ok {
		t.Fatalf("after the ledger answered: unhealthy (%s)", detail)
	}
	l.down = true
	if _, err := a.Once(t.Context()); err == nil {
		t.Fatal("a pass over an unreachable ledger succeeded")
	}
	time.Sleep(time.Millisecond)
	if ok, detail := a.Healthy(); ok || !strings.Contains(detail, "ledger") {
		t.Fatalf("after the ledger stopped answering: healthy %t (%s)", ok, detail)
	}
	l.down = false
	if _, err := a.Once(t.Context()); err != nil {
		t.Fatal(err)
	}
	if ok, _ := a.Healthy(); !ok {
		t.Fatal("the ledger answers again, yet unhealthy")
	}
}
