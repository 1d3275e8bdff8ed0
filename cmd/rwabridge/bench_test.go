package main

import (
	"strings"
	"testing"
)

func TestBenchGasPrintsEveryFigure(t *testing.T) {
	if testing.Short() {
		t.Skip("proving three epochs; skipped in -short")
	}
	code, out, errOut := runCLI(t, "bench", "gas", "--keys-dir", t.TempDir())
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "submitDisclosure gas: ") || !strings.HasPrefix(lines[1], "claim gas: ") ||
		!strings.HasPrefix(lines[2], "submitDisclosure gas (3 chunks): ") {
		t.Fatalf("output:\n%s", out)
	}
}
