package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestSealerOnceSealsWhatIsDueAndThenNothing(t *testing.T) {
	day := recentDay()
	data := ingestedLedger(t, day)
	args := []string{"sealer", "--data", data, "--policy", "battery-swap-daily", "--once", "--log-level", "warn"}
	code, stdout, stderr := simTestRun(t, args...)
	if code != 0 {
		t.Fatalf("first run: exit %d\n%s%s", code, stdout, stderr)
	}
	// From the registration day (the day before) to the last ended day: the
	// simulated day has records.
	epoch := day.Unix() / 86400
	simulated := fmt.Sprintf("sealed shenzhen-north epoch %d (%s): ", epoch, day.Format(time.RFC3339))
	for _, want := range []string{fmt.Sprintf("sealed shenzhen-north epoch %d (", epoch-1), simulated} {
		if !strings.Contains(stdout, want) {
			t.Errorf("first run does not report %q:\n%.600s", want, stdout)
		}
	}
	if strings.Contains(stdout, simulated+"0 records") {
		t.Errorf("the simulated day was sealed empty")
	}
	code, stdout, stderr = simTestRun(t, args...)
	if code != 0 || !strings.Contains(stdout, "sealed 0 epochs") {
		t.Errorf("second run: exit %d, want nothing left to seal\n%s%s", code, stdout, stderr)
	}
}

func TestSealerNeedsDataAndAKnownPolicy(t *testing.T) {
	if code, _, stderr := simTestRun(t, "sealer", "--policy", "battery-swap-daily"); code != 2 || !strings.Contains(stderr, "--data and --policy are required") {
		t.Errorf("no --data: exit %d %q", code, stderr)
	}
	code, _, stderr := simTestRun(t, "sealer", "--data", t.TempDir(), "--policy", "no-such-policy", "--once")
	if code != 2 || !strings.Contains(stderr, "battery-swap-daily") {
		t.Errorf("unknown policy: exit %d, stderr %q; want 2 naming the embedded ids", code, stderr)
	}
}

// recentDay is a UTC midnight three days ago: its epoch, and the day before
// (when the simulated devices are registered), have ended plus the default
// grace, and only a few epochs are left to seal up to now.
func recentDay() time.Time { return time.Now().UTC().Truncate(24*time.Hour).AddDate(0, 0, -3) }

// ingestedLedger simulates a small fleet on day, ingests it with the agent
// into a new data directory and returns the directory.
func ingestedLedger(t *testing.T, day time.Time) string {
	t.Helper()
	fleet := simTestFleet(t, "--start", day.Format(time.DateOnly))
	data := filepath.Join(t.TempDir(), "data")
	if code, stdout, stderr := simTestRun(t, "agent", "--data", data, "--devices", filepath.Join(fleet, "devices.yaml"),
		"--source", "file:"+filepath.Join(fleet, "events.jsonl"), "--once", "--log-level", "warn"); code != 0 {
		t.Fatalf("agent: exit %d\n%s%s", code, stdout, stderr)
	}
	return data
}
