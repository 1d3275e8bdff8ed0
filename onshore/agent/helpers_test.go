package agent

import (
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/ledger/embedded"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
)

// testPool, testRegistryID and t0 fix the fixtures: devices are registered
// at t0, events are dated after it, and the agent's clock reads testNow.
const (
	testPool       telemetry.PoolID = "test-pool"
	testRegistryID                  = "test-registry"
)

var (
	t0      = time.Date(2026, time.November, 1, 0, 0, 0, 0, time.UTC)
	testNow = t0.Add(20 * time.Hour)
)

// fleet is a registry with the private keys of its cabinets.
type fleet struct {
	reg  *telemetry.Registry
	keys map[uint32]ed25519.PrivateKey
}

// newFleet registers cabinets 1..n at t0; cabinet revoked (if not 0) is
// revoked at t0+1h.
func newFleet(t testing.TB, n int, revoked uint32) *fleet {
	t.Helper()
	f := &fleet{reg: telemetry.NewRegistry(testRegistryID), keys: map[uint32]ed25519.PrivateKey{}}
	for c := uint32(1); c <= uint32(n); c++ {
		seed := sha256.Sum256([]byte(fmt.Sprintf("agent-test-cabinet-%d", c)))
		key := ed25519.NewKeyFromSeed(seed[:])
		f.keys[c] = key
		if err := f.reg.Add(telemetry.Device{Cabinet: c, Pool: testPool, PublicKey: key.Public().(ed25519.PublicKey), RegisteredAt: t0}); err != nil {
			t.Fatal(err)
		}
	}
	if revoked != 0 {
		if err := f.reg.Revoke(revoked, t0.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	return f
}

// event returns a valid signed event of a cabinet.
func (f *fleet) event(cabinet uint32, seq uint64) telemetry.SignedEvent {
	e := telemetry.Event{
		Pool: testPool, Cabinet: cabinet, Seq: seq, Time: t0.Add(2*time.Hour + time.Duration(seq)*time.Minute).Unix(),
		EnergyWh: 1500, FeeCents: 300, SoCIn: 20, SoCOut: 95, SoHPermille: 900, BatteryIn: "BAT-1", BatteryOut: "BAT-2",
	}
	return f.sign(e)
}

func (f *fleet) sign(e telemetry.Event) telemetry.SignedEvent {
	key, ok := f.keys[e.Cabinet]
	if !ok { // an unregistered cabinet signs with a key of its own
		seed := sha256.Sum256([]byte(fmt.Sprintf("unregistered-%d", e.Cabinet)))
		key = ed25519.NewKeyFromSeed(seed[:])
	}
	return telemetry.Sign(testRegistryID, key, e)
}

// events returns seqs 1..perCabinet of cabinets 1..cabinets, interleaved
// the way cabinets report (round robin).
func (f *fleet) events(cabinets, perCabinet int) []telemetry.SignedEvent {
	var out []telemetry.SignedEvent
	for s := 1; s <= perCabinet; s++ {
		for c := 1; c <= cabinets; c++ {
			out = append(out, f.event(uint32(c), uint64(s)))
		}
	}
	return out
}

// badInput is one bad input of a class, as the line (or message) a source
// receives.
type badInput struct {
	class string
	raw   []byte
	index int // position among the inputs
}

// classInputs returns, for a fleet of at least 3 cabinets with cabinet 3
// revoked at t0+1h: valid events of cabinets 1 and 2 interleaved with one
// bad input of every telemetry class but duplicate, and, at index dup, an
// exact duplicate of an earlier valid line (acknowledged, not a rejection).
// want holds the valid events.
func classInputs(t testing.TB, f *fleet) (lines [][]byte, want []telemetry.SignedEvent, bad []badInput, dup int) {
	t.Helper()
	js := func(s telemetry.SignedEvent) []byte {
		b, err := s.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	valid := func(c uint32, seq uint64) {
		ev := f.event(c, seq)
		want = append(want, ev)
		lines = append(lines, js(ev))
	}
	badOne := func(class string, raw []byte) {
		bad = append(bad, badInput{class, raw, len(lines)})
		lines = append(lines, raw)
	}
	valid(1, 1)
	badOne("malformed", []byte(`{"pool":"test-pool","cabinet":"one"}`))
	valid(2, 1)
	unknown := f.event(1, 2)
	unknown.Cabinet = 99
	badOne("unknown_device", js(f.sign(unknown.Event)))
	valid(1, 2)
	revoked := f.event(3, 1) // dated t0+2h01m, after the revocation at t0+1h
	badOne("revoked_device", js(revoked))
	bs := f.event(2, 2)
	bs.Sig = slices.Clone(bs.Sig)
	bs.Sig[5] ^= 0x40
	badOne("bad_signature", js(bs))
	valid(2, 2)
	dup = len(lines)
	lines = append(lines, js(f.event(1, 2)))
	other := f.event(2, 2).Event
	other.FeeCents++
	badOne("conflict", js(f.sign(other)))
	oor := f.event(1, 3).Event
	oor.EnergyWh = 50_000
	badOne("out_of_range", js(f.sign(oor)))
	skew := f.event(2, 3).Event
	skew.Time = testNow.Add(time.Hour).Unix()
	badOne("clock_skew", js(f.sign(skew)))
	valid(1, 3)
	valid(2, 3)
	if got := len(bad); got != len(telemetry.Classes())-1 {
		t.Fatalf("fixture covers %d classes, telemetry has %d besides duplicate", got, len(telemetry.Classes())-1)
	}
	return lines, want, bad, dup
}

// quarantinedClasses reads the agent's quarantine file: how many lines it
// holds per class (none when there is no file).
func quarantinedClasses(t testing.TB, a *Agent) map[string]int {
	t.Helper()
	out := map[string]int{}
	data, err := os.ReadFile(a.QuarantinePath())
	if errors.Is(err, os.ErrNotExist) {
		return out
	}
	if err != nil {
		t.Fatal(err)
	}
	for line := range strings.Lines(string(data)) {
		var q quarantined
		if err := json.Unmarshal([]byte(line), &q); err != nil {
			t.Fatalf("quarantine line %q: %v", line, err)
		}
		out[q.Class]++
	}
	return out
}

// badClasses counts bad inputs per class.
func badClasses(bad []badInput) map[string]int {
	out := map[string]int{}
	for _, b := range bad {
		out[b.class]++
	}
	return out
}

// fakeLedger is an idempotent in-memory ledger: one record per (pool,
// cabinet, seq), in arrival order. While down it fails every submission.
type fakeLedger struct {
	mu      sync.Mutex
	down    bool
	stored  []telemetry.SignedEvent
	keys    map[telemetry.Key]bool
	calls   int
	failed  int
	batches []int
}

var _ Ledger = (*fakeLedger)(nil)

var errLedgerDown = errors.New("fake ledger: unreachable")

func newFakeLedger() *fakeLedger { return &fakeLedger{keys: map[telemetry.Key]bool{}} }

func (l *fakeLedger) SubmitBatch(ctx context.Context, events []telemetry.SignedEvent) ([]ledger.EventResult, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.calls++
	if l.down {
		l.failed++
		return nil, errLedgerDown
	}
	l.batches = append(l.batches, len(events))
	out := make([]ledger.EventResult, len(events))
	for i, ev := range events {
		out[i] = ledger.EventResult{Status: ledger.StatusStored, Cabinet: ev.Cabinet, Seq: ev.Seq}
		if l.keys[ev.Key()] {
			out[i].Status, out[i].Class = ledger.StatusDuplicate, "duplicate"
			continue
		}
		l.keys[ev.Key()] = true
		l.stored = append(l.stored, ev)
	}
	return out, nil
}

func (l *fakeLedger) setDown(down bool) {
	l.mu.Lock()
	l.down = down
	l.mu.Unlock()
}

func (l *fakeLedger) snapshot() []telemetry.SignedEvent {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.stored)
}

func (l *fakeLedger) failures() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.failed
}

// testConfig is a config for a temporary data dir with quick batching and
// retries.
func testConfig(t testing.TB) Config {
	t.Helper()
	cfg := Default()
	cfg.DataDir = t.TempDir()
	cfg.Devices = "devices.yaml"                                // the registry is passed to New directly
	cfg.Batch.Size, cfg.Batch.MaxWait = 64, 20*time.Millisecond // and Default's batches in flight
	cfg.Retry = RetryConfig{Initial: 5 * time.Millisecond, Max: 50 * time.Millisecond, OnceAttempts: 3}
	return cfg
}

func testLogger(t testing.TB) *slog.Logger {
	if testing.Verbose() && os.Getenv("RWABRIDGE_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

func newTestAgent(t testing.TB, cfg Config, reg *telemetry.Registry, l Ledger) *Agent {
	t.Helper()
	a, err := New(cfg, reg, l, Options{Logger: testLogger(t), Now: func() time.Time { return testNow }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return a
}

// newHTTPTestAgent is a test agent over l with the HTTP source, and a
// server of its handler (closed when the test ends).
func newHTTPTestAgent(t testing.TB, reg *telemetry.Registry, l Ledger) (*Agent, *httptest.Server) {
	t.Helper()
	cfg := testConfig(t)
	cfg.Sources.HTTP, cfg.Listen = true, "127.0.0.1:0"
	a := newTestAgent(t, cfg, reg, l)
	srv := httptest.NewServer(a.Handler())
	t.Cleanup(srv.Close)
	return a, srv
}

// runAgent runs a.Run until the test ends.
func runAgent(t testing.TB, a *Agent) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("agent run: %v", err)
		}
	})
	select {
	case <-a.Ready():
	case err := <-done:
		t.Fatalf("agent stopped at start: %v", err)
	}
}

// eventually polls cond until it holds or the deadline passes.
func eventually(t testing.TB, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("after %s: %s", d, what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// keysOf returns the (cabinet, seq) keys of events, sorted canonically.
func keysOf(evs []telemetry.SignedEvent) []string {
	out := make([]string, len(evs))
	for i, e := range evs {
		out[i] = fmt.Sprintf("%s/%08d/%08d", e.Pool, e.Cabinet, e.Seq)
	}
	slices.Sort(out)
	return out
}

func writeLines(t testing.TB, path string, lines [][]byte) {
	t.Helper()
	var b strings.Builder
	for _, l := range lines {
		b.Write(l)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// permissivePolicy is the embedded daily policy with telemetry's default
// bounds, to list every record of an unsealed epoch.
func permissivePolicy(t testing.TB) []byte {
	t.Helper()
	doc, err := policiesFile(policies.DefaultID + ".yaml")
	if err != nil {
		t.Fatal(err)
	}
	s := string(doc)
	for _, r := range [][2]string{
		{"min_energy_wh: 100 ", "min_energy_wh: 0 "},
		{"max_energy_wh: 5000 ", "max_energy_wh: 10000 "},
		{"max_fee_cents: 5000 ", "max_fee_cents: 10000 "},
		{"min_soh_permille: 600 ", "min_soh_permille: 0 "},
	} {
		if !strings.Contains(s, r[0]) {
			t.Fatalf("embedded policy has no %q", r[0])
		}
		s = strings.Replace(s, r[0], r[1], 1)
	}
	return []byte(s)
}

func policiesFile(name string) ([]byte, error) {
	f, err := policies.FS().Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	buf := make([]byte, st.Size())
	_, err = f.Read(buf)
	return buf, err
}

// operator is the identity the agent submits with on the embedded ledger.
var operator = ledger.Identity{MSPID: "OperatorMSP", ID: "agent", Admin: true}

// openEmbedded opens the embedded ledger of dataDir with the fleet
// registered.
func openEmbedded(t testing.TB, dataDir string, reg *telemetry.Registry, now func() time.Time) (*embedded.Ledger, *ledger.Client) {
	t.Helper()
	var opts []embedded.Option
	if now != nil {
		opts = append(opts, embedded.WithClock(now))
	}
	l, err := embedded.OpenDir(dataDir, slog.New(slog.DiscardHandler), opts...)
	if err != nil {
		t.Fatal(err)
	}
	c := ledger.NewClient(l.Invoker(operator))
	if _, err := c.RegisterDevices(context.Background(), reg); err != nil {
		l.Close()
		t.Fatal(err)
	}
	return l, c
}

// ledgerKeys lists every record of pool in the epochs covering [from, to)
// from an embedded ledger.
func ledgerKeys(t testing.TB, c *ledger.Client, pool telemetry.PoolID, from, to time.Time) []string {
	t.Helper()
	doc := permissivePolicy(t)
	var out []string
	for e := uint64(from.Unix()) / 86400; e <= uint64(to.Unix())/86400; e++ {
		req := ledger.RecordsRequest{Pool: pool, Epoch: e, Policy: doc, Limit: ledger.MaxPage}
		err := c.EachRecord(context.Background(), req, func(ev telemetry.SignedEvent) error {
			out = append(out, keysOf([]telemetry.SignedEvent{ev})...)
			return nil
		})
		if err != nil {
			t.Fatalf("records of epoch %d: %v", e, err)
		}
	}
	slices.Sort(out)
	return out
}

func tempPath(t testing.TB, name string) string { return filepath.Join(t.TempDir(), name) }
