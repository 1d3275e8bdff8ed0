package main

import (
	"bufio"
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

func testPublicKey(label string) string {
	seed := sha256.Sum256([]byte(label))
	return telemetry.EncodeKey(ed25519.NewKeyFromSeed(seed[:]).Public().(ed25519.PublicKey))
}

func TestDevicesListRotateAndRevoke(t *testing.T) {
	day := recentDay()
	data, pool := ledgerTestData(t, day) // two days of cabinets 1..3 from day
	after := day.Add(48 * time.Hour)     // after every simulated event
	at := telemetry.FormatTime(after)
	k1 := testPublicKey("cabinet 1 rotated")

	code, stdout, stderr := simTestRun(t, "devices", "list", "--data", data)
	if code != 0 || strings.Count(stdout, "current") != 3 || !strings.Contains(stdout, string(pool)) {
		t.Fatalf("list: exit %d\n%s%s", code, stdout, stderr)
	}

	// The agent's devices file, to keep in step: the same simulation
	// ledgerTestData registered.
	fleetFile := filepath.Join(simTestFleet(t, "--start", day.Format(time.DateOnly), "--days", "2"), "devices.yaml")

	code, stdout, stderr = simTestRun(t, "devices", "rotate", "--data", data, "--cabinet", "1", "--public-key", k1, "--at", at, "--devices", fleetFile)
	if code != 0 || !strings.Contains(stdout, "key "+k1+" signs its events from "+at) || !strings.Contains(stdout, "recorded in "+fleetFile) {
		t.Fatalf("rotate: exit %d\n%s%s", code, stdout, stderr)
	}
	if code, _, stderr = simTestRun(t, "devices", "rotate", "--data", data, "--cabinet", "1", "--public-key", k1, "--at", at, "--devices", fleetFile); code != 0 {
		t.Fatalf("the same rotation again: exit %d: %s", code, stderr)
	}
	file, err := telemetry.LoadRegistry(fleetFile)
	if err != nil {
		t.Fatal(err)
	}
	if d, _ := file.Device(1); len(d.Rotations) != 1 || telemetry.EncodeKey(d.CurrentKey()) != k1 || !d.KeySince().Equal(after) {
		t.Fatalf("devices.yaml after the rotation: %+v", d)
	}

	refusals := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"a rotation before the cabinet's events on the ledger", []string{"rotate", "--cabinet", "2", "--public-key", testPublicKey("2"), "--at", telemetry.FormatTime(day.Add(time.Hour))}, 1, "back-dated"},
		{"a rotation to another cabinet's key", []string{"rotate", "--cabinet", "2", "--public-key", k1, "--at", at}, 1, "already used"},
		{"a rotation of an unknown cabinet", []string{"rotate", "--cabinet", "99", "--public-key", testPublicKey("99"), "--at", at}, 1, "not registered"},
		{"a key that is not base64", []string{"rotate", "--cabinet", "2", "--public-key", "not-a-key!", "--at", at}, 2, "--public-key"},
		{"a key of the wrong size", []string{"rotate", "--cabinet", "2", "--public-key", "AAAA", "--at", at}, 2, "--public-key"},
		{"no cabinet", []string{"rotate", "--public-key", testPublicKey("x")}, 2, "--cabinet is required"},
		{"a cabinet that is not a number", []string{"rotate", "--cabinet", "seven", "--public-key", testPublicKey("x")}, 2, "--cabinet"},
		{"a time that is not RFC 3339", []string{"revoke", "--cabinet", "3", "--at", "yesterday"}, 2, "--at"},
		{"a revocation before the cabinet's events", []string{"revoke", "--cabinet", "3", "--at", telemetry.FormatTime(day.Add(time.Hour))}, 1, "back-dated"},
		{"list of an unknown cabinet", []string{"list", "--cabinet", "99"}, 2, "no such cabinet"},
	}
	for _, r := range refusals {
		t.Run(r.name, func(t *testing.T) {
			code, _, stderr := simTestRun(t, append(append([]string{"devices"}, r.args...), "--data", data)...)
			if code != r.code || !strings.Contains(stderr, r.stderr) {
				t.Fatalf("exit %d, stderr %q; want %d naming %q", code, stderr, r.code, r.stderr)
			}
		})
	}

	revokeAt := telemetry.FormatTime(after.Add(time.Hour))
	code, stdout, stderr = simTestRun(t, "devices", "revoke", "--data", data, "--cabinet", "3", "--at", revokeAt, "--devices", fleetFile)
	if code != 0 || !strings.Contains(stdout, "revoked from "+revokeAt) {
		t.Fatalf("revoke: exit %d\n%s%s", code, stdout, stderr)
	}
	if code, _, stderr := simTestRun(t, "devices", "rotate", "--data", data, "--cabinet", "3", "--public-key", testPublicKey("3"), "--at", telemetry.FormatTime(after.Add(2*time.Hour))); code != 1 || !strings.Contains(stderr, "revoked") {
		t.Errorf("rotating a revoked cabinet: exit %d, stderr %q", code, stderr)
	}

	code, stdout, stderr = simTestRun(t, "devices", "list", "--data", data, "--json", "--cabinet", "1", "--cabinet", "3")
	if code != 0 {
		t.Fatalf("list --json: exit %d: %s", code, stderr)
	}
	var got devicesJSON
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Devices) != 2 || got.Devices[0].Cabinet != 1 || got.Devices[1].Cabinet != 3 {
		t.Fatalf("list --cabinet 1 --cabinet 3: %s", stdout)
	}
	one, three := got.Devices[0], got.Devices[1]
	if len(one.Keys) != 2 || one.Keys[0].Status != "retired" || one.Keys[0].Until == nil || *one.Keys[0].Until != at ||
		one.Keys[1].PublicKey != k1 || one.Keys[1].From != at || one.Keys[1].Until != nil || one.Keys[1].Status != "current" {
		t.Errorf("cabinet 1's history: %+v", one.Keys)
	}
	if three.RevokedAt == nil || *three.RevokedAt != revokeAt || len(three.Keys) != 1 || three.Keys[0].Status != "revoked" {
		t.Errorf("cabinet 3 after its revocation: %+v", three)
	}
	if file, err = telemetry.LoadRegistry(fleetFile); err != nil {
		t.Fatal(err)
	}
	if d, _ := file.Device(3); d.RevokedAt == nil || telemetry.FormatTime(*d.RevokedAt) != revokeAt {
		t.Errorf("devices.yaml lacks the revocation: %+v", d)
	}

	t.Run("a missing ledger is an error and is not created", func(t *testing.T) {
		missing := filepath.Join(t.TempDir(), "no-such-dir")
		for _, args := range [][]string{
			{"devices", "list", "--data", missing},
			{"devices", "rotate", "--data", missing, "--cabinet", "1", "--public-key", testPublicKey("m")},
			{"devices", "revoke", "--data", missing, "--cabinet", "1"},
		} {
			if code, _, stderr := simTestRun(t, args...); code != 2 || !strings.Contains(stderr, missing) {
				t.Errorf("%v: exit %d, stderr %q; want 2 naming the directory", args, code, stderr)
			}
			if _, err := os.Stat(missing); !os.IsNotExist(err) {
				t.Fatalf("%v created %s", args, missing)
			}
		}
	})
}

// A fleet whose cabinet rotates its key in the middle of the day runs
// through the whole pipeline — agent (edge check), ledger (registration
// with the history, ingest), seal, proof, attestations, the L2 and the
// audit's onshore recompute, which verifies every record's signature
// against the key of its time.
func TestASimulatedMidRunRotationPassesIngestSealAndAudit(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "fleet")
	rotateAt := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
	if code, _, stderr := simTestRun(t, "sim", "--cabinets", "6", "--days", "1", "--rotate", "3@"+telemetry.FormatTime(rotateAt), "--out", dir); code != 0 {
		t.Fatalf("sim: exit %d: %s", code, stderr)
	}
	// Keep each cabinet's first two events and cabinet 3's first two after
	// its rotation: one epoch of 14 records, in a chunk of 16.
	path := filepath.Join(dir, "events.jsonl")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	kept, late := map[uint32]int{}, 0
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		var ev telemetry.SignedEvent
		if err := json.Unmarshal(sc.Bytes(), &ev); err != nil {
			t.Fatal(err)
		}
		switch {
		case kept[ev.Cabinet] < 2:
			kept[ev.Cabinet]++
		case ev.Cabinet == 3 && ev.Time >= rotateAt.Unix() && late < 2:
			late++
		default:
			continue
		}
		out.Write(sc.Bytes())
		out.WriteByte('\n')
	}
	if late != 2 {
		t.Fatalf("cabinet 3 has %d events after its rotation", late)
	}
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	demo := filepath.Join(t.TempDir(), "demo")
	code, stdout, stderr := simTestRun(t, "demo", "--fleet", dir, "--capacity", "16", "--dev-keys", "--keys", filepath.Join(t.TempDir(), "keys"), "--data", demo)
	if code != 0 || !regexp.MustCompile(`all \d+ disclosures verified\n$`).MatchString(stdout) {
		t.Fatalf("demo over a fleet with a rotation: exit %d\n%s%s", code, stdout, stderr)
	}
	code, stdout, stderr = simTestRun(t, "devices", "list", "--data", demo, "--cabinet", "3")
	if code != 0 || !strings.Contains(stdout, fmt.Sprintf("%s  retired", telemetry.FormatTime(rotateAt))) {
		t.Errorf("devices list after the demo: exit %d\n%s%s", code, stdout, stderr)
	}
}
