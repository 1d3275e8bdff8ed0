package sealer

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/ledger/embedded"
	"github.com/rwabridge/rwabridge/onshore/sim"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
	"github.com/rwabridge/rwabridge/policies/policy"
)

func dailyDoc(t testing.TB) []byte {
	t.Helper()
	data, err := policiesRead(policies.DefaultID + ".yaml")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func policiesRead(name string) ([]byte, error) {
	f, err := policies.FS().Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, _ := f.Stat()
	buf := make([]byte, st.Size())
	_, err = f.Read(buf)
	return buf, err
}

func TestTheScheduleFiresGraceAfterEveryEpochEnd(t *testing.T) {
	tests := []struct {
		epoch, grace time.Duration
		want         string
	}{
		{policy.Day, 10 * time.Minute, "10 0 * * *"},
		{policy.Day, 6*time.Hour + 5*time.Minute, "5 6 * * *"},
		{policy.Week, 15 * time.Minute, "15 0 * * *"},
		{6 * time.Hour, 10 * time.Minute, "10 0,6,12,18 * * *"},
		{6 * time.Hour, 7 * time.Hour, "0 1,7,13,19 * * *"},
		{time.Hour, 90 * time.Second, "2 * * * *"},
		{8 * time.Hour, 0, "0 0,8,16 * * *"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("epoch %s grace %s runs at %q", policy.FormatEpochLength(tt.epoch), tt.grace, tt.want), func(t *testing.T) {
			got, err := Schedule(tt.epoch, tt.grace)
			if err != nil || got != tt.want {
				t.Fatalf("Schedule = %q, %v; want %q", got, err, tt.want)
			}
			sched, err := cron.ParseStandard(got)
			if err != nil {
				t.Fatal(err)
			}
			// Every epoch end within a week is followed by a run at end+grace
			// (rounded up to the minute), and not earlier.
			p := &policy.Policy{Epoch: tt.epoch}
			start := time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC)
			for e := p.EpochOf(start); p.EpochEnd(e).Before(start.Add(policy.Week)); e++ {
				due := p.EpochEnd(e).Add(tt.grace)
				next := sched.Next(due.Add(-time.Second))
				if next.Before(due) || next.Sub(due) >= time.Minute && tt.epoch < policy.Day {
					t.Fatalf("epoch %d ends %s: next run after end+grace is %s", e, p.EpochEnd(e), next)
				}
			}
		})
	}
	if _, err := Schedule(5*time.Hour, 0); err == nil {
		t.Error("a 5h epoch (does not divide a day) got a schedule")
	}
}

// fakeLedger seals anything whose end plus its grace has passed on its clock.
type fakeLedger struct {
	mu     sync.Mutex
	p      *policy.Policy
	grace  time.Duration
	now    func() time.Time
	seals  map[telemetry.PoolID][]uint64
	calls  int
	failOn map[uint64]error
	empty  map[uint64]bool // epochs without records
	reg    *telemetry.Registry
}

var _ Ledger = (*fakeLedger)(nil)

func (l *fakeLedger) Seal(_ context.Context, pool telemetry.PoolID, epoch uint64, _ []byte) (*ledger.Seal, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.calls++
	if err := l.failOn[epoch]; err != nil {
		return nil, err
	}
	if slices.Contains(l.seals[pool], epoch) {
		return nil, fmt.Errorf("%w: %s %d", ledger.ErrAlreadySealed, pool, epoch)
	}
	if l.now().Before(l.p.EpochEnd(epoch).Add(l.grace)) {
		return nil, fmt.Errorf("%w: %s %d", ledger.ErrEpochNotEnded, pool, epoch)
	}
	l.seals[pool] = append(l.seals[pool], epoch)
	return &ledger.Seal{Pool: pool, Epoch: epoch}, nil
}

func (l *fakeLedger) ListSeals(_ context.Context, pool telemetry.PoolID) ([]ledger.Seal, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []ledger.Seal
	for _, e := range l.seals[pool] {
		out = append(out, ledger.Seal{Pool: pool, Epoch: e})
	}
	return out, nil
}

func (l *fakeLedger) RecordsPage(_ context.Context, req ledger.RecordsRequest) (*ledger.RecordsPage, error) {
	if l.empty[req.Epoch] {
		return &ledger.RecordsPage{}, nil
	}
	return &ledger.RecordsPage{Events: make([]telemetry.SignedEvent, 1)}, nil
}

func (l *fakeLedger) Registry(context.Context) (*telemetry.Registry, error) { return l.reg, nil }

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) set(t time.Time) { c.mu.Lock(); c.t = t; c.mu.Unlock() }

func TestItCatchesUpOnMissedEpochsAndIsIdempotentAcrossRestarts(t *testing.T) {
	doc := dailyDoc(t)
	p, _ := policy.Parse(doc)
	since := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	clk := &clock{t: since.Add(3*policy.Day + 7*time.Hour)} // three days ended, plus grace
	l := &fakeLedger{p: p, grace: 6 * time.Hour, now: clk.now, seals: map[telemetry.PoolID][]uint64{}}
	cfg := Config{Pools: []Pool{{ID: "north", Since: since}, {ID: "south", Since: since.Add(policy.Day + time.Hour)}}, Grace: DefaultGrace, Retry: time.Minute}
	s, err := New(l, doc, cfg, Options{Now: clk.now})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := s.SealDue(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	first := p.EpochOf(since)
	if got, want := l.seals["north"], []uint64{first, first + 1, first + 2}; !slices.Equal(got, want) {
		t.Errorf("north sealed %v, want %v", got, want)
	}
	if got, want := l.seals["south"], []uint64{first + 1, first + 2}; !slices.Equal(got, want) {
		t.Errorf("south sealed %v, want %v (from its first registration)", got, want)
	}
	if len(rep.Sealed) != 5 {
		t.Errorf("report: %d sealed, want 5", len(rep.Sealed))
	}

	// A restarted sealer finds everything done.
	s2, _ := New(l, doc, cfg, Options{Now: clk.now})
	calls := l.calls
	rep, err = s2.SealDue(context.Background())
	if err != nil || len(rep.Sealed) != 0 || l.calls != calls {
		t.Errorf("restart: %v, sealed %d, %d new ledger calls; want nothing to do", err, len(rep.Sealed), l.calls-calls)
	}

	// Before end+grace nothing is due; after it, the next epoch is sealed.
	clk.set(since.Add(4*policy.Day + time.Hour))
	if rep, _ := s2.SealDue(context.Background()); len(rep.Sealed) != 0 {
		t.Errorf("sealed %v before the grace passed", rep.Sealed)
	}
	clk.set(since.Add(4*policy.Day + DefaultGrace))
	if rep, _ := s2.SealDue(context.Background()); len(rep.Sealed) != 2 {
		t.Errorf("sealed %d epochs at end+grace, want 2 (one per pool)", len(rep.Sealed))
	}
}

func TestASealThatAlreadyExistsIsDoneAndAnEarlyOneWaits(t *testing.T) {
	doc := dailyDoc(t)
	p, _ := policy.Parse(doc)
	since := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	clk := &clock{t: since.Add(2*policy.Day + 10*time.Minute)}
	first := p.EpochOf(since)
	l := &fakeLedger{p: p, grace: time.Hour, now: clk.now, seals: map[telemetry.PoolID][]uint64{},
		// Another sealer sealed the first epoch between our list and seal.
		failOn: map[uint64]error{first: fmt.Errorf("%w: raced", ledger.ErrAlreadySealed)}}
	s, err := New(l, doc, Config{Pools: []Pool{{ID: "north", Since: since}}, Grace: 5 * time.Minute, Retry: time.Minute}, Options{Now: clk.now})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := s.SealDue(context.Background())
	if err != nil {
		t.Fatalf("ErrAlreadySealed must count as done, got %v", err)
	}
	if rep.Already != 1 || len(rep.Waiting) != 1 || rep.Waiting[0].Epoch != first+1 {
		t.Errorf("report %+v, want 1 already sealed and epoch %d waiting for the ledger's grace", rep, first+1)
	}
	l.failOn = map[uint64]error{first + 1: errors.New("peer unreachable")}
	clk.set(since.Add(2*policy.Day + 2*time.Hour))
	if _, err := s.SealDue(context.Background()); err == nil {
		t.Error("a ledger failure was not reported")
	}
}

func TestItSealsRealEpochsOnTheEmbeddedLedger(t *testing.T) {
	simCfg := sim.Default()
	simCfg.Cabinets, simCfg.Days, simCfg.Workers = 6, 2, 1
	var buf bytes.Buffer
	res, err := sim.Generate(context.Background(), simCfg, &buf)
	if err != nil {
		t.Fatal(err)
	}
	var lines []telemetry.SignedEvent
	lr := telemetry.NewLineReader(&buf)
	for {
		ev, _, err := lr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, ev)
	}
	clk := &clock{t: simCfg.End().Add(time.Hour)}
	el, err := embedded.OpenDir(t.TempDir(), slog.New(slog.DiscardHandler), embedded.WithClock(clk.now))
	if err != nil {
		t.Fatal(err)
	}
	defer el.Close()
	c := ledger.NewClient(el.Invoker(ledger.Identity{MSPID: "OperatorMSP", ID: "sealer-test", Admin: true}))
	ctx := context.Background()
	if _, err := c.RegisterDevices(ctx, res.Fleet.Registry); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < len(lines); i += 500 {
		if _, err := c.SubmitBatch(ctx, lines[i:min(i+500, len(lines))]); err != nil {
			t.Fatal(err)
		}
	}
	doc := dailyDoc(t)
	cfg := Config{Pools: []Pool{{ID: simCfg.Pool, Since: simCfg.Start}}, Grace: DefaultGrace, Retry: time.Minute}
	s, err := New(c, doc, cfg, Options{Now: clk.now})
	if err != nil {
		t.Fatal(err)
	}
	// One hour after the end: the last day is within the grace.
	rep, err := s.SealDue(ctx)
	if err != nil || len(rep.Sealed) != 1 {
		t.Fatalf("first pass: %v, sealed %d, want the first day only", err, len(rep.Sealed))
	}
	clk.set(simCfg.End().Add(DefaultGrace))
	rep, err = s.SealDue(ctx)
	if err != nil || len(rep.Sealed) != 1 {
		t.Fatalf("second pass: %v, sealed %d, want the second day", err, len(rep.Sealed))
	}
	seals, err := c.ListSeals(ctx, simCfg.Pool)
	if err != nil {
		t.Fatal(err)
	}
	var total uint64
	for _, x := range seals {
		total += x.Count + x.OutOfBounds
	}
	if len(seals) != 2 || total != uint64(res.Events) {
		t.Errorf("%d seals over %d records, want 2 over %d", len(seals), total, res.Events)
	}
	if rep, err := s.SealDue(ctx); err != nil || len(rep.Sealed) != 0 {
		t.Errorf("third pass: %v, sealed %d, want nothing", err, len(rep.Sealed))
	}
}

func TestAnEpochWithoutRecordsIsSealedLikeAnyOther(t *testing.T) {
	doc := dailyDoc(t)
	p, _ := policy.Parse(doc)
	since := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	clk := &clock{t: since.Add(3*policy.Day + 7*time.Hour)}
	first := p.EpochOf(since)
	l := &fakeLedger{p: p, grace: 6 * time.Hour, now: clk.now, seals: map[telemetry.PoolID][]uint64{}, empty: map[uint64]bool{first + 1: true}}
	s, err := New(l, doc, Config{Pools: []Pool{{ID: "north", Since: since}}, Grace: DefaultGrace, Retry: time.Minute}, Options{Now: clk.now})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := s.SealDue(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// The L2 takes every epoch in order: a gap would stop the pool there.
	if got, want := l.seals["north"], []uint64{first, first + 1, first + 2}; !slices.Equal(got, want) || len(rep.Sealed) != 3 {
		t.Fatalf("sealed %v, report %+v; want %v, the empty epoch too", got, rep, want)
	}
}

func TestPoolsComeFromTheRegistryFromTheirFirstRegistration(t *testing.T) {
	reg := telemetry.NewRegistry("r")
	t0 := time.Date(2026, 11, 1, 8, 0, 0, 0, time.UTC)
	for i, d := range []struct {
		pool telemetry.PoolID
		at   time.Time
	}{{"south", t0.Add(time.Hour)}, {"north", t0.Add(2 * time.Hour)}, {"south", t0}, {"north", t0.Add(time.Minute)}} {
		pub, _, _ := ed25519.GenerateKey(nil)
		if err := reg.Add(telemetry.Device{Cabinet: uint32(i + 1), Pool: d.pool, PublicKey: pub, RegisteredAt: d.at}); err != nil {
			t.Fatal(err)
		}
	}
	l := &fakeLedger{reg: reg}
	all, err := Pools(context.Background(), l, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []Pool{{ID: "north", Since: t0.Add(time.Minute)}, {ID: "south", Since: t0}}
	if !slices.Equal(all, want) {
		t.Fatalf("pools %v, want %v", all, want)
	}
	if only, err := Pools(context.Background(), l, []telemetry.PoolID{"south"}); err != nil || !slices.Equal(only, want[1:]) {
		t.Fatalf("only south: %v, %v", only, err)
	}
	if _, err := Pools(context.Background(), l, []telemetry.PoolID{"west"}); !errors.Is(err, ErrNoPools) {
		t.Fatalf("a pool with no device: %v", err)
	}
	if _, err := Pools(context.Background(), &fakeLedger{reg: telemetry.NewRegistry("r")}, nil); !errors.Is(err, ErrNoPools) {
		t.Fatalf("an empty registry: %v", err)
	}
}

func TestSealAllEndedSealsEveryEndedEpochOfTheAskedPools(t *testing.T) {
	doc := dailyDoc(t)
	p, _ := policy.Parse(doc)
	since := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	reg := telemetry.NewRegistry("r")
	for i, pool := range []telemetry.PoolID{"north", "south"} {
		pub, _, _ := ed25519.GenerateKey(nil)
		if err := reg.Add(telemetry.Device{Cabinet: uint32(i + 1), Pool: pool, PublicKey: pub, RegisteredAt: since}); err != nil {
			t.Fatal(err)
		}
	}
	clk := &clock{t: since.Add(3*policy.Day + 7*time.Hour)}
	first := p.EpochOf(since)
	newLedger := func() *fakeLedger {
		return &fakeLedger{p: p, grace: 6 * time.Hour, now: clk.now, seals: map[telemetry.PoolID][]uint64{},
			empty: map[uint64]bool{first + 1: true}, reg: reg}
	}
	l := newLedger()
	rep, err := SealAllEnded(context.Background(), l, doc, DefaultGrace, []telemetry.PoolID{"south"}, Options{Now: clk.now})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := l.seals["south"], []uint64{first, first + 1, first + 2}; !slices.Equal(got, want) || len(l.seals["north"]) != 0 || len(rep.Sealed) != 3 {
		t.Fatalf("only south: sealed %v (north %v, report %+v); want %v, the empty one too, and nothing of north", got, l.seals["north"], rep, want)
	}
	l = newLedger()
	if _, err := SealAllEnded(context.Background(), l, doc, DefaultGrace, nil, Options{Now: clk.now}); err != nil {
		t.Fatal(err)
	}
	if len(l.seals["north"]) != 3 || len(l.seals["south"]) != 3 {
		t.Fatalf("every pool: sealed %v", l.seals)
	}
	if _, err := SealAllEnded(context.Background(), newLedger(), doc, DefaultGrace, []telemetry.PoolID{"west"}, Options{Now: clk.now}); !errors.Is(err, ErrNoPools) {
		t.Fatalf("a pool with no device: %v", err)
	}
}
