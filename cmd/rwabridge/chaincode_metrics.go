package main

import (
	"slices"
	"time"

	"github.com/hyperledger/fabric-chaincode-go/v2/shim"
	"github.com/hyperledger/fabric-protos-go-apiv2/peer"
	"github.com/prometheus/client_golang/prometheus"
)

// meteredChaincode counts and times the calls of a chaincode
// (rwabridge_chaincode_*): the peer sees the outcome of each proposal, the
// operator sees them here.
type meteredChaincode struct {
	cc        shim.Chaincode
	functions []string // the function label's values, with "init" and "other"
	calls     *prometheus.CounterVec
	seconds   *prometheus.HistogramVec
}

var _ shim.Chaincode = (*meteredChaincode)(nil)

// newMeteredChaincode wraps cc, registering its metrics with reg; functions
// are the names cc knows (a bounded label).
func newMeteredChaincode(cc shim.Chaincode, functions []string, reg prometheus.Registerer) (*meteredChaincode, error) {
	const ns = "rwabridge_chaincode"
	m := &meteredChaincode{cc: cc, functions: functions,
		calls: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "calls_total",
			Help: "Proposals the chaincode answered, by function and status (ok, or error: the peer discards the simulation)."}, []string{"function", "status"}),
		seconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: ns, Name: "call_seconds",
			Help: "Time to answer one proposal, by function.", Buckets: prometheus.ExponentialBuckets(0.0005, 2, 16)}, []string{"function"}),
	}
	for _, fn := range append(slices.Clone(functions), "init", "other") {
		m.calls.WithLabelValues(fn, "ok")
		m.calls.WithLabelValues(fn, "error")
	}
	for _, c := range []prometheus.Collector{m.calls, m.seconds} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

func (m *meteredChaincode) Init(stub shim.ChaincodeStubInterface) *peer.Response {
	return m.observe("init", func() *peer.Response { return m.cc.Init(stub) })
}

func (m *meteredChaincode) Invoke(stub shim.ChaincodeStubInterface) *peer.Response {
	fn := "other"
	if args := stub.GetArgs(); len(args) > 0 && slices.Contains(m.functions, string(args[0])) {
		fn = string(args[0])
	}
	return m.observe(fn, func() *peer.Response { return m.cc.Invoke(stub) })
}

func (m *meteredChaincode) observe(fn string, call func() *peer.Response) *peer.Response {
	began := time.Now()
	r := call()
	status := "ok"
	if r.GetStatus() >= shim.ERRORTHRESHOLD {
		status = "error"
	}
	m.calls.WithLabelValues(fn, status).Inc()
	m.seconds.WithLabelValues(fn).Observe(time.Since(began).Seconds())
	return r
}
