package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBenchGasPrintsEveryFigure(t *testing.T) {
	if testing.Short() {
		t.Skip("proving 36 epochs; skipped in -short")
	}
	code, out, errOut := runCLI(t, "bench", "gas", "--keys", t.TempDir())
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 5 || !strings.HasPrefix(lines[0], "submitDisclosure gas: ") || !strings.HasPrefix(lines[1], "claim gas: ") ||
		!strings.HasPrefix(lines[2], "submitDisclosure gas (3 chunks): ") || !strings.HasPrefix(lines[3], "submitDisclosure gas per extra chunk: ") ||
		!strings.HasPrefix(lines[4], "batch-of-16 gas per disclosure: ") {
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

func TestBenchScaleHelpAndATinyRun(t *testing.T) {
	code, out, _ := runCLI(t, "bench", "scale", "--help")
	if code != 0 || !strings.Contains(out, "Example") || !strings.Contains(out, "rwabridge bench scale --records 10000") || !strings.Contains(out, "--records") {
		t.Fatalf("--help: exit %d\n%s", code, out)
	}
	code, out, errOut := runCLI(t, "bench", "scale", "--records", "40", "--capacity", "16", "--keys", t.TempDir())
	if code != 0 {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	for _, want := range []string{"40 records of pool", "\nprove ", "\nrelay ", "\nverify ", "total gas: ", "gas per record: ", "peak RSS: "} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks %q:\n%s", want, out)
		}
	}
	if !strings.HasSuffix(out, "disclosed and verified\n") || !strings.Contains(errOut, "prove: chunk") {
		t.Errorf("stdout:\n%s\nstderr:\n%s", out, errOut)
	}
}

func TestBenchScaleRefusesBadFlagsWithExit2(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{}, `"records" not set`},
		{[]string{"--records", "0"}, "records 0"},
		{[]string{"--records", "100", "--capacity", "1000"}, "capacity 1000"},
		{[]string{"--records", "100", "--cabinets", "2"}, "cabinets 2"},
	} {
		keys := filepath.Join(t.TempDir(), "keys")
		code, out, errOut := runCLI(t, append([]string{"bench", "scale", "--keys", keys}, c.args...)...)
		if _, err := os.Stat(keys); err == nil {
			t.Errorf("bench scale %v created %s before refusing", c.args, keys)
		}
		if code != 2 || !strings.Contains(errOut, c.want) || out != "" {
			t.Errorf("bench scale %v: exit %d, want 2 naming %q\nstdout: %s\nstderr: %s", c.args, code, c.want, out, errOut)
		}
	}
}
