package sealer

import (
	"fmt"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// metrics are the sealer's Prometheus metrics (namespace rwabridge_sealer).
type metrics struct {
	seals    *prometheus.CounterVec // by pool
	errors   *prometheus.CounterVec // by pool
	lastPass prometheus.Gauge
	up       *prometheus.GaugeVec
	lag      *lagCollector
}

const metricsNamespace = "rwabridge_sealer"

func newMetrics(reg prometheus.Registerer, pools []Pool, lag *lagCollector) (*metrics, error) {
	const ns = metricsNamespace
	m := &metrics{
		seals: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "seals_total",
			Help: "Epochs sealed by this process, by pool."}, []string{"pool"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "errors_total",
			Help: "Seals and seal listings that failed, by pool (each is retried)."}, []string{"pool"}),
		lastPass: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "last_pass_timestamp_seconds",
			Help: "Unix time at which the last sealing pass ended."}),
		up: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "dependency_up",
			Help: "1 while the ledger answers, else 0."}, []string{"dependency"}),
		lag: lag,
	}
	for _, p := range pools {
		m.seals.WithLabelValues(string(p.ID))
		m.errors.WithLabelValues(string(p.ID))
	}
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.seals, m.errors, m.lastPass, m.up, m.lag} {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("sealer metrics: %w", err)
		}
	}
	return m, nil
}

// lagCollector exports rwabridge_sealer_lag_seconds{pool}: how long ago
// the oldest ended epoch the sealer has not seen sealed ended, computed at
// scrape time (0 while every ended epoch is sealed). A pool appears after
// the sealer's first pass over it.
type lagCollector struct {
	desc *prometheus.Desc
	end  func(epoch uint64) time.Time
	now  func() time.Time

	mu            sync.Mutex
	firstUnsealed map[telemetry.PoolID]uint64
}

func newLagCollector(end func(uint64) time.Time, now func() time.Time) *lagCollector {
	return &lagCollector{
		desc: prometheus.NewDesc(metricsNamespace+"_lag_seconds",
			"Seconds since the end of the pool's oldest ended epoch that is not sealed (0: all sealed); it grows past the grace when sealing is stuck.",
			[]string{"pool"}, nil),
		end: end, now: now, firstUnsealed: map[telemetry.PoolID]uint64{},
	}
}

// set records the pool's oldest epoch not sealed.
func (c *lagCollector) set(pool telemetry.PoolID, epoch uint64) {
	c.mu.Lock()
	c.firstUnsealed[pool] = epoch
	c.mu.Unlock()
}

// Lag returns the pool's lag at now and whether the sealer has passed over
// the pool yet.
func (c *lagCollector) Lag(pool telemetry.PoolID, now time.Time) (time.Duration, bool) {
	c.mu.Lock()
	e, ok := c.firstUnsealed[pool]
	c.mu.Unlock()
	if !ok {
		return 0, false
	}
	return max(0, now.Sub(c.end(e))), true
}

func (c *lagCollector) Describe(ch chan<- *prometheus.Desc) { ch <- c.desc }

func (c *lagCollector) Collect(ch chan<- prometheus.Metric) {
	now := c.now()
	c.mu.Lock()
	pools := make([]telemetry.PoolID, 0, len(c.firstUnsealed))
	for p := range c.firstUnsealed {
		pools = append(pools, p)
	}
	c.mu.Unlock()
	for _, p := range pools {
		if lag, ok := c.Lag(p, now); ok {
			ch <- prometheus.MustNewConstMetric(c.desc, prometheus.GaugeValue, lag.Seconds(), string(p))
		}
	}
}
