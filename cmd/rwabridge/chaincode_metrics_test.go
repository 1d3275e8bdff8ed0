package main

import (
	"testing"

	"github.com/hyperledger/fabric-chaincode-go/v2/shim"
	"github.com/hyperledger/fabric-protos-go-apiv2/peer"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/rwabridge/rwabridge/internal/promtest"
	"github.com/rwabridge/rwabridge/offshore/investor"
	"github.com/rwabridge/rwabridge/onshore/ledger"
)

// argsStub is a chaincode stub that only knows its arguments.
type argsStub struct {
	shim.ChaincodeStubInterface
	args [][]byte
}

func (s argsStub) GetArgs() [][]byte { return s.args }

// answering is a chaincode that answers every call with status.
type answering struct{ status int32 }

func (a answering) Init(shim.ChaincodeStubInterface) *peer.Response {
	return &peer.Response{Status: a.status}
}
func (a answering) Invoke(shim.ChaincodeStubInterface) *peer.Response {
	return &peer.Response{Status: a.status}
}

func TestTheChaincodeCountsCallsByFunctionAndOutcome(t *testing.T) {
	fns := ledger.Functions()
	for _, tc := range []struct {
		name        string
		status      int32
		fn, label   string
		wantOutcome string
	}{
		{"a call that succeeds", shim.OK, fns[0], fns[0], "ok"},
		{"a call the contract refuses", shim.ERROR, fns[0], fns[0], "error"},
		{"a function the contract does not know", shim.ERROR, "Frobnicate", "other", "error"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			reg := prometheus.NewRegistry()
			m, err := newMeteredChaincode(answering{tc.status}, fns, reg)
			if err != nil {
				t.Fatal(err)
			}
			if r := m.Invoke(argsStub{args: [][]byte{[]byte(tc.fn), []byte("{}")}}); r.GetStatus() != tc.status {
				t.Fatalf("the answer changed: %d", r.GetStatus())
			}
			if got, _ := promtest.Value(t, reg, "rwabridge_chaincode_calls_total", map[string]string{"function": tc.label, "status": tc.wantOutcome}); got != 1 {
				t.Errorf("calls_total{function=%q,status=%q} = %v, want 1", tc.label, tc.wantOutcome, got)
			}
			if n, _ := promtest.Value(t, reg, "rwabridge_chaincode_call_seconds", map[string]string{"function": tc.label}); n != 1 {
				t.Errorf("call_seconds{function=%q} counts %v calls, want 1", tc.label, n)
			}
		})
	}
}

func TestTheInvestorMetricsSayHowStaleEachPoolIs(t *testing.T) {
	epoch := uint64(20400)
	snap := &investor.Snapshot{Block: 77, Pools: []*investor.Pool{
		{ID: "north", Stale: true, EpochLength: 86400, LatestEpoch: &epoch},
		{ID: "south", EpochLength: 86400},
	}}
	var readErr error
	reg := prometheus.NewRegistry()
	reg.MustRegister(newInvestorCollector(func() (*investor.Snapshot, error) { return snap, readErr }))
	for _, tc := range []struct {
		name   string
		labels map[string]string
		want   float64
		exists bool
	}{
		{"rwabridge_investor_registry_read_ok", nil, 1, true},
		{"rwabridge_investor_registry_block", nil, 77, true},
		{"rwabridge_investor_pool_stale", map[string]string{"pool": "north"}, 1, true},
		{"rwabridge_investor_pool_stale", map[string]string{"pool": "south"}, 0, true},
		{"rwabridge_investor_pool_latest_epoch_end_timestamp_seconds", map[string]string{"pool": "north"}, 20401 * 86400, true},
		{"rwabridge_investor_pool_latest_epoch_end_timestamp_seconds", map[string]string{"pool": "south"}, 0, false},
	} {
		if got, ok := promtest.Value(t, reg, tc.name, tc.labels); ok != tc.exists || got != tc.want {
			t.Errorf("%s%v = %v (present %t), want %v (present %t)", tc.name, tc.labels, got, ok, tc.want, tc.exists)
		}
	}
	readErr = investor.ErrChain
	if got, _ := promtest.Value(t, reg, "rwabridge_investor_registry_read_ok", nil); got != 0 {
		t.Errorf("registry_read_ok %v after a failed read, want 0", got)
	}
}
