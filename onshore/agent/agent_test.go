package agent

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

func TestEveryBadInputClassThroughTheFileSourceIsNamedAndNothingValidIsLost(t *testing.T) {
	f := newFleet(t, 3, 3)
	lines, want, bad, _ := classInputs(t, f)
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
	if got, wantN := sum.RejectedTotal(), int64(len(bad)); got != wantN || sum.Rejected["duplicate"] != 0 {
		t.Errorf("rejected %d events, want %d, none as duplicate: %v", got, wantN, sum.Rejected)
	}
	// The exact duplicate is acknowledged: counted as one, not quarantined,
	// and the file's mark is past it (a later run reads nothing again).
	if sum.EdgeDuplicates != 1 {
		t.Errorf("%d duplicates at the edge, want 1", sum.EdgeDuplicates)
	}
	if got, w := quarantinedClasses(t, a), badClasses(bad); !maps.Equal(got, w) {
		t.Errorf("quarantine file holds (class → lines) %v, want %v", got, w)
	}
	if mark, err := a.q.Mark(markFile + cfg.Sources.Files[0]); err != nil || len(mark) != 8 || binary.BigEndian.Uint64(mark) != uint64(fileSize(t, cfg.Sources.Files[0])) {
		t.Errorf("file mark %x (%v), want the file's size %d", mark, err, fileSize(t, cfg.Sources.Files[0]))
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
	lines, want, bad, dup := classInputs(t, f)
	for _, form := range []string{"json lines", "json array"} {
		t.Run("as "+form, func(t *testing.T) {
			l := newFakeLedger()
			a, srv := newHTTPTestAgent(t, f.reg, l)

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
			if len(resp.Duplicates) != 1 || resp.Duplicates[0].Index != dup || resp.Duplicates[0].Class != "duplicate" {
				t.Errorf("duplicates %+v, want index %d alone, class duplicate", resp.Duplicates, dup)
			}
			if got, w := quarantinedClasses(t, a), badClasses(bad); !maps.Equal(got, w) {
				t.Errorf("quarantine file holds (class → lines) %v, want %v", got, w)
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
	_, srv := newHTTPTestAgent(t, f.reg, newFakeLedger())
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
	if sum.EdgeDuplicates != int64(len(evs)) || sum.Rejected["bad_signature"] != 10 || sum.RejectedTotal() != 10 {
		t.Errorf("%d duplicates, rejected %v; want %d duplicates and 10 bad signatures, rejected", sum.EdgeDuplicates, sum.Rejected, len(evs))
	}
	if got := quarantinedClasses(t, a); !maps.Equal(got, map[string]int{"bad_signature": 10}) {
		t.Errorf("quarantine file holds (class → lines) %v, want the 10 bad signatures alone", got)
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
	if sum2.Duplicates != int64(len(evs)) || sum2.Stored != 0 || sum2.EdgeDuplicates != int64(len(evs)) {
		t.Errorf("second agent: stored %d, duplicates %d at the ledger and %d at the edge; want 0, %d and %d",
			sum2.Stored, sum2.Duplicates, sum2.EdgeDuplicates, len(evs), len(evs))
	}
	if got := quarantinedClasses(t, a2); !maps.Equal(got, map[string]int{"bad_signature": 10}) {
		t.Errorf("second agent's quarantine file holds (class → lines) %v, want the 10 bad signatures alone", got)
	}
	if n := len(l.snapshot()); n != len(evs) {
		t.Errorf("ledger holds %d records, want %d", n, len(evs))
	}
	n := float64(len(evs))
	if got := counterValue(t, a2, "rwabridge_agent_events_duplicate_total"); got != n {
		t.Errorf("second agent: events_duplicate_total %v, want %v", got, n)
	}
	if got := counterValue(t, a2, "rwabridge_agent_events_submitted_total", "status", "duplicate"); got != n {
		t.Errorf("second agent: events_submitted_total{status=duplicate} %v, want %v", got, n)
	}
	if got := counterValue(t, a2, "rwabridge_agent_events_rejected_total", "reason", "duplicate"); got != 0 {
		t.Errorf("second agent: events_rejected_total{reason=duplicate} %v, want 0", got)
	}
}

// An exact duplicate posted to the HTTP source (of an event queued, of one
// forwarded, or twice in one request) is taken: 202, listed per event as a
// duplicate, not quarantined. A conflict in the same request makes it 422,
// and only the conflict is rejected and quarantined.
func TestHTTPAnswersABatchWithDuplicates202AndNamesEachDuplicate(t *testing.T) {
	f := newFleet(t, 2, 0)
	a, srv := newHTTPTestAgent(t, f.reg, newFakeLedger())
	js := func(evs ...telemetry.SignedEvent) []byte {
		b, err := json.Marshal(evs)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	evs := f.events(2, 3) // 6 events
	if code, resp := postEvents(t, srv.URL, js(evs[:2]...)); code != http.StatusAccepted || resp.Accepted != 2 {
		t.Fatalf("first batch: status %d %+v, want 202 and 2 accepted", code, resp)
	}
	// evs[0] queued; in the request: new, queued duplicate, new, the same new again.
	code, resp := postEvents(t, srv.URL, js(evs[2], evs[0], evs[3], evs[3]))
	dupIdx := func(r EventsResponse) []int {
		var out []int
		for _, d := range r.Duplicates {
			if d.Class != "duplicate" || d.Message == "" {
				t.Errorf("duplicate %+v: want class duplicate and a message", d)
			}
			out = append(out, d.Index)
		}
		return out
	}
	if code != http.StatusAccepted || resp.Accepted != 2 || len(resp.Rejected)+len(resp.Refused) != 0 || !slices.Equal(dupIdx(resp), []int{1, 3}) {
		t.Fatalf("batch with duplicates: status %d %+v, want 202, 2 accepted, duplicates at 1 and 3, nothing rejected", code, resp)
	}
	if d := resp.Duplicates[0]; d.Cabinet != evs[0].Cabinet || d.Seq != evs[0].Seq {
		t.Errorf("duplicate names cabinet %d seq %d, want %d and %d", d.Cabinet, d.Seq, evs[0].Cabinet, evs[0].Seq)
	}
	// Forwarded: evs[0..3] are on the ledger; evs[1] again is a duplicate
	// all the same, and a conflict for evs[2]'s key is rejected.
	if _, err := a.Drain(context.Background()); err != nil {
		t.Fatal(err)
	}
	other := evs[2].Event
	other.FeeCents++
	code, resp = postEvents(t, srv.URL, js(evs[1], f.sign(other), evs[4]))
	if code != http.StatusUnprocessableEntity || resp.Accepted != 1 || !slices.Equal(dupIdx(resp), []int{0}) ||
		len(resp.Rejected) != 1 || resp.Rejected[0].Index != 1 || resp.Rejected[0].Class != "conflict" {
		t.Fatalf("batch with a duplicate and a conflict: status %d %+v, want 422, 1 accepted, the duplicate at 0, the conflict at 1 rejected", code, resp)
	}
	sum := a.Summary()
	if sum.EdgeDuplicates != 3 || sum.RejectedTotal() != 1 || sum.Rejected["conflict"] != 1 || sum.Accepted != 5 {
		t.Errorf("summary %+v (rejected %v), want 5 accepted, 3 duplicates, the conflict rejected", sum, sum.Rejected)
	}
	if got := quarantinedClasses(t, a); !maps.Equal(got, map[string]int{"conflict": 1}) {
		t.Errorf("quarantine file holds (class → lines) %v, want the conflict alone", got)
	}
	if got := counterValue(t, a, "rwabridge_agent_events_rejected_total", "reason", "conflict"); got != 1 {
		t.Errorf("events_rejected_total{reason=conflict} %v, want 1", got)
	}
	if got := counterValue(t, a, "rwabridge_agent_events_duplicate_total"); got != 3 {
		t.Errorf("events_duplicate_total %v, want 3", got)
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

// With one batch in flight the ledger gets the events in arrival order;
// with several, every event once, in batches of the configured size.
func TestStoreAndForwardDeliversEveryEventOnceWhenTheLedgerComesBack(t *testing.T) {
	for _, inFlight := range []int{1, 4} {
		t.Run(fmt.Sprintf("%d in flight", inFlight), func(t *testing.T) { storeAndForward(t, inFlight) })
	}
}

func storeAndForward(t *testing.T, inFlight int) {
	f := newFleet(t, 5, 0)
	evs := f.events(5, 40)
	cfg := testConfig(t)
	cfg.Batch.InFlight = inFlight
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
	if g, w := keysOf(got), keysOf(evs); !slices.Equal(g, w) {
		t.Fatalf("ledger holds %d events, want the %d sent, once each", len(g), len(w))
	}
	for i := range evs {
		if inFlight == 1 && got[i].Key() != evs[i].Key() {
			t.Fatalf("event %d landed as %+v, want %+v (arrival order)", i, got[i].Key(), evs[i].Key())
		}
	}
	if s := a.Summary(); s.Stored != int64(len(evs)) || s.Duplicates != 0 {
		t.Errorf("summary: stored %d, duplicates %d; want %d, 0", s.Stored, s.Duplicates, len(evs))
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

func TestMetricsNameEveryRejectionReasonAndCountDuplicatesApart(t *testing.T) {
	f := newFleet(t, 3, 3)
	lines, _, _, _ := classInputs(t, f)
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
		if c == "duplicate" {
			if strings.Contains(string(body), `rwabridge_agent_events_rejected_total{reason="duplicate"}`) {
				t.Errorf("/metrics counts duplicates as rejected")
			}
			continue
		}
		if !strings.Contains(string(body), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	if got := counterValue(t, a, "rwabridge_agent_events_duplicate_total"); got != 1 {
		t.Errorf("rwabridge_agent_events_duplicate_total %v, want 1", got)
	}
	for _, name := range []string{"rwabridge_agent_queue_events", "rwabridge_agent_queue_bytes", "rwabridge_agent_submit_seconds_bucket",
		"rwabridge_agent_events_received_total", `rwabridge_agent_events_submitted_total{status="stored"} 6`} {
		if !strings.Contains(string(body), name) {
			t.Errorf("/metrics lacks %s", name)
		}
	}
}

// counterValue sums the counter name of a's metrics over the series whose
// labels include labels (name, value pairs).
func counterValue(t testing.TB, a *Agent, name string, labels ...string) float64 {
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
	series:
		for _, m := range mf.GetMetric() {
			for i := 0; i+1 < len(labels); i += 2 {
				if !slices.ContainsFunc(m.GetLabel(), func(l *dto.LabelPair) bool { return l.GetName() == labels[i] && l.GetValue() == labels[i+1] }) {
					continue series
				}
			}
			sum += m.GetCounter().GetValue()
		}
	}
	return sum
}

func fileSize(t testing.TB, path string) int64 {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return st.Size()
}

// An exact duplicate of an event the agent holds is answered as one before
// any other check, as the ledger does: its bytes were validated when they
// were taken. Here the edge's bounds got stricter across a restart (a new
// policy) while the event was still queued: sent again, it is a duplicate,
// not out_of_range; a new event beyond the bounds is out_of_range, and a
// badly signed event for a held key a bad signature, not a conflict.
func TestAnExactDuplicateOfAHeldEventIsADuplicateBeforeAnyOtherCheck(t *testing.T) {
	f := newFleet(t, 1, 0)
	evs := f.events(1, 3)
	l := newFakeLedger()
	l.setDown(true) // the events stay queued
	cfg := testConfig(t)
	items := func(evs ...telemetry.SignedEvent) []Item {
		out := make([]Item, len(evs))
		for i, ev := range evs {
			out[i].Event = ev
		}
		return out
	}
	a := newTestAgent(t, cfg, f.reg, l)
	if out, err := a.Ingest(context.Background(), "test", items(evs...), nil); err != nil || slices.ContainsFunc(out, func(e error) bool { return e != nil }) {
		t.Fatalf("first ingest: %v %v", out, err)
	}
	a.Close()

	strict := telemetry.DefaultBounds()
	strict.MaxEnergyWh = 1000 // the events carry 1500 Wh
	b, err := New(cfg, f.reg, l, Options{Logger: testLogger(t), Now: func() time.Time { return testNow }, Bounds: &strict})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	forged := f.event(1, 4)
	forged.Event = evs[1].Event
	forged.Event.FeeCents++ // evs[1]'s key, other bytes, evs[1]'s signature
	forged.Sig = evs[1].Sig
	out, err := b.Ingest(context.Background(), "test", items(evs[0], evs[2], f.event(1, 4), forged), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"duplicate", "duplicate", "out_of_range", "bad_signature"}
	for i, w := range want {
		if got := telemetry.Class(out[i]); got != w {
			t.Errorf("item %d: %v (class %s), want class %s", i, out[i], got, w)
		}
	}
	if s := b.Summary(); s.EdgeDuplicates != 2 || s.RejectedTotal() != 2 {
		t.Errorf("summary %+v, want 2 duplicates and 2 rejected", s)
	}
}

// A queued record that no longer decodes (damaged storage) is dropped,
// counted as the ledger's rejection corrupt_queue_record and quarantined
// with its bytes; the events around it are stored.
func TestACorruptQueuedRecordIsCountedAndQuarantined(t *testing.T) {
	f := newFleet(t, 1, 0)
	evs := f.events(1, 2)
	var records [][]byte
	for _, ev := range evs {
		b, err := ev.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		records = append(records, b, []byte("not an event"))
	}
	l := newFakeLedger()
	a := newTestAgent(t, testConfig(t), f.reg, l)
	if err := a.q.Append(records, nil); err != nil {
		t.Fatal(err)
	}
	sum, err := a.Drain(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if sum.LedgerRejected[classCorruptRecord] != 2 || sum.LedgerRejectedTotal() != 2 || sum.Stored != 2 || sum.Pending != 0 {
		t.Fatalf("summary %+v (ledger rejected %v), want 2 stored and 2 corrupt records", sum, sum.LedgerRejected)
	}
	if got := quarantinedClasses(t, a); !maps.Equal(got, map[string]int{classCorruptRecord: 2}) {
		t.Errorf("quarantine file holds (class → lines) %v, want the 2 corrupt records", got)
	}
}
