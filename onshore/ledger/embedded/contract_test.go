package embedded

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"io/fs"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
)

// Tests with the real rwabridge contract (ledger.New), not the test one.

const (
	fleetPool     = telemetry.PoolID("pool-a")
	fleetRegistry = "embedded-test-registry"
)

// day0 is the first day of the fleet's events (a daily epoch).
var day0 = time.Date(2026, time.November, 1, 0, 0, 0, 0, time.UTC)

type fleet struct {
	reg  *telemetry.Registry
	keys map[uint32]ed25519.PrivateKey
}

func newFleet(t testing.TB, cabinets int) *fleet {
	t.Helper()
	f := &fleet{reg: telemetry.NewRegistry(fleetRegistry), keys: map[uint32]ed25519.PrivateKey{}}
	for c := uint32(1); c <= uint32(cabinets); c++ {
		seed := sha256.Sum256(binary.BigEndian.AppendUint32([]byte("embedded-test-key"), c))
		k := ed25519.NewKeyFromSeed(seed[:])
		f.keys[c] = k
		d := telemetry.Device{Cabinet: c, Pool: fleetPool, PublicKey: k.Public().(ed25519.PublicKey), RegisteredAt: day0.Add(-24 * time.Hour)}
		if err := f.reg.Add(d); err != nil {
			t.Fatal(err)
		}
	}
	return f
}

// events returns n valid events spread over day0, continuing from seq.
func (f *fleet) events(n int, seq *uint64) []telemetry.SignedEvent {
	out := make([]telemetry.SignedEvent, n)
	cabs := uint64(len(f.keys))
	for i := range out {
		*seq++
		s := *seq
		c := uint32(s%cabs) + 1
		e := telemetry.Event{
			Pool: fleetPool, Cabinet: c, Seq: s, Time: day0.Add(time.Duration(s%86000) * time.Second).Unix(),
			EnergyWh: 1000 + uint32(s%7)*100, FeeCents: 300 + uint32(s%5)*10, SoCIn: 20, SoCOut: 95,
			SoHPermille: 900, BatteryIn: "BAT-IN", BatteryOut: "BAT-OUT",
		}
		out[i] = telemetry.Sign(fleetRegistry, f.keys[c], e)
	}
	return out
}

func dailyPolicy(t testing.TB) []byte {
	t.Helper()
	doc, err := fs.ReadFile(policies.FS(), policies.DefaultID+".yaml")
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestTheRealContractRunsAndReplays(t *testing.T) {
	ctx := context.Background()
	clock := &fakeClock{t: day0.Add(24*time.Hour + 30*time.Minute)}
	dir := t.TempDir()
	l, err := Open(dir, Default(), testLogger(), WithClock(clock.now))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	admin := ledger.Identity{MSPID: l.Config().Contract.OperatorMSP, ID: "admin", Admin: true}
	c := ledger.NewClient(l.Invoker(admin))
	f := newFleet(t, 20)
	if _, err := c.RegisterDevices(ctx, f.reg); err != nil {
		t.Fatalf("RegisterDevices: %v", err)
	}
	var seq uint64
	evs := f.events(300, &seq)
	for _, batch := range [][]telemetry.SignedEvent{evs[:100], evs[100:], evs[:50]} {
		res, err := c.SubmitBatch(ctx, batch)
		if err != nil {
			t.Fatalf("SubmitBatch: %v", err)
		}
		for i, r := range res {
			if r.Status == ledger.StatusRejected {
				t.Fatalf("event %d rejected: %+v", i, r)
			}
		}
	}
	epoch := uint64(day0.Unix() / 86400)
	if _, err := c.Seal(ctx, fleetPool, epoch, dailyPolicy(t)); !errors.Is(err, ledger.ErrEpochNotEnded) {
		t.Fatalf("Seal inside the grace: %v, want ErrEpochNotEnded", err)
	}
	clock.set(day0.Add(48 * time.Hour))
	seal, err := c.Seal(ctx, fleetPool, epoch, dailyPolicy(t))
	if err != nil {
		t.Fatalf("Seal: %v", err)
	}
	if seal.Count != 300 || !seal.SealedAt.Equal(day0.Add(48*time.Hour)) {
		t.Errorf("seal count %d sealed at %s; want 300 at the block time", seal.Count, seal.SealedAt)
	}
	if _, err := c.Seal(ctx, fleetPool, epoch, dailyPolicy(t)); !errors.Is(err, ledger.ErrAlreadySealed) {
		t.Errorf("second Seal: %v, want ErrAlreadySealed", err)
	}
	res, err := c.SubmitBatch(ctx, f.events(1, &seq))
	if err != nil || len(res) != 1 || !errors.Is(res[0].Err(), ledger.ErrEpochSealed) {
		t.Errorf("late event: %+v, %v; want rejected with ErrEpochSealed", res, err)
	}
	rep, err := l.Verify(ctx)
	if err != nil {
		t.Fatalf("Verify: %v", err)
	}
	if rep.PrivateKeys != 300 {
		t.Errorf("Verify compared %d private keys, want the 300 records", rep.PrivateKeys)
	}
	t.Logf("verified %d blocks, %d txs, %d public and %d private keys", rep.Blocks, rep.Txs, rep.PublicKeys, rep.PrivateKeys)
}

func TestNoBlockHoldsARawRecord(t *testing.T) {
	ctx := context.Background()
	l, err := Open(t.TempDir(), Default(), testLogger(), WithClock(func() time.Time { return day0.Add(25 * time.Hour) }))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	c := ledger.NewClient(l.Invoker(ledger.Identity{MSPID: "OperatorMSP", ID: "admin", Admin: true}))
	f := newFleet(t, 5)
	if _, err := c.RegisterDevices(ctx, f.reg); err != nil {
		t.Fatal(err)
	}
	var seq uint64
	evs := f.events(40, &seq)
	if _, err := c.SubmitBatch(ctx, evs); err != nil {
		t.Fatal(err)
	}
	for h := uint64(0); h <= l.Head().Height; h++ {
		b, err := l.Block(h)
		if err != nil {
			t.Fatal(err)
		}
		raw := b.marshal()
		for i := range evs {
			enc, _ := evs[i].MarshalBinary()
			for _, needle := range [][]byte{enc, evs[i].Sig, []byte("BAT-IN")} {
				if bytes.Contains(raw, needle) {
					t.Fatalf("block %d holds part of record %d in plain text", h, i)
				}
			}
		}
	}
}
