package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
)

// verifyTestLines reads the fleet's events as lines.
func verifyTestLines(t *testing.T, dir string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "events.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	if len(lines) < 50 {
		t.Fatalf("fleet has only %d events", len(lines))
	}
	return lines
}

// verifyTestSigned signs ev with the fleet's key for its cabinet and returns
// its JSON line.
func verifyTestSigned(t *testing.T, dir string, ev telemetry.Event) string {
	t.Helper()
	keys, err := telemetry.LoadDeviceKeys(filepath.Join(dir, "device-keys.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	key, err := keys.Key(ev.Cabinet)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(telemetry.Sign(keys.Registry, key, ev))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func verifyTestEvent(t *testing.T, line string) telemetry.Event {
	t.Helper()
	var s telemetry.SignedEvent
	if err := json.Unmarshal([]byte(line), &s); err != nil {
		t.Fatal(err)
	}
	return s.Event
}

var verifyTestEnergyDigit = regexp.MustCompile(`"energy_wh":([0-9])`)

func TestTelemetryVerifyNamesEachErrorClass(t *testing.T) {
	dir := simTestFleet(t)
	tests := []struct {
		name   string
		tamper func(lines []string) []string
		code   int
		want   map[string]int // error class counts; the others must be 0
		line   int            // the first failing line, when code is 1
	}{
		{"an untouched feed is valid", func(l []string) []string { return l }, 0, nil, 0},
		{"blank lines are skipped", func(l []string) []string {
			return append(append(append([]string{}, l[:5]...), "", "  "), l[5:]...)
		}, 0, nil, 0},
		{"a changed digit in one energy is a bad signature", func(l []string) []string {
			l[9] = verifyTestEnergyDigit.ReplaceAllStringFunc(l[9], func(m string) string {
				d := m[len(m)-1]
				if d == '9' {
					d = '8'
				} else {
					d++
				}
				return m[:len(m)-1] + string(d)
			})
			return l
		}, 1, map[string]int{"bad_signature": 1}, 10},
		{"the same feed in reverse order is valid", func(l []string) []string {
			slices.Reverse(l)
			return l
		}, 0, nil, 0},
		{"a repeated line is a duplicate", func(l []string) []string {
			return append(l[:21:21], append([]string{l[3]}, l[21:]...)...)
		}, 1, map[string]int{"duplicate": 1}, 22},
		{"a validly signed event with a taken cabinet and seq but other bytes is a conflict", func(l []string) []string {
			ev := verifyTestEvent(t, l[3])
			ev.FeeCents++
			return append(l, verifyTestSigned(t, dir, ev))
		}, 1, map[string]int{"conflict": 1}, 0},
		{"a cut-off line is malformed", func(l []string) []string {
			l[4] = l[4][:len(l[4])/2]
			return l
		}, 1, map[string]int{"malformed": 1}, 5},
		{"a line that is not JSON is malformed", func(l []string) []string {
			l[6] = "swap at cabinet 3"
			return l
		}, 1, map[string]int{"malformed": 1}, 7},
		{"an unknown field is malformed", func(l []string) []string {
			l[7] = strings.Replace(l[7], `{"v":1,`, `{"v":1,"promo":true,`, 1)
			return l
		}, 1, map[string]int{"malformed": 1}, 8},
		{"an event from an unregistered cabinet is an unknown device", func(l []string) []string {
			l[2] = regexp.MustCompile(`"cabinet":[0-9]+`).ReplaceAllString(l[2], `"cabinet":999`)
			return l
		}, 1, map[string]int{"unknown_device": 1}, 3},
		{"a validly signed event with too much energy is out of range", func(l []string) []string {
			ev := verifyTestEvent(t, l[len(l)-1])
			ev.Seq += 1000
			ev.EnergyWh = 20_000
			return append(l, verifyTestSigned(t, dir, ev))
		}, 1, map[string]int{"out_of_range": 1}, 0},
		{"a validly signed event dated tomorrow is clock skew", func(l []string) []string {
			ev := verifyTestEvent(t, l[len(l)-1])
			ev.Seq += 1000
			ev.Time = time.Now().Add(24 * time.Hour).Unix()
			return append(l, verifyTestSigned(t, dir, ev))
		}, 1, map[string]int{"clock_skew": 1}, 0},
		{"a validly signed heartbeat is valid", func(l []string) []string {
			ev := verifyTestEvent(t, l[len(l)-1])
			return append(l, verifyTestSigned(t, dir, telemetry.Event{Kind: telemetry.KindHeartbeat, Pool: ev.Pool, Cabinet: ev.Cabinet, Seq: ev.Seq + 1000, Time: ev.Time}))
		}, 0, nil, 0},
		{"a heartbeat with a swap field is malformed", func(l []string) []string {
			ev := verifyTestEvent(t, l[len(l)-1])
			hb := verifyTestSigned(t, dir, telemetry.Event{Kind: telemetry.KindHeartbeat, Pool: ev.Pool, Cabinet: ev.Cabinet, Seq: ev.Seq + 1000, Time: ev.Time})
			return append(l, strings.Replace(hb, `"time"`, `"fee_cents":0,"time"`, 1))
		}, 1, map[string]int{"malformed": 1}, 0},
		{"a heartbeat's signature on a swap of no energy is a bad signature", func(l []string) []string {
			ev := verifyTestEvent(t, l[len(l)-1])
			hb := verifyTestSigned(t, dir, telemetry.Event{Kind: telemetry.KindHeartbeat, Pool: ev.Pool, Cabinet: ev.Cabinet, Seq: ev.Seq + 1000, Time: ev.Time})
			return append(l, strings.Replace(hb, `{"v":2,"kind":"heartbeat",`, `{"v":1,`, 1))
		}, 1, map[string]int{"bad_signature": 1}, 0},
		{"a swap of seq 0 is out of range", func(l []string) []string {
			l[5] = regexp.MustCompile(`"seq":[0-9]+`).ReplaceAllString(l[5], `"seq":0`)
			return l
		}, 1, map[string]int{"out_of_range": 1}, 6},
		{"several faults are each counted in their class", func(l []string) []string {
			l[1] = "{"
			l[2] = "]"
			l = append(l, l[10], l[11])
			return l
		}, 1, map[string]int{"malformed": 2, "duplicate": 2}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := tt.tamper(verifyTestLines(t, dir))
			events := filepath.Join(t.TempDir(), "events.jsonl")
			if err := os.WriteFile(events, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			devices := filepath.Join(dir, "devices.yaml")

			code, stdout, stderr := simTestRun(t, "telemetry", "verify", "--devices", devices, "--events", events, "--json")
			if code != tt.code {
				t.Fatalf("exit %d, want %d\n%s%s", code, tt.code, stdout, stderr)
			}
			var rep telemetry.CheckReport
			if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
				t.Fatalf("--json output does not decode: %v\n%s", err, stdout)
			}
			for _, class := range telemetry.Classes() {
				if rep.Errors[class] != tt.want[class] {
					t.Errorf("%s: %d, want %d (report %+v)", class, rep.Errors[class], tt.want[class], rep.Errors)
				}
			}
			if rep.OK != (tt.code == 0) || rep.Invalid != len(rep.Failures) {
				t.Errorf("report ok=%v invalid=%d failures=%d", rep.OK, rep.Invalid, len(rep.Failures))
			}
			if tt.line > 0 && (len(rep.Failures) == 0 || rep.Failures[0].Line != tt.line) {
				t.Errorf("first failure %+v, want line %d", rep.Failures, tt.line)
			}

			// The text report names the same classes and lines.
			code, stdout, _ = simTestRun(t, "telemetry", "verify", "--devices", devices, "--events", events)
			if code != tt.code {
				t.Fatalf("text mode: exit %d, want %d", code, tt.code)
			}
			for class := range tt.want {
				if !strings.Contains(stdout, class) {
					t.Errorf("text report does not name %s:\n%s", class, stdout)
				}
			}
			if tt.line > 0 && !strings.Contains(stdout, fmt.Sprintf("line %d: ", tt.line)) {
				t.Errorf("text report does not show line %d:\n%s", tt.line, stdout)
			}
		})
	}
}

func TestTelemetryVerifyCountsSwapsAndHeartbeats(t *testing.T) {
	dir := simTestFleet(t)
	lines := verifyTestLines(t, dir)
	beats := 0
	for _, l := range lines {
		if strings.Contains(l, `"kind":"heartbeat"`) {
			beats++
		}
	}
	if beats == 0 {
		t.Fatal("the test fleet has no heartbeat")
	}
	devices, events := filepath.Join(dir, "devices.yaml"), filepath.Join(dir, "events.jsonl")
	code, stdout, stderr := simTestRun(t, "telemetry", "verify", "--devices", devices, "--events", events, "--json")
	if code != 0 {
		t.Fatalf("exit %d:\n%s%s", code, stdout, stderr)
	}
	var rep telemetry.CheckReport
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Heartbeats != beats || rep.Valid != len(lines) {
		t.Errorf("report: %d valid, %d heartbeats; the file has %d lines, %d heartbeats", rep.Valid, rep.Heartbeats, len(lines), beats)
	}
	_, stdout, _ = simTestRun(t, "telemetry", "verify", "--devices", devices, "--events", events, "--policy", "battery-swap-daily")
	if want := fmt.Sprintf("%d valid (%d swaps, %d heartbeats)", len(lines), len(lines)-beats, beats); !strings.Contains(stdout, want) {
		t.Errorf("text report does not say %q (the policy's bounds are a swap's):\n%s", want, stdout)
	}
}

func TestTelemetryVerifyShowsTheFirstFailures(t *testing.T) {
	dir := simTestFleet(t)
	lines := verifyTestLines(t, dir)
	for i := range 8 {
		lines[2*i] = "x"
	}
	events := filepath.Join(t.TempDir(), "events.jsonl")
	if err := os.WriteFile(events, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := simTestRun(t, "telemetry", "verify", "--devices", filepath.Join(dir, "devices.yaml"), "--events", events)
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	if n := strings.Count(stdout, ": malformed: "); n != 5 {
		t.Errorf("%d failing lines shown, want the first 5:\n%s", n, stdout)
	}
	if !strings.Contains(stdout, "malformed       8") || !strings.Contains(stdout, "line 1: ") || strings.Contains(stdout, "line 11: ") {
		t.Errorf("report does not count 8 malformed and show lines 1..9:\n%s", stdout)
	}
	if !strings.Contains(stderr, "8 of") {
		t.Errorf("stderr does not say how many failed: %q", stderr)
	}
}

func TestTelemetryVerifyReadsStdin(t *testing.T) {
	dir := simTestFleet(t)
	f, err := os.Open(filepath.Join(dir, "events.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	stdin := os.Stdin
	os.Stdin = f
	defer func() { os.Stdin = stdin }()
	code, stdout, stderr := simTestRun(t, "telemetry", "verify", "--devices", filepath.Join(dir, "devices.yaml"), "--events", "-")
	if code != 0 || !strings.Contains(stdout, "all events valid") {
		t.Fatalf("exit %d:\n%s%s", code, stdout, stderr)
	}
}

func TestTelemetryVerifyUsageErrors(t *testing.T) {
	dir := simTestFleet(t)
	devices, events := filepath.Join(dir, "devices.yaml"), filepath.Join(dir, "events.jsonl")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"verify without --events says to give both files", []string{"--devices", devices}, "missing --devices or --events"},
		{"verify without --devices says to give both files", []string{"--events", events}, "missing --devices or --events"},
		{"verify with a missing registry names it", []string{"--devices", filepath.Join(dir, "nope.yaml"), "--events", events}, "nope.yaml"},
		{"verify with the key file as registry says why it is wrong", []string{"--devices", filepath.Join(dir, "device-keys.yaml"), "--events", events}, "device registry"},
		{"verify with a missing events file names it", []string{"--devices", devices, "--events", filepath.Join(dir, "nope.jsonl")}, "nope.jsonl"},
		{"verify with a negative --max-skew says what to give", []string{"--devices", devices, "--events", events, "--max-skew", "-1m"}, "--max-skew"},
		{"verify with a negative --show says what to give", []string{"--devices", devices, "--events", events, "--show", "-1"}, "--show"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := simTestRun(t, append([]string{"telemetry", "verify"}, tt.args...)...)
			if code != 2 {
				t.Fatalf("exit %d, want 2", code)
			}
			if !strings.Contains(stderr, tt.want) {
				t.Fatalf("stderr %q does not say %q", stderr, tt.want)
			}
		})
	}
}

func TestTelemetryVerifyRefusesEmptyInputDuplicateKeysAndAByteOrderMarkAndChecksAPolicy(t *testing.T) {
	dir := simTestFleet(t)
	devices := filepath.Join(dir, "devices.yaml")
	lines := verifyTestLines(t, dir)
	write := func(name string, ls ...string) string {
		p := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(p, []byte(strings.Join(ls, "\n")), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	t.Run("an empty file exits 3, not all valid", func(t *testing.T) {
		code, stdout, stderr := simTestRun(t, "telemetry", "verify", "--devices", devices, "--events", write("empty.jsonl"))
		if code != 3 || strings.Contains(stdout, "all events valid") || !strings.Contains(stdout, "no events") {
			t.Fatalf("exit %d:\n%s%s", code, stdout, stderr)
		}
	})
	t.Run("a key given twice is malformed, not a bad signature", func(t *testing.T) {
		dup := strings.Replace(lines[0], `"energy_wh":`, `"energy_wh":1,"energy_wh":`, 1)
		code, stdout, stderr := simTestRun(t, "telemetry", "verify", "--devices", devices, "--events", write("dup.jsonl", dup), "--json")
		var rep telemetry.CheckReport
		if err := json.Unmarshal([]byte(stdout), &rep); err != nil || code != 1 || rep.Errors["malformed"] != 1 || rep.Errors["bad_signature"] != 0 ||
			!strings.Contains(rep.Failures[0].Message, "duplicate JSON key \"energy_wh\"") {
			t.Fatalf("exit %d, %v:\n%s%s", code, err, stdout, stderr)
		}
	})
	t.Run("a byte-order mark is malformed", func(t *testing.T) {
		code, stdout, stderr := simTestRun(t, "telemetry", "verify", "--devices", devices, "--events", write("bom.jsonl", "\ufeff"+lines[0]), "--json")
		var rep telemetry.CheckReport
		if err := json.Unmarshal([]byte(stdout), &rep); err != nil || code != 1 || rep.Errors["malformed"] != 1 || !strings.Contains(rep.Failures[0].Message, "byte-order mark") {
			t.Fatalf("exit %d, %v:\n%s%s", code, err, stdout, stderr)
		}
	})
	t.Run("--policy checks the policy's record bounds", func(t *testing.T) {
		ev := verifyTestEvent(t, lines[0])
		ev.FeeCents = 7_500 // within the default bounds (10,000), above the daily policy's cap (5,000)
		line := verifyTestSigned(t, dir, ev)
		path := write("fee.jsonl", line)
		if code, stdout, stderr := simTestRun(t, "telemetry", "verify", "--devices", devices, "--events", path, "--max-skew", "0"); code != 0 {
			t.Fatalf("without --policy: exit %d:\n%s%s", code, stdout, stderr)
		}
		code, stdout, stderr := simTestRun(t, "telemetry", "verify", "--devices", devices, "--events", path, "--max-skew", "0", "--policy", policies.DefaultID, "--json")
		var rep telemetry.CheckReport
		if err := json.Unmarshal([]byte(stdout), &rep); err != nil || code != 1 || rep.Errors["out_of_range"] != 1 {
			t.Fatalf("with --policy: exit %d, %v:\n%s%s", code, err, stdout, stderr)
		}
	})
}
