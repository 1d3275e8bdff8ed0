package fabric_test

import (
	"bytes"
	"context"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hyperledger/fabric-gateway/pkg/client"

	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/ledger/fabric"
	"github.com/rwabridge/rwabridge/onshore/sim"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// benchSetting reads an integer knob of the benchmark from the environment.
func benchSetting(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

// TestFabricIngestBenchmark measures ingest into Fabric in records per
// second against two baselines in the same run, on the same network:
//
//   - one record per transaction (SubmitBatch of one event, 32 in flight);
//   - a plain chaincode writing 100 keys per transaction (`rwabridge
//     chaincode --contract bench-plain`, PutKeys(100, 160), 32 in flight):
//     what Fabric costs per key with no signatures, deduplication or
//     private data;
//   - rwabridge batches (SubmitBatch of RWABRIDGE_FABRIC_BENCH_BATCH
//     events, default 500, RWABRIDGE_FABRIC_BENCH_INFLIGHT in flight,
//     default 16): every record signature-checked on each endorser,
//     deduplicated, in the private collection.
//
// Every endorsement is MAJORITY (two orgs), TLS everywhere. Afterwards the
// stored records are sealed: the seals count every record once, and a
// replayed batch is all duplicates.
func TestFabricIngestBenchmark(t *testing.T) {
	if testing.Short() {
		t.Skip("a benchmark: not in -short mode")
	}
	n := startNetwork(t, "FABRIC_LOGGING_SPEC=warning")
	if out, err := n.Network("deploy", "benchplain", "bench-plain"); err != nil {
		n.DumpLogs(t)
		t.Fatalf("deploying the plain baseline: %v\n%s", err, out)
	}
	ctx := context.Background()
	batch := benchSetting("RWABRIDGE_FABRIC_BENCH_BATCH", 500)
	inflight := benchSetting("RWABRIDGE_FABRIC_BENCH_INFLIGHT", 16)
	singles := benchSetting("RWABRIDGE_FABRIC_BENCH_SINGLES", 3000)
	plainTxs := benchSetting("RWABRIDGE_FABRIC_BENCH_PLAIN_TXS", 600)

	cfg := sim.Default()
	cfg.Cabinets = benchSetting("RWABRIDGE_FABRIC_BENCH_CABINETS", 300)
	cfg.Days, cfg.Seed, cfg.Start = 2, 5, time.Now().UTC().Truncate(24*time.Hour).AddDate(0, 0, -4)
	var buf bytes.Buffer
	res, err := sim.Generate(ctx, cfg, &buf)
	if err != nil {
		t.Fatal(err)
	}
	var events []telemetry.SignedEvent
	for lr := telemetry.NewLineReader(&buf); ; {
		ev, _, err := lr.Next()
		if err != nil {
			break
		}
		events = append(events, ev)
	}
	if len(events) < singles+batch*inflight {
		t.Fatalf("%d simulated events: too few for %d singles and %d×%d batches", len(events), singles, inflight, batch)
	}

	g := gateway(t, n, "operator")
	c := ledger.NewClient(g)
	waitReady(t, c)
	if _, err := c.RegisterDevices(ctx, res.Fleet.Registry); err != nil {
		t.Fatal(err)
	}
	// Warm both chaincodes and every endorser up.
	if _, err := c.SubmitBatch(ctx, events[:1]); err != nil {
		t.Fatal(err)
	}
	plain := g.Network().GetContract("benchplain")
	if _, err := plain.Submit(fabric.PlainPutKeys, client.WithArguments("1", "1")); err != nil {
		t.Fatal(err)
	}
	events = events[1:]

	// 1. One record per transaction.
	var stored atomic.Int64
	single := events[:singles]
	start := time.Now()
	runParallel(t, 32, len(single), func(i int) error {
		r, err := c.SubmitBatch(ctx, single[i:i+1])
		if err == nil && r[0].Status == ledger.StatusStored {
			stored.Add(1)
		}
		return err
	})
	singleRate := float64(len(single)) / time.Since(start).Seconds()

	// 2. Plain chaincode, 100 keys per transaction.
	const keys, size = 100, 160 // a record's canonical encoding is ~130–170 bytes
	start = time.Now()
	runParallel(t, 32, plainTxs, func(int) error {
		_, err := plain.Submit(fabric.PlainPutKeys, client.WithArguments(strconv.Itoa(keys), strconv.Itoa(size)))
		return err
	})
	plainRate := float64(plainTxs*keys) / time.Since(start).Seconds()

	// 3. rwabridge batches.
	rest := events[singles:]
	batches := len(rest) / batch
	start = time.Now()
	runParallel(t, inflight, batches, func(i int) error {
		r, err := c.SubmitBatch(ctx, rest[i*batch:(i+1)*batch])
		for _, e := range r {
			if e.Status == ledger.StatusStored {
				stored.Add(1)
			}
		}
		return err
	})
	elapsed := time.Since(start)
	batchRate := float64(batches*batch) / elapsed.Seconds()

	t.Logf("one record per tx (32 in flight):        %8.0f records/s (%d records)", singleRate, len(single))
	t.Logf("plain chaincode, 100 keys/tx (32 in flight): %8.0f keys/s (%d txs)", plainRate, plainTxs)
	t.Logf("rwabridge, %d records/tx (%d in flight):  %8.0f records/s (%d records in %s)", batch, inflight, batchRate, batches*batch, elapsed.Round(time.Millisecond))
	t.Logf("rwabridge batches vs the plain 100-keys baseline: %.2f×; vs one record per tx: %.1f×", batchRate/plainRate, batchRate/singleRate)
	if want := int64(len(single) + batches*batch); stored.Load() != want {
		t.Errorf("%d records stored, want %d", stored.Load(), want)
	}

	// Every record is deduplicated: a replayed batch is all duplicates.
	r, err := c.SubmitBatch(ctx, rest[:batch])
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range r {
		if e.Status != ledger.StatusDuplicate {
			t.Fatalf("replayed event %d: %s, want duplicate", i, e.Status)
		}
	}
	// ... and provable: sealing both days commits every stored record once.
	var sealed uint64
	start = time.Now()
	for e := uint64(cfg.Start.Unix() / 86400); e < uint64(cfg.Start.Unix()/86400)+2; e++ {
		s, err := c.Seal(ctx, cfg.Pool, e, policyDoc(t, "battery-swap-daily"))
		if err != nil {
			t.Fatal(err)
		}
		sealed += s.Count
	}
	t.Logf("sealed %d records (2 epochs) in %s", sealed, time.Since(start).Round(time.Millisecond))
	if sealed != uint64(stored.Load())+1 { // +1: the warm-up record
		t.Errorf("the seals commit %d records, %d were stored", sealed, stored.Load()+1)
	}
}

// runParallel calls do(0..n-1) on `workers` goroutines and fails the test on
// the first error.
func runParallel(t *testing.T, workers, n int, do func(i int) error) {
	t.Helper()
	var next atomic.Int64
	var wg sync.WaitGroup
	var once sync.Once
	var first error
	for range workers {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				if err := do(i); err != nil {
					once.Do(func() { first = err })
					next.Store(int64(n))
					return
				}
			}
		})
	}
	wg.Wait()
	if first != nil {
		t.Fatal(first)
	}
}
