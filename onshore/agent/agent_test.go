package agent

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

func TestEveryBadInputClassThroughTheFileSourceIsNamedAndNothingValidIsLost(t *testing.T) {
	f := newFleet(t, 3, 3)
	lines, want, bad := classInputs(t, f)
	cfg := testConfig(t)
	cfg.Sources.Files = []string{tempPath(t, "events.jsonl")}
	writeLines(t, cfg.Sources.Files[0], lines)
	l := newFakeLedger()
	a := newTestAgent(t, cfg, f.reg, l)

	sum, err := a.Drain(context.Background())
	if err != nil {
		t.Fatalf("drain: %v", err)
	}
	for _, b := range bad {
		if sum.Rejected[b.class] != 1 {
			t.Errorf("class %s: rejected %d times, want 1 (summary %v)", b.class, sum.Rejected[b.class], sum.Rejected)
		}
	}
	if got, wantN := sum.RejectedTotal(), int64(len(bad)); got != wantN {
		t.Errorf("rejected %d events, want %d: %v", got, wantN, sum.Rejected)
	}
	if sum.Read != int64(len(lines)) || sum.Accepted != int64(len(want)) || sum.Stored != int64(len(want)) || sum.Pending != 0 {
		t.Errorf("summary %+v, want read %d, accepted = stored = %d, nothing pending", sum, len(lines), len(want))
	}
	if got, w := keysOf(l.snapshot()), keysOf(want); !slices.Equal(got, w) {
		t.Errorf("ledger holds %v, want %v", got, w)
	}
}

func TestEveryBadInputClassThroughHTTPIsNamedPerEventAndValidEventsAreDurable(t *testing.T) {
	f := newFleet(t, 3, 3)
	lines, want, bad := classInputs(t, f)
	for _, form := range []string{"json lines", "json array"} {
		t.Run("as "+form, func(t *testing.T) {
			cfg := testConfig(t)
			cfg.Sources.HTTP, cfg.Listen = true, "127.0.0.1:0"
			l := newFakeLedger()
			a := newTestAgent(t, cfg, f.reg, l)
			srv := httptest.NewServer(a.Handler())
			defer srv.Close()

			var body []byte
			if form == "json lines" {
				body = append(bytes.Join(lines, []byte("\n")), '\n')
			} else {
				body = append([]byte("["), bytes.Join(lines, []byte(","))...)
				body = append(body, ']')
			}
			code, resp := postEvents(t, srv.URL, body)
			if code != http.StatusUnprocessableEntity {
				t.Errorf("status %d, want 422", code)
			}
			if resp.Accepted != len(want) || len(resp.Refused) != 0 {
				t.Errorf("accepted %d refused %d, want %d and 0", resp.Accepted, len(resp.Refused), len(want))
			}
			got := map[int]string{}
			for _, r := range resp.Rejected {
				got[r.Index] = r.Class
				if r.Message == "" {
					t.Errorf("index %d: empty message", r.Index)
				}
			}
			wantClasses := map[int]string{}
			for _, b := range bad {
				wantClasses[b.index] = b.class
			}
			if !maps.Equal(got, wantClasses) {
				t.Errorf("rejected (index → class) %v, want %v", got, wantClasses)
			}
			// Accepted means durable: the queue holds them before any submission.
			if n := a.QueueLen(); n != len(want) {
				t.Errorf("queue holds %d events after 202/422, want %d", n, len(want))
			}
			if _, err := a.Drain(context.Background()); err != nil {
				t.Fatal(err)
			}
			if g, w := keysOf(l.snapshot()), keysOf(want); !slices.Equal(g, w) {
				t.Errorf("ledger holds %v, want %v", g, w)
			}
		})
	}
}

func TestHTTPAnswers202WhenAllAreDurableAnd400ForABodyThatIsNoBatch(t *testing.T) {
	f := newFleet(t, 2, 0)
	cfg := testConfig(t)
	cfg.Sources.HTTP, cfg.Listen = true, "127.0.0.1:0"
	a := newTestAgent(t, cfg, f.reg, newFakeLedger())
	srv := httptest.NewServer(a.Handler())
	defer srv.Close()
	evs := f.events(2, 3)
	body, _ := json.Marshal(evs)
	if code, resp := postEvents(t, srv.URL, body); code != http.StatusAccepted || resp.Accepted != len(evs) {
		t.Errorf("valid batch: status %d accepted %d, want 202 and %d", code, resp.Accepted, len(evs))
	}
	code, resp := postEvents(t, srv.URL, []byte(`[{"pool":`))
	if code != http.StatusBadRequest || len(resp.Rejected) != 1 || resp.Rejected[0].Class != "malformed" {
		t.Errorf("broken array: status %d %+v, want 400 with class malformed", code, resp)
	}
	res, err := http.Get(srv.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Errorf("/healthz: %d", res.StatusCode)
	}
}

func postEvents(t testing.TB, url string, body []byte) (int, EventsResponse) {
	t.Helper()
	res, err := http.Post(url+"/v1/events", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var resp EventsResponse
	if err := json.NewDecoder(res.Body).Decode(&resp); err != nil {
		t.Fatalf("status %d, body does not decode: %v", res.StatusCode, err)
	}
	return res.StatusCode, resp
}

func TestReplayingEveryAcceptedEventStoresEachOnceAndCountsTheDuplicates(t *testing.T) {
	f := newFleet(t, 4, 0)
	evs := f.events(4, 25)
	var lines [][]byte
	for _, round := range []string{"first", "replay"} {
		for _, ev := range evs {
			b, _ := ev.MarshalJSON()
			lines = append(lines, b)
		}
		_ = round
	}
	// High-s re-encodings: S + L verifies nowhere (ed25519 is strict), so they
	// are bad signatures, never second records.
	for _, ev := range evs[:10] {
		ev.Sig = malleate(ev.Sig)
		b, _ := ev.MarshalJSON()
		lines = append(lines, b)
	}
	cfg := testConfig(t)
	cfg.Sources.Files = []string{tempPath(t, "events.jsonl")}
	writeLines(t, cfg.Sources.Files[0], lines)
	l := newFakeLedger()
	a := newTestAgent(t, cfg, f.reg, l)
	sum, err := a.Drain(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if sum.Rejected["duplicate"] != int64(len(evs)) || sum.Rejected["bad_signature"] != 10 {
		t.Errorf("rejected %v, want %d duplicates and 10 bad signatures", sum.Rejected, len(evs))
	}
	if g, w := keysOf(l.snapshot()), keysOf(evs); !slices.Equal(g, w) {
		t.Errorf("ledger holds %d records, want the %d unique events", len(g), len(w))
	}

	// A second agent with no memory of them (another data dir) forwards
	// them again: the ledger answers duplicate, and still stores each once.
	cfg2 := testConfig(t)
	cfg2.Sources.Files = cfg.Sources.Files
	a2 := newTestAgent(t, cfg2, f.reg, l)
	sum2, err := a2.Drain(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if sum2.Duplicates != int64(len(evs)) || sum2.Stored != 0 {
		t.Errorf("second agent: stored %d duplicates %d, want 0 and %d", sum2.Stored, sum2.Duplicates, len(evs))
	}
	if n := len(l.snapshot()); n != len(evs) {
		t.Errorf("ledger holds %d records, want %d", n, len(evs))
	}
}

// malleate returns the ed25519 signature with S replaced by S + L, the
// group order: the same point equation, a different encoding.
func malleate(sig []byte) []byte {
	l := [32]byte{0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
		0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10}
	out := slices.Clone(sig)
	carry := 0
	for i := 0; i < 32; i++ {
		s := int(out[32+i]) + int(l[i]) + carry
		out[32+i], carry = byte(s), s>>8
	}
	return out
}

func TestStoreAndForwardDeliversEveryEventOnceInOrderWhenTheLedgerComesBack(t *testing.T) {
	f := newFleet(t, 5, 0)
	evs := f.events(5, 40)
	cfg := testConfig(t)
	cfg.Sources.HTTP, cfg.Listen = true, "127.0.0.1:0"
	l := newFakeLedger()
	l.setDown(true)
	a := newTestAgent(t, cfg, f.reg, l)
	runAgent(t, a)
	srv := httptest.NewServer(a.Handler())
	defer srv.Close()
	for i := 0; i < len(evs); i += 25 {
		body, _ := json.Marshal(evs[i:min(i+25, len(evs))])
		if code, _ := postEvents(t, srv.URL, body); code != http.StatusAccepted {
			t.Fatalf("batch at %d: status %d while the ledger is down, want 202", i, code)
		}
	}
	eventually(t, 5*time.Second, "submissions fail and are retried", func() bool { return l.failures() >= 3 })
	if n := a.QueueLen(); n != len(evs) {
		t.Errorf("queue holds %d events while the ledger is down, want %d", n, len(evs))
	}
	if n := len(l.snapshot()); n != 0 {
		t.Errorf("ledger stored %d events while down", n)
	}
	l.setDown(false)
	eventually(t, 5*time.Second, "the queue drains", func() bool { return a.QueueLen() == 0 })
	got := l.snapshot()
	if len(got) != len(evs) {
		t.Fatalf("ledger holds %d events, want %d", len(got), len(evs))
	}
	for i := range evs {
		if got[i].Key() != evs[i].Key() {
			t.Fatalf("event %d landed as %+v, want %+v (arrival order)", i, got[i].Key(), evs[i].Key())
		}
	}
	if v := counterValue(t, a, "rwabridge_agent_submit_retries_total"); v < 3 {
		t.Errorf("retries metric %v, want at least 3", v)
	}
}

func TestAFullQueueRefusesCountsAndLosesNothing(t *testing.T) {
	f := newFleet(t, 4, 0)
	evs := f.events(4, 150)
	cfg := testConfig(t)
	cfg.Queue.MaxBytes = 64 << 10
	cfg.Sources.HTTP, cfg.Listen = true, "127.0.0.1:0"
	l := newFakeLedger()
	l.setDown(true)
	a := newTestAgent(t, cfg, f.reg, l)
	runAgent(t, a)
	srv := httptest.NewServer(a.Handler())
	defer srv.Close()

	var pending []telemetry.SignedEvent
	refusals := 0
	for i := 0; i < len(evs); i += 50 {
		batch := evs[i:min(i+50, len(evs))]
		body, _ := json.Marshal(batch)
		code, resp := postEvents(t, srv.URL, body)
		if code == http.StatusServiceUnavailable {
			refusals += len(resp.Refused)
			for _, r := range resp.Refused {
				if r.Class != ClassQueueFull {
					t.Errorf("refused with class %q, want %q", r.Class, ClassQueueFull)
				}
				pending = append(pending, batch[r.Index])
			}
		}
	}
	if refusals == 0 {
		t.Fatal("a 64 KiB queue took every event: nothing overflowed")
	}
	if got := counterValue(t, a, "rwabridge_agent_queue_overflow_total"); int(got) != refusals {
		t.Errorf("overflow metric %v, want %d", got, refusals)
	}
	if b := a.q.Bytes(); b > cfg.Queue.MaxBytes {
		t.Errorf("queue holds %d bytes, over its budget %d", b, cfg.Queue.MaxBytes)
	}
	t.Logf("%d events queued, %d refused at a %d-byte budget", a.QueueLen(), refusals, cfg.Queue.MaxBytes)

	l.setDown(false)
	// The sender offers the refused events again, in order, until taken.
	for len(pending) > 0 {
		n := min(50, len(pending))
		body, _ := json.Marshal(pending[:n])
		code, resp := postEvents(t, srv.URL, body)
		if code == http.StatusServiceUnavailable {
			first := resp.Refused[0].Index
			pending = pending[first:]
			time.Sleep(10 * time.Millisecond)
			continue
		}
		if code != http.StatusAccepted {
			t.Fatalf("resend: status %d %+v", code, resp)
		}
		pending = pending[n:]
	}
	eventually(t, 5*time.Second, "the queue drains", func() bool { return a.QueueLen() == 0 })
	if g, w := keysOf(l.snapshot()), keysOf(evs); !slices.Equal(g, w) {
		t.Errorf("ledger holds %d events, want all %d once", len(g), len(w))
	}
}

func TestTheFileSourceResumesWhereItStoppedAndFollowsGrowth(t *testing.T) {
	f := newFleet(t, 3, 0)
	evs := f.events(3, 20)
	path := tempPath(t, "events.jsonl")
	var lines [][]byte
	for _, ev := range evs[:30] {
		b, _ := ev.MarshalJSON()
		lines = append(lines, b)
	}
	writeLines(t, path, lines)
	cfg := testConfig(t)
	cfg.Sources.Files, cfg.Sources.Follow = []string{path}, true
	l := newFakeLedger()

	a := newTestAgent(t, cfg, f.reg, l)
	runAgent(t, a)
	eventually(t, 5*time.Second, "the first 30 events land", func() bool { return len(l.snapshot()) == 30 })

	// Grow the file, with a last line written in two parts.
	fh, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	for _, ev := range evs[30:45] {
		b, _ := ev.MarshalJSON()
		fh.Write(append(b, '\n'))
	}
	half, _ := evs[45].MarshalJSON()
	fh.Write(half[:40])
	time.Sleep(2 * followPoll)
	fh.Write(append(half[40:], '\n'))
	eventually(t, 5*time.Second, "the followed events land", func() bool { return len(l.snapshot()) == 46 })
	if r := a.Summary().Rejected; r["malformed"] != 0 {
		t.Errorf("a line written in two parts was read early: %v", r)
	}

	// A restarted agent reads from its mark: nothing is read twice.
	a.Close()
	for _, ev := range evs[46:] {
		b, _ := ev.MarshalJSON()
		fh.Write(append(b, '\n'))
	}
	cfg.Sources.Follow = false
	b := newTestAgent(t, cfg, f.reg, l)
	sum, err := b.Drain(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if sum.Read != int64(len(evs)-46) || sum.RejectedTotal() != 0 {
		t.Errorf("restarted agent read %d events (rejected %v), want only the %d new ones", sum.Read, sum.Rejected, len(evs)-46)
	}
	if g, w := keysOf(l.snapshot()), keysOf(evs); !slices.Equal(g, w) {
		t.Errorf("ledger holds %d events, want %d", len(g), len(w))
	}
}

func TestOnceFailsWhenTheLedgerStaysDownAndKeepsTheEventsQueued(t *testing.T) {
	f := newFleet(t, 2, 0)
	evs := f.events(2, 5)
	var lines [][]byte
	for _, ev := range evs {
		b, _ := ev.MarshalJSON()
		lines = append(lines, b)
	}
	cfg := testConfig(t)
	cfg.Sources.Files = []string{tempPath(t, "events.jsonl")}
	writeLines(t, cfg.Sources.Files[0], lines)
	l := newFakeLedger()
	l.setDown(true)
	a := newTestAgent(t, cfg, f.reg, l)
	sum, err := a.Drain(context.Background())
	if !errors.Is(err, ErrSubmitFailed) {
		t.Fatalf("drain error %v, want ErrSubmitFailed", err)
	}
	if sum.Pending != len(evs) || l.failures() != cfg.Retry.OnceAttempts {
		t.Errorf("pending %d after %d attempts, want %d after %d", sum.Pending, l.failures(), len(evs), cfg.Retry.OnceAttempts)
	}
	a.Close()
	l.setDown(false)
	b := newTestAgent(t, cfg, f.reg, l)
	if sum, err := b.Drain(context.Background()); err != nil || sum.Stored != int64(len(evs)) {
		t.Errorf("next run: %v, stored %d, want %d", err, sum.Stored, len(evs))
	}
}

func TestMetricsNameEveryRejectionReason(t *testing.T) {
	f := newFleet(t, 3, 3)
	lines, _, _ := classInputs(t, f)
	cfg := testConfig(t)
	cfg.Sources.Files = []string{tempPath(t, "events.jsonl")}
	writeLines(t, cfg.Sources.Files[0], lines)
	a := newTestAgent(t, cfg, f.reg, newFakeLedger())
	if _, err := a.Drain(context.Background()); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(a.Handler())
	defer srv.Close()
	res, err := http.Get(srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	for _, c := range telemetry.Classes() {
		want := `rwabridge_agent_events_rejected_total{reason="` + c + `"} 1`
		if !strings.Contains(string(body), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	for _, name := range []string{"rwabridge_agent_queue_events", "rwabridge_agent_queue_bytes", "rwabridge_agent_submit_seconds_bucket",
		"rwabridge_agent_events_received_total", `rwabridge_agent_events_submitted_total{status="stored"} 6`} {
		if !strings.Contains(string(body), name) {
			t.Errorf("/metrics lacks %s", name)
		}
	}
}

func counterValue(t testing.TB, a *Agent, name string) float64 {
	t.Helper()
	mfs, err := a.Gatherer().Gather()
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			sum += m.GetCounter().GetValue()
		}
	}
	return sum
}
