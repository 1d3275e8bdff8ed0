package agent

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// metrics are the agent's Prometheus metrics (namespace rwabridge_agent).
type metrics struct {
	Received          *prometheus.CounterVec // by source
	Rejected          *prometheus.CounterVec // by reason: a telemetry class (never duplicate)
	Duplicates        prometheus.Counter     // exact duplicates acknowledged at the edge
	Accepted          prometheus.Counter
	Overflow          prometheus.Counter // events refused because the queue was full
	Queued            prometheus.GaugeFunc
	QueueBytes        prometheus.GaugeFunc
	Submitted         *prometheus.CounterVec // by ledger status: stored, duplicate, rejected
	LedgerRejected    *prometheus.CounterVec // by class
	SubmitLatency     prometheus.Histogram
	SubmitRetries     prometheus.Counter
	SubmitFailures    prometheus.Counter
	LedgerUnreachable prometheus.Gauge // 1 while the last submission failed
	SourceConnected   *prometheus.GaugeVec
	// SourceConnectFailures counts failed connection attempts of a source
	// that connects out, by reason (unreachable, or why the peer refused).
	SourceConnectFailures *prometheus.CounterVec
}

func newMetrics(reg prometheus.Registerer, q interface {
	Len() int
	Bytes() int64
}) (*metrics, error) {
	const ns = "rwabridge_agent"
	m := &metrics{
		Received: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "events_received_total",
			Help: "Events read from a source, valid or not."}, []string{"source"}),
		Rejected: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "events_rejected_total",
			Help: "Events rejected at the edge, by telemetry error class (conflict: the key of an event the agent holds, other bytes). Exact duplicates are not rejections: see events_duplicate_total."}, []string{"reason"}),
		Duplicates: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "events_duplicate_total",
			Help: "Exact duplicates (same pool, cabinet, seq and bytes) of an event the agent holds, acknowledged at the edge and not queued again: safe to forget. Those the ledger catches are events_submitted_total{status=\"duplicate\"}."}),
		Accepted: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "events_accepted_total",
			Help: "Events validated and durably queued."}),
		Overflow: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "queue_overflow_total",
			Help: "Events refused because the queue's disk budget was reached (the source keeps them and retries)."}),
		Queued: prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: ns, Name: "queue_events",
			Help: "Events in the durable queue."}, func() float64 { return float64(q.Len()) }),
		QueueBytes: prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: ns, Name: "queue_bytes",
			Help: "Bytes the queued events cost against the disk budget."}, func() float64 { return float64(q.Bytes()) }),
		Submitted: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "events_submitted_total",
			Help: "Events the ledger answered for, by status (stored, duplicate, rejected)."}, []string{"status"}),
		LedgerRejected: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "ledger_rejected_total",
			Help: "Events the ledger rejected, by class."}, []string{"class"}),
		SubmitLatency: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Name: "submit_seconds",
			Help: "Latency of one batch submission to the ledger.", Buckets: prometheus.ExponentialBuckets(0.001, 2, 16)}),
		SubmitRetries: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "submit_retries_total",
			Help: "Batch submissions retried after a ledger error."}),
		SubmitFailures: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "submit_failures_total",
			Help: "Batch submissions that failed (each is retried)."}),
		LedgerUnreachable: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "ledger_unreachable",
			Help: "1 while the last batch submission failed (store and forward in progress)."}),
		SourceConnected: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "source_connected",
			Help: "1 while a source that connects out (mqtt) is connected to its broker, else 0."}, []string{"source"}),
	}
	m.SourceConnectFailures = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "source_connect_failures_total",
		Help: "Failed connection attempts of a source that connects out (mqtt), by reason: unreachable, tls_unknown_authority, certificate_expired, certificate_rejected, tls_handshake, bad_credentials."},
		[]string{"source", "reason"})
	for _, r := range connectReasons {
		m.SourceConnectFailures.WithLabelValues("mqtt", r)
	}
	for _, c := range telemetry.Classes() {
		if c != telemetry.Class(telemetry.ErrDuplicate) {
			m.Rejected.WithLabelValues(c)
		}
	}
	for _, s := range []string{StatusStored, StatusDuplicate, StatusRejected} {
		m.Submitted.WithLabelValues(s)
	}
	for _, c := range []prometheus.Collector{m.Received, m.Rejected, m.Duplicates, m.Accepted, m.Overflow, m.Queued, m.QueueBytes,
		m.Submitted, m.LedgerRejected, m.SubmitLatency, m.SubmitRetries, m.SubmitFailures, m.LedgerUnreachable, m.SourceConnected, m.SourceConnectFailures} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}
