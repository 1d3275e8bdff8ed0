package embedded

import (
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"errors"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// A rotation and a revocation are transactions of the embedded ledger: they
// are in its blocks, replay (Verify, reopening) to the same registry, and
// ingest follows them.
func TestKeyRotationAndRevocationAreLedgerTransactions(t *testing.T) {
	ctx := context.Background()
	clock := &fakeClock{t: day0.Add(24*time.Hour + 30*time.Minute)}
	dir := t.TempDir()
	l, err := Open(dir, Default(), testLogger(), WithClock(clock.now))
	if err != nil {
		t.Fatal(err)
	}
	admin := ledger.Identity{MSPID: l.Config().Contract.OperatorMSP, ID: "admin", Admin: true}
	c := ledger.NewClient(l.Invoker(admin))
	f := newFleet(t, 3)
	if _, err := c.RegisterDevices(ctx, f.reg); err != nil {
		t.Fatal(err)
	}
	seed := sha256.Sum256([]byte("embedded-rotated-key"))
	next := ed25519.NewKeyFromSeed(seed[:])
	at := day0.Add(6 * time.Hour)
	ev := func(seq uint64, when time.Time, k ed25519.PrivateKey) telemetry.SignedEvent {
		return telemetry.Sign(fleetRegistry, k, telemetry.Event{
			Pool: fleetPool, Cabinet: 1, Seq: seq, Time: when.Unix(), EnergyWh: 1200, FeeCents: 300,
			SoCIn: 20, SoCOut: 95, SoHPermille: 900, BatteryIn: "BAT-IN", BatteryOut: "BAT-OUT",
		})
	}
	if res, err := c.SubmitBatch(ctx, []telemetry.SignedEvent{ev(1, day0.Add(time.Hour), f.keys[1])}); err != nil || res[0].Status != ledger.StatusStored {
		t.Fatalf("before the rotation: %+v, %v", res, err)
	}
	if _, err := c.RotateDeviceKey(ctx, 1, next.Public().(ed25519.PublicKey), at); err != nil {
		t.Fatalf("rotation: %v", err)
	}
	if _, err := c.RotateDeviceKey(ctx, 2, next.Public().(ed25519.PublicKey), at); !errors.Is(err, ledger.ErrKeyInUse) {
		t.Fatalf("cabinet 2 rotating to cabinet 1's new key: %v, want ErrKeyInUse", err)
	}
	if err := c.RevokeDevice(ctx, 1, day0.Add(12*time.Hour)); err != nil {
		t.Fatalf("revocation: %v", err)
	}
	res, err := c.SubmitBatch(ctx, []telemetry.SignedEvent{
		ev(2, at.Add(-time.Minute), f.keys[1]), // old key before the rotation
		ev(3, at.Add(time.Minute), f.keys[1]),  // old key after it
		ev(4, at.Add(time.Hour), next),         // new key after it
		ev(5, day0.Add(13*time.Hour), next),    // new key after the revocation
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		status ledger.EventStatus
		err    error
	}{{ledger.StatusStored, nil}, {ledger.StatusRejected, telemetry.ErrBadSignature}, {ledger.StatusStored, nil}, {ledger.StatusRejected, telemetry.ErrRevokedDevice}}
	for i, w := range want {
		if res[i].Status != w.status || (w.err != nil && !errors.Is(res[i].Err(), w.err)) {
			t.Errorf("event %d: %+v; want %s %v", i, res[i], w.status, w.err)
		}
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}

	rep, err := VerifyDir(ctx, dir, Default(), testLogger())
	if err != nil {
		t.Fatalf("replaying the blocks: %v", err)
	}
	if rep.PrivateKeys != 3 {
		t.Errorf("replay holds %d records, want 3", rep.PrivateKeys)
	}
	l2, err := Open(dir, Default(), testLogger(), WithClock(clock.now))
	if err != nil {
		t.Fatal(err)
	}
	defer l2.Close()
	reg, err := ledger.NewClient(l2.Invoker(admin)).Registry(ctx)
	if err != nil {
		t.Fatal(err)
	}
	d, _ := reg.Device(1)
	if len(d.Rotations) != 1 || !d.Rotations[0].At.Equal(at) || d.RevokedAt == nil || !d.RevokedAt.Equal(day0.Add(12*time.Hour)) {
		t.Fatalf("reopened registry: %+v", d)
	}
}
