package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBenchGasPrintsEveryFigure(t *testing.T) {
	if testing.Short() {
		t.Skip("proving three epochs; skipped in -short")
	}
	code, out, errOut := runCLI(t, "bench", "gas", "--keys", t.TempDir())
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 || !strings.HasPrefix(lines[0], "submitDisclosure gas: ") || !strings.HasPrefix(lines[1], "claim gas: ") ||
		!strings.HasPrefix(lines[2], "submitDisclosure gas (3 chunks): ") || !strings.HasPrefix(lines[3], "submitDisclosure gas per extra chunk: ") {
		t.Fatalf("output:\n%s", out)
	}
}

func TestBenchSoakRefusesABadPlanWithExit2(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--duration", "1m", "--outage", "30s"}, "outage 30s must be at least 0 and under half the duration"},
		{[]string{"--cabinets", "1"}, "cabinets 1"},
		{[]string{"--window", "0"}, "window 0"},
	} {
		data := filepath.Join(t.TempDir(), "data")
		code, out, errOut := runCLI(t, append([]string{"bench", "soak", "--data", data}, c.args...)...)
		if _, err := os.Stat(data); err == nil {
			t.Errorf("bench soak %v created %s before refusing", c.args, data)
		}
		if code != 2 || !strings.Contains(errOut, c.want) || out != "" {
			t.Errorf("bench soak %v: exit %d, want 2 naming %q\nstdout: %s\nstderr: %s", c.args, code, c.want, out, errOut)
		}
	}
}
