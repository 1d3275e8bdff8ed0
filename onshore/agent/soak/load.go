package soak

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"

	"github.com/rwabridge/rwabridge/onshore/agent"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// Sender tuning: events a worker may hold, events per HTTP request, MQTT
// publications awaiting their acknowledgement per client.
const (
	senderBuffer = 4096
	httpBatch    = 32
	mqttWindow   = 64
	retryPause   = 250 * time.Millisecond
)

// pending is one event a cabinet sends, as its JSON line.
type pending struct {
	cabinet uint32
	seq     uint64
	key     telemetry.Key
	raw     []byte
}

// senders carry the cabinets' events: odd cabinets over HTTP workers, even
// ones over MQTT clients, each cabinet always over the same one.
type senders struct {
	http, mqtt []chan pending
	clients    []mqtt.Client
	wg         sync.WaitGroup
}

func (r *run) startSenders(ctx context.Context, url, broker string) (*senders, error) {
	s := &senders{}
	hc := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: r.cfg.HTTPWorkers}}
	for range r.cfg.HTTPWorkers {
		ch := make(chan pending, senderBuffer)
		s.http = append(s.http, ch)
		s.wg.Add(1)
		go func() { defer s.wg.Done(); r.postAll(ctx, hc, url, ch) }()
	}
	for i := range r.cfg.MQTTClients {
		c := mqtt.NewClient(mqtt.NewClientOptions().AddBroker(broker).SetClientID(fmt.Sprintf("rwabridge-soak-cabinets-%d", i)).
			SetCleanSession(true).SetAutoReconnect(true).SetMaxReconnectInterval(time.Second))
		if tok := c.Connect(); !tok.WaitTimeout(10*time.Second) || tok.Error() != nil {
			s.close()
			return nil, fmt.Errorf("soak: cabinets connecting to %s: %v", broker, tokenErr(tok))
		}
		s.clients = append(s.clients, c)
		ch := make(chan pending, senderBuffer)
		s.mqtt = append(s.mqtt, ch)
		s.wg.Add(1)
		go func() { defer s.wg.Done(); r.publishAll(c, ch) }()
	}
	return s, nil
}

func (s *senders) route(p *pending) chan pending {
	i := int(p.cabinet / 2)
	if p.cabinet%2 == 1 {
		return s.http[i%len(s.http)]
	}
	return s.mqtt[i%len(s.mqtt)]
}

// close ends the input of every sender; they deliver what they hold.
func (s *senders) close() {
	for _, ch := range s.http {
		close(ch)
	}
	for _, ch := range s.mqtt {
		close(ch)
	}
}

func (s *senders) disconnect() {
	for _, c := range s.clients {
		c.Disconnect(250)
	}
}

// postAll POSTs a worker's events in requests of up to httpBatch.
func (r *run) postAll(ctx context.Context, hc *http.Client, url string, in <-chan pending) {
	for p := range in {
		batch := []pending{p}
	more:
		for len(batch) < httpBatch {
			select {
			case q, ok := <-in:
				if !ok {
					break more
				}
				batch = append(batch, q)
			default:
				break more
			}
		}
		r.post(ctx, hc, url, batch)
	}
}

// post delivers one batch: events refused (the queue is full) are sent
// again, in order, until the agent takes them; a duplicate (listed in the
// answer's Duplicates) means the agent already has the event: taken.
func (r *run) post(ctx context.Context, hc *http.Client, url string, batch []pending) {
	var body bytes.Buffer
	for len(batch) > 0 {
		if ctx.Err() != nil {
			r.undeliverable(batch...)
			return
		}
		body.Reset()
		body.WriteByte('[')
		for i, p := range batch {
			if i > 0 {
				body.WriteByte(',')
			}
			body.Write(p.raw)
		}
		body.WriteByte(']')
		resp, err := hc.Post(url, "application/json", &body)
		if err != nil {
			r.transportErrs.Add(1)
			pause(ctx, retryPause)
			continue
		}
		var er agent.EventsResponse
		derr := json.NewDecoder(resp.Body).Decode(&er)
		resp.Body.Close()
		switch {
		case derr != nil:
			r.transportErrs.Add(1)
			pause(ctx, retryPause)
			continue
		case resp.StatusCode != http.StatusAccepted && resp.StatusCode != http.StatusUnprocessableEntity && resp.StatusCode != http.StatusServiceUnavailable:
			r.reject(batch...) // the agent can not read what the soak sent
			return
		}
		refusedFrom := len(batch) // refusals are a suffix of the request
		for _, e := range er.Refused {
			refusedFrom = min(refusedFrom, e.Index)
		}
		bad := map[int]bool{}
		for _, e := range er.Rejected {
			bad[e.Index] = true
		}
		for i := range batch[:refusedFrom] {
			if bad[i] {
				r.reject(batch[i])
			} else {
				r.accept(&batch[i], &r.sentHTTP)
			}
		}
		if refusedFrom == len(batch) {
			return
		}
		r.refusals.Add(int64(len(batch) - refusedFrom))
		batch = batch[refusedFrom:]
		pause(ctx, retryPause)
	}
}

// publishAll publishes a client's events with QoS 1, keeping up to
// mqttWindow awaiting the broker's acknowledgement.
func (r *run) publishAll(c mqtt.Client, in <-chan pending) {
	type out struct {
		tok mqtt.Token
		p   pending
	}
	var window []out
	wait := func(o out) {
		if !o.tok.WaitTimeout(time.Minute) || o.tok.Error() != nil {
			r.transportErrs.Add(1)
			r.undeliverable(o.p)
			return
		}
		r.accept(&o.p, &r.sentMQTT)
	}
	for p := range in {
		window = append(window, out{c.Publish(fmt.Sprintf("cabinets/%d/events", p.cabinet), 1, false, p.raw), p})
		if len(window) >= mqttWindow {
			wait(window[0])
			window = window[1:]
		}
	}
	for _, o := range window {
		wait(o)
	}
}

// accept records that a transport took an event (HTTP 202, MQTT PUBACK).
func (r *run) accept(p *pending, counter *atomic.Int64) {
	counter.Add(1)
	r.mu.Lock()
	bits := r.accepted[p.cabinet]
	for uint64(len(bits))*64 <= p.seq {
		bits = append(bits, 0)
	}
	bits[p.seq/64] |= 1 << (p.seq % 64)
	r.accepted[p.cabinet] = bits
	r.mu.Unlock()
}

// reject records events the agent rejected for good.
func (r *run) reject(ps ...pending) {
	r.rejected.Add(int64(len(ps)))
	r.forget(ps)
}

// undeliverable records events a transport failed to deliver.
func (r *run) undeliverable(ps ...pending) {
	r.undelivered.Add(int64(len(ps)))
	r.forget(ps)
}

// forget takes events that will never land out of flight.
func (r *run) forget(ps []pending) {
	r.mu.Lock()
	for _, p := range ps {
		if _, ok := r.inflight[p.key]; ok {
			delete(r.inflight, p.key)
			r.dead.Add(1)
		}
	}
	r.mu.Unlock()
}

func pause(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
	}
}

// next reads the fleet's next event.
func (r *run) next() (pending, error) {
	ev, raw, err := r.feed.Next()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return pending{}, err
		}
		return pending{}, fmt.Errorf("soak: the simulator's events: %w", err)
	}
	return pending{cabinet: ev.Cabinet, seq: ev.Seq, key: ev.Key(), raw: bytes.Clone(raw)}, nil
}

// phases runs steady, outage, recovery and drain, dispatching the fleet's
// events to the senders.
func (r *run) phases(ctx context.Context, s *senders) error {
	defer s.disconnect()
	outage := r.cfg.Outage
	plan := [...]struct {
		d    time.Duration
		down bool
	}{{r.cfg.Duration - 2*outage, false}, {outage, true}, {outage, false}}
	// The first event, before any clock starts: the simulator takes a
	// moment to start.
	first, err := r.next()
	if err != nil {
		return err
	}
	held := &first
	r.began.Store(time.Now().UnixNano())
	rate := 1.0
	for i, ph := range plan {
		if ph.d <= 0 {
			continue
		}
		r.phase.Store(int32(i))
		r.led.down.Store(ph.down)
		start := time.Now()
		landed0, sent0 := r.onLedger.Load(), r.dispatched.Load()
		timer := time.NewTimer(ph.d)
		n := 0
	loop:
		for {
			if held == nil {
				p, err := r.next()
				if errors.Is(err, io.EOF) {
					r.mu.Lock()
					r.exhaust = true
					r.mu.Unlock()
					select {
					case <-timer.C:
					case <-ctx.Done():
						return ctx.Err()
					}
					break loop
				}
				if err != nil {
					return err
				}
				held = &p
			}
			if i == 0 { // closed loop: at most Window in flight
				for r.dispatched.Load()-r.onLedger.Load()-r.dead.Load() >= int64(r.cfg.Window) {
					select {
					case <-r.landedCh:
					case <-timer.C:
						break loop
					case <-ctx.Done():
						return ctx.Err()
					}
				}
			} else if d := time.Until(start.Add(time.Duration(float64(n) / rate * float64(time.Second)))); d > 0 {
				t := time.NewTimer(d)
				select {
				case <-t.C:
				case <-timer.C:
					t.Stop()
					break loop
				case <-ctx.Done():
					t.Stop()
					return ctx.Err()
				}
			}
			r.mu.Lock()
			r.inflight[held.key] = time.Now()
			r.mu.Unlock()
			select {
			case s.route(held) <- *held:
				held = nil
				n++
				r.dispatched.Add(1)
			case <-timer.C:
				r.mu.Lock()
				delete(r.inflight, held.key)
				r.mu.Unlock()
				break loop
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		timer.Stop()
		took := time.Since(start)
		landed := r.onLedger.Load() - landed0
		r.mu.Lock()
		r.stats[i].took, r.stats[i].sent, r.stats[i].onLedger = took, r.dispatched.Load()-sent0, landed
		r.mu.Unlock()
		if i == 0 {
			rate = max(float64(landed)/took.Seconds()/2, 1)
		}
	}

	// Drain: no more events; deliver what the senders hold and wait for
	// the ledger to hold every one.
	const drain = len(phaseNames) - 1
	r.phase.Store(int32(drain))
	r.led.down.Store(false)
	start := time.Now()
	landed0 := r.onLedger.Load()
	deadline := start.Add(r.cfg.DrainTimeout)
	sendCtx, cancel := context.WithDeadline(ctx, deadline)
	defer cancel()
	s.close()
	delivered := make(chan struct{})
	go func() { s.wg.Wait(); close(delivered) }()
	select {
	case <-delivered:
	case <-sendCtx.Done():
	}
	for r.inFlight() > 0 && time.Now().Before(deadline) && ctx.Err() == nil {
		select {
		case <-r.landedCh:
		case <-time.After(100 * time.Millisecond):
		}
	}
	r.mu.Lock()
	r.stats[drain].took, r.stats[drain].onLedger = time.Since(start), r.onLedger.Load()-landed0
	r.mu.Unlock()
	return ctx.Err()
}

func (r *run) inFlight() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.inflight)
}

// health is the part of the agent's /healthz the soak samples.
type health struct {
	QueueBytes  int64 `json:"queue_bytes"`
	QueueBudget int64 `json:"queue_budget"`
}

// sample reads the agent's queue from /healthz and the process's RSS four
// times a second until stopped, and reports progress.
func (r *run) sample(progress func(Progress)) (stop func()) {
	done, finished := make(chan struct{}), make(chan struct{})
	hc := &http.Client{Timeout: 2 * time.Second}
	total := r.cfg.Duration
	go func() {
		defer close(finished)
		t := time.NewTicker(250 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
			}
			var h health
			if resp, err := hc.Get(r.health); err == nil {
				if json.NewDecoder(resp.Body).Decode(&h) == nil {
					r.samplesOK.Add(1)
				}
				resp.Body.Close()
			}
			rss, _ := readRSS()
			i := r.phase.Load()
			r.mu.Lock()
			st := &r.stats[i]
			st.peakRSS, st.peakQB = max(st.peakRSS, rss), max(st.peakQB, h.QueueBytes)
			r.mu.Unlock()
			if h.QueueBytes > r.peakQueue.Load() {
				r.peakQueue.Store(h.QueueBytes)
			}
			if h.QueueBudget > 0 {
				r.budget.Store(h.QueueBudget)
			}
			if progress != nil {
				progress(Progress{
					Phase: phaseNames[i], Elapsed: r.elapsed(total), Total: total,
					Sent: r.dispatched.Load(), OnLedger: r.onLedger.Load(), QueueBytes: h.QueueBytes, QueueBudget: h.QueueBudget,
				})
			}
		}
	}()
	return func() { close(done); <-finished }
}

// elapsed is the time since sending started, at most total.
func (r *run) elapsed(total time.Duration) time.Duration {
	b := r.began.Load()
	if b == 0 {
		return 0
	}
	return min(time.Since(time.Unix(0, b)), total)
}
