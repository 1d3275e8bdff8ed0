package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// simTestRun runs rwabridge with args and returns its exit code and output.
func simTestRun(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// simTestFleet simulates a small fleet into a temporary directory.
func simTestFleet(t *testing.T, args ...string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "fleet")
	args = append([]string{"sim", "--cabinets", "3", "--days", "1", "--seed", "7", "--start", "2026-06-01", "--out", dir}, args...)
	if code, _, stderr := simTestRun(t, args...); code != 0 {
		t.Fatalf("rwabridge %s: exit %d: %s", strings.Join(args, " "), code, stderr)
	}
	return dir
}

func TestSimThenVerify(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "fleet")
	code, stdout, stderr := simTestRun(t, "sim", "--cabinets", "4", "--days", "2", "--seed", "11", "--start", "2026-06-01", "--out", dir)
	if code != 0 {
		t.Fatalf("sim: exit %d: %s", code, stderr)
	}
	if stderr != "" {
		t.Errorf("sim wrote to stderr without a terminal or --progress: %q", stderr)
	}
	if !strings.Contains(stdout, `registry "sim-shenzhen-north-11"`) {
		t.Errorf("sim output does not name the default registry id:\n%s", stdout)
	}
	fi, err := os.Stat(filepath.Join(dir, "device-keys.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("device-keys.yaml has mode %o, want 600", fi.Mode().Perm())
	}
	code, stdout, stderr = simTestRun(t, "telemetry", "verify", "--devices", filepath.Join(dir, "devices.yaml"), "--events", filepath.Join(dir, "events.jsonl"))
	if code != 0 {
		t.Fatalf("verify: exit %d:\n%s%s", code, stdout, stderr)
	}
	for _, want := range []string{"all events valid", "from 4 cabinets", "2026-06-01T"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("verify summary lacks %q:\n%s", want, stdout)
		}
	}
}

func TestSimSaysHowManySwapsAndHeartbeatsItWrote(t *testing.T) {
	count := func(dir, what string) int {
		b, err := os.ReadFile(filepath.Join(dir, "events.jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		return bytes.Count(b, []byte(what))
	}
	run := func(args ...string) (string, string) {
		dir := filepath.Join(t.TempDir(), "fleet")
		args = append([]string{"sim", "--cabinets", "3", "--days", "1", "--seed", "7", "--out", dir}, args...)
		code, stdout, stderr := simTestRun(t, args...)
		if code != 0 {
			t.Fatalf("sim: exit %d: %s", code, stderr)
		}
		return dir, stdout
	}
	dir, stdout := run()
	swaps, beats := count(dir, `{"v":1,`), count(dir, `{"v":2,"kind":"heartbeat",`)
	if beats == 0 {
		t.Fatal("the default fleet has no heartbeat")
	}
	if want := fmt.Sprintf(": %d events (%d swaps, %d heartbeats, one after each 1h0m0s without an event;", swaps+beats, swaps, beats); !strings.Contains(stdout, want) {
		t.Errorf("sim output does not say %q:\n%s", want, stdout)
	}
	dir, stdout = run("--heartbeat", "0")
	if n := count(dir, "heartbeat"); n != 0 || !strings.Contains(stdout, fmt.Sprintf(": %d events (%d swaps, heartbeats off;", swaps, swaps)) {
		t.Errorf("--heartbeat 0: %d heartbeats written, output:\n%s", n, stdout)
	}
	dir, stdout = run("--heartbeat", "20m")
	if n := count(dir, `"kind":"heartbeat"`); n <= beats || !strings.Contains(stdout, fmt.Sprintf("%d heartbeats, one after each 20m0s without an event", n)) {
		t.Errorf("--heartbeat 20m: %d heartbeats written (%d with 1h), output:\n%s", n, beats, stdout)
	}
	code, help, _ := simTestRun(t, "sim", "--help")
	if code != 0 || !strings.Contains(help, "--heartbeat 0 turns them off") || !strings.Contains(help, "--heartbeat duration") {
		t.Errorf("sim --help does not document the heartbeat period:\n%s", help)
	}
}

func TestSimIsDeterministic(t *testing.T) {
	read := func(dir string) []byte {
		b, err := os.ReadFile(filepath.Join(dir, "events.jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	a, b := read(simTestFleet(t)), read(simTestFleet(t, "--workers", "1"))
	if len(a) == 0 || !bytes.Equal(a, b) {
		t.Fatalf("two runs with the same seed differ (%d vs %d bytes)", len(a), len(b))
	}
	if c := read(simTestFleet(t, "--seed", "8")); bytes.Equal(a, c) {
		t.Fatal("another seed gave the same events")
	}
}

func TestSimProgressOnRequest(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "fleet")
	code, _, stderr := simTestRun(t, "sim", "--cabinets", "2", "--days", "1", "--out", dir, "--progress")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "simulating hours") {
		t.Fatalf("--progress showed no progress on stderr: %q", stderr)
	}
}

func TestSimUsageErrors(t *testing.T) {
	out := filepath.Join(t.TempDir(), "fleet")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"sim without --out says to give one", []string{"sim", "--cabinets", "3"}, "missing --out"},
		{"sim with a malformed start date says which format to use", []string{"sim", "--out", out, "--start", "1/11/2026"}, "YYYY-MM-DD"},
		{"sim with no cabinets says how many are allowed", []string{"sim", "--out", out, "--cabinets", "0"}, "simulate 1 to"},
		{"sim with a bad pool id says what a pool id is", []string{"sim", "--out", out, "--pool", "Shenzhen"}, "pool id"},
		{"sim with an argument rejects it", []string{"sim", "--out", out, "extra"}, "unknown command"},
		{"sim with a heartbeat under a minute says what to give", []string{"sim", "--out", out, "--heartbeat", "30s"}, "at least 1m (0 turns heartbeats off)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := simTestRun(t, tt.args...)
			if code != 2 {
				t.Fatalf("exit %d, want 2 (usage)", code)
			}
			if !strings.Contains(stderr, tt.want) {
				t.Fatalf("stderr %q does not say %q", stderr, tt.want)
			}
			if _, err := os.Stat(out); err == nil {
				t.Fatal("a rejected command created the output directory")
			}
		})
	}
}

func TestCommandsHaveHelpWithExamples(t *testing.T) {
	for _, args := range [][]string{
		{"sim", "--help"},
		{"telemetry", "--help"},
		{"telemetry", "verify", "--help"},
	} {
		t.Run(strings.Join(args, " ")+" shows examples", func(t *testing.T) {
			code, stdout, _ := simTestRun(t, args...)
			if code != 0 {
				t.Fatalf("exit %d", code)
			}
			if !strings.Contains(stdout, "Examples:") || !strings.Contains(stdout, "rwabridge "+args[0]) {
				t.Fatalf("help lacks examples:\n%s", stdout)
			}
		})
	}
}
