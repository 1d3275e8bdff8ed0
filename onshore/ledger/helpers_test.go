package ledger

import (
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/binary"
	"io/fs"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
)

const (
	testPool     telemetry.PoolID = "pool-a"
	otherPool    telemetry.PoolID = "pool-b"
	testRegistry                  = "test-registry"
)

var (
	// day0 is the first test epoch of the daily policy: 2026-11-01 UTC.
	day0          = time.Date(2026, time.November, 1, 0, 0, 0, 0, time.UTC)
	epoch0        = uint64(day0.Unix() / 86400)
	operatorAdmin = Identity{MSPID: "OperatorMSP", ID: "admin@operator", Admin: true}
)

// fleet is a set of test cabinets with deterministic keys.
type fleet struct {
	reg  *telemetry.Registry
	keys map[uint32]ed25519.PrivateKey
}

// newFleet registers cabinets 1..n of testPool and n+1..n+m of otherPool a
// day before day0.
func newFleet(t testing.TB, n, m int) *fleet {
	t.Helper()
	f := &fleet{reg: telemetry.NewRegistry(testRegistry), keys: map[uint32]ed25519.PrivateKey{}}
	for c := uint32(1); c <= uint32(n+m); c++ {
		seed := sha256.Sum256(binary.BigEndian.AppendUint32([]byte("ledger-test-key"), c))
		k := ed25519.NewKeyFromSeed(seed[:])
		f.keys[c] = k
		pool := testPool
		if c > uint32(n) {
			pool = otherPool
		}
		if err := f.reg.Add(telemetry.Device{Cabinet: c, Pool: pool, PublicKey: k.Public().(ed25519.PublicKey), RegisteredAt: day0.Add(-24 * time.Hour)}); err != nil {
			t.Fatal(err)
		}
	}
	return f
}

// event returns a valid event (under both the default and the daily
// policy's bounds) of cabinet c, seq s, at t.
func event(c uint32, s uint64, t time.Time) telemetry.Event {
	return telemetry.Event{
		Pool: testPool, Cabinet: c, Seq: s, Time: t.Unix(),
		EnergyWh: 1000 + uint32(s%7)*100 + c, FeeCents: 300 + uint32(s%5)*10, SoCIn: 20, SoCOut: 95,
		SoHPermille: 900 - uint16(s%50), BatteryIn: "BAT-IN", BatteryOut: "BAT-OUT",
	}
}

func (f *fleet) sign(e telemetry.Event) telemetry.SignedEvent {
	if d, ok := f.reg.Device(e.Cabinet); ok {
		e.Pool = d.Pool
	}
	return telemetry.Sign(testRegistry, f.keys[e.Cabinet], e)
}

// day returns perCab events for each of the cabinets, spread over day0's
// hours (seq 1..perCab, increasing with time).
func (f *fleet) day(cabinets []uint32, perCab int) []telemetry.SignedEvent {
	var out []telemetry.SignedEvent
	for _, c := range cabinets {
		for s := 1; s <= perCab; s++ {
			at := day0.Add(time.Duration(s-1) * 24 * time.Hour / time.Duration(perCab)).Add(time.Duration(c) * time.Second)
			out = append(out, f.sign(event(c, uint64(s), at)))
		}
	}
	return out
}

func encode(t testing.TB, evs []telemetry.SignedEvent) []byte {
	t.Helper()
	b, err := EncodeBatch(evs)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func dailyPolicy(t testing.TB) []byte {
	t.Helper()
	b, err := fs.ReadFile(policies.FS(), "battery-swap-daily.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// highS returns sig with s replaced by s + L: the same signature in a
// non-canonical encoding that lax verifiers accept.
func highS(sig []byte) []byte {
	l, _ := new(big.Int).SetString("7237005577332262213973186563042994240857116359379907606001950938285454250989", 10)
	le := slices.Clone(sig[32:])
	slices.Reverse(le)
	s := new(big.Int).SetBytes(le)
	s.Add(s, l)
	be := s.FillBytes(make([]byte, 32))
	slices.Reverse(be)
	return append(slices.Clone(sig[:32]), be...)
}

func testConfig() Config {
	cfg := Default()
	cfg.Grace = time.Hour
	cfg.ChunkCapacity = 16
	return cfg
}

// afterDay0 is past day0 but within its grace: day0 can not be sealed yet.
var afterDay0 = day0.Add(24*time.Hour + 30*time.Minute)

// setup returns a ledger at afterDay0 with the fleet registered.
func setup(t testing.TB, n, m int) (*memLedger, *Client, *fleet) {
	t.Helper()
	l := newMemLedger(t, testConfig(), afterDay0)
	f := newFleet(t, n, m)
	cl := NewClient(l)
	if _, err := cl.RegisterDevices(context.Background(), f.reg); err != nil {
		t.Fatal(err)
	}
	return l, cl, f
}

func submit(t testing.TB, cl *Client, evs []telemetry.SignedEvent) []EventResult {
	t.Helper()
	res, err := cl.SubmitBatch(context.Background(), evs)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func statuses(res []EventResult) map[EventStatus]int {
	m := map[EventStatus]int{}
	for _, r := range res {
		m[r.Status]++
	}
	return m
}
