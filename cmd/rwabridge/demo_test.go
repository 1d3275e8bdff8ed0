package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// demoTestFleet simulates 6 cabinets over one day with rwabridge sim and
// keeps each cabinet's first two events: one epoch of 12 records, one
// chunk of 16, above the default policy's k = 5.
func demoTestFleet(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "fleet")
	if code, _, stderr := simTestRun(t, "sim", "--cabinets", "6", "--days", "1", "--out", dir); code != 0 {
		t.Fatalf("sim: exit %d: %s", code, stderr)
	}
	path := filepath.Join(dir, "events.jsonl")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	kept := map[int]int{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		var ev struct {
			Cabinet int `json:"cabinet"`
		}
		if err := json.Unmarshal(sc.Bytes(), &ev); err != nil {
			t.Fatal(err)
		}
		if kept[ev.Cabinet] < 2 {
			kept[ev.Cabinet]++
			out.Write(sc.Bytes())
			out.WriteByte('\n')
		}
	}
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestDemoRunsEveryStageAndExitsZeroWhenEveryDisclosureVerifies(t *testing.T) {
	fleet := demoTestFleet(t)
	data := filepath.Join(t.TempDir(), "demo")
	keysDir := filepath.Join(t.TempDir(), "keys")
	code, stdout, stderr := simTestRun(t, "demo", "--fleet", fleet, "--capacity", "16", "--dev-keys", "--keys", keysDir, "--data", data)
	if code != 0 {
		t.Fatalf("demo: exit %d\n%s%s", code, stdout, stderr)
	}
	for i := 1; i <= 11; i++ {
		if !strings.Contains(stdout, fmt.Sprintf("[%d/11] ", i)) {
			t.Errorf("stage %d not shown:\n%s", i, stdout)
		}
	}
	// The fleet's day, the registration day before it and the day after
	// (no records: suppressed): three epochs, in order.
	if !strings.HasSuffix(stdout, "all 3 disclosures verified\n") {
		t.Errorf("demo does not end with the verdict:\n%s", stdout)
	}
	if !strings.Contains(stdout, "INSECURE") {
		t.Error("the dev-key warning is missing")
	}

	// The same data directory with another capacity is refused, with the
	// way out.
	code, _, stderr = simTestRun(t, "demo", "--fleet", fleet, "--capacity", "8", "--dev-keys", "--keys", keysDir, "--data", data)
	if code != 2 || !strings.Contains(stderr, "--fresh") {
		t.Errorf("other parameters on a used data dir: exit %d, stderr %q; want 2 naming --fresh", code, stderr)
	}
}

func TestDemoRefusesBadFlags(t *testing.T) {
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"a capacity that is not a power of two", []string{"--capacity", "1000"}, "capacity 1000"},
		{"a fleet with simulator flags", []string{"--fleet", "x", "--cabinets", "3"}, "--fleet"},
		{"a start that is not a date", []string{"--start", "tomorrow"}, "--start"},
		{"a keys directory without development keys", []string{"--keys", "k"}, "with --dev-keys"},
		{"too many investors", []string{"--investors", "9"}, "investors 9"},
		{"arguments", []string{"now"}, "unknown command"},
	}
	for _, tc := range cases {
		t.Run("it refuses "+tc.name, func(t *testing.T) {
			args := append([]string{"demo", "--data", filepath.Join(t.TempDir(), "d")}, tc.args...)
			code, _, stderr := simTestRun(t, args...)
			if code != 2 || !strings.Contains(stderr, tc.want) {
				t.Errorf("exit %d, stderr %q; want 2 mentioning %q", code, stderr, tc.want)
			}
		})
	}
}

func TestDemoHelpHasExamplesAndNextStepsFollowTheCommandsThatExist(t *testing.T) {
	code, stdout, _ := simTestRun(t, "demo", "--help")
	if code != 0 || !strings.Contains(stdout, "rwabridge demo --cabinets 15 --days 1 --data /tmp/demo --serve") {
		t.Errorf("demo --help: exit %d:\n%s", code, stdout)
	}
	steps := demoNextSteps(newRootCmd(io.Discard, io.Discard))
	avail := map[string]bool{}
	for _, s := range steps {
		avail[strings.Fields(s.Line)[1]+" "+strings.Fields(s.Line)[2]] = s.Available
	}
	if !avail["ledger show"] {
		t.Error("ledger show exists but is offered as coming")
	}
	root := newRootCmd(io.Discard, io.Discard)
	if c, rest, err := root.Find([]string{"investor", "serve"}); err == nil && len(rest) == 0 && c.Name() == "serve" {
		if !avail["investor serve"] {
			t.Error("investor serve exists but is offered as coming")
		}
	} else if avail["investor serve"] {
		t.Error("investor serve does not exist but is offered as available")
	}
}

func TestDemoDefaultsToADirectoryOfTheUsersOwnAndSaysSo(t *testing.T) {
	cache := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", cache)
	want := filepath.Join(cache, "rwabridge", "demo")
	// A cancelled run stops at its first stage, after saying where its
	// data is: the path is checked without running the demo.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errOut bytes.Buffer
	code := run(ctx, []string{"demo"}, &out, &errOut)
	if code != 1 {
		t.Fatalf("cancelled demo: exit %d; want 1 (stage 1 failed)\n%s%s", code, out.String(), errOut.String())
	}
	if line := "data in " + want + " (reused by the next run; --fresh to start clean)\n"; !strings.Contains(out.String(), line) {
		t.Errorf("the demo does not say where its data is; want %q in:\n%s", line, out.String())
	}
	if _, err := os.Stat(filepath.Join(want, "demo.json")); err != nil {
		t.Errorf("the default directory was not used: %v", err)
	}
}

func TestDemoRefusesADataDirAnotherRunHoldsNamingItsProcess(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "demo")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	// Another run: a process holding the run lock, its pid in the file.
	lock, err := os.OpenFile(filepath.Join(dir, "demo.lock"), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Close()
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		t.Fatal(err)
	}
	if _, err := lock.WriteString("4242\n"); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := simTestRun(t, "demo", "--data", dir, "--fresh")
	if code != 2 || !strings.Contains(stderr, "process 4242") || !strings.Contains(stderr, "data directory is in use") {
		t.Errorf("demo on a held directory: exit %d, stderr %q; want 2 naming process 4242", code, stderr)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 || stdout != "" {
		t.Errorf("the refused run wrote %q and left %d entries in the directory; want nothing but the lock", stdout, len(entries))
	}
}
