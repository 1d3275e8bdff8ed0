package ledger

import (
	"crypto/ed25519"
	"crypto/sha256"
	"errors"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// rotationKey is the test key cabinet c rotates to (generation g ≥ 1).
func rotationKey(c uint32, g byte) ed25519.PrivateKey {
	seed := sha256.Sum256([]byte{'r', 'o', 't', g, byte(c), byte(c >> 8)})
	return ed25519.NewKeyFromSeed(seed[:])
}

func pub(k ed25519.PrivateKey) ed25519.PublicKey { return k.Public().(ed25519.PublicKey) }

func TestARotatedCabinetSignsWithTheKeyOfEachEventsTime(t *testing.T) {
	_, cl, f := setup(t, 2, 0)
	old, next := f.keys[1], rotationKey(1, 1)
	at := day0.Add(2 * time.Hour)
	signWith := func(k ed25519.PrivateKey, seq uint64, when time.Time) telemetry.SignedEvent {
		return telemetry.Sign(testRegistry, k, event(1, seq, when))
	}
	if res := submit(t, cl, []telemetry.SignedEvent{signWith(old, 1, day0.Add(time.Hour))}); res[0].Status != StatusStored {
		t.Fatalf("before the rotation: %+v", res[0])
	}
	d, err := cl.RotateDeviceKey(ctx, 1, pub(next), at)
	if err != nil {
		t.Fatalf("rotation: %v", err)
	}
	if len(d.Rotations) != 1 || !d.Rotations[0].At.Equal(at) || !pub(next).Equal(ed25519.PublicKey(d.Rotations[0].PublicKey)) {
		t.Fatalf("the device after the rotation: %+v", d)
	}
	if again, err := cl.RotateDeviceKey(ctx, 1, pub(next), at); err != nil || len(again.Rotations) != 1 {
		t.Fatalf("the same rotation again (a retry): %+v, %v; want it unchanged", again, err)
	}

	res := submit(t, cl, []telemetry.SignedEvent{
		signWith(old, 2, at.Add(-time.Minute)),     // old key, before: still valid
		signWith(old, 3, at),                       // old key, from the rotation on
		signWith(next, 4, at.Add(-30*time.Minute)), // new key, before it was valid
		signWith(next, 5, at.Add(time.Hour)),       // new key, after
	})
	if res[0].Status != StatusStored || res[3].Status != StatusStored {
		t.Errorf("events signed by the key of their time: %+v, %+v; want stored", res[0], res[3])
	}
	for _, i := range []int{1, 2} {
		if res[i].Status != StatusRejected || !errors.Is(res[i].Err(), telemetry.ErrBadSignature) {
			t.Errorf("event %d signed by a key not valid at its time: %+v; want rejected as bad_signature", i, res[i])
		}
	}

	reg, err := cl.Registry(ctx)
	if err != nil {
		t.Fatal(err)
	}
	dev, _ := reg.Device(1)
	if len(dev.Keys()) != 2 || !dev.CurrentKey().Equal(pub(next)) {
		t.Fatalf("the ledger's registry lost the history: %+v", dev)
	}
	stale := signWith(old, 9, at.Add(time.Hour))
	if err := reg.Verify(&stale); !errors.Is(err, telemetry.ErrRetiredKey) {
		t.Errorf("the registry read back lets the old key sign after the rotation: %v", err)
	}
	early := signWith(old, 1, day0.Add(time.Hour))
	if err := reg.Verify(&early); err != nil {
		t.Errorf("the stored event of the old key no longer verifies: %v", err)
	}
}

func TestKeyChangesTheLedgerRefuses(t *testing.T) {
	at := day0.Add(2 * time.Hour)
	cases := []struct {
		name string
		run  func(t *testing.T, l *memLedger, cl *Client, f *fleet) error
		want error
	}{
		{"a rotation before a record the old key signed", func(t *testing.T, _ *memLedger, cl *Client, f *fleet) error {
			if res := submit(t, cl, []telemetry.SignedEvent{f.sign(event(1, 1, at.Add(time.Hour)))}); res[0].Status != StatusStored {
				t.Fatalf("%+v", res[0])
			}
			_, err := cl.RotateDeviceKey(ctx, 1, pub(rotationKey(1, 1)), at)
			return err
		}, ErrBackdated},
		{"a rotation at exactly a record's time", func(t *testing.T, _ *memLedger, cl *Client, f *fleet) error {
			submit(t, cl, []telemetry.SignedEvent{f.sign(event(1, 1, at))})
			_, err := cl.RotateDeviceKey(ctx, 1, pub(rotationKey(1, 1)), at)
			return err
		}, ErrBackdated},
		{"a rotation before the registration", func(_ *testing.T, _ *memLedger, cl *Client, _ *fleet) error {
			_, err := cl.RotateDeviceKey(ctx, 1, pub(rotationKey(1, 1)), day0.Add(-48*time.Hour))
			return err
		}, ErrBackdated},
		{"a rotation not after the previous one", func(_ *testing.T, _ *memLedger, cl *Client, _ *fleet) error {
			if _, err := cl.RotateDeviceKey(ctx, 1, pub(rotationKey(1, 1)), at); err != nil {
				return err
			}
			_, err := cl.RotateDeviceKey(ctx, 1, pub(rotationKey(1, 2)), at)
			return err
		}, ErrBackdated},
		{"a rotation inside the pool's sealed epoch", func(t *testing.T, l *memLedger, cl *Client, f *fleet) error {
			submit(t, cl, f.day([]uint32{2}, 4))
			l.now = sealable
			if _, err := cl.Seal(ctx, testPool, epoch0, dailyPolicy(t)); err != nil {
				t.Fatal(err)
			}
			_, err := cl.RotateDeviceKey(ctx, 1, pub(rotationKey(1, 1)), day0.Add(23*time.Hour))
			return err
		}, ErrBackdated},
		{"a revocation inside the pool's sealed epoch", func(t *testing.T, l *memLedger, cl *Client, f *fleet) error {
			submit(t, cl, f.day([]uint32{2}, 4))
			l.now = sealable
			if _, err := cl.Seal(ctx, testPool, epoch0, dailyPolicy(t)); err != nil {
				t.Fatal(err)
			}
			return cl.RevokeDevice(ctx, 1, day0.Add(23*time.Hour))
		}, ErrBackdated},
		{"a revocation before a record the ledger holds", func(t *testing.T, _ *memLedger, cl *Client, f *fleet) error {
			submit(t, cl, []telemetry.SignedEvent{f.sign(event(1, 1, at.Add(time.Hour)))})
			return cl.RevokeDevice(ctx, 1, at)
		}, ErrBackdated},
		{"a rotation dated beyond the clock-skew window", func(_ *testing.T, l *memLedger, cl *Client, _ *fleet) error {
			_, err := cl.RotateDeviceKey(ctx, 1, pub(rotationKey(1, 1)), l.now.Add(l.c.cfg.MaxSkew+time.Second))
			return err
		}, ErrBadArgs},
		{"another cabinet's key", func(_ *testing.T, _ *memLedger, cl *Client, f *fleet) error {
			_, err := cl.RotateDeviceKey(ctx, 1, pub(f.keys[2]), at)
			return err
		}, ErrKeyInUse},
		{"the key another cabinet rotated away from", func(_ *testing.T, _ *memLedger, cl *Client, f *fleet) error {
			if _, err := cl.RotateDeviceKey(ctx, 2, pub(rotationKey(2, 1)), at); err != nil {
				return err
			}
			_, err := cl.RotateDeviceKey(ctx, 1, pub(f.keys[2]), at)
			return err
		}, ErrKeyInUse},
		{"the cabinet's own earlier key", func(_ *testing.T, _ *memLedger, cl *Client, f *fleet) error {
			if _, err := cl.RotateDeviceKey(ctx, 1, pub(rotationKey(1, 1)), at); err != nil {
				return err
			}
			_, err := cl.RotateDeviceKey(ctx, 1, pub(f.keys[1]), at.Add(time.Hour))
			return err
		}, ErrKeyInUse},
		{"a revoked cabinet", func(_ *testing.T, _ *memLedger, cl *Client, _ *fleet) error {
			if err := cl.RevokeDevice(ctx, 1, at); err != nil {
				return err
			}
			_, err := cl.RotateDeviceKey(ctx, 1, pub(rotationKey(1, 1)), at.Add(time.Hour))
			return err
		}, ErrRevokedDevice},
		{"an unknown cabinet", func(_ *testing.T, _ *memLedger, cl *Client, _ *fleet) error {
			_, err := cl.RotateDeviceKey(ctx, 42, pub(rotationKey(42, 1)), at)
			return err
		}, ErrNotFound},
		{"a key of the wrong size", func(_ *testing.T, _ *memLedger, cl *Client, _ *fleet) error {
			_, err := cl.RotateDeviceKey(ctx, 1, pub(rotationKey(1, 1))[:31], at)
			return err
		}, ErrBadArgs},
		{"a caller who is not the operator's admin", func(_ *testing.T, l *memLedger, cl *Client, _ *fleet) error {
			l.caller = Identity{MSPID: "AuditorMSP", ID: "admin@auditor", Admin: true}
			_, err := cl.RotateDeviceKey(ctx, 1, pub(rotationKey(1, 1)), at)
			return err
		}, ErrNotAuthorized},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l, cl, f := setup(t, 2, 0)
			err := c.run(t, l, cl, f)
			if !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
			l.caller = operatorAdmin
			reg, rerr := cl.Registry(ctx)
			if rerr != nil {
				t.Fatal(rerr)
			}
			if d, _ := reg.Device(1); len(d.Rotations) > 1 || (len(d.Rotations) == 1 && !pub(rotationKey(1, 1)).Equal(d.Rotations[0].PublicKey)) {
				t.Fatalf("a refused change was recorded: %+v", d.Rotations)
			}
		})
	}
}

func TestARotationAfterTheSealedEpochAndTheRecordsIsAccepted(t *testing.T) {
	l, cl, f := setup(t, 2, 0)
	submit(t, cl, f.day([]uint32{1, 2}, 4))
	l.now = sealable
	if _, err := cl.Seal(ctx, testPool, epoch0, dailyPolicy(t)); err != nil {
		t.Fatal(err)
	}
	if _, err := cl.RotateDeviceKey(ctx, 1, pub(rotationKey(1, 1)), day0.Add(24*time.Hour)); err != nil {
		t.Fatalf("a rotation at the sealed epoch's end: %v", err)
	}
}

func TestRegisteringADevicesFileFollowsTheHistory(t *testing.T) {
	l, cl, f := setup(t, 2, 0)
	at := day0.Add(2 * time.Hour)
	rotated := newFleet(t, 2, 0).reg
	if err := rotated.Rotate(1, pub(rotationKey(1, 1)), at); err != nil {
		t.Fatal(err)
	}
	res := func(reg *telemetry.Registry) (RegisterResult, error) {
		var r RegisterResult
		v := RegistryView{ID: reg.ID}
		for _, d := range reg.Devices() {
			v.Devices = append(v.Devices, entryOf(d))
		}
		err := NewClient(l).call(ctx, true, FnRegisterDevices, v, &r)
		return r, err
	}
	if r, err := res(rotated); err != nil || r.Rotated != 1 || r.Unchanged != 1 {
		t.Fatalf("a file with a new rotation: %+v, %v; want 1 rotated, 1 unchanged", r, err)
	}
	if r, err := res(rotated); err != nil || r.Rotated != 0 || r.Unchanged != 2 {
		t.Fatalf("the same file again: %+v, %v; want 2 unchanged", r, err)
	}
	if r, err := res(f.reg); err != nil || r.Unchanged != 2 {
		t.Fatalf("a file without the rotation the ledger holds (it lags): %+v, %v; want 2 unchanged", r, err)
	}
	other := newFleet(t, 2, 0).reg
	if err := other.Rotate(1, pub(rotationKey(1, 2)), at); err != nil {
		t.Fatal(err)
	}
	if _, err := res(other); !errors.Is(err, ErrConflict) {
		t.Fatalf("a file with another rotation: %v, want ErrConflict", err)
	}
	taken := newFleet(t, 2, 0).reg
	if err := taken.Add(telemetry.Device{Cabinet: 3, Pool: testPool, PublicKey: pub(rotationKey(1, 1)), RegisteredAt: day0}); err != nil {
		t.Fatal(err)
	}
	if _, err := res(taken); !errors.Is(err, ErrKeyInUse) {
		t.Fatalf("a new cabinet with a key cabinet 1 rotated to: %v, want ErrKeyInUse", err)
	}
	submit(t, cl, []telemetry.SignedEvent{telemetry.Sign(testRegistry, rotationKey(1, 1), event(1, 1, day0.Add(5*time.Hour)))})
	late := newFleet(t, 2, 0).reg
	if err := late.Rotate(1, pub(rotationKey(1, 1)), at); err != nil {
		t.Fatal(err)
	}
	if err := late.Rotate(1, pub(rotationKey(1, 3)), day0.Add(4*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := res(late); !errors.Is(err, ErrBackdated) {
		t.Fatalf("a file rotating before a record the ledger holds: %v, want ErrBackdated", err)
	}
}
