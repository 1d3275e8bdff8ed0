package commit

import (
	"bytes"
	"flag"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with the file at path, or rewrites the file with -update.
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		g, w := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
		line := 0
		for line < len(g) && line < len(w) && bytes.Equal(g[line], w[line]) {
			line++
		}
		var gl, wl []byte
		if line < len(g) {
			gl = g[line]
		}
		if line < len(w) {
			wl = w[line]
		}
		t.Fatalf("%s changed at line %d: the commitment's encoding, hash or cost differs from the pinned one.\n"+
			"  got:  %s\n  want: %s\n"+
			"If the change is intended, regenerate with go test -update (and bump Version if roots change).", path, line+1, gl, wl)
	}
}

// randomEvents returns n valid events of pool in canonical order.
func randomEvents(rng *rand.Rand, pool telemetry.PoolID, n int) []telemetry.Event {
	events := make([]telemetry.Event, n)
	cabinet, seq := uint32(rng.IntN(4)), uint64(rng.IntN(3))
	for i := range events {
		if rng.IntN(4) == 0 {
			cabinet += 1 + uint32(rng.IntN(1000))
			seq = uint64(rng.IntN(3))
		} else {
			seq += 1 + uint64(rng.IntN(2))
		}
		events[i] = telemetry.Event{
			Pool:        pool,
			Cabinet:     cabinet,
			Seq:         seq,
			Time:        1_767_225_600 + int64(rng.IntN(86_400*30)),
			EnergyWh:    uint32(rng.IntN(10_001)),
			FeeCents:    uint32(rng.IntN(10_001)),
			SoCIn:       uint8(rng.IntN(telemetry.MaxSoC + 1)),
			SoCOut:      uint8(rng.IntN(telemetry.MaxSoC + 1)),
			SoHPermille: uint16(rng.IntN(telemetry.MaxSoH + 1)),
			BatteryIn:   "BAT-IN",
			BatteryOut:  "BAT-OUT",
		}
	}
	return events
}
