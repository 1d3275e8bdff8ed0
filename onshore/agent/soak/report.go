package soak

import (
	"context"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// Report is what a soak measured and found.
type Report struct {
	Cabinets    int
	Duration    time.Duration // the sending phases
	Outage      time.Duration
	QueueBudget int64
	Phases      []Phase
	// All is the whole run: events/s over the sending phases and the
	// drain, latency of every event.
	All Phase

	Sent             int64 // events the cabinets sent
	SentHTTP         int64 // of which the agent's HTTP source accepted (202)
	SentMQTT         int64 // of which the broker acknowledged (PUBACK)
	Rejected         int64 // events the agent or the ledger rejected for good (should be 0)
	Undelivered      int64 // events a transport failed to deliver by the end of the drain
	Refusals         int64 // HTTP events refused (queue full) and sent again
	TransportErrors  int64 // failed HTTP requests and MQTT publications (retried)
	SubmitFailures   int64 // ledger submissions that failed during the outage
	DuplicateAnswers int64 // resubmissions the ledger answered "duplicate" (at-least-once delivery; stored once)
	StrayStored      int64 // events stored that no cabinet sent in this run

	OnLedger   int64 // distinct (cabinet, seq) records of the pool read back from the ledger
	Lost       int64 // accepted by a transport, not on the ledger
	Duplicated int64 // records the ledger holds more than once
	Unexpected int64 // records on the ledger no transport accepted
	Pending    int64 // sent events not on the ledger when the drain ended

	PeakQueueBytes int64 // the agent's queue at its largest (/healthz)
	QueueSamples   int64 // answers of /healthz the peak is taken from
	PeakRSS        int64 // the process's peak resident set (VmHWM): agent, ledger client or embedded ledger, load generator
	Exhausted      bool  // the simulated span ran out before the end
}

// Phase is one phase's figures.
type Phase struct {
	Name         string
	Took         time.Duration
	Sent         int64   // events the cabinets sent in the phase
	OnLedger     int64   // events the ledger stored during the phase
	EventsPerSec float64 // OnLedger / Took
	// P50 and P99 are the ingest latency (first send to stored) of the
	// events stored during the phase; 0 when none was.
	P50, P99       time.Duration
	PeakRSS        int64
	PeakQueueBytes int64
}

// OK reports whether the run kept every promise: nothing lost, duplicated,
// unexpected, rejected or left pending, and the queue within its budget.
func (r *Report) OK() bool { return len(r.Problems()) == 0 }

// Problems lists what went wrong, one line each.
func (r *Report) Problems() []string {
	var out []string
	add := func(n int64, what string) {
		if n != 0 {
			out = append(out, fmt.Sprintf("%d %s", n, what))
		}
	}
	add(r.Lost, "events lost (accepted by a transport, not on the ledger)")
	add(r.Duplicated, "records duplicated on the ledger")
	add(r.Unexpected, "records on the ledger that no transport accepted")
	add(r.Rejected, "events rejected")
	add(r.Undelivered, "events the transports could not deliver")
	add(r.Pending, "events not on the ledger when the drain ended")
	add(r.StrayStored, "events stored that no cabinet had in flight")
	if r.QueueSamples == 0 {
		out = append(out, "the agent's /healthz never answered: its queue was not measured")
	}
	if r.PeakQueueBytes > r.QueueBudget {
		out = append(out, fmt.Sprintf("the queue reached %d bytes, over its budget of %d", r.PeakQueueBytes, r.QueueBudget))
	}
	if r.Exhausted {
		out = append(out, "the simulated span ran out of events before the end: use fewer cabinets' worth of time or more cabinets")
	}
	return out
}

// String writes the report as a table and a few lines.
func (r *Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "soak: %d cabinets (odd over HTTP, even over MQTT) for %s with a %s ledger outage; queue budget %s\n",
		r.Cabinets, r.Duration, r.Outage, mib(r.QueueBudget))
	fmt.Fprintf(&b, "%-9s %8s %9s %9s %9s %9s %9s %9s %10s\n", "phase", "time", "sent", "stored", "events/s", "p50", "p99", "peak RSS", "peak queue")
	for _, p := range append(r.Phases, r.All) {
		fmt.Fprintf(&b, "%-9s %8s %9d %9d %9.0f %9s %9s %9s %10s\n", p.Name, p.Took.Round(100*time.Millisecond), p.Sent, p.OnLedger,
			p.EventsPerSec, dur(p.P50), dur(p.P99), mib(p.PeakRSS), mib(p.PeakQueueBytes))
	}
	fmt.Fprintf(&b, "sent %d (HTTP %d, MQTT %d accepted by their transport), rejected %d, undelivered %d\n",
		r.Sent, r.SentHTTP, r.SentMQTT, r.Rejected, r.Undelivered)
	fmt.Fprintf(&b, "ledger holds %d: lost %d, duplicated %d, unexpected %d, pending %d\n", r.OnLedger, r.Lost, r.Duplicated, r.Unexpected, r.Pending)
	within := "within"
	if r.PeakQueueBytes > r.QueueBudget {
		within = "OVER"
	}
	fmt.Fprintf(&b, "peak queue %s of its %s budget (%s); peak RSS %s (agent, ledger and load generator in one process)\n",
		mib(r.PeakQueueBytes), mib(r.QueueBudget), within, mib(r.PeakRSS))
	fmt.Fprintf(&b, "outage: %d ledger submissions failed; %d HTTP events refused and sent again; %d transport errors; %d duplicate answers (redelivered, stored once)\n",
		r.SubmitFailures, r.Refusals, r.TransportErrors, r.DuplicateAnswers)
	for _, p := range r.Problems() {
		fmt.Fprintf(&b, "FAILED: %s\n", p)
	}
	return b.String()
}

// mib writes a size in MiB, or KiB below one.
func mib(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%.0f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
}

func dur(d time.Duration) string {
	switch {
	case d == 0:
		return "-"
	case d < time.Second:
		return d.Round(100 * time.Microsecond).String()
	default:
		return d.Round(10 * time.Millisecond).String()
	}
}

// report reads the pool's records back from the ledger and compares them
// with what the transports accepted.
func (r *run) report(ctx context.Context, l *ledger.Client, span epochs) (*Report, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	rep := &Report{
		Cabinets: r.cfg.Cabinets, Duration: r.cfg.Duration, Outage: r.cfg.Outage, QueueBudget: r.cfg.QueueMaxBytes,
		Sent: r.dispatched.Load(), SentHTTP: r.sentHTTP.Load(), SentMQTT: r.sentMQTT.Load(),
		Rejected: r.rejected.Load() + r.ledgerRejct.Load(), Undelivered: r.undelivered.Load(), Refusals: r.refusals.Load(),
		TransportErrors: r.transportErrs.Load(), SubmitFailures: r.led.failures.Load(), DuplicateAnswers: r.dupAnswers.Load(),
		StrayStored: r.strayStored.Load(), Pending: int64(len(r.inflight)), PeakQueueBytes: r.peakQueue.Load(), QueueSamples: r.samplesOK.Load(), Exhausted: r.exhaust,
	}
	if b := r.budget.Load(); b > 0 {
		rep.QueueBudget = b
	}
	_, rep.PeakRSS = readRSS()
	var all histogram
	rep.All.Name = "all"
	for i, name := range phaseNames {
		st := r.stats[i]
		if st.took == 0 {
			continue
		}
		h := &r.lat[i]
		all.merge(h)
		p := Phase{Name: name, Took: st.took, Sent: st.sent, OnLedger: st.onLedger, P50: h.quantile(0.5), P99: h.quantile(0.99),
			PeakRSS: st.peakRSS, PeakQueueBytes: st.peakQB}
		p.EventsPerSec = float64(p.OnLedger) / p.Took.Seconds()
		rep.Phases = append(rep.Phases, p)
		rep.All.Took += p.Took
		rep.All.Sent += p.Sent
		rep.All.OnLedger += p.OnLedger
		rep.All.PeakRSS = max(rep.All.PeakRSS, p.PeakRSS)
		rep.All.PeakQueueBytes = max(rep.All.PeakQueueBytes, p.PeakQueueBytes)
	}
	rep.All.P50, rep.All.P99 = all.quantile(0.5), all.quantile(0.99)
	if rep.All.Took > 0 {
		rep.All.EventsPerSec = float64(rep.All.OnLedger) / rep.All.Took.Seconds()
	}

	// Read back: every record once, and exactly the accepted ones.
	seen := map[uint32][]uint64{}
	err := span.each(ctx, l, func(ev telemetry.SignedEvent) {
		bits := seen[ev.Cabinet]
		for uint64(len(bits))*64 <= ev.Seq {
			bits = append(bits, 0)
		}
		w, m := ev.Seq/64, uint64(1)<<(ev.Seq%64)
		switch {
		case bits[w]&m != 0:
			rep.Duplicated++
		case !has(r.accepted[ev.Cabinet], ev.Seq):
			rep.Unexpected++
			rep.OnLedger++
		default:
			rep.OnLedger++
		}
		bits[w] |= m
		seen[ev.Cabinet] = bits
	})
	if err != nil {
		return nil, fmt.Errorf("soak: reading the records back: %w", err)
	}
	for cab, bits := range r.accepted {
		for w, word := range bits {
			for bit := range 64 {
				if word&(1<<bit) != 0 && !has(seen[cab], uint64(w*64+bit)) {
					rep.Lost++
				}
			}
		}
	}
	return rep, nil
}

func has(bits []uint64, seq uint64) bool {
	return seq/64 < uint64(len(bits)) && bits[seq/64]&(1<<(seq%64)) != 0
}

// epochs are the soak pool's epochs of the simulated span, read with the
// policy whose bounds the agent applied.
type epochs struct {
	pool        telemetry.PoolID
	policy      []byte
	first, last uint64
}

// any reports whether the ledger holds a record of the span.
func (e epochs) any(ctx context.Context, l *ledger.Client) (bool, error) {
	for ep := e.first; ep <= e.last; ep++ {
		p, err := l.RecordsPage(ctx, ledger.RecordsRequest{Pool: e.pool, Epoch: ep, Policy: e.policy, Limit: 1})
		if err != nil {
			return false, fmt.Errorf("soak: records of %s epoch %d: %w", e.pool, ep, err)
		}
		if len(p.Events) > 0 {
			return true, nil
		}
	}
	return false, nil
}

// each visits every record of the span.
func (e epochs) each(ctx context.Context, l *ledger.Client, visit func(telemetry.SignedEvent)) error {
	for ep := e.first; ep <= e.last; ep++ {
		req := ledger.RecordsRequest{Pool: e.pool, Epoch: ep, Policy: e.policy, Limit: ledger.MaxPage}
		err := l.EachRecord(ctx, req, func(ev telemetry.SignedEvent) error { visit(ev); return nil })
		if err != nil {
			return fmt.Errorf("%s epoch %d: %w", e.pool, ep, err)
		}
	}
	return nil
}

// histogram counts latencies in buckets 2% wide (log scale from 1 µs), so
// its memory does not grow with the run.
type histogram struct {
	counts [1200]int64
	n      int64
}

const bucketGrowth = 1.02

func (h *histogram) add(d time.Duration) {
	us := float64(d) / float64(time.Microsecond)
	i := 0
	if us > 1 {
		i = min(int(math.Log(us)/math.Log(bucketGrowth))+1, len(h.counts)-1)
	}
	h.counts[i]++
	h.n++
}

func (h *histogram) merge(o *histogram) {
	for i, c := range o.counts {
		h.counts[i] += c
	}
	h.n += o.n
}

// quantile returns the upper edge of the bucket holding quantile q; 0 when
// empty.
func (h *histogram) quantile(q float64) time.Duration {
	if h.n == 0 {
		return 0
	}
	rank := int64(math.Ceil(q * float64(h.n)))
	var seen int64
	for i, c := range h.counts {
		seen += c
		if seen >= rank {
			return time.Duration(math.Pow(bucketGrowth, float64(i)) * float64(time.Microsecond))
		}
	}
	return 0
}
