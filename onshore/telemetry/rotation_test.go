package telemetry

import (
	"crypto/ed25519"
	"errors"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"
)

// rotated returns a registry of cabinets 1 and 2 where cabinet 1's key
// (testKey(1)) is replaced by testKey(101) at t0 + 10 minutes: events
// seq < 10 fall before the rotation, seq ≥ 10 at or after it.
func rotated(t *testing.T) (*Registry, time.Time) {
	t.Helper()
	reg := testRegistryWith(t, 1, 2)
	at := t0.Add(10 * time.Minute)
	if err := reg.Rotate(1, testKey(101).Public().(ed25519.PublicKey), at); err != nil {
		t.Fatal(err)
	}
	return reg, at
}

func TestRotationChecksEachEventAgainstTheKeyOfItsTime(t *testing.T) {
	reg, _ := rotated(t)
	cases := []struct {
		name string
		key  uint32 // testKey index that signs
		seq  uint64
		want error
	}{
		{"the old key before the rotation still verifies", 1, 9, nil},
		{"the new key from the rotation on verifies", 101, 10, nil},
		{"the old key after the rotation is a retired key", 1, 10, ErrRetiredKey},
		{"the new key before the rotation is not yet valid", 101, 9, ErrKeyNotYetValid},
		{"a key outside the history is a bad signature", 102, 10, ErrBadSignature},
		{"another cabinet's key is a bad signature", 2, 10, ErrBadSignature},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ev := Sign(testRegistry, testKey(c.key), testEvent(1, c.seq))
			err := reg.Verify(&ev)
			if !errors.Is(err, c.want) || (c.want == nil) != (err == nil) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
			if c.want != nil && Class(err) != "bad_signature" {
				t.Fatalf("class %q, want bad_signature", Class(err))
			}
			if c.key == 102 && (errors.Is(err, ErrRetiredKey) || errors.Is(err, ErrKeyNotYetValid)) {
				t.Fatalf("a foreign key named as one of the cabinet's: %v", err)
			}
		})
	}
}

func TestKeysGiveTheHistoryWithIntervals(t *testing.T) {
	reg, at := rotated(t)
	if err := reg.Revoke(1, at.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	d, _ := reg.Device(1)
	keys := d.Keys()
	if len(keys) != 2 {
		t.Fatalf("%d periods, want 2", len(keys))
	}
	if !keys[0].PublicKey.Equal(testKey(1).Public()) || !keys[0].From.Equal(d.RegisteredAt) || keys[0].Until == nil || !keys[0].Until.Equal(at) {
		t.Errorf("first period %+v", keys[0])
	}
	if !keys[1].PublicKey.Equal(testKey(101).Public()) || !keys[1].From.Equal(at) || keys[1].Until == nil || !keys[1].Until.Equal(at.Add(time.Hour)) {
		t.Errorf("second period %+v", keys[1])
	}
	if !d.CurrentKey().Equal(testKey(101).Public()) || !d.KeySince().Equal(at) {
		t.Errorf("current key %s since %s", EncodeKey(d.CurrentKey()), d.KeySince())
	}
	if !keys[0].Valid(at.Add(-time.Second)) || keys[0].Valid(at) || !keys[1].Valid(at) {
		t.Error("a period's bounds are [From, Until)")
	}
	after := Sign(testRegistry, testKey(101), testEvent(1, 70)) // an hour and ten minutes in
	if err := reg.Verify(&after); !errors.Is(err, ErrRevokedDevice) {
		t.Fatalf("an event after the revocation of the rotated key: %v, want ErrRevokedDevice", err)
	}
}

func TestRotationRefusals(t *testing.T) {
	key := func(i uint32) ed25519.PublicKey { return testKey(i).Public().(ed25519.PublicKey) }
	cases := []struct {
		name string
		do   func(r *Registry, at time.Time) error
		want error
	}{
		{"a rotation not after the current key's start is back-dated", func(r *Registry, at time.Time) error { return r.Rotate(1, key(103), at) }, ErrBackdated},
		{"a rotation before the registration is back-dated", func(r *Registry, _ time.Time) error { return r.Rotate(2, key(103), t0.Add(-48*time.Hour)) }, ErrBackdated},
		{"another cabinet's key is in use", func(r *Registry, at time.Time) error { return r.Rotate(1, key(2), at.Add(time.Hour)) }, ErrKeyInUse},
		{"the cabinet's own earlier key is in use", func(r *Registry, at time.Time) error { return r.Rotate(1, key(1), at.Add(time.Hour)) }, ErrKeyInUse},
		{"a key another cabinet rotated away from is in use", func(r *Registry, at time.Time) error { return r.Rotate(2, key(1), at.Add(time.Hour)) }, ErrKeyInUse},
		{"an unknown cabinet", func(r *Registry, at time.Time) error { return r.Rotate(9, key(103), at.Add(time.Hour)) }, ErrUnknownDevice},
		{"a revoked cabinet is not re-keyed", func(r *Registry, at time.Time) error {
			if err := r.Revoke(2, at); err != nil {
				return err
			}
			return r.Rotate(2, key(103), at.Add(time.Hour))
		}, ErrRevokedDevice},
		{"a revocation before the current key's start is back-dated", func(r *Registry, at time.Time) error { return r.Revoke(1, at.Add(-time.Second)) }, ErrBackdated},
		{"a second revocation at another time is refused", func(r *Registry, at time.Time) error {
			if err := r.Revoke(1, at.Add(time.Hour)); err != nil {
				return err
			}
			if err := r.Revoke(1, at.Add(time.Hour)); err != nil {
				t.Fatalf("the same revocation again: %v", err)
			}
			return r.Revoke(1, at.Add(2*time.Hour))
		}, ErrRevokedDevice},
		{"registering a cabinet with another's key is refused", func(r *Registry, _ time.Time) error {
			return r.Add(Device{Cabinet: 3, Pool: "pool-a", PublicKey: key(101), RegisteredAt: t0})
		}, ErrKeyInUse},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			reg, at := rotated(t)
			before, _ := reg.Device(1)
			if err := c.do(reg, at); !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
			after, _ := reg.Device(1)
			if len(after.Rotations) != len(before.Rotations) {
				t.Fatal("a refused change altered cabinet 1's history")
			}
		})
	}
}

func TestRegistryYAMLKeepsTheKeyHistory(t *testing.T) {
	reg, at := rotated(t)
	data, err := yaml.Marshal(reg)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "rotations:") {
		t.Fatalf("no rotations in\n%s", data)
	}
	back, err := ParseRegistry(data)
	if err != nil {
		t.Fatal(err)
	}
	d, _ := back.Device(1)
	if len(d.Rotations) != 1 || !d.Rotations[0].At.Equal(at) || !d.Rotations[0].PublicKey.Equal(testKey(101).Public()) {
		t.Fatalf("history lost: %+v", d.Rotations)
	}
	if d2, _ := back.Device(2); d2.Rotations != nil {
		t.Fatalf("cabinet 2 gained rotations: %+v", d2.Rotations)
	}
	ev := Sign(testRegistry, testKey(1), testEvent(1, 10))
	if err := back.Verify(&ev); !errors.Is(err, ErrRetiredKey) {
		t.Fatalf("the parsed registry lets the old key sign after the rotation: %v", err)
	}

	doc := func(rotations string) string {
		return "registry: r\ndevices:\n  - cabinet: 1\n    pool: p\n    public_key: " + EncodeKey(testKey(1).Public().(ed25519.PublicKey)) +
			"\n    registered_at: 2026-11-01T00:00:00Z\n" + rotations
	}
	if _, err := ParseRegistry([]byte(doc(""))); err != nil {
		t.Fatalf("a cabinet without history (one key valid from registration on): %v", err)
	}
	k2 := EncodeKey(testKey(2).Public().(ed25519.PublicKey))
	k3 := EncodeKey(testKey(3).Public().(ed25519.PublicKey))
	bad := []struct {
		name, rotations string
		want            error
	}{
		{"rotations out of order", "    rotations:\n      - {at: 2026-11-03T00:00:00Z, public_key: " + k2 + "}\n      - {at: 2026-11-02T00:00:00Z, public_key: " + k3 + "}\n", ErrBackdated},
		{"a rotation at the registration", "    rotations:\n      - {at: 2026-11-01T00:00:00Z, public_key: " + k2 + "}\n", ErrBackdated},
		{"a rotation back to the first key", "    rotations:\n      - {at: 2026-11-02T00:00:00Z, public_key: " + k2 + "}\n      - {at: 2026-11-03T00:00:00Z, public_key: " + EncodeKey(testKey(1).Public().(ed25519.PublicKey)) + "}\n", ErrKeyInUse},
		{"a revocation before the last rotation", "    rotations:\n      - {at: 2026-11-02T00:00:00Z, public_key: " + k2 + "}\n    revoked_at: 2026-11-01T12:00:00Z\n", ErrBackdated},
		{"a rotation without its time", "    rotations:\n      - {public_key: " + k2 + "}\n", nil},
		{"a rotation with an unknown key", "    rotations:\n      - {at: 2026-11-02T00:00:00Z, public_key: " + k2 + ", by: me}\n", nil},
	}
	for _, c := range bad {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParseRegistry([]byte(doc(c.rotations)))
			if err == nil || (c.want != nil && !errors.Is(err, c.want)) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
		})
	}
}

func TestKeyCanonicalForm(t *testing.T) {
	k := testKey(1).Public().(ed25519.PublicKey)
	back, err := DecodeKey(EncodeKey(k))
	if err != nil || !back.Equal(k) {
		t.Fatalf("round trip: %v", err)
	}
	for _, s := range []string{"", "AAAA", strings.TrimRight(EncodeKey(k), "="), "not base64!"} {
		if _, err := DecodeKey(s); err == nil {
			t.Errorf("%q accepted", s)
		}
	}
}
