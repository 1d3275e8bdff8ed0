package agent

import (
	"context"
	"crypto/sha256"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/rwabridge/rwabridge/onshore/agent/queue"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// Errors of the agent. A source treats an event refused with ErrQueueFull or
// ErrUnavailable as not taken: it keeps it and offers it again later (HTTP
// 503, MQTT not acknowledged, file reading paused).
var (
	// ErrQueueFull: the queue's disk budget is reached; the event was not
	// queued. Same sentinel as queue.ErrFull.
	ErrQueueFull = queue.ErrFull
	// ErrUnavailable: the agent is shutting down or its queue failed; the
	// event was not queued.
	ErrUnavailable = errors.New("agent unavailable")
	// ErrSubmitFailed: in --once mode, a batch could not be submitted within
	// the configured attempts; its events stay queued for the next run.
	ErrSubmitFailed = errors.New("batch not submitted to the ledger")
	// ErrLedgerAnswer: the ledger answered a batch with the wrong number of
	// results; the batch is retried.
	ErrLedgerAnswer = errors.New("ledger answered a batch inconsistently")
)

// Refused reports whether err (an Ingest outcome) means the event was not
// taken and must be offered again, as opposed to accepted (nil) or rejected
// for good (a telemetry class).
func Refused(err error) bool { return errors.Is(err, ErrQueueFull) || errors.Is(err, ErrUnavailable) }

// Duplicate reports whether err (an Ingest outcome) means the event is an
// exact duplicate of one the agent holds (telemetry.ErrDuplicate): it is
// not queued again, and a source acknowledges it like an accepted one. It
// is no rejection.
func Duplicate(err error) bool { return errors.Is(err, telemetry.ErrDuplicate) }

// QueueFile is the agent's queue, relative to the data directory.
const QueueFile = "agent/queue.db"

// QuarantineFile is where, in the data directory, the agent keeps the
// events it rejected (Config.Quarantine's default).
const QuarantineFile = "agent/quarantine.jsonl"

// Mark key prefix in the queue: the read offset per file source. (Queues
// written before out-of-order events were accepted also hold "seq/" marks,
// the highest sequence number per cabinet; they are no longer read.)
const markFile = "file/"

// Item is one event as a source read it: the decoded event, or the error
// that kept it from decoding (then it is rejected with that error's class).
type Item struct {
	Event telemetry.SignedEvent
	Err   error
	// Raw is the item as the source read it and Pos where (a file and line,
	// an HTTP body's line, an MQTT topic): what the quarantine file keeps
	// of a rejected item.
	Raw []byte
	Pos string
}

// Options are the agent's collaborators.
type Options struct {
	Logger *slog.Logger
	// Metrics is where the agent registers its metrics; nil: a registry of
	// its own (with Go and process collectors), served on /metrics.
	Metrics *prometheus.Registry
	// Now is the clock of the clock-skew check; nil: time.Now.
	Now func() time.Time
	// Bounds are the record bounds checked at the edge; nil:
	// telemetry.DefaultBounds.
	Bounds *telemetry.Bounds
}

// Agent validates events from its sources, queues them durably and forwards
// them to the ledger. See the package documentation.
type Agent struct {
	cfg     Config
	log     *slog.Logger
	reg     *telemetry.Registry
	ledger  Ledger
	q       *queue.Queue
	metrics *metrics
	prom    *prometheus.Registry
	val     *telemetry.Validator

	// taken is what the edge compares events with: it drops an exact
	// duplicate of a queued or recently forwarded event and refuses other
	// bytes for its key as a conflict. The ledger compares with all it holds.
	taken *takenIndex

	subs     chan *submission // unbuffered: a submission is either taken by the ingester or refused
	stop     chan struct{}
	stopOnce sync.Once
	stopped  chan struct{}
	closing  atomic.Bool
	ready    chan struct{}
	addr     atomic.Value // string

	mqttSubscribed atomic.Bool // the MQTT subscription was acknowledged
	quarantine     *quarantine
	mqttConnected  atomic.Bool
	mqttDownSince  atomic.Int64                // unix nanoseconds since the broker is unreachable, while not connected
	mqttFailure    atomic.Pointer[connFailure] // the last failed attempt while not connected

	// Transport security, loaded by New from the files the config names.
	mqttTLS      *tls.Config // mqtts:// brokers
	mqttPassword string
	httpTLS      *tls.Config // sources.http_tls

	sum summary

	// Test hooks.
	hooks struct {
		// skipAck, when it returns true for an MQTT message, leaves it
		// unacknowledged (as if the agent died before acknowledging).
		skipAck func(payload []byte) bool
	}
}

// New opens the agent's queue in cfg.DataDir and starts its ingester. The
// caller runs it with Run or Drain and closes it with Close.
func New(cfg Config, reg *telemetry.Registry, l Ledger, opts Options) (*Agent, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if reg == nil || l == nil {
		return nil, fmt.Errorf("agent: a device registry and a ledger are required")
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	sec, err := loadTransportSecurity(cfg, log)
	if err != nil {
		return nil, err
	}
	prom := opts.Metrics
	if prom == nil {
		prom = prometheus.NewRegistry()
		prom.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	}
	q, err := queue.Open(filepath.Join(cfg.DataDir, QueueFile), cfg.Queue.MaxBytes)
	if err != nil {
		return nil, fmt.Errorf("agent: %w", err)
	}
	m, err := newMetrics(prom, q)
	if err != nil {
		q.Close()
		return nil, fmt.Errorf("agent metrics: %w", err)
	}
	val := telemetry.NewValidator(reg)
	val.MaxSkew = cfg.MaxClockSkew
	val.Now = opts.Now
	if opts.Bounds != nil {
		val.Bounds = *opts.Bounds
	}
	qpath := cfg.Quarantine
	switch qpath {
	case "":
		qpath = filepath.Join(cfg.DataDir, QuarantineFile)
	case QuarantineOff:
		qpath = ""
	}
	a := &Agent{
		cfg: cfg, log: log, reg: reg, ledger: l, q: q, metrics: m, prom: prom, val: val,
		taken: newTakenIndex(recentForwarded), subs: make(chan *submission),
		stop: make(chan struct{}), stopped: make(chan struct{}), ready: make(chan struct{}),
		quarantine: &quarantine{path: qpath, now: time.Now},
		mqttTLS:    sec.mqttTLS, mqttPassword: sec.mqttPassword, httpTLS: sec.httpTLS,
	}
	a.sum.init()
	if err := a.indexQueue(); err != nil {
		q.Close()
		return nil, fmt.Errorf("agent: %w", err)
	}
	go a.ingester()
	log.Info("agent queue open", "path", filepath.Join(cfg.DataDir, QueueFile), "events", q.Len(),
		"bytes", q.Bytes(), "budget", q.Budget())
	return a, nil
}

// indexQueue records the digest of every queued event (New: the queue
// survives restarts, and so must what the edge compares with). A record that
// does not decode is left to submit, which drops it.
func (a *Agent) indexQueue() error {
	items, err := a.q.Peek(a.q.Len())
	if err != nil {
		return err
	}
	for _, it := range items {
		var ev telemetry.SignedEvent
		if ev.UnmarshalBinary(it.Data) != nil {
			continue
		}
		a.taken.queued[ev.Key()] = sha256.Sum256(it.Data)
	}
	return nil
}

// Close stops the ingester and closes the queue. Queued events stay on disk.
func (a *Agent) Close() error {
	a.closing.Store(true)
	a.stopOnce.Do(func() { close(a.stop) })
	<-a.stopped
	return errors.Join(a.quarantine.close(), a.q.Close())
}

// QueueLen returns the number of queued events.
func (a *Agent) QueueLen() int { return a.q.Len() }

// Gatherer returns the registry the agent's metrics are in.
func (a *Agent) Gatherer() prometheus.Gatherer { return a.prom }

// Summary returns the counts since New.
func (a *Agent) Summary() Summary { return a.sum.snapshot(a.q.Len()) }

// submission is one Ingest call waiting for the ingester.
type submission struct {
	source string
	items  []Item
	marks  map[string][]byte
	out    []error
	err    error // the group's append failed: marks were not written
	done   chan struct{}
}

// Ingest validates items, in order, and durably queues the valid ones
// together with marks (checkpoints of the source, written only when no item
// was refused). It returns one outcome per item: nil when the event is
// durable in the queue; telemetry.ErrDuplicate (Duplicate is true) when it
// is an exact duplicate of an event the agent holds (queued, recently
// forwarded, or earlier in the same group): not queued again, counted as a
// duplicate, never quarantined, and to be acknowledged like an accepted
// one; an error wrapping another telemetry class when it is rejected for
// good (quarantined); or one for which Refused is true when it was not
// taken. Items are taken in any order of sequence numbers. Once an item is
// refused, every later item of the call is refused too, so that a source
// offering them again resumes where it stopped. The error is non-nil when
// the marks were not written.
func (a *Agent) Ingest(ctx context.Context, source string, items []Item, marks map[string][]byte) ([]error, error) {
	s := &submission{source: source, items: items, marks: marks, out: make([]error, len(items)), done: make(chan struct{})}
	refuseAll := func(err error) ([]error, error) {
		for i := range s.out {
			s.out[i] = err
		}
		return s.out, err
	}
	if a.closing.Load() {
		return refuseAll(fmt.Errorf("%w: shutting down", ErrUnavailable))
	}
	select {
	case a.subs <- s:
	case <-a.stop:
		return refuseAll(fmt.Errorf("%w: shutting down", ErrUnavailable))
	case <-ctx.Done():
		return refuseAll(fmt.Errorf("%w: %w", ErrUnavailable, ctx.Err()))
	}
	<-s.done // the ingester always answers a submission it took
	return s.out, s.err
}

// maxGroup bounds how many items one queue transaction takes.
const maxGroup = 8192

// ingester is the single writer of the queue: it takes submissions as they
// come, validates them in arrival order and commits each group in one
// fsynced transaction (group commit).
func (a *Agent) ingester() {
	defer close(a.stopped)
	for {
		var group []*submission
		select {
		case s := <-a.subs:
			group = append(group, s)
		case <-a.stop:
			a.drainSubs()
			return
		}
		n := len(group[0].items)
	more:
		for n < maxGroup {
			select {
			case s := <-a.subs:
				group = append(group, s)
				n += len(s.items)
			default:
				break more
			}
		}
		a.commit(group)
	}
}

// drainSubs refuses the submissions left when the ingester stops.
func (a *Agent) drainSubs() {
	for {
		select {
		case s := <-a.subs:
			for i := range s.out {
				s.out[i] = fmt.Errorf("%w: shutting down", ErrUnavailable)
			}
			s.err = ErrUnavailable
			close(s.done)
		default:
			return
		}
	}
}

func (a *Agent) commit(group []*submission) {
	// Every event of the group is validated on its own at once, its
	// signature in one ed25519 batch (telemetry.Validator.CheckAll); the
	// loop below then compares each with what the agent holds, in order.
	var evs []telemetry.SignedEvent
	for _, s := range group {
		for _, it := range s.items {
			if it.Err == nil {
				evs = append(evs, it.Event)
			}
		}
	}
	valid := a.val.CheckAll(evs)
	tentative := map[telemetry.Key][32]byte{}
	var records [][]byte
	marks := map[string][]byte{}
	free := a.q.Free()
	full := false
	refused := make([]bool, len(group))
	for gi, s := range group {
		for i, it := range s.items {
			var invalid error // valid's verdict on it
			if it.Err == nil {
				invalid, valid = valid[0], valid[1:]
			}
			if full {
				s.out[i] = fmt.Errorf("%w: %d bytes free", ErrQueueFull, free)
				refused[gi] = true
				continue
			}
			if it.Err != nil {
				s.out[i] = it.Err
				continue
			}
			ev := &it.Event
			data, err := a.check(ev, invalid, tentative)
			if err != nil {
				s.out[i] = err
				continue
			}
			size := queue.Size(len(data))
			if size > free {
				full = true
				s.out[i] = fmt.Errorf("%w: event needs %d bytes, %d free", ErrQueueFull, size, free)
				refused[gi] = true
				continue
			}
			free -= size
			records = append(records, data)
			tentative[ev.Key()] = sha256.Sum256(data)
			s.out[i] = nil
		}
		if !refused[gi] {
			maps.Copy(marks, s.marks)
		}
	}
	// Held across the append, so that a batch submitted and removed at
	// once can not be forgotten before it is recorded.
	a.taken.mu.Lock()
	err := a.q.Append(records, marks)
	if err == nil {
		a.taken.queue(tentative)
	}
	a.taken.mu.Unlock()
	if err != nil {
		a.log.Error("queue append failed", "events", len(records), "err", err)
		cause := fmt.Errorf("%w: %w", ErrUnavailable, err)
		if errors.Is(err, queue.ErrFull) {
			cause = err
		}
		for _, s := range group {
			for i := range s.out {
				if s.out[i] == nil {
					s.out[i] = cause
				}
			}
			s.err = cause
		}
	}
	for gi, s := range group {
		if err == nil && refused[gi] {
			s.err = ErrQueueFull
		}
		a.account(s)
		close(s.done)
	}
}

// check validates ev at the edge and returns the canonical encoding to
// queue. An exact duplicate of an event the agent holds (queued, recently
// forwarded, or taken earlier in the same group) is telemetry.ErrDuplicate
// before any other check, as on the ledger: its bytes were validated when
// they were taken. Otherwise invalid, ev's verdict on its own
// (telemetry.Validator.CheckAll: model, device, signature, bounds and clock
// skew), is its error, then other bytes for a held (cabinet, seq) are
// telemetry.ErrConflict.
// Its sequence number is not compared with any other: late and
// out-of-order events are taken.
func (a *Agent) check(ev *telemetry.SignedEvent, invalid error, tentative map[telemetry.Key][32]byte) ([]byte, error) {
	data, merr := ev.MarshalBinary()
	var held error // the comparison with what the agent holds
	if merr == nil {
		sum := sha256.Sum256(data)
		if held = telemetry.CompareTaken(ev, sum, tentative); held == nil {
			held = a.taken.compare(ev, sum)
		}
		if Duplicate(held) {
			return nil, held
		}
	}
	if invalid != nil {
		return nil, invalid
	}
	if merr != nil {
		return nil, fmt.Errorf("%w: %w", telemetry.ErrMalformed, merr)
	}
	if held != nil {
		return nil, held
	}
	return data, nil
}

// account counts a submission's outcomes.
func (a *Agent) account(s *submission) {
	overflow := 0
	for i, err := range s.out {
		switch {
		case err == nil:
			a.metrics.Accepted.Inc()
			a.sum.accepted.Add(1)
		case errors.Is(err, ErrQueueFull):
			overflow++
		case Refused(err):
		case Duplicate(err):
			a.metrics.Duplicates.Inc()
			a.sum.edgeDuplicates.Add(1)
			ev := &s.items[i].Event
			a.log.Debug("exact duplicate acknowledged, not queued again", "source", s.source, "cabinet", ev.Cabinet, "seq", ev.Seq)
		default:
			class := telemetry.Class(err)
			a.metrics.Rejected.WithLabelValues(class).Inc()
			a.sum.reject(class)
			ev := &s.items[i].Event
			a.log.Debug("event rejected", "source", s.source, "class", class, "cabinet", ev.Cabinet, "seq", ev.Seq, "err", err)
			a.quarantine.add(s.source, &s.items[i], class, err)
		}
	}
	a.syncQuarantine()
	if overflow > 0 {
		a.metrics.Overflow.Add(float64(overflow))
		a.sum.overflow.Add(int64(overflow))
		a.log.Warn("queue full: events refused, the source keeps them", "source", s.source, "refused", overflow,
			"queue_bytes", a.q.Bytes(), "budget", a.q.Budget())
	}
}

// syncQuarantine makes the quarantine lines written so far durable; a
// failure is logged (the events' fate is decided and counted all the same).
func (a *Agent) syncQuarantine() {
	if err := a.quarantine.sync(); err != nil {
		a.log.Error("quarantine file", "path", a.quarantine.path, "err", err)
	}
}

// classCorruptRecord is the class of a queued record that no longer
// decodes (the queue's storage was damaged): dropped and quarantined.
const classCorruptRecord = "corrupt_queue_record"

// received counts events read from a source.
func (a *Agent) received(source string, n int) {
	a.metrics.Received.WithLabelValues(source).Add(float64(n))
	a.sum.read.Add(int64(n))
}

// forward submits queued events to the ledger in queue order until ctx is
// done, with up to Batch.InFlight batches in flight at once: each is taken
// from the queue behind those in flight, submitted on its own goroutine and
// removed from the queue once the ledger answered for every event of it, in
// whatever order the answers come. A batch stays queued until then, so a
// crash anywhere loses nothing: the next start submits it again and the
// ledger answers "duplicate" for what it stored. With flush set (a closed
// channel), partial batches go at once and forward returns when the queue
// is empty; attempts then bound retries. The first batch that fails for
// good stops forward from taking more; it waits for those in flight and
// returns that failure.
func (a *Agent) forward(ctx context.Context, flush <-chan struct{}, attempts int) error {
	size, slots := a.cfg.Batch.Size, a.cfg.Batch.InFlight
	type answered struct {
		items int
		err   error
	}
	var (
		deadline time.Time
		after    uint64 // the last queue id taken into a batch
		inflight int    // batches
		taken    int    // their items, still in the queue
		failed   error
		done     = make(chan answered, slots)
	)
	reap := func(d answered) {
		inflight--
		taken -= d.items
		if d.err != nil && failed == nil {
			failed = d.err
		}
	}
	// stop waits for every batch in flight and returns failed (nil when ctx
	// is done: the batches stay queued).
	stop := func() error {
		for inflight > 0 {
			reap(<-done)
		}
		if ctx.Err() != nil {
			return nil
		}
		return failed
	}
	for {
		if failed != nil || ctx.Err() != nil {
			return stop()
		}
		flushing := isClosed(flush)
		wake := flush // a flush not yet seen; nil once it is (a closed channel is always ready)
		if flushing {
			wake = nil
		}
		added := a.q.Added()
		n := a.q.Len() - taken // not yet in a batch (an answered batch's items may count here until it is reaped)
		if n <= 0 || inflight == slots {
			if n <= 0 {
				deadline = time.Time{}
				if flushing && inflight == 0 {
					return nil
				}
			}
			if inflight == slots {
				added = nil
			}
			select {
			case d := <-done:
				reap(d)
			case <-added:
			case <-wake:
			case <-ctx.Done():
			}
			continue
		}
		if n < size && !flushing {
			now := time.Now()
			if deadline.IsZero() {
				deadline = now.Add(a.cfg.Batch.MaxWait)
			}
			if now.Before(deadline) {
				t := time.NewTimer(deadline.Sub(now))
				select {
				case d := <-done:
					reap(d)
				case <-added:
				case <-wake:
				case <-t.C:
				case <-ctx.Done():
				}
				t.Stop()
				continue
			}
		}
		deadline = time.Time{}
		if inflight == 0 {
			after = 0 // nothing is taken: from the head (a failed batch's events included)
		}
		items, err := a.q.PeekAfter(after, size)
		if err != nil {
			failed = err
			continue
		}
		if len(items) == 0 {
			if inflight == 0 {
				return stop() // the queue is empty after all
			}
			// Everything queued is in a batch already (the count ran ahead
			// of a batch's removal): wait for an answer.
			reap(<-done)
			continue
		}
		after = items[len(items)-1].ID
		inflight++
		taken += len(items)
		go func() { done <- answered{len(items), a.submit(ctx, items, attempts)} }()
	}
}

func isClosed(c <-chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

// submit sends one batch until the ledger answers for every event, then
// removes the batch from the queue. attempts 0 retries forever.
func (a *Agent) submit(ctx context.Context, items []queue.Item, attempts int) error {
	events := make([]telemetry.SignedEvent, 0, len(items))
	ids := make([]uint64, 0, len(items))
	var corrupt []uint64
	for _, it := range items {
		var ev telemetry.SignedEvent
		if err := ev.UnmarshalBinary(it.Data); err != nil {
			a.log.Error("queued record does not decode; dropping it", "id", it.ID, "err", err)
			corrupt = append(corrupt, it.ID)
			a.quarantine.add("queue", &Item{Err: err, Raw: it.Data, Pos: fmt.Sprintf("record %d", it.ID)}, classCorruptRecord, err)
			continue
		}
		events = append(events, ev)
		ids = append(ids, it.ID)
	}
	if len(corrupt) > 0 {
		a.sum.ledgerReject(classCorruptRecord, int64(len(corrupt)))
		a.syncQuarantine()
		if err := a.q.Remove(corrupt); err != nil {
			return err
		}
	}
	if len(events) == 0 {
		return nil
	}
	var results []result
	tries := 0
	err := a.cfg.Retry.Policy(attempts).Retry(ctx, func(attempt int) error {
		tries = attempt
		start := time.Now()
		res, err := a.ledger.SubmitBatch(ctx, events)
		a.metrics.SubmitLatency.Observe(time.Since(start).Seconds())
		if err == nil {
			results, err = resultsOf(res, events)
		}
		if err == nil {
			a.metrics.LedgerUnreachable.Set(0)
			return nil
		}
		if ctx.Err() == nil {
			a.metrics.SubmitFailures.Inc()
			a.metrics.LedgerUnreachable.Set(1)
		}
		return err
	}, nil, func(attempt int, err error, wait time.Duration) {
		a.metrics.SubmitRetries.Inc()
		a.log.Warn("ledger submission failed; events stay queued", "events", len(events), "attempt", attempt,
			"retry_in", wait, "queued", a.q.Len(), "err", err)
	})
	switch {
	case ctx.Err() != nil:
		return ctx.Err()
	case err != nil:
		return fmt.Errorf("%w: %d events after %d attempts: %w", ErrSubmitFailed, len(events), tries, err)
	}
	for i, r := range results {
		a.metrics.Submitted.WithLabelValues(r.Status).Inc()
		switch r.Status {
		case StatusStored:
			a.sum.stored.Add(1)
		case StatusDuplicate:
			a.sum.duplicates.Add(1)
		default:
			a.metrics.LedgerRejected.WithLabelValues(r.Class).Inc()
			a.sum.ledgerReject(r.Class, 1)
			a.log.Warn("ledger rejected an event", "class", r.Class, "pool", events[i].Pool,
				"cabinet", events[i].Cabinet, "seq", events[i].Seq, "err", r.Message)
			it := Item{Event: events[i]}
			if raw, err := events[i].MarshalJSON(); err == nil {
				it.Raw = raw
			}
			a.quarantine.add("ledger", &it, r.Class, errors.New(r.Message))
		}
	}
	a.syncQuarantine()
	if err := a.q.Remove(ids); err != nil {
		return err
	}
	keys, held := make([]telemetry.Key, len(events)), make([]bool, len(events))
	for i, r := range results {
		keys[i], held[i] = events[i].Key(), r.Status == StatusStored || r.Status == StatusDuplicate
	}
	a.taken.forwarded(keys, held)
	return nil
}

// Handler returns the agent's HTTP handler: /metrics, /healthz and, when the
// HTTP source is enabled, POST /v1/events.
func (a *Agent) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttpHandler(a.prom))
	mux.HandleFunc("GET /healthz", a.serveHealth)
	if a.cfg.Sources.HTTP {
		mux.HandleFunc("POST /v1/events", a.serveEvents)
	}
	return mux
}

// Summary counts what an agent did since it started. An exact duplicate
// is counted as one (EdgeDuplicates, Duplicates), never as rejected.
type Summary struct {
	Read           int64            // events read from sources (valid or not)
	Accepted       int64            // validated and durably queued
	EdgeDuplicates int64            // exact duplicates of events the agent held: acknowledged, not queued again
	Rejected       map[string]int64 // rejected at the edge, by telemetry class
	Overflow       int64            // refusals because the queue was full (offered again later)
	Stored         int64            // the ledger stored them
	Duplicates     int64            // the ledger already had them (exact duplicates)
	LedgerRejected map[string]int64 // the ledger rejected them, by class
	Pending        int              // still queued (not yet submitted)
}

type summary struct {
	read, accepted, edgeDuplicates, overflow, stored, duplicates atomic.Int64
	mu                                                           sync.Mutex
	rejected, ledgerRejected                                     map[string]int64
}

func (s *summary) init() { s.rejected, s.ledgerRejected = map[string]int64{}, map[string]int64{} }

func (s *summary) reject(class string) {
	s.mu.Lock()
	s.rejected[class]++
	s.mu.Unlock()
}

func (s *summary) ledgerReject(class string, n int64) {
	s.mu.Lock()
	s.ledgerRejected[class] += n
	s.mu.Unlock()
}

func (s *summary) snapshot(pending int) Summary {
	s.mu.Lock()
	defer s.mu.Unlock()
	return Summary{
		Read: s.read.Load(), Accepted: s.accepted.Load(), EdgeDuplicates: s.edgeDuplicates.Load(), Rejected: maps.Clone(s.rejected), Overflow: s.overflow.Load(),
		Stored: s.stored.Load(), Duplicates: s.duplicates.Load(), LedgerRejected: maps.Clone(s.ledgerRejected), Pending: pending,
	}
}

// RejectedTotal returns the number of events rejected at the edge
// (duplicates are not rejections).
func (s Summary) RejectedTotal() int64 { return total(s.Rejected) }

// LedgerRejectedTotal returns the number of events the ledger rejected
// (an exact duplicate it answers "already had" is not one).
func (s Summary) LedgerRejectedTotal() int64 { return total(s.LedgerRejected) }

func total(m map[string]int64) int64 {
	var n int64
	for _, v := range m {
		n += v
	}
	return n
}

// String writes the summary as a few lines of text, classes in a fixed order.
func (s Summary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "read %d, accepted %d, duplicates %d, rejected %d, overflow %d\n", s.Read, s.Accepted, s.EdgeDuplicates, s.RejectedTotal(), s.Overflow)
	for _, c := range sortedKeys(s.Rejected) {
		fmt.Fprintf(&b, "  rejected %-15s %d\n", c, s.Rejected[c])
	}
	fmt.Fprintf(&b, "ledger: stored %d, duplicates %d, rejected %d; still queued %d\n", s.Stored, s.Duplicates, s.LedgerRejectedTotal(), s.Pending)
	for _, c := range sortedKeys(s.LedgerRejected) {
		fmt.Fprintf(&b, "  ledger rejected %-15s %d\n", c, s.LedgerRejected[c])
	}
	return b.String()
}

func sortedKeys(m map[string]int64) []string {
	keys := slices.Collect(maps.Keys(m))
	slices.Sort(keys)
	return keys
}
