// Package liveness owns what a long-running process knows of the
// dependencies it calls (the onshore ledger, the L2 node): whether the last
// call answered, since when one has been failing, a gauge per dependency,
// and a log line on every change — so that an unreachable dependency is a
// health failure and an alert, not silence.
//
// It does not retry (internal/backoff does) or serve HTTP (the commands
// serve /healthz from Down).
package liveness

import (
	"log/slog"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Dep is one dependency. The zero time of a Dep that never answered is
// its creation: a dependency unreachable from the start counts from then.
type Dep struct {
	name  string
	log   *slog.Logger
	gauge prometheus.Gauge
	now   func() time.Time

	mu      sync.Mutex
	up      bool
	since   time.Time // when up last changed (or the Dep was made)
	lastErr error
}

// New returns a dependency named name, with its gauge (1 up, 0 down) in
// vec under the label dependency=name when vec is not nil.
func New(name string, vec *prometheus.GaugeVec, log *slog.Logger) *Dep {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	d := &Dep{name: name, log: log, now: time.Now}
	d.since = d.now()
	if vec != nil {
		d.gauge = vec.WithLabelValues(name)
		d.gauge.Set(0)
	}
	return d
}

// OK records an answer.
func (d *Dep) OK() {
	d.mu.Lock()
	defer d.mu.Unlock()
	if !d.up {
		if d.lastErr != nil {
			d.log.Info(d.name+" reachable again", "after", d.now().Sub(d.since).Round(time.Second))
		}
		d.up, d.since, d.lastErr = true, d.now(), nil
		if d.gauge != nil {
			d.gauge.Set(1)
		}
	}
}

// Fail records a call that got no answer (err says why).
func (d *Dep) Fail(err error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.up || d.lastErr == nil {
		d.log.Warn(d.name+" unreachable", "err", err)
	}
	if d.up {
		d.up, d.since = false, d.now()
		if d.gauge != nil {
			d.gauge.Set(0)
		}
	}
	d.lastErr = err
}

// Down reports whether the dependency has not answered for longer than
// after, and for how long it has not.
func (d *Dep) Down(after time.Duration) (bool, time.Duration) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.up {
		return false, 0
	}
	for_ := d.now().Sub(d.since)
	return for_ > after, for_
}

// Name is the dependency's name.
func (d *Dep) Name() string { return d.name }
