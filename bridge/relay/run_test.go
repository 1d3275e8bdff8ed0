package relay_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rwabridge/rwabridge/bridge/internal/bridgetest"
	"github.com/rwabridge/rwabridge/bridge/outbox"
	"github.com/rwabridge/rwabridge/bridge/relay"
	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/internal/backoff"
	"github.com/rwabridge/rwabridge/onshore/ledger"
)

// passChain is a node that is down: every pass starts by asking its chain
// id, fails, and is reported on passes. The relayer calls nothing else.
type passChain struct {
	relay.Chain // nil: any other call panics
	passes      chan struct{}
}

var errNodeDown = errors.New("node down")

func (c *passChain) ChainID(context.Context) (*big.Int, error) {
	c.passes <- struct{}{}
	return nil, errNodeDown
}

// pass waits up to within for the next pass.
func (c *passChain) pass(t *testing.T, within time.Duration, what string) {
	t.Helper()
	select {
	case <-c.passes:
	case <-time.After(within):
		t.Fatalf("no pass within %s %s", within, what)
	}
}

// noLedger and noProver are never reached: the chain fails first.
type noLedger struct{ relay.Ledger }
type noProver struct{}

func (noProver) Prove(context.Context, *ledger.Seal) (*bundle.Bundle, error) {
	return nil, errors.New("not in this test")
}

var _ relay.SealEvents = (*bridgetest.SealEvents)(nil)

// runRelayer starts Run on schedule with src (nil: none) and returns the
// chain that counts its passes, the outbox directory, and stop, which
// cancels Run and fails unless it returns nil within 5 s.
func runRelayer(t *testing.T, schedule, checkpoint string, src relay.SealEvents) (*passChain, string, func()) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "outbox")
	box, err := outbox.Open(dir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { box.Close() })
	key, _ := crypto.GenerateKey()
	cfg := relay.Default()
	cfg.Registry, cfg.Schedule, cfg.SealCheckpoint = "0x5FbDB2315678afecb367f032d93F642f64180aa3", schedule, checkpoint
	cfg.Retry = backoff.Policy{Attempts: 1, Initial: time.Millisecond, Max: time.Millisecond}
	chain := &passChain{passes: make(chan struct{}, 100)}
	d := relay.Deps{Ledger: noLedger{}, Chain: chain, Prover: noProver{}, Outbox: box, Key: key}
	if src != nil {
		d.SealEvents = src
	}
	r, err := relay.New(cfg, d)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- r.Run(ctx) }()
	return chain, dir, func() {
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

func TestASealEventMakesTheRelayerPassWithoutWaitingForTheSchedule(t *testing.T) {
	src := bridgetest.NewSealEvents()
	chain, dir, stop := runRelayer(t, "@every 1h", "", src)
	chain.pass(t, 5*time.Second, "at start")
	if got, want := <-src.Checkpoint, filepath.Join(dir, relay.SealCheckpointFile); got != want {
		t.Errorf("the source was started with checkpoint %q, want %q (in the outbox)", got, want)
	}
	for i := range 3 {
		src.Wake <- struct{}{}
		chain.pass(t, 5*time.Second, "after a seal event (the schedule is hourly)")
		select {
		case <-chain.passes:
			t.Fatalf("event %d: two passes for one event", i)
		case <-time.After(20 * time.Millisecond):
		}
	}
	stop()
}

func TestTheRelayerStartsTheSealSourceFromTheConfiguredCheckpoint(t *testing.T) {
	src := bridgetest.NewSealEvents()
	cp := filepath.Join(t.TempDir(), "relay.seals.checkpoint")
	chain, _, stop := runRelayer(t, "@every 1h", cp, src)
	chain.pass(t, 5*time.Second, "at start")
	if got := <-src.Checkpoint; got != cp {
		t.Errorf("checkpoint %q, want the config's %q", got, cp)
	}
	stop()
}

func TestTheRelayerKeepsToTheScheduleWhenTheSealSourceFailsOrEnds(t *testing.T) {
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
		t.Run(tt.name+" leaves the schedule running", func(t *testing.T) {
			t.Parallel()
			src := tt.src()
			chain, _, stop := runRelayer(t, "@every 1s", "", src)
			chain.pass(t, 5*time.Second, "at start")
			<-src.Checkpoint
			if tt.close {
				close(src.Wake)
			}
			for range 2 {
				chain.pass(t, 5*time.Second, "on the 1 s schedule")
			}
			stop()
		})
	}
}

func TestTheSealCheckpointIsRelativeToTheConfigOrLeftToTheOutbox(t *testing.T) {
	dir := t.TempDir()
	const base = `key: {file: relayer.key}
ledger: {config: ledger.yaml}
keys: keys
outbox: relay
rpc: http://127.0.0.1:8545
registry: "0x5FbDB2315678afecb367f032d93F642f64180aa3"
`
	tests := []struct{ name, extra, want string }{
		{"a relative seal_checkpoint is beside the config", "seal_checkpoint: state/seals.checkpoint\n", filepath.Join(dir, "state", "seals.checkpoint")},
		{"an absolute one stays", "seal_checkpoint: /var/lib/rwabridge/relay.seals\n", "/var/lib/rwabridge/relay.seals"},
		{"none is left to the relayer (the outbox directory)", "", ""},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, fmt.Sprintf("relay-%d.yaml", i))
			if err := os.WriteFile(path, []byte(base+tt.extra), 0o600); err != nil {
				t.Fatal(err)
			}
			c, err := relay.LoadConfig(path)
			if err != nil {
				t.Fatal(err)
			}
			if c.SealCheckpoint != tt.want {
				t.Fatalf("seal_checkpoint %q, want %q", c.SealCheckpoint, tt.want)
			}
		})
	}
}

func TestTheRelayerIsUnhealthyOnceTheNodeStopsAnswering(t *testing.T) {
	box, err := outbox.Open(filepath.Join(t.TempDir(), "outbox"), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { box.Close() })
	key, _ := crypto.GenerateKey()
	cfg := relay.Default()
	cfg.Registry = "0x5FbDB2315678afecb367f032d93F642f64180aa3"
	cfg.Retry = backoff.Policy{Attempts: 1, Initial: time.Millisecond, Max: time.Millisecond}
	cfg.UnhealthyAfter = time.Hour
	r, err := relay.New(cfg, relay.Deps{Ledger: noLedger{}, Chain: &passChain{passes: make(chan struct{}, 10)}, Prover: noProver{}, Outbox: box, Key: key})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Once(t.Context()); err == nil {
		t.Fatal("a pass against a node that is down succeeded")
	}
	if ok, detail := r.Healthy(); !ok {
		t.Fatalf("down for less than unhealthy_after: unhealthy (%s)", detail)
	}
	cfg.UnhealthyAfter = time.Nanosecond
	r, err = relay.New(cfg, relay.Deps{Ledger: noLedger{}, Chain: &passChain{passes: make(chan struct{}, 10)}, Prover: noProver{}, Outbox: box, Key: key})
	if err != nil {
		t.Fatal(err)
	}
	r.Once(t.Context())
	time.Sleep(time.Millisecond)
	if ok, detail := r.Healthy(); ok || !strings.Contains(detail, "L2 node") {
		t.Fatalf("the node stopped answering: healthy %t (%s)", ok, detail)
	}
}
