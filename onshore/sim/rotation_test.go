package sim

import (
	"context"
	"crypto/ed25519"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// A simulated fleet whose cabinets rotate keys mid-run: devices.yaml holds
// the history, every event verifies against it, the events after a
// rotation are signed by the new key (only), and device-keys.yaml holds
// each cabinet's latest key.
func TestAMidRunRotationIsInTheRegistryAndTheSignatures(t *testing.T) {
	cfg := Default()
	cfg.Cabinets, cfg.Days = 4, 2
	cfg.Rotations = []KeyRotation{
		{Cabinet: 2, At: cfg.Start.Add(30 * time.Hour)},
		{Cabinet: 3, At: cfg.Start.Add(20 * time.Hour)},
		{Cabinet: 3, At: cfg.Start.Add(10 * time.Hour)}, // listed out of order: applied by time
	}
	dir := t.TempDir()
	if _, err := WriteDir(context.Background(), cfg, dir); err != nil {
		t.Fatal(err)
	}
	reg, err := telemetry.LoadRegistry(filepath.Join(dir, DevicesFile))
	if err != nil {
		t.Fatal(err)
	}
	for c, n := range map[uint32]int{1: 1, 2: 2, 3: 3, 4: 1} {
		if d, _ := reg.Device(c); len(d.Keys()) != n {
			t.Errorf("cabinet %d has %d keys in devices.yaml, want %d", c, len(d.Keys()), n)
		}
	}

	plain := cfg
	plain.Rotations = nil
	unrotated, err := NewFleet(plain)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join(dir, EventsFile))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	v := telemetry.NewValidator(reg)
	v.Now = cfg.End
	lr := telemetry.NewLineReader(f)
	var total, retired int
	for {
		ev, _, err := lr.Next()
		if err != nil {
			break
		}
		total++
		if err := v.Accept(&ev); err != nil {
			t.Fatalf("line %d (cabinet %d seq %d): %v", lr.Line(), ev.Cabinet, ev.Seq, err)
		}
		d, _ := reg.Device(ev.Cabinet)
		rotatedBy := len(d.Rotations) > 0 && ev.Time >= d.Rotations[0].At.Unix()
		err = unrotated.Registry.Verify(&ev)
		if rotatedBy != errors.Is(err, telemetry.ErrBadSignature) {
			t.Fatalf("cabinet %d seq %d at %s: against the first keys %v (after a rotation: %t)", ev.Cabinet, ev.Seq, telemetry.FormatTime(time.Unix(ev.Time, 0)), err, rotatedBy)
		}
		if rotatedBy {
			retired++
		}
	}
	if total == 0 || retired == 0 || retired == total {
		t.Fatalf("%d events, %d after a rotation: the test needs both kinds", total, retired)
	}

	keys, err := telemetry.LoadDeviceKeys(filepath.Join(dir, DeviceKeysFile))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range reg.Devices() {
		k, err := keys.Key(d.Cabinet)
		if err != nil {
			t.Fatal(err)
		}
		if !d.CurrentKey().Equal(k.Public().(ed25519.PublicKey)) {
			t.Errorf("cabinet %d: device-keys.yaml does not hold its latest key", d.Cabinet)
		}
	}
}
