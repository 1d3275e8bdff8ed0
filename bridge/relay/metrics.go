package relay

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/rwabridge/rwabridge/bridge/outbox"
)

// metrics are the relayer's Prometheus metrics (namespace rwabridge_relay).
type metrics struct {
	states        *prometheus.GaugeVec
	transitions   *prometheus.CounterVec
	proofs        prometheus.Counter
	sent          prometheus.Counter
	replaced      prometheus.Counter
	reorgs        prometheus.Counter
	alreadyPosted prometheus.Counter
	waitingQuorum prometheus.Counter
	retries       *prometheus.CounterVec
	errors        prometheus.Counter
	up            *prometheus.GaugeVec
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	const ns = "rwabridge_relay"
	m := &metrics{
		states: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "epochs",
			Help: "Epochs in the outbox, by state."}, []string{"state"}),
		transitions: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "transitions_total",
			Help: "State transitions, by the state entered."}, []string{"to"}),
		proofs: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "proofs_total",
			Help: "Epochs proved by this process."}),
		sent: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "transactions_sent_total",
			Help: "First transactions of an epoch signed and broadcast."}),
		replaced: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "transactions_replaced_total",
			Help: "Same-nonce replacements of stuck transactions."}),
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
	}
	for _, s := range outbox.States() {
		m.states.WithLabelValues(string(s))
	}
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.states, m.transitions, m.proofs, m.sent, m.replaced, m.reorgs,
		m.alreadyPosted, m.waitingQuorum, m.retries, m.errors, m.up} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// updateStates recounts the outbox by state.
func (r *Relayer) updateStates() {
	es, err := r.d.Outbox.List()
	if err != nil {
		return
	}
	counts := map[outbox.State]int{}
	for _, e := range es {
		counts[e.State]++
	}
	for _, s := range outbox.States() {
		r.m.states.WithLabelValues(string(s)).Set(float64(counts[s]))
	}
}
