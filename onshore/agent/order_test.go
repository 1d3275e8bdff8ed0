package agent

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"maps"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/ledger/ledgertest"
	"github.com/rwabridge/rwabridge/onshore/sim"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// simDay is one day of a simulated fleet: its devices and events as the
// simulator wrote them (each line's canonical encoding by key).
type simDay struct {
	cfg     sim.Config
	dir     string
	reg     *telemetry.Registry
	keys    *telemetry.DeviceKeys
	events  []telemetry.SignedEvent
	lines   [][]byte // JSON lines, in file order
	encoded map[telemetry.Key][]byte
}

func newSimDay(t testing.TB, cabinets int) *simDay {
	t.Helper()
	d := &simDay{cfg: sim.Default(), dir: t.TempDir()}
	d.cfg.Cabinets, d.cfg.Days, d.cfg.Seed, d.cfg.Workers = cabinets, 1, 18, 1
	res, err := sim.WriteDir(context.Background(), d.cfg, d.dir)
	if err != nil {
		t.Fatal(err)
	}
	d.reg, d.keys = res.Fleet.Registry, res.Fleet.Keys
	data, err := os.ReadFile(filepath.Join(d.dir, sim.EventsFile))
	if err != nil {
		t.Fatal(err)
	}
	if d.lines, d.events, d.encoded, err = ledgertest.Encoded(data); err != nil {
		t.Fatalf("the simulator's events: %v", err)
	}
	if int64(len(d.events)) != res.Events {
		t.Fatalf("read %d events, the simulator wrote %d", len(d.events), res.Events)
	}
	return d
}

// shuffled returns the day's lines in a random order (seeded: a failure
// can be replayed).
func (d *simDay) shuffled(seed uint64) [][]byte {
	out := append([][]byte(nil), d.lines...)
	rng := rand.New(rand.NewPCG(seed, 18))
	rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// ledgerEncoded returns every record the ledger holds for the day's pool,
// by key, in its canonical encoding; a key listed twice fails the test.
func ledgerEncoded(t testing.TB, c *ledger.Client, d *simDay) map[telemetry.Key][]byte {
	t.Helper()
	out, err := ledgertest.Records(context.Background(), c, d.cfg.Pool, uint64(d.cfg.Start.Unix())/86400, uint64(d.cfg.End().Unix())/86400, permissivePolicy(t))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// sameRecords fails the test unless got holds exactly want's events, with
// the same bytes.
func sameRecords(t testing.TB, got, want map[telemetry.Key][]byte) {
	t.Helper()
	if err := ledgertest.Same(got, want); err != nil {
		t.Fatal(err)
	}
}

// newSimAgent is an agent on the real clock (the simulated day is in the
// past) over c.
func newSimAgent(t testing.TB, cfg Config, d *simDay, c Ledger) *Agent {
	t.Helper()
	a, err := New(cfg, d.reg, c, Options{Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return a
}

func TestAShuffledDayOfAFleetReadOnceFromAFileIsStoredExactlyOnce(t *testing.T) {
	d := newSimDay(t, 12)
	cfg := testConfig(t)
	cfg.Sources.Files = []string{tempPath(t, "shuffled.jsonl")}
	writeLines(t, cfg.Sources.Files[0], d.shuffled(1))
	l, c := openEmbedded(t, filepath.Join(t.TempDir(), "ledger"), d.reg, nil)
	defer l.Close()
	a := newSimAgent(t, cfg, d, c)
	sum, err := a.Drain(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	n := int64(len(d.events))
	if sum.Accepted != n || sum.RejectedTotal() != 0 || sum.Stored != n || sum.Duplicates != 0 || sum.Pending != 0 {
		t.Fatalf("summary %+v, want %d accepted and stored, nothing rejected", sum, n)
	}
	sameRecords(t, ledgerEncoded(t, c, d), d.encoded)
}

func TestAShuffledDayPostedInParallelBatchesIsStoredExactlyOnce(t *testing.T) {
	d := newSimDay(t, 12)
	cfg := testConfig(t)
	cfg.Sources.HTTP, cfg.Listen = true, "127.0.0.1:0"
	l, c := openEmbedded(t, filepath.Join(t.TempDir(), "ledger"), d.reg, nil)
	defer l.Close()
	a := newSimAgent(t, cfg, d, c)
	runAgent(t, a)
	srv := httptest.NewServer(a.Handler())
	defer srv.Close()

	// 50 batches of the shuffled day, 4 in flight; then 5 of them again
	// (a sender that lost the answers), also 4 in flight.
	lines := d.shuffled(2)
	const batches, inflight = 50, 4
	size := (len(lines) + batches - 1) / batches
	post := func(idx []int) (accepted, duplicates int) {
		var mu sync.Mutex
		work := make(chan int)
		var wg sync.WaitGroup
		for range inflight {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for b := range work {
					part := lines[min(b*size, len(lines)):min((b+1)*size, len(lines))]
					code, resp := postEvents(t, srv.URL, bytes.Join(part, []byte("\n")))
					for _, r := range resp.Rejected {
						t.Errorf("batch %d: %+v", b, r)
					}
					dups := len(resp.Duplicates)
					if len(resp.Refused) > 0 || code != http.StatusAccepted {
						t.Errorf("batch %d: status %d, %d refused, want 202", b, code, len(resp.Refused))
					}
					mu.Lock()
					accepted, duplicates = accepted+resp.Accepted, duplicates+dups
					mu.Unlock()
				}
			}()
		}
		for _, b := range idx {
			work <- b
		}
		close(work)
		wg.Wait()
		return accepted, duplicates
	}
	all := make([]int, batches)
	for i := range all {
		all[i] = i
	}
	if acc, dups := post(all); acc != len(lines) || dups != 0 {
		t.Fatalf("accepted %d with %d duplicates, want all %d", acc, dups, len(lines))
	}
	again := []int{3, 17, 29, 41, 49}
	var resent int
	for _, b := range again {
		resent += len(lines[min(b*size, len(lines)):min((b+1)*size, len(lines))])
	}
	// Sent again, each is a duplicate: at the edge (still queued or
	// recently forwarded) or, had the agent forgotten it, at the ledger.
	acc, dups := post(again)
	eventually(t, 15*time.Second, "the queue drains", func() bool { return a.QueueLen() == 0 })
	sum := a.Summary()
	if acc != 0 || int64(dups)+sum.Duplicates != int64(resent) {
		t.Fatalf("resending %d events: accepted %d, %d duplicates at the edge and %d at the ledger", resent, acc, dups, sum.Duplicates)
	}
	if sum.Stored != int64(len(lines)) {
		t.Fatalf("summary %+v, want %d stored", sum, len(lines))
	}
	sameRecords(t, ledgerEncoded(t, c, d), d.encoded)
}

func TestADuplicateIsAnsweredAsOneAndAConflictIsRefusedAtTheEdgeAndTheLedger(t *testing.T) {
	d := newSimDay(t, 3)
	dataDir := filepath.Join(t.TempDir(), "ledger")
	l, c := openEmbedded(t, dataDir, d.reg, nil)
	defer l.Close()
	ingest := func(a *Agent, lines [][]byte) []error {
		t.Helper()
		items := make([]Item, len(lines))
		for i, line := range lines {
			if err := items[i].Event.UnmarshalJSON(line); err != nil {
				t.Fatal(err)
			}
		}
		out, err := a.Ingest(context.Background(), "test", items, nil)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	// Another event for the key of the day's tenth, validly signed.
	target := d.events[10]
	other := target.Event
	other.FeeCents++
	key, err := d.keys.Key(target.Cabinet)
	if err != nil {
		t.Fatal(err)
	}
	conflicting := telemetry.Sign(d.reg.ID, key, other)
	conflictLine, err := conflicting.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}

	// At the edge: the event is queued, the same bytes again are a
	// duplicate, other bytes a conflict; neither is queued.
	cfg := testConfig(t)
	a := newSimAgent(t, cfg, d, c)
	out := ingest(a, d.lines)
	for i, err := range out {
		if err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
	}
	out = ingest(a, [][]byte{d.lines[10], conflictLine})
	if telemetry.Class(out[0]) != "duplicate" || telemetry.Class(out[1]) != "conflict" {
		t.Fatalf("at the edge: %v, want duplicate then conflict", out)
	}
	if a.QueueLen() != len(d.lines) {
		t.Fatalf("queue holds %d events, want %d", a.QueueLen(), len(d.lines))
	}
	sum, err := a.Drain(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if sum.EdgeDuplicates != 1 || sum.RejectedTotal() != 1 || sum.Rejected["conflict"] != 1 || sum.Stored != int64(len(d.lines)) {
		t.Fatalf("summary %+v", sum)
	}
	// Forwarded, the agent still knows it: the same answers.
	out = ingest(a, [][]byte{d.lines[10], conflictLine})
	if telemetry.Class(out[0]) != "duplicate" || telemetry.Class(out[1]) != "conflict" {
		t.Fatalf("after forwarding: %v, want duplicate then conflict", out)
	}
	a.Close()

	// An agent with no memory of them (another data dir) takes each; the
	// ledger answers the duplicate "already had" and refuses the conflict,
	// named; it stores neither.
	for _, tt := range []struct {
		name      string
		line      []byte
		duplicate int64
		conflict  int64
	}{{"the same bytes", d.lines[10], 1, 0}, {"other bytes", conflictLine, 0, 1}} {
		b := newSimAgent(t, testConfig(t), d, c)
		if out := ingest(b, [][]byte{tt.line}); out[0] != nil {
			t.Fatalf("%s, to an agent without memory: %v", tt.name, out[0])
		}
		sum, err := b.Drain(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if sum.Duplicates != tt.duplicate || sum.LedgerRejected["conflict"] != tt.conflict || sum.LedgerRejectedTotal() != tt.conflict || sum.Stored != 0 {
			t.Fatalf("%s: summary %+v, want %d duplicate(s) and %d conflict(s) from the ledger, nothing stored", tt.name, sum, tt.duplicate, tt.conflict)
		}
		// The conflict the ledger rejected is quarantined like one the
		// edge rejects; the duplicate is not.
		if got := quarantinedClasses(t, b); got["conflict"] != int(tt.conflict) || len(got) != int(tt.conflict) {
			t.Fatalf("%s: quarantine file holds (class → lines) %v, want %d conflict(s)", tt.name, got, tt.conflict)
		}
		if got := counterValue(t, b, "rwabridge_agent_ledger_rejected_total", "class", "conflict"); got != float64(tt.conflict) {
			t.Fatalf("%s: ledger_rejected_total{class=conflict} %v, want %d", tt.name, got, tt.conflict)
		}
		if got := counterValue(t, b, "rwabridge_agent_events_submitted_total", "status", "duplicate"); got != float64(tt.duplicate) {
			t.Fatalf("%s: events_submitted_total{status=duplicate} %v, want %d", tt.name, got, tt.duplicate)
		}
		b.Close()
	}
	sameRecords(t, ledgerEncoded(t, c, d), d.encoded)
}

func TestEventsOfASealedDayAreRefusedWhateverTheirOrder(t *testing.T) {
	d := newSimDay(t, 4)
	l, c := openEmbedded(t, filepath.Join(t.TempDir(), "ledger"), d.reg, nil)
	defer l.Close()
	lines := d.shuffled(3)
	late := lines[:len(lines)/10] // held back: they arrive after the seal
	cfg := testConfig(t)
	cfg.Sources.Files = []string{tempPath(t, "first.jsonl")}
	writeLines(t, cfg.Sources.Files[0], lines[len(late):])
	a := newSimAgent(t, cfg, d, c)
	if _, err := a.Drain(context.Background()); err != nil {
		t.Fatal(err)
	}
	a.Close()
	epoch := uint64(d.cfg.Start.Unix()) / 86400
	if _, err := c.Seal(context.Background(), d.cfg.Pool, epoch, permissivePolicy(t)); err != nil {
		t.Fatal(err)
	}
	before := ledgerEncoded(t, c, d)

	cfg2 := testConfig(t)
	cfg2.Sources.Files = []string{tempPath(t, "late.jsonl")}
	writeLines(t, cfg2.Sources.Files[0], late)
	b := newSimAgent(t, cfg2, d, c)
	sum, err := b.Drain(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if n := int64(len(late)); sum.Accepted != n || sum.LedgerRejected["epoch_sealed"] != n || sum.Stored != 0 {
		t.Fatalf("summary %+v, want all %d late events refused by the ledger as epoch_sealed", sum, n)
	}
	if got := quarantinedClasses(t, b); !maps.Equal(got, map[string]int{"epoch_sealed": len(late)}) {
		t.Errorf("quarantine file holds (class → lines) %v, want the %d late events as epoch_sealed", got, len(late))
	}
	sameRecords(t, ledgerEncoded(t, c, d), before)
}

func TestTheEdgeRemembersQueuedAndTheLastHeldForwardedEventsOnly(t *testing.T) {
	f := newFleet(t, 1, 0)
	evs := f.events(1, 4)
	x := newTakenIndex(2)
	sums := map[telemetry.Key][32]byte{}
	for _, ev := range evs {
		b, err := ev.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		sums[ev.Key()] = sha256.Sum256(b)
	}
	x.queue(sums)
	for _, ev := range evs {
		if err := x.compare(&ev, sums[ev.Key()]); !errors.Is(err, telemetry.ErrDuplicate) {
			t.Fatalf("queued seq %d: %v, want a duplicate", ev.Seq, err)
		}
	}
	// Forwarded: seq 1, 2 and 4 held by the ledger, seq 3 rejected by it;
	// with room for two, seq 1 is forgotten.
	keys := []telemetry.Key{evs[0].Key(), evs[1].Key(), evs[2].Key(), evs[3].Key()}
	x.forwarded(keys, []bool{true, true, false, true})
	for i, want := range []error{nil, telemetry.ErrDuplicate, nil, telemetry.ErrDuplicate} {
		err := x.compare(&evs[i], sums[evs[i].Key()])
		if (want == nil) != (err == nil) || (want != nil && !errors.Is(err, want)) {
			t.Errorf("seq %d after forwarding: %v, want %v", evs[i].Seq, err, want)
		}
	}
	var other [32]byte
	if err := x.compare(&evs[3], other); !errors.Is(err, telemetry.ErrConflict) {
		t.Errorf("other bytes for a remembered key: %v, want a conflict", err)
	}
}
