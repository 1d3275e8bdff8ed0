package fabric

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/onshore/agent"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/ledger/ledgertest"
	"github.com/rwabridge/rwabridge/onshore/sim"
)

// stubInvoker calls the chaincode of p over the fake stub as the Gateway
// would (SubmitBatch's argument in the transient map), one proposal at a
// time, as the operator's admin at the real time.
type stubInvoker struct {
	mu sync.Mutex
	p  *testPeer
}

func (s *stubInvoker) call(fn string, args [][]byte) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	pr := proposal{creator: s.p.admin, at: time.Now(), args: [][]byte{[]byte(fn)}}
	if privateArg(fn) {
		pr.transient = map[string][]byte{TransientArg: args[0]}
	} else {
		pr.args = append(pr.args, args...)
	}
	_, res := s.p.invoke(pr)
	if res.GetStatus() != 200 {
		return nil, errors.New(res.GetMessage())
	}
	return res.GetPayload(), nil
}

func (s *stubInvoker) Invoke(_ context.Context, fn string, args ...[]byte) ([]byte, error) {
	return s.call(fn, args)
}

func (s *stubInvoker) Query(_ context.Context, fn string, args ...[]byte) ([]byte, error) {
	return s.call(fn, args)
}

// The agent over the chaincode: one day of a simulated fleet, shuffled, is
// stored exactly once — each (cabinet, seq) with the bytes the cabinet
// signed — whether read from a file with --once or posted to the HTTP
// source in 50 batches, 4 in flight.
func TestTheAgentStoresAShuffledFleetDayExactlyOnceThroughTheChaincode(t *testing.T) {
	cfgSim := sim.Default()
	cfgSim.Cabinets, cfgSim.Days, cfgSim.Seed, cfgSim.Workers = 12, 1, 18, 1
	var buf bytes.Buffer
	res, err := sim.Generate(context.Background(), cfgSim, &buf)
	if err != nil {
		t.Fatal(err)
	}
	lines, _, want, err := ledgertest.Encoded(buf.Bytes())
	if err != nil {
		t.Fatalf("the simulator's events: %v", err)
	}
	if len(want) != len(lines) || int64(len(lines)) != res.Events {
		t.Fatalf("%d lines, %d keys, the simulator wrote %d", len(lines), len(want), res.Events)
	}
	rng := rand.New(rand.NewPCG(18, 1))
	rng.Shuffle(len(lines), func(i, j int) { lines[i], lines[j] = lines[j], lines[i] })

	newAgent := func(t *testing.T, configure func(*agent.Config)) (*agent.Agent, *ledger.Client) {
		c := ledger.NewClient(&stubInvoker{p: newTestPeer(t)})
		if _, err := c.RegisterDevices(context.Background(), res.Fleet.Registry); err != nil {
			t.Fatal(err)
		}
		cfg := agent.Default()
		cfg.DataDir, cfg.Devices = t.TempDir(), "devices.yaml"
		cfg.Batch.Size, cfg.Batch.MaxWait = 64, 5*time.Millisecond // and Default's batches in flight
		cfg.Quarantine = agent.QuarantineOff
		configure(&cfg)
		a, err := agent.New(cfg, res.Fleet.Registry, c, agent.Options{Logger: slog.New(slog.DiscardHandler)})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { a.Close() })
		return a, c
	}
	check := func(t *testing.T, c *ledger.Client, sum agent.Summary) {
		t.Helper()
		if n := int64(len(lines)); sum.Accepted != n || sum.RejectedTotal() != 0 || sum.Stored != n || sum.Duplicates != 0 {
			t.Fatalf("summary %+v, want all %d accepted and stored once", sum, n)
		}
		// The simulated day is within the daily policy's bounds: listing with
		// it filters nothing out (the comparison below would say so).
		day := uint64(cfgSim.Start.Unix()) / 86400
		got, err := ledgertest.Records(context.Background(), c, cfgSim.Pool, day, day, dailyPolicy(t))
		if err != nil {
			t.Fatal(err)
		}
		if err := ledgertest.Same(got, want); err != nil {
			t.Fatalf("the chaincode: %v", err)
		}
	}

	t.Run("a file read once", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "events.jsonl")
		if err := os.WriteFile(path, append(bytes.Join(lines, []byte("\n")), '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		a, c := newAgent(t, func(cfg *agent.Config) { cfg.Sources.Files = []string{path} })
		sum, err := a.Drain(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		check(t, c, sum)
	})
	t.Run("50 HTTP batches, 4 in flight", func(t *testing.T) {
		a, c := newAgent(t, func(cfg *agent.Config) { cfg.Sources.HTTP, cfg.Listen = true, "127.0.0.1:0" })
		srv := httptest.NewServer(a.Handler())
		defer srv.Close()
		const batches, inflight = 50, 4
		size := (len(lines) + batches - 1) / batches
		work := make(chan []byte)
		var wg sync.WaitGroup
		for range inflight {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for body := range work {
					resp, err := http.Post(srv.URL+"/v1/events", "application/x-ndjson", bytes.NewReader(body))
					if err != nil {
						t.Error(err)
						continue
					}
					resp.Body.Close()
					if resp.StatusCode != http.StatusAccepted {
						t.Errorf("status %d, want 202", resp.StatusCode)
					}
				}
			}()
		}
		for b := range batches {
			work <- bytes.Join(lines[min(b*size, len(lines)):min((b+1)*size, len(lines))], []byte("\n"))
		}
		close(work)
		wg.Wait()
		// Drain forwards what the HTTP source queued (it reads no file).
		sum, err := a.Drain(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		check(t, c, sum)
	})
}
