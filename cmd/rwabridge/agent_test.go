package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

func TestAgentOnceDrainsAFileIntoTheEmbeddedLedgerAndResumesWhereItStopped(t *testing.T) {
	fleet := simTestFleet(t)
	data := filepath.Join(t.TempDir(), "data")
	events := filepath.Join(fleet, "events.jsonl")
	// A bad line: listed, kept in the quarantine file, and the run exits 1
	// (0 with --allow-rejected). An exact duplicate of a line is none of
	// that: counted as a duplicate, not quarantined.
	f, err := os.OpenFile(events, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	first, _ := os.ReadFile(events)
	lines := strings.Count(string(first), "\n")
	f.WriteString("{not json}\n")
	f.Write(first[:strings.IndexByte(string(first), '\n')+1])
	f.Close()
	args := []string{"agent", "--data", data, "--devices", filepath.Join(fleet, "devices.yaml"), "--source", "file:" + events, "--once", "--log-level", "warn"}
	if code, stdout, stderr := simTestRun(t, append(args[:len(args):len(args)], "--allow-rejected", "--data", filepath.Join(t.TempDir(), "other"))...); code != 0 {
		t.Fatalf("agent --once --allow-rejected: exit %d\n%s%s", code, stdout, stderr)
	}
	code, stdout, stderr := simTestRun(t, args...)
	if code != 1 || !strings.Contains(stderr, "1 event(s) rejected") || !strings.Contains(stderr, "quarantine.jsonl") {
		t.Fatalf("agent --once with a rejected event: exit %d, want 1\n%s%s", code, stdout, stderr)
	}
	q, err := os.ReadFile(filepath.Join(data, "agent", "quarantine.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	ql := strings.Split(strings.TrimSpace(string(q)), "\n")
	wantBad := fmt.Sprintf(`"position":"%s:%d","class":"malformed"`, events, lines+1)
	if len(ql) != 1 || !strings.Contains(ql[0], wantBad) || !strings.Contains(ql[0], `"raw":"{not json}"`) {
		t.Fatalf("quarantine file: want the bad line (%s) alone, not the duplicate:\n%s", wantBad, q)
	}
	m := regexp.MustCompile(`read (\d+), accepted (\d+), duplicates 1, rejected 1,`).FindStringSubmatch(stdout)
	if m == nil || !strings.Contains(stdout, "rejected malformed") || strings.Contains(stdout, "rejected duplicate") {
		t.Fatalf("summary does not list the duplicate and the rejection apart:\n%s", stdout)
	}
	if !strings.Contains(stdout, "stored "+m[2]+", duplicates 0") || !strings.Contains(stdout, "still queued 0") {
		t.Errorf("summary does not say all %s accepted events were stored:\n%s", m[2], stdout)
	}
	if _, err := os.Stat(filepath.Join(data, "agent", "queue.db")); err != nil {
		t.Errorf("queue not in DATA/agent: %v", err)
	}
	if _, err := os.Stat(filepath.Join(data, "ledger", "ledger.db")); err != nil {
		t.Errorf("embedded ledger not in DATA/ledger: %v", err)
	}

	code, stdout, stderr = simTestRun(t, args...)
	if code != 0 || !strings.Contains(stdout, "read 0, accepted 0") {
		t.Errorf("second run: exit %d, want nothing new read:\n%s%s", code, stdout, stderr)
	}
}

// agentTestFleet simulates a small fleet and returns its directory, a data
// directory for the agent (not made yet), the events file and its bytes.
func agentTestFleet(t *testing.T) (fleet, data, events string, body []byte) {
	t.Helper()
	fleet = simTestFleet(t)
	events = filepath.Join(fleet, "events.jsonl")
	body, err := os.ReadFile(events)
	if err != nil {
		t.Fatal(err)
	}
	return fleet, filepath.Join(t.TempDir(), "data"), events, body
}

// The same events fed again, by a later run, are duplicates twice over:
// the first copy reaches the ledger (the agent's memory of what it
// forwarded did not survive the restart), which answers "already had"; the
// second copy is caught at the edge. Neither is a failure.
func TestAgentOnceFedTheSameEventsAgainExits0WithDuplicatesAndAnUnchangedQuarantine(t *testing.T) {
	fleet, data, events, body := agentTestFleet(t)
	n := strings.Count(string(body), "\n")
	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	if err := os.WriteFile(bad, []byte("{not json}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	base := []string{"agent", "--data", data, "--devices", filepath.Join(fleet, "devices.yaml"), "--once", "--log-level", "warn"}
	code, stdout, stderr := simTestRun(t, append(base[:len(base):len(base)], "--source", "file:"+events, "--source", "file:"+bad, "--allow-rejected")...)
	if code != 0 || !strings.Contains(stdout, fmt.Sprintf("stored %d, duplicates 0", n)) {
		t.Fatalf("first run: exit %d, want 0 and %d stored\n%s%s", code, n, stdout, stderr)
	}
	quarantine := filepath.Join(data, "agent", "quarantine.jsonl")
	before, err := os.ReadFile(quarantine)
	if err != nil {
		t.Fatal(err)
	}

	var srcs []string
	for _, name := range []string{"again.jsonl", "and-again.jsonl"} {
		p := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(p, body, 0o644); err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, "--source", "file:"+p)
	}
	code, stdout, stderr = simTestRun(t, append(base[:len(base):len(base)], srcs...)...)
	want := fmt.Sprintf("read %d, accepted %d, duplicates %d, rejected 0, overflow 0\nledger: stored 0, duplicates %d, rejected 0; still queued 0\n", 2*n, n, n, n)
	if code != 0 || stdout != want {
		t.Fatalf("the same events again: exit %d, want 0 and\n%s\ngot:\n%s%s", code, want, stdout, stderr)
	}
	if after, err := os.ReadFile(quarantine); err != nil || string(after) != string(before) {
		t.Errorf("the quarantine file changed (%v):\nbefore:\n%s\nafter:\n%s", err, before, after)
	}
}

// A conflict (the key of a stored event, other bytes, validly signed) stays
// a rejection, whether the edge or the ledger catches it: quarantined,
// counted, exit 1 with --once (0 with --allow-rejected).
func TestAgentOnceQuarantinesAConflictAndExits1(t *testing.T) {
	fleet, data, _, body := agentTestFleet(t)
	firstLine := body[:strings.IndexByte(string(body), '\n')]
	var ev telemetry.SignedEvent
	if err := ev.UnmarshalJSON(firstLine); err != nil {
		t.Fatal(err)
	}
	reg, err := telemetry.LoadRegistry(filepath.Join(fleet, "devices.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	keys, err := telemetry.LoadDeviceKeys(filepath.Join(fleet, "device-keys.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	key, err := keys.Key(ev.Cabinet)
	if err != nil {
		t.Fatal(err)
	}
	other := ev.Event
	other.FeeCents++
	conflictLine, err := telemetry.Sign(reg.ID, key, other).MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	withConflict := filepath.Join(t.TempDir(), "with-conflict.jsonl")
	if err := os.WriteFile(withConflict, append(append(body, conflictLine...), '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"agent", "--data", data, "--devices", filepath.Join(fleet, "devices.yaml"), "--source", "file:" + withConflict, "--once", "--log-level", "warn"}
	code, stdout, stderr := simTestRun(t, args...)
	if code != 1 || !strings.Contains(stderr, "1 event(s) rejected") || !strings.Contains(stdout, "rejected conflict") {
		t.Fatalf("a conflict at the edge: exit %d, want 1 naming it\n%s%s", code, stdout, stderr)
	}
	q, err := os.ReadFile(filepath.Join(data, "agent", "quarantine.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	n := strings.Count(string(body), "\n")
	wantQ := fmt.Sprintf(`"position":"%s:%d","class":"conflict"`, withConflict, n+1)
	if ql := strings.Split(strings.TrimSpace(string(q)), "\n"); len(ql) != 1 || !strings.Contains(ql[0], wantQ) {
		t.Fatalf("quarantine file: want the conflict (%s) alone:\n%s", wantQ, q)
	}

	// A later run has no memory of what it forwarded: the conflict reaches
	// the ledger, which rejects it. The same rejection all the same.
	again := filepath.Join(t.TempDir(), "conflict-again.jsonl")
	if err := os.WriteFile(again, append(conflictLine, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	args = []string{"agent", "--data", data, "--devices", filepath.Join(fleet, "devices.yaml"), "--source", "file:" + again, "--once", "--log-level", "warn"}
	code, stdout, stderr = simTestRun(t, args...)
	if code != 1 || !strings.Contains(stderr, "1 event(s) rejected") || !strings.Contains(stdout, "ledger rejected conflict") ||
		!strings.Contains(stdout, "accepted 1, duplicates 0, rejected 0") {
		t.Fatalf("a conflict the ledger rejects: exit %d, want 1 naming it\n%s%s", code, stdout, stderr)
	}
	q, err = os.ReadFile(filepath.Join(data, "agent", "quarantine.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	ql := strings.Split(strings.TrimSpace(string(q)), "\n")
	if len(ql) != 2 || !strings.Contains(ql[1], `"source":"ledger"`) || !strings.Contains(ql[1], `"class":"conflict"`) || !strings.Contains(ql[1], `"event":{`) {
		t.Fatalf("quarantine file: want the conflict the ledger rejected appended:\n%s", q)
	}
	if code, stdout, stderr := simTestRun(t, append(args, "--allow-rejected")...); code != 0 {
		t.Errorf("--allow-rejected: exit %d, want 0\n%s%s", code, stdout, stderr)
	}
}

func TestAgentOnceWithSealSealsTheEndedEpochs(t *testing.T) {
	day := recentDay()
	fleet := simTestFleet(t, "--start", day.Format(time.DateOnly))
	data := filepath.Join(t.TempDir(), "data")
	code, stdout, stderr := simTestRun(t, "agent", "--data", data, "--devices", filepath.Join(fleet, "devices.yaml"),
		"--source", "file:"+filepath.Join(fleet, "events.jsonl"), "--once", "--seal", "--policy", "battery-swap-daily", "--log-level", "warn")
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	// Every ended day from the registration on is sealed, the simulated one
	// with its records.
	simulated := fmt.Sprintf("sealed shenzhen-north epoch %d (%s): ", day.Unix()/86400, day.Format(time.RFC3339))
	if !strings.Contains(stdout, simulated) || strings.Contains(stdout, simulated+"0 records") {
		t.Errorf("the simulated day is not sealed with its records:\n%.800s", stdout)
	}
}

func TestAgentRefusesABadSourceOrMissingFlagsWithExitCode2(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"an unknown source scheme", []string{"agent", "--data", "d", "--devices", "x.yaml", "--source", "kafka://h/t"}, "expected file:PATH"},
		{"no data dir", []string{"agent", "--devices", "x.yaml", "--source", "file:e.jsonl"}, "data_dir is required"},
		{"seal without a policy", []string{"agent", "--data", "d", "--devices", "x.yaml", "--seal"}, "seal.enabled needs policy"},
		{"a config with an unknown key", []string{"agent", "--config", "../../onshore/agent/testdata/config/unknown-key.bad.yml"}, "maxwait"},
		{"no source, which would idle forever", []string{"agent", "--data", "d", "--devices", "x.yaml"}, "no source"},
		{"no batch in flight", []string{"agent", "--data", "d", "--devices", "x.yaml", "--source", "file:e.jsonl", "--in-flight", "0"}, "batch.in_flight 0 must be 1 to 64"},
		{"an empty batch", []string{"agent", "--data", "d", "--devices", "x.yaml", "--source", "file:e.jsonl", "--batch-size", "0"}, "batch.size 0 must be 1 to 10000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := simTestRun(t, tt.args...)
			if code != 2 || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", code, stderr, tt.want)
			}
		})
	}
}
