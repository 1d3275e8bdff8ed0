package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/ledger/embedded"
)

// proveTestCapacity keeps the setup small (about 12k constraints).
const proveTestCapacity = 64

// proveTestLedger simulates 8 cabinets for one recent day, ingests and
// seals them in a ledger with chunks of proveTestCapacity, and returns the
// data directory and the simulated day's epoch.
func proveTestLedger(t *testing.T) (data string, epoch int64) {
	t.Helper()
	// The simulated fleet signs heartbeats (rwabridge sim --heartbeat, on by
	// default): they are sealed and proven with the swaps.
	day := recentDay()
	fleet := simTestFleet(t, "--cabinets", "8", "--start", day.Format(time.DateOnly))
	data = filepath.Join(t.TempDir(), "data")
	cfg := embedded.Default()
	cfg.Contract.ChunkCapacity = proveTestCapacity
	doc, err := yaml.Marshal(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(embedded.Path(data), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(embedded.Path(data), embedded.ConfigFile), doc, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"agent", "--data", data, "--devices", filepath.Join(fleet, "devices.yaml"), "--source", "file:" + filepath.Join(fleet, "events.jsonl"), "--once", "--log-level", "warn"},
		{"sealer", "--data", data, "--policy", "battery-swap-daily", "--once", "--log-level", "warn"},
	} {
		if code, stdout, stderr := simTestRun(t, args...); code != 0 {
			t.Fatalf("%s: exit %d\n%s%s", args[0], code, stdout, stderr)
		}
	}
	return data, day.Unix() / 86400
}

func TestSetupProveAndVerifyProofFromTheLedger(t *testing.T) {
	if testing.Short() {
		t.Skip("simulates, seals, sets up keys and proves; skipped in -short")
	}
	data, epoch := proveTestLedger(t)
	keysDir := filepath.Join(t.TempDir(), "keys")
	code, stdout, stderr := simTestRun(t, "setup", "--capacity", strconv.Itoa(proveTestCapacity), "--keys", keysDir, "--dev")
	if code != 0 || !strings.Contains(stderr, "INSECURE") || !strings.Contains(stdout, "wrote dev-insecure keys for capacity 64") {
		t.Fatalf("setup: exit %d\n%s%s", code, stdout, stderr)
	}
	if _, err := os.Stat(filepath.Join(keysDir, "summary-64.dev-insecure.pk")); err != nil {
		t.Fatal(err)
	}
	code, stdout, _ = simTestRun(t, "setup", "--capacity", strconv.Itoa(proveTestCapacity), "--keys", keysDir, "--dev")
	if code != 0 || !strings.Contains(stdout, "reused dev-insecure keys") {
		t.Fatalf("second setup: exit %d\n%s", code, stdout)
	}

	proof := filepath.Join(t.TempDir(), "proof.json")
	ep := strconv.FormatInt(epoch, 10)
	for _, bad := range []string{filepath.Join(t.TempDir(), "no-such-dir", "proof.json"), t.TempDir()} {
		code, _, stderr := simTestRun(t, "prove", "--data", data, "--pool", "shenzhen-north", "--epoch", ep, "--keys", keysDir, "--out", bad)
		if code != 2 || !strings.Contains(stderr, "--out") || strings.Contains(stderr, "proven") {
			t.Fatalf("--out %s: exit %d; want 2 before any proving\n%s", bad, code, stderr)
		}
	}
	code, stdout, stderr = simTestRun(t, "prove", "--data", data, "--pool", "shenzhen-north", "--epoch", ep, "--keys", keysDir, "--out", proof)
	if code != 0 || !strings.Contains(stderr, "INSECURE") || !regexp.MustCompile(`\d+/\d+ chunks proven`).MatchString(stderr) {
		t.Fatalf("prove: exit %d\n%s%s", code, stdout, stderr)
	}
	// Not a terminal: a plain line per chunk, with the ETA of the rest.
	if !regexp.MustCompile(`(?m)^prove: 1/(\d+) chunks proven \(chunk index \d+, in \S+\), ETA \S+$`).MatchString(stderr) ||
		!regexp.MustCompile(`(?m)^prove: (\d+)/(\d+) chunks proven \(chunk index \d+, in \S+\)$`).MatchString(stderr) {
		t.Errorf("prove: no per-chunk lines with an ETA ending in the last chunk's:\n%s", stderr)
	}
	t.Log(strings.TrimSpace(stdout))

	code, stdout, stderr = simTestRun(t, "audit", "verify-proof", "--bundle", proof, "--vk", keysDir)
	if code != 0 || !strings.HasPrefix(stdout, "OK ") {
		t.Fatalf("verify-proof: exit %d\n%s%s", code, stdout, stderr)
	}

	t.Run("a flipped metric digit exits 5", func(t *testing.T) {
		data, _ := os.ReadFile(proof)
		re := regexp.MustCompile(`"energy_wh": (\d)`)
		bad := re.ReplaceAllStringFunc(string(data), func(s string) string {
			d := s[len(s)-1]
			return s[:len(s)-1] + string('0'+(d-'0'+1)%10)
		})
		path := filepath.Join(t.TempDir(), "bad.json")
		os.WriteFile(path, []byte(bad), 0o644)
		if code, _, stderr := simTestRun(t, "audit", "verify-proof", "--bundle", path, "--vk", keysDir); code != exitPublicInputs {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	})
	t.Run("a bundle relabelled as a ceremony's exits 4", func(t *testing.T) {
		data, _ := os.ReadFile(proof)
		bad := strings.Replace(string(data), `"setup": "dev-insecure"`, `"setup": "mpc-ceremony"`, 1)
		if bad == string(data) {
			t.Fatal("the bundle has no dev-insecure setup label")
		}
		path := filepath.Join(t.TempDir(), "relabelled.json")
		os.WriteFile(path, []byte(bad), 0o644)
		code, stdout, stderr := simTestRun(t, "audit", "verify-proof", "--bundle", path, "--vk", keysDir)
		if code != exitVKMismatch || strings.Contains(stdout, "OK") || !strings.Contains(stderr, "mpc-ceremony") {
			t.Fatalf("exit %d; want %d naming the label\n%s%s", code, exitVKMismatch, stdout, stderr)
		}
	})
	t.Run("another verifying key exits 4", func(t *testing.T) {
		other := filepath.Join(t.TempDir(), "keys")
		if code, _, stderr := simTestRun(t, "setup", "--capacity", "8", "--keys", other, "--dev"); code != 0 {
			t.Fatal(stderr)
		}
		if code, _, stderr := simTestRun(t, "audit", "verify-proof", "--bundle", proof, "--vk", other); code != exitVKMismatch {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	})
	t.Run("a truncated bundle exits 3", func(t *testing.T) {
		data, _ := os.ReadFile(proof)
		path := filepath.Join(t.TempDir(), "short.json")
		os.WriteFile(path, data[:len(data)/2], 0o644)
		if code, _, stderr := simTestRun(t, "audit", "verify-proof", "--bundle", path, "--vk", keysDir); code != exitBundleMalformed {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	})
	t.Run("a merge of a directory without the chunk proofs exits 6 naming them", func(t *testing.T) {
		seed := filepath.Join(t.TempDir(), "salt.seed")
		if code, _, stderr := simTestRun(t, "prove", "salt-seed", "--out", seed); code != 0 {
			t.Fatal(stderr)
		}
		code, stdout, stderr := simTestRun(t, "prove", "merge", "--data", data, "--pool", "shenzhen-north", "--epoch", ep, "--keys", keysDir,
			"--salt-seed", seed, "--chunk-dir", t.TempDir(), "--out", filepath.Join(t.TempDir(), "merged.json"))
		if code != exitChunks || !strings.Contains(stderr, "chunk proof missing") || !strings.Contains(stderr, "no proof of chunk 0, 1") {
			t.Fatalf("exit %d, want %d naming the missing chunks\n%s%s", code, exitChunks, stdout, stderr)
		}
	})
	t.Run("keys of another capacity exit 5", func(t *testing.T) {
		code, _, stderr := simTestRun(t, "prove", "--data", data, "--pool", "shenzhen-north", "--epoch", ep, "--keys", t.TempDir(), "--out", filepath.Join(t.TempDir(), "p.json"))
		if code != exitKeys || !strings.Contains(stderr, "rwabridge setup --capacity 64") {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	})
}

func TestSetupWithoutDevNamesTheCeremony(t *testing.T) {
	code, _, stderr := simTestRun(t, "setup", "--capacity", "8", "--keys", t.TempDir())
	if code != 1 || !strings.Contains(stderr, "ceremony") || !strings.Contains(stderr, "--dev") {
		t.Fatalf("exit %d: %s", code, stderr)
	}
}

func TestCircuitCommandsHaveHelpWithExamples(t *testing.T) {
	for _, args := range [][]string{{"setup"}, {"prove"}, {"prove", "merge"}, {"prove", "salt-seed"}, {"audit"}, {"audit", "verify-proof"}} {
		code, stdout, _ := simTestRun(t, append(args, "--help")...)
		if code != 0 || !strings.Contains(stdout, "Examples:") {
			t.Errorf("%v --help: exit %d\n%s", args, code, stdout)
		}
	}
}

func TestProveNeedsItsFlags(t *testing.T) {
	if code, _, stderr := simTestRun(t, "prove", "--data", t.TempDir()); code != 2 || !strings.Contains(stderr, "required") {
		t.Fatalf("exit %d: %s", code, stderr)
	}
}

func TestProvePartsAndMergeRefuseBadFlagsBeforeAnyWork(t *testing.T) {
	dir := t.TempDir()
	seed := filepath.Join(dir, "salt.seed")
	code, stdout, stderr := simTestRun(t, "prove", "salt-seed", "--out", seed)
	if st, err := os.Stat(seed); code != 0 || err != nil || st.Mode().Perm() != 0o600 || !strings.Contains(stdout, seed) {
		t.Fatalf("salt-seed: exit %d, %v %v\n%s%s", code, st, err, stdout, stderr)
	}
	before, _ := os.ReadFile(seed)
	if code, _, stderr := simTestRun(t, "prove", "salt-seed", "--out", seed); code != 1 || !strings.Contains(stderr, "already exists") {
		t.Errorf("a second salt-seed over the file: exit %d: %s", code, stderr)
	}
	if after, _ := os.ReadFile(seed); string(after) != string(before) {
		t.Error("a refused salt-seed changed the seed")
	}
	open := filepath.Join(dir, "open.seed")
	os.WriteFile(open, before, 0o644)
	base := []string{"prove", "--data", filepath.Join(dir, "no-ledger"), "--pool", "shenzhen-north", "--epoch", "20400", "--keys", dir}
	tests := []struct {
		name string
		args []string
		says string
	}{
		{"a part without --chunk-dir and --salt-seed", []string{"--part", "0", "--parts", "2"}, "a part needs"},
		{"--parts without --part", []string{"--parts", "2", "--chunk-dir", dir, "--salt-seed", seed}, "a part needs"},
		{"a part with --out", []string{"--part", "0", "--parts", "2", "--chunk-dir", dir, "--salt-seed", seed, "--out", filepath.Join(dir, "b.json")}, "prove merge writes the bundle"},
		{"a part beyond --parts", []string{"--part", "2", "--parts", "2", "--chunk-dir", dir, "--salt-seed", seed}, "0 ≤ part < parts"},
		{"a missing --chunk-dir", []string{"--part", "0", "--parts", "2", "--chunk-dir", filepath.Join(dir, "nope"), "--salt-seed", seed}, "--chunk-dir"},
		{"a seed others may read", []string{"--out", filepath.Join(dir, "b.json"), "--salt-seed", open}, "unusable salt seed"},
		{"no workers", []string{"--out", filepath.Join(dir, "b.json"), "--workers", "0"}, "--workers 0"},
		{"a merge without --chunk-dir", []string{"merge", "--salt-seed", seed, "--out", filepath.Join(dir, "b.json")}, "required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append(slices.Clone(base), tt.args...)
			if tt.args[0] == "merge" {
				args = append([]string{"prove", "merge"}, append(slices.Clone(base[1:]), tt.args[1:]...)...)
			}
			code, stdout, stderr := simTestRun(t, args...)
			if code != 2 || !strings.Contains(stderr, tt.says) {
				t.Fatalf("exit %d, want 2 saying %q\n%s%s", code, tt.says, stdout, stderr)
			}
		})
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("refused commands left files behind: %v", entries)
	}
}

// A ledger that refuses the identity its records (on Fabric: an org outside
// the records collection) is a configuration error, exit 2, saying which
// identities may prove.
func TestProveExitsTwoWhenTheIdentityMayNotReadTheRecords(t *testing.T) {
	refused := fmt.Errorf("prove: records of pool-a epoch 7: %w",
		ledger.FromWire(errors.New("evaluate: rwabridge:not_authorized: Records: CustodianMSP may not read the private data collection records")))
	var ee *exitError
	err := proveExit(refused)
	if !errors.As(err, &ee) || ee.code != 2 || !strings.Contains(err.Error(), "the operator's or the auditor's") || !strings.Contains(err.Error(), "CustodianMSP may not read") {
		t.Fatalf("proveExit: %v (%#v), want exit 2 naming the identities to use", err, ee)
	}
	if err := proveExit(errors.New("peer unreachable")); !errors.As(err, &ee) || ee.code != 1 {
		t.Errorf("another failure: %v, want exit 1", err)
	}
}
