package relay

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/rwabridge/rwabridge/bridge/outbox"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// metrics are the relayer's Prometheus metrics (namespace rwabridge_relay).
type metrics struct {
	states        *prometheus.GaugeVec // by pool and state
	transitions   *prometheus.CounterVec
	proofs        prometheus.Counter
	proveSeconds  prometheus.Histogram
	disclosedEnd  *prometheus.GaugeVec // by pool
	lastPass      prometheus.Gauge
	sent          prometheus.Counter
	replaced      prometheus.Counter
	parts         prometheus.Counter
	reorgs        prometheus.Counter
	alreadyPosted prometheus.Counter
	waitingQuorum prometheus.Counter
	retries       *prometheus.CounterVec
	errors        prometheus.Counter
	up            *prometheus.GaugeVec
	reverts       *prometheus.CounterVec // by error and class
	refusedNow    *prometheus.GaugeVec   // by pool, error and class
	recollected   prometheus.Counter
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	const ns = "rwabridge_relay"
	m := &metrics{
		states: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "epochs",
			Help: "Epochs in the outbox, by pool and state."}, []string{"pool", "state"}),
		transitions: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "transitions_total",
			Help: "State transitions, by the state entered."}, []string{"to"}),
		proofs: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "proofs_total",
			Help: "Epochs proved by this process."}),
		proveSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Name: "prove_seconds",
			Help:    "Time to prove one epoch (every chunk), successful or not.",
			Buckets: prometheus.ExponentialBuckets(0.5, 2, 14)}), // 0.5 s to about 68 min
		disclosedEnd: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "disclosed_epoch_end_timestamp_seconds",
			Help: "Unix time at which the pool's latest epoch confirmed on the L2 registry ended; time() minus it is how stale the L2 is."}, []string{"pool"}),
		lastPass: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "last_pass_timestamp_seconds",
			Help: "Unix time at which the last pass ended."}),
		sent: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "transactions_sent_total",
			Help: "First transactions of an epoch signed and broadcast."}),
		replaced: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "transactions_replaced_total",
			Help: "Same-nonce replacements of stuck transactions."}),
		parts: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "parts_confirmed_total",
			Help: "Parts of epochs disclosed in several transactions confirmed on the L2, final parts excepted."}),
		reorgs: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "reorgs_total",
			Help: "Inclusions lost or moved by a reorg before confirmation."}),
		alreadyPosted: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "already_posted_total",
			Help: "Epochs found disclosed by another transaction (not an error)."}),
		waitingQuorum: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "waiting_quorum_total",
			Help: "Passes in which an epoch waited for attestations."}),
		retries: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "retries_total",
			Help: "Retried RPC and ledger calls, by call."}, []string{"call"}),
		up: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "dependency_up",
			Help: "1 while a dependency (the ledger, the L2 node) answers, else 0."}, []string{"dependency"}),
		errors: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "errors_total",
			Help: "Epoch steps and passes that failed."}),
		reverts: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "reverts_total",
			Help: "Refusals of the registry (at estimation or mined), by custom error and class (wait: retried by itself; stop: the pool's queue stops)."},
			[]string{"error", "class"}),
		refusedNow: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "refused_epochs",
			Help: "Epochs not yet disclosed whose latest attempt the registry refused, by pool, custom error and class; class=\"stop\" needs an operator (rwabridge relay inspect)."},
			[]string{"pool", "error", "class"}),
		recollected: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "signatures_recollected_total",
			Help: "Epochs whose signatures were dropped and collected again because the registry's committee changed."}),
	}
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.states, m.transitions, m.proofs, m.proveSeconds, m.disclosedEnd, m.lastPass,
		m.sent, m.replaced, m.parts, m.reorgs, m.alreadyPosted, m.waitingQuorum, m.retries, m.errors, m.up, m.reverts, m.refusedNow, m.recollected} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// updateStates recounts the outbox by pool and state: every state of a
// pool with an entry, zeros included.
func (r *Relayer) updateStates() {
	es, err := r.d.Outbox.List()
	if err != nil {
		return
	}
	counts := map[telemetry.PoolID]map[outbox.State]int{}
	r.m.refusedNow.Reset()
	for _, p := range r.cfg.Pools {
		counts[p] = map[outbox.State]int{}
	}
	for _, e := range es {
		if counts[e.Pool] == nil {
			counts[e.Pool] = map[outbox.State]int{}
		}
		counts[e.Pool][e.State]++
		if e.Revert != nil && !e.State.Terminal() && e.State != outbox.Confirmed {
			r.m.refusedNow.WithLabelValues(string(e.Pool), e.Revert.Error, e.Revert.Class).Inc()
		}
	}
	r.m.states.Reset()
	for p, c := range counts {
		for _, s := range outbox.States() {
			r.m.states.WithLabelValues(string(p), string(s)).Set(float64(c[s]))
		}
	}
}

// disclosed notes that the epoch of seal is confirmed on the L2: the
// pool's staleness gauge moves to its end when it is the latest.
func (m *metrics) disclosed(seal *ledger.Seal, latest map[telemetry.PoolID]time.Time) {
	if seal.End.After(latest[seal.Pool]) {
		latest[seal.Pool] = seal.End
		m.disclosedEnd.WithLabelValues(string(seal.Pool)).Set(float64(seal.End.Unix()))
	}
}
