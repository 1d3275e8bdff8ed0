package main

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// The agent checks events against the ledger's device registry, not its
// devices file: a key rotation recorded on the ledger alone (devices rotate
// without --devices) applies at the edge at once.
func TestTheAgentFollowsKeyRotationsRecordedOnTheLedger(t *testing.T) {
	day := recentDay()
	data, pool := ledgerTestData(t, day) // cabinets 1..3, two days from day
	devices := filepath.Join(simTestFleet(t, "--start", day.Format(time.DateOnly), "--days", "2"), "devices.yaml")
	reg, err := telemetry.LoadRegistry(devices)
	if err != nil {
		t.Fatal(err)
	}
	at := day.Add(48 * time.Hour) // after every simulated event
	seed := sha256.Sum256([]byte("cabinet 1, re-keyed on the ledger only"))
	key := ed25519.NewKeyFromSeed(seed[:])
	if code, stdout, stderr := simTestRun(t, "devices", "rotate", "--data", data, "--cabinet", "1",
		"--public-key", telemetry.EncodeKey(key.Public().(ed25519.PublicKey)), "--at", telemetry.FormatTime(at)); code != 0 {
		t.Fatalf("rotate: exit %d\n%s%s", code, stdout, stderr)
	}
	ev := telemetry.Event{Pool: pool, Cabinet: 1, Seq: 1 << 40, Time: at.Add(time.Hour).Unix(), EnergyWh: 1200, FeeCents: 240,
		SoCIn: 20, SoCOut: 95, SoHPermille: 950, BatteryIn: "BAT-NEW-IN", BatteryOut: "BAT-NEW-OUT"}
	line, err := json.Marshal(telemetry.Sign(reg.ID, key, ev))
	if err != nil {
		t.Fatal(err)
	}
	events := filepath.Join(t.TempDir(), "after-rotation.jsonl")
	if err := os.WriteFile(events, append(line, '\n'), 0o600); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := simTestRun(t, "agent", "--data", data, "--devices", devices, "--source", "file:"+events, "--once")
	if code != 0 || strings.Contains(stderr, "rejected at the edge") {
		t.Fatalf("an event signed by the key the ledger holds since the rotation: exit %d\n%s%s", code, stdout, stderr)
	}
}
