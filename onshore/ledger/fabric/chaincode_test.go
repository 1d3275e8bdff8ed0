package fabric

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"io/fs"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/hyperledger/fabric-protos-go-apiv2/peer"
	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
)

const (
	testPool     telemetry.PoolID = "pool-a"
	testRegistry                  = "fabric-test-registry"
)

var day0 = time.Date(2026, time.November, 1, 0, 0, 0, 0, time.UTC)

// testFleet is three cabinets of testPool with deterministic keys and a day
// of events each.
type testFleet struct {
	reg    *telemetry.Registry
	events []telemetry.SignedEvent
}

func newTestFleet(t testing.TB) *testFleet {
	t.Helper()
	f := &testFleet{reg: telemetry.NewRegistry(testRegistry)}
	for c := uint32(1); c <= 3; c++ {
		seed := sha256.Sum256(binary.BigEndian.AppendUint32([]byte("fabric-test-key"), c))
		k := ed25519.NewKeyFromSeed(seed[:])
		if err := f.reg.Add(telemetry.Device{Cabinet: c, Pool: testPool, PublicKey: k.Public().(ed25519.PublicKey), RegisteredAt: day0.Add(-24 * time.Hour)}); err != nil {
			t.Fatal(err)
		}
		for s := uint64(1); s <= 8; s++ {
			at := day0.Add(time.Duration(s) * 2 * time.Hour).Add(time.Duration(c) * time.Minute)
			f.events = append(f.events, telemetry.Sign(testRegistry, k, telemetry.Event{
				Pool: testPool, Cabinet: c, Seq: s, Time: at.Unix(), EnergyWh: 1500, FeeCents: 300,
				SoCIn: 20, SoCOut: 95, SoHPermille: 900, BatteryIn: "BAT-IN-SECRET", BatteryOut: "BAT-OUT-SECRET",
			}))
		}
	}
	return f
}

// testPeer is one peer's state and the identities that call it.
type testPeer struct {
	t        *testing.T
	world    *fakeWorld
	cc       *Chaincode
	admin    []byte // an admin of the operator org
	auditor  []byte // a client of the auditor org
	stranger []byte // an admin of an org outside the consortium
	txs      int
}

func newTestPeer(t *testing.T) *testPeer {
	c, err := ledger.New(ledger.Default())
	if err != nil {
		t.Fatal(err)
	}
	return &testPeer{
		t: t, world: newFakeWorld(), cc: NewChaincode(c, nil),
		admin:    testCreator(t, "OperatorMSP", "Admin@operator", []string{"admin"}, ""),
		auditor:  testCreator(t, "AuditorMSP", "User1@auditor", []string{"client"}, ""),
		stranger: testCreator(t, "StrangerMSP", "Admin@stranger", []string{"admin"}, ""),
	}
}

// proposal is one call as a client builds it.
type proposal struct {
	creator   []byte
	at        time.Time
	args      [][]byte
	transient map[string][]byte
	refuse    string // fakeStub.refuse: the peer refuses the creator's org the collection
}

// invoke runs p on the peer; a successful call's writes are committed.
func (p *testPeer) invoke(pr proposal) (*fakeStub, *peer.Response) {
	p.txs++
	stub := &fakeStub{
		world: p.world, txID: strings.Repeat("0", 60) + string(rune('a'+p.txs%26)) + "xyz",
		ts: timestamppb.New(pr.at), creator: pr.creator, args: pr.args, transient: pr.transient, refuse: pr.refuse,
	}
	res := p.cc.Invoke(stub)
	if res.GetStatus() == 200 {
		stub.commit()
	}
	return stub, res
}

func (p *testPeer) mustInvoke(pr proposal) (*fakeStub, []byte) {
	p.t.Helper()
	stub, res := p.invoke(pr)
	if res.GetStatus() != 200 {
		p.t.Fatalf("%s: status %d: %s", pr.args[0], res.GetStatus(), res.GetMessage())
	}
	return stub, res.GetPayload()
}

func registerArg(t testing.TB, reg *telemetry.Registry) []byte {
	t.Helper()
	v := ledger.RegistryView{ID: reg.ID}
	for _, d := range reg.Devices() {
		v.Devices = append(v.Devices, ledger.DeviceEntry{Cabinet: d.Cabinet, Pool: d.Pool, PublicKey: d.PublicKey, RegisteredAt: d.RegisteredAt})
	}
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func dailyPolicy(t testing.TB) []byte {
	t.Helper()
	doc, err := fs.ReadFile(policies.FS(), "battery-swap-daily.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestChaincodeStoresRawRecordsOnlyInTheCollectionAndSeals(t *testing.T) {
	f := newTestFleet(t)
	p := newTestPeer(t)
	now := day0.Add(36 * time.Hour)
	p.mustInvoke(proposal{creator: p.admin, at: now, args: [][]byte{[]byte(ledger.FnRegisterDevices), registerArg(t, f.reg)}})

	batch, err := ledger.EncodeBatch(f.events)
	if err != nil {
		t.Fatal(err)
	}
	stub, out := p.mustInvoke(proposal{creator: p.admin, at: now, args: [][]byte{[]byte(ledger.FnSubmitBatch)}, transient: map[string][]byte{TransientArg: batch}})
	var results []ledger.EventResult
	if err := json.Unmarshal(out, &results); err != nil {
		t.Fatal(err)
	}
	for i, r := range results {
		if r.Status != ledger.StatusStored {
			t.Fatalf("event %d: %+v", i, r)
		}
	}

	// Every record is in the collection, verbatim; no public write, and not
	// the response (which goes into the block), holds a record or a battery id.
	coll := ledger.Default().RecordsCollection
	for i := range f.events {
		raw, _ := f.events[i].MarshalBinary()
		var inColl bool
		for _, w := range stub.writes {
			if w.coll == "" && (bytes.Contains(w.value, raw) || bytes.Contains([]byte(w.key), raw)) {
				t.Errorf("public write %s holds record %d", w.key, i)
			}
			if w.coll == coll && bytes.Equal(w.value, raw) {
				inColl = true
			}
		}
		if !inColl {
			t.Errorf("record %d is not in collection %q", i, coll)
		}
	}
	for _, w := range stub.writes {
		if w.coll == "" && bytes.Contains(w.value, []byte("SECRET")) {
			t.Errorf("public write %s holds a battery id", w.key)
		}
	}
	if bytes.Contains(out, []byte("SECRET")) {
		t.Error("the SubmitBatch response holds a battery id")
	}

	// Replays are duplicates, not new writes.
	_, out = p.mustInvoke(proposal{creator: p.admin, at: now, args: [][]byte{[]byte(ledger.FnSubmitBatch)}, transient: map[string][]byte{TransientArg: batch}})
	if !bytes.Contains(out, []byte(`"status":"duplicate"`)) || bytes.Contains(out, []byte(`"status":"stored"`)) {
		t.Errorf("a replayed batch was not all duplicates: %s", out)
	}

	// Sealing reads the records back (through the channel index, Fabric
	// refuses writes after a private range query) and emits SealCreated.
	seal, _ := json.Marshal(ledger.SealRequest{Pool: testPool, Epoch: uint64(day0.Unix() / 86400), Policy: dailyPolicy(t)})
	stub, out = p.mustInvoke(proposal{creator: p.auditor, at: now, args: [][]byte{[]byte(ledger.FnSeal), seal}})
	var s ledger.Seal
	if err := json.Unmarshal(out, &s); err != nil {
		t.Fatal(err)
	}
	if s.Count != uint64(len(f.events)) || s.TxID != stub.txID || !s.SealedAt.Equal(now) {
		t.Errorf("seal counts %d records, tx %s at %s; want %d, %s, %s", s.Count, s.TxID, s.SealedAt, len(f.events), stub.txID, now)
	}
	if len(stub.events) != 1 || stub.events[0].name != ledger.EventSealCreated || !bytes.Equal(stub.events[0].payload, out) {
		t.Errorf("seal events %v, want one %s carrying the seal", stub.events, ledger.EventSealCreated)
	}
	if bytes.Contains(stub.events[0].payload, []byte("SECRET")) {
		t.Error("the SealCreated event holds a battery id")
	}
	if stub.opened == 0 || stub.opened != stub.closed {
		t.Errorf("seal opened %d ranges and closed %d", stub.opened, stub.closed)
	}

	// Queries read the collection directly and never write.
	rec, _ := json.Marshal(ledger.RecordsRequest{Pool: testPool, Epoch: s.Epoch})
	stub, out = p.mustInvoke(proposal{creator: p.admin, at: now, args: [][]byte{[]byte(ledger.FnRecords), rec}})
	if len(stub.writes) != 0 {
		t.Errorf("the Records query wrote %d keys", len(stub.writes))
	}
	raw, _ := f.events[0].MarshalBinary()
	if !bytes.Contains(out, raw) {
		t.Error("Records does not return the stored records")
	}
}

func TestChaincodeRefusesBadCallsWithWireCodes(t *testing.T) {
	f := newTestFleet(t)
	p := newTestPeer(t)
	now := day0.Add(36 * time.Hour)
	p.mustInvoke(proposal{creator: p.admin, at: now, args: [][]byte{[]byte(ledger.FnRegisterDevices), registerArg(t, f.reg)}})
	batch, _ := ledger.EncodeBatch(f.events[:2])
	seal, _ := json.Marshal(ledger.SealRequest{Pool: testPool, Epoch: uint64(day0.Unix() / 86400), Policy: dailyPolicy(t)})

	tests := []struct {
		name string
		pr   proposal
		want error
	}{
		{"a batch in the proposal's arguments, where blocks would keep it", proposal{creator: p.admin, at: now, args: [][]byte{[]byte(ledger.FnSubmitBatch), batch}}, ledger.ErrBadArgs},
		{"an argument both in the transient map and the proposal", proposal{creator: p.admin, at: now, args: [][]byte{[]byte(ledger.FnSeal), seal}, transient: map[string][]byte{TransientArg: seal}}, ledger.ErrBadArgs},
		{"no function name", proposal{creator: p.admin, at: now}, ledger.ErrBadArgs},
		{"an unknown function", proposal{creator: p.admin, at: now, args: [][]byte{[]byte("Mint"), []byte("{}")}}, ledger.ErrBadArgs},
		{"device registration by a client of another org", proposal{creator: p.auditor, at: now, args: [][]byte{[]byte(ledger.FnRegisterDevices), registerArg(t, f.reg)}}, ledger.ErrNotAuthorized},
		{"a caller outside the consortium", proposal{creator: p.stranger, at: now, args: [][]byte{[]byte(ledger.FnStats), []byte("{}")}}, ledger.ErrNotAuthorized},
		{"a seal before the epoch's end plus grace", proposal{creator: p.admin, at: day0.Add(25 * time.Hour), args: [][]byte{[]byte(ledger.FnSeal), seal}}, ledger.ErrEpochNotEnded},
		{"a creator that is not a serialized identity", proposal{creator: []byte("garbage"), at: now, args: [][]byte{[]byte(ledger.FnStats), []byte("{}")}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stub, res := p.invoke(tt.pr)
			if res.GetStatus() == 200 {
				t.Fatalf("status 200, want an error")
			}
			err := ledger.FromWire(errors.New(res.GetMessage()))
			var le *ledger.Error
			if !errors.As(err, &le) {
				t.Fatalf("message %q is not in wire form", res.GetMessage())
			}
			if tt.want == nil && le.Code != ledger.CodeInternal || tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("error %q (code %s), want %v", res.GetMessage(), le.Code, tt.want)
			}
			if len(stub.events) != 0 {
				t.Errorf("a failed call emitted events %v", stub.events)
			}
		})
	}
}

func TestChaincodeIsDeterministicAcrossPeers(t *testing.T) {
	f := newTestFleet(t)
	now := day0.Add(36 * time.Hour)
	batch, _ := ledger.EncodeBatch(f.events)
	seal, _ := json.Marshal(ledger.SealRequest{Pool: testPool, Epoch: uint64(day0.Unix() / 86400), Policy: dailyPolicy(t)})
	a, b := newTestPeer(t), newTestPeer(t)
	b.admin, b.auditor = a.admin, a.auditor // the same signed proposals reach both peers
	calls := []proposal{
		{creator: a.admin, at: now, args: [][]byte{[]byte(ledger.FnRegisterDevices), registerArg(t, f.reg)}},
		{creator: a.admin, at: now, args: [][]byte{[]byte(ledger.FnSubmitBatch)}, transient: map[string][]byte{TransientArg: batch}},
		{creator: a.auditor, at: now.Add(time.Second), args: [][]byte{[]byte(ledger.FnSeal), seal}},
	}
	for _, pr := range calls {
		sa, ra := a.invoke(pr)
		sb, rb := b.invoke(pr)
		if ra.GetStatus() != 200 || !reflect.DeepEqual(ra.GetPayload(), rb.GetPayload()) || !reflect.DeepEqual(sa.writes, sb.writes) || !reflect.DeepEqual(sa.events, sb.events) {
			t.Fatalf("%s: the two peers disagree (status %d %d: %s)", pr.args[0], ra.GetStatus(), rb.GetStatus(), ra.GetMessage())
		}
	}
}

func TestTxContextReadsTheCallerFromTheCreatorCertificate(t *testing.T) {
	tests := []struct {
		name      string
		creator   []byte
		wantAdmin bool
		wantErr   bool
	}{
		{"an admin by NodeOU", testCreator(t, "OperatorMSP", "Admin@operator", []string{"admin"}, ""), true, false},
		{"an admin by Fabric CA attribute", testCreator(t, "OperatorMSP", "ops", []string{"client"}, `{"attrs":{"rwabridge.admin":"true"}}`), true, false},
		{"a client", testCreator(t, "OperatorMSP", "User1@operator", []string{"client"}, ""), false, false},
		{"a client whose attribute is not true", testCreator(t, "OperatorMSP", "ops", []string{"client"}, `{"attrs":{"rwabridge.admin":"yes"}}`), false, false},
		{"garbage", []byte{1, 2, 3}, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stub := &fakeStub{world: newFakeWorld(), txID: "tx1", ts: timestamppb.New(day0), creator: tt.creator}
			tx, err := NewTxContext(stub, false)
			if tt.wantErr {
				if !errors.Is(err, ErrStub) {
					t.Fatalf("err %v, want ErrStub", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			c := tx.Caller()
			if c.MSPID != "OperatorMSP" || c.Admin != tt.wantAdmin || !strings.Contains(c.ID, "CN=") {
				t.Errorf("caller %+v, want OperatorMSP, admin %t, a subject", c, tt.wantAdmin)
			}
			if !tx.Time().Equal(day0) || tx.TxID() != "tx1" {
				t.Errorf("time %s tx %s, want %s tx1", tx.Time(), tx.TxID(), day0)
			}
		})
	}
}

func TestTxContextRangesStopAtTheVisitorsErrorAndCloseTheIterator(t *testing.T) {
	errVisit := errors.New("enough")
	tests := []struct {
		name    string
		private bool
		query   bool
		fail    bool
		want    error
		visited int
	}{
		{"public range stopped by the visitor", false, false, false, errVisit, 2},
		{"private range through the index, stopped", true, false, false, errVisit, 2},
		{"private range read directly by a query, stopped", true, true, false, errVisit, 2},
		{"a failing peer connection", true, false, true, ErrStub, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newFakeWorld()
			seedStub := &fakeStub{world: w, ts: timestamppb.New(day0), creator: testCreator(t, "OperatorMSP", "a", nil, "")}
			seed, err := NewTxContext(seedStub, false)
			if err != nil {
				t.Fatal(err)
			}
			for _, k := range []string{"r/a", "r/b", "r/c", "s/x"} {
				seed.Put(k, []byte("v-"+k))
				seed.PutPrivate("records", k, []byte("p-"+k))
			}
			seedStub.commit()
			stub := &fakeStub{world: w, ts: timestamppb.New(day0), creator: seedStub.creator, failRange: tt.fail}
			tx, _ := NewTxContext(stub, tt.query)
			var keys []string
			visit := func(k string, v []byte) error {
				keys = append(keys, k)
				if !strings.HasSuffix(string(v), k) {
					t.Errorf("key %s has value %q", k, v)
				}
				if len(keys) == 2 {
					return errVisit
				}
				return nil
			}
			if tt.private {
				err = tx.RangePrivate("records", "r/", "r0", visit)
			} else {
				err = tx.Range("r/", "r0", visit)
			}
			if !errors.Is(err, tt.want) || len(keys) != tt.visited {
				t.Errorf("err %v after %v, want %v after %d keys", err, keys, tt.want, tt.visited)
			}
			if stub.opened != stub.closed {
				t.Errorf("%d iterators opened, %d closed", stub.opened, stub.closed)
			}
			if tt.visited > 0 && (keys[0] != "r/a" || keys[1] != "r/b") {
				t.Errorf("visited %v, want r/a r/b", keys)
			}
		})
	}
}

func TestPlainChaincodeWritesTheKeysAskedFor(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want int // keys written; -1: refused
	}{
		{"100 keys of 200 bytes", []string{"100", "200"}, 100},
		{"one key", []string{"1", "10"}, 1},
		{"no keys", []string{"0", "10"}, -1},
		{"a size that is not a number", []string{"5", "big"}, -1},
		{"a missing argument", []string{"5"}, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := [][]byte{[]byte(PlainPutKeys)}
			for _, a := range tt.args {
				args = append(args, []byte(a))
			}
			stub := &fakeStub{world: newFakeWorld(), txID: "tx-plain", args: args}
			res := PlainChaincode{}.Invoke(stub)
			if tt.want < 0 {
				if res.GetStatus() == 200 {
					t.Errorf("accepted %v", tt.args)
				}
				return
			}
			if res.GetStatus() != 200 || len(stub.writes) != tt.want {
				t.Errorf("status %d (%s), %d writes; want %d", res.GetStatus(), res.GetMessage(), len(stub.writes), tt.want)
			}
		})
	}
}

// An org outside the records collection that reads or writes raw records
// is refused by its peer (memberOnlyRead, memberOnlyWrite); the chaincode
// answers not_authorized naming the org and the identity to use instead,
// not an internal error.
func TestChaincodeRefusesAnOrgOutsideTheCollectionAsNotAuthorized(t *testing.T) {
	f := newTestFleet(t)
	p := newTestPeer(t)
	custodian := testCreator(t, "CustodianMSP", "Admin@custodian", []string{"admin"}, "")
	now := day0.Add(36 * time.Hour)
	p.mustInvoke(proposal{creator: p.admin, at: now, args: [][]byte{[]byte(ledger.FnRegisterDevices), registerArg(t, f.reg)}})
	batch, err := ledger.EncodeBatch(f.events)
	if err != nil {
		t.Fatal(err)
	}
	refused := func(t *testing.T, pr proposal, verb string) {
		t.Helper()
		_, res := p.invoke(pr)
		if res.GetStatus() == 200 {
			t.Fatal("status 200, want a refusal")
		}
		err := ledger.FromWire(errors.New(res.GetMessage()))
		if !errors.Is(err, ledger.ErrNotAuthorized) {
			t.Fatalf("error %q, want not_authorized", res.GetMessage())
		}
		for _, want := range []string{"CustodianMSP may not " + verb + " the private data collection records", "--ledger-config", "the operator's or the auditor's"} {
			if !strings.Contains(res.GetMessage(), want) {
				t.Errorf("error %q does not say %q", res.GetMessage(), want)
			}
		}
	}
	t.Run("storing records", func(t *testing.T) {
		refused(t, proposal{creator: custodian, at: now, refuse: "write", args: [][]byte{[]byte(ledger.FnSubmitBatch)}, transient: map[string][]byte{TransientArg: batch}}, "write")
	})
	p.mustInvoke(proposal{creator: p.admin, at: now, args: [][]byte{[]byte(ledger.FnSubmitBatch)}, transient: map[string][]byte{TransientArg: batch}})
	epoch := uint64(day0.Unix() / 86400)
	seal, _ := json.Marshal(ledger.SealRequest{Pool: testPool, Epoch: epoch, Policy: dailyPolicy(t)})
	t.Run("sealing, which reads the records", func(t *testing.T) {
		refused(t, proposal{creator: custodian, at: now, refuse: "read", args: [][]byte{[]byte(ledger.FnSeal), seal}}, "read")
	})
	p.mustInvoke(proposal{creator: p.admin, at: now, args: [][]byte{[]byte(ledger.FnSeal), seal}})
	t.Run("reading the records of a sealed epoch", func(t *testing.T) {
		rec, _ := json.Marshal(ledger.RecordsRequest{Pool: testPool, Epoch: epoch})
		refused(t, proposal{creator: custodian, at: now, refuse: "read", args: [][]byte{[]byte(ledger.FnRecords), rec}}, "read")
	})
	t.Run("another failure of the peer stays internal", func(t *testing.T) {
		stub := &fakeStub{world: p.world, txID: "tx-broken", creator: custodian, ts: timestamppb.New(now)}
		ctx, err := NewTxContext(stub, true)
		if err != nil {
			t.Fatal(err)
		}
		stub.failRange = true
		err = ctx.RangePrivate("records", "", "", func(string, []byte) error { return nil })
		if !errors.Is(err, ErrStub) || errors.Is(err, ledger.ErrNotAuthorized) {
			t.Errorf("a lost peer connection: %v, want ErrStub only", err)
		}
	})
}
