package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/ledger/embedded"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
)

// ledgerTestData simulates two days of a small fleet starting at day, and
// registers and submits it to the embedded ledger of a new data directory
// through the contract's client. It returns the data directory and the pool.
func ledgerTestData(t *testing.T, day time.Time) (data string, pool telemetry.PoolID) {
	t.Helper()
	ctx := context.Background()
	fleet := simTestFleet(t, "--start", day.Format(time.DateOnly), "--days", "2")
	reg, err := telemetry.LoadRegistry(filepath.Join(fleet, "devices.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join(fleet, "events.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var events []telemetry.SignedEvent
	for lr := telemetry.NewLineReader(f); ; {
		ev, _, err := lr.Next()
		if err != nil {
			break
		}
		events = append(events, ev)
	}
	if len(events) == 0 {
		t.Fatal("the simulated fleet has no events")
	}

	data = filepath.Join(t.TempDir(), "data")
	l, err := embedded.OpenDir(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	c := ledger.NewClient(l.Invoker(l.Operator("test")))
	if _, err := c.RegisterDevices(ctx, reg); err != nil {
		t.Fatal(err)
	}
	for len(events) > 0 {
		n := min(len(events), 500)
		res, err := c.SubmitBatch(ctx, events[:n])
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res {
			if r.Status != ledger.StatusStored {
				t.Fatalf("event not stored: %+v", r)
			}
		}
		events = events[n:]
	}
	return data, reg.Devices()[0].Pool
}

func TestLedgerSealShowAndVerify(t *testing.T) {
	day := recentDay()
	epoch := uint64(day.Unix() / 86400)
	data, pool := ledgerTestData(t, day)
	p := string(pool)

	code, stdout, stderr := simTestRun(t, "ledger", "seal", "--data", data, "--pool", p, "--epoch", fmt.Sprint(epoch))
	if code != 0 || !strings.Contains(stdout, "sealed 1 epochs") || !strings.Contains(stdout, p) {
		t.Fatalf("seal one epoch: exit %d\n%s%s", code, stdout, stderr)
	}
	if code, _, stderr := simTestRun(t, "ledger", "seal", "--data", data, "--pool", p, "--epoch", fmt.Sprint(epoch)); code != 1 || !strings.Contains(stderr, "already_sealed") {
		t.Errorf("sealing it again: exit %d, stderr %q; want 1 naming already_sealed", code, stderr)
	}
	// The registration day (epoch-1) has no records: it is sealed too (the
	// L2 takes every epoch, in order), as is the second simulated day.
	code, stdout, stderr = simTestRun(t, "ledger", "seal", "--data", data, "--all-ended")
	if code != 0 || !strings.Contains(stdout, "sealed ") || !strings.Contains(stdout, fmt.Sprint(epoch-1)) || !strings.Contains(stdout, fmt.Sprint(epoch+1)) {
		t.Fatalf("seal --all-ended: exit %d\n%s%s", code, stdout, stderr)
	}
	code, stdout, _ = simTestRun(t, "ledger", "seal", "--data", data, "--all-ended", "--json")
	if code != 0 || strings.TrimSpace(stdout) != "[]" {
		t.Errorf("seal --all-ended again: exit %d, output %q; want an empty JSON array", code, stdout)
	}

	code, stdout, stderr = simTestRun(t, "ledger", "show", "--data", data, "--json")
	if code != 0 {
		t.Fatalf("show --json: exit %d\n%s", code, stderr)
	}
	var seals []ledger.Seal
	if err := json.Unmarshal([]byte(stdout), &seals); err != nil {
		t.Fatalf("show --json does not parse: %v\n%s", err, stdout)
	}
	// The registration day, the two simulated days, and the ended days
	// after them (no records), in epoch order.
	if len(seals) < 3 || seals[0].Epoch != epoch-1 || seals[1].Epoch != epoch || seals[2].Epoch != epoch+1 {
		t.Fatalf("show --json lists %d seals %+v, want epochs %d, %d, %d and the ended ones after", len(seals), seals, epoch-1, epoch, epoch+1)
	}
	for i, s := range seals {
		if i > 0 && s.Epoch != seals[i-1].Epoch+1 {
			t.Errorf("seal of epoch %d follows epoch %d: a gap", s.Epoch, seals[i-1].Epoch)
		}
		withRecords := s.Epoch == epoch || s.Epoch == epoch+1
		if (s.Count == 0) == withRecords || s.Root.IsZero() || s.PolicyID != "battery-swap-daily" || len(s.Metrics) == 0 {
			t.Errorf("seal of epoch %d: records %d, root, policy or aggregates wrong: %+v", s.Epoch, s.Count, s)
		}
	}
	seals = seals[1:] // the simulated days first
	code, stdout, _ = simTestRun(t, "ledger", "show", "--data", data, "--pool", p, "--epoch", fmt.Sprint(epoch+1))
	if code != 0 || !strings.Contains(stdout, "ROOT") || !strings.Contains(stdout, seals[1].Root.String()) || strings.Contains(stdout, seals[0].Root.String()) {
		t.Errorf("show --pool --epoch: exit %d, want a table with only epoch %d\n%s", code, epoch+1, stdout)
	}
	code, stdout, _ = simTestRun(t, "ledger", "show", "--data", data, "--pool", p, "--pool", p, "--json")
	all := len(seals) + 1
	if err := json.Unmarshal([]byte(stdout), &seals); code != 0 || err != nil || len(seals) != all {
		t.Errorf("show --pool P --pool P: exit %d, %d seals (%v); want the pool's %d seals once", code, len(seals), err, all)
	}
	if code, _, stderr := simTestRun(t, "ledger", "show", "--data", data, "--pool", p, "--pool", "no-such-pool"); code != 2 ||
		!strings.Contains(stderr, "no-such-pool") {
		t.Errorf("show with an unknown --pool: exit %d, stderr %q; want 2 naming it", code, stderr)
	}

	code, stdout, stderr = simTestRun(t, "ledger", "verify", "--data", data)
	if code != 0 || !strings.Contains(stdout, "verified") {
		t.Fatalf("verify: exit %d\n%s%s", code, stdout, stderr)
	}

	// Flip one byte of block 3 in the bbolt file.
	db, err := bolt.Open(filepath.Join(embedded.Path(data), embedded.DBFile), 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("blocks"))
		k := []byte{0, 0, 0, 0, 0, 0, 0, 3}
		v := append([]byte(nil), b.Get(k)...)
		if len(v) == 0 {
			return fmt.Errorf("no block 3")
		}
		v[len(v)/2] ^= 0x04
		return b.Put(k, v)
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr = simTestRun(t, "ledger", "verify", "--data", data)
	if code != 1 || !strings.Contains(stderr, "block 3") {
		t.Errorf("verify of a tampered ledger: exit %d, want 1 naming block 3\n%s%s", code, stdout, stderr)
	}
}

func TestLedgerCommandsRefuseBadUsageWithExitCode2(t *testing.T) {
	data := t.TempDir()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"seal needs a mode", []string{"ledger", "seal", "--data", data}, "--all-ended"},
		{"seal takes one mode", []string{"ledger", "seal", "--data", data, "--all-ended", "--pool", "p", "--epoch", "3"}, "--all-ended"},
		{"an epoch needs a pool", []string{"ledger", "seal", "--data", data, "--epoch", "3"}, "--epoch needs --pool"},
		{"seal needs data", []string{"ledger", "seal", "--all-ended"}, "--data is required"},
		{"a bad pool id", []string{"ledger", "show", "--data", data, "--pool", "Bad Pool"}, "--pool"},
		{"an unknown policy", []string{"ledger", "seal", "--data", data, "--all-ended", "--policy", "no-such-policy"}, "battery-swap-daily"},
		{"verify needs data", []string{"ledger", "verify"}, "--data is required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := simTestRun(t, tt.args...)
			if code != 2 || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want 2 mentioning %q", code, stderr, tt.want)
			}
		})
	}
}

func TestLedgerHelpShowsExamplesAndSaysAllOrgKeysAreInOneProcess(t *testing.T) {
	for _, args := range [][]string{
		{"ledger", "--help"},
		{"ledger", "seal", "--help"},
		{"ledger", "show", "--help"},
		{"ledger", "ceremony", "--help"},
		{"ledger", "verify", "--help"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			code, stdout, _ := simTestRun(t, args...)
			if code != 0 {
				t.Fatalf("exit %d", code)
			}
			for _, want := range []string{"Examples:", "rwabridge ledger", "used by this one", "Fabric"} {
				if !strings.Contains(stdout, want) {
					t.Errorf("help lacks %q:\n%s", want, stdout)
				}
			}
		})
	}
}

func TestLedgerVerifyOfAMissingLedgerFails(t *testing.T) {
	code, _, stderr := simTestRun(t, "ledger", "verify", "--data", t.TempDir())
	if code != 1 || !strings.Contains(stderr, "ledger.db") {
		t.Errorf("exit %d, stderr %q; want 1 naming the missing file", code, stderr)
	}
}

func TestCommandsThatOnlyReadOrSealRefuseADataDirectoryWithoutALedger(t *testing.T) {
	for _, args := range [][]string{
		{"ledger", "show"},
		{"ledger", "seal", "--all-ended"},
		{"ledger", "ceremony", "--id", "0x" + strings.Repeat("ab", 32)},
		{"ledger", "verify"},
		{"sealer", "--once", "--policy", policies.DefaultID},
		{"prove", "--pool", "shenzhen-north", "--epoch", "20400", "--keys", "k", "--out", "b.json"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			parent := t.TempDir()
			dir := filepath.Join(parent, "no-such-dir")
			code, stdout, stderr := runCLI(t, append(args, "--data", dir)...)
			if code == 0 || !strings.Contains(stderr, dir) {
				t.Fatalf("exit %d; want non-zero naming %s\n%s%s", code, dir, stdout, stderr)
			}
			if entries, _ := os.ReadDir(parent); len(entries) != 0 {
				t.Fatalf("it created %s", entries[0].Name())
			}
		})
	}
}
