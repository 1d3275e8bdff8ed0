package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestAgentOnceDrainsAFileIntoTheEmbeddedLedgerAndResumesWhereItStopped(t *testing.T) {
	fleet := simTestFleet(t)
	data := filepath.Join(t.TempDir(), "data")
	events := filepath.Join(fleet, "events.jsonl")
	// A bad line and a duplicate: listed, kept in the quarantine file, and the
	// run exits 1 (0 with --allow-rejected).
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
	if code != 1 || !strings.Contains(stderr, "2 event(s) rejected") || !strings.Contains(stderr, "quarantine.jsonl") {
		t.Fatalf("agent --once with rejected events: exit %d, want 1\n%s%s", code, stdout, stderr)
	}
	q, err := os.ReadFile(filepath.Join(data, "agent", "quarantine.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	ql := strings.Split(strings.TrimSpace(string(q)), "\n")
	wantBad := fmt.Sprintf(`"position":"%s:%d","class":"malformed"`, events, lines+1)
	wantReplay := fmt.Sprintf(`"position":"%s:%d","class":"duplicate"`, events, lines+2)
	if len(ql) != 2 || !strings.Contains(ql[0], wantBad) || !strings.Contains(ql[0], `"raw":"{not json}"`) || !strings.Contains(ql[1], wantReplay) || !strings.Contains(ql[1], `"event":{`) {
		t.Fatalf("quarantine file: want the bad line (%s) and the duplicate (%s):\n%s", wantBad, wantReplay, q)
	}
	m := regexp.MustCompile(`read (\d+), accepted (\d+), rejected 2`).FindStringSubmatch(stdout)
	if m == nil || !strings.Contains(stdout, "rejected malformed") || !strings.Contains(stdout, "rejected duplicate") {
		t.Fatalf("summary does not list the two rejections:\n%s", stdout)
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
