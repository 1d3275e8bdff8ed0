package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/bridge/outbox"
	"github.com/rwabridge/rwabridge/bridge/relay"
)

func TestRelayHasHelpWithExamples(t *testing.T) {
	code, stdout, _ := simTestRun(t, "relay", "--help")
	if code != 0 || !strings.Contains(stdout, "Examples:") || !strings.Contains(stdout, "sealed → proved → attested → submitted → confirmed → exported") {
		t.Errorf("relay --help: exit %d\n%s", code, stdout)
	}
}

func TestRelayNeedsAValidConfig(t *testing.T) {
	if code, _, stderr := simTestRun(t, "relay", "--once"); code != 2 || !strings.Contains(stderr, "--config is required") {
		t.Errorf("without --config: exit %d: %s", code, stderr)
	}
	dir := t.TempDir()
	tests := []struct{ name, doc, want string }{
		{"an unknown key", "nonsense: 1\n", "nonsense"},
		{"no rpc", "key: {file: k}\nledger: {data: d}\nkeys: k\noutbox: o\nregistry: \"0x5FbDB2315678afecb367f032d93F642f64180aa3\"\n", "rpc is required"},
		{"a world-readable key", "key: {file: loose.key}\nledger: {data: d}\nkeys: k\noutbox: o\nrpc: http://127.0.0.1:1\nregistry: \"0x5FbDB2315678afecb367f032d93F642f64180aa3\"\n", "chmod 600"},
	}
	os.WriteFile(filepath.Join(dir, "loose.key"), []byte(strings.Repeat("1", 64)), 0o644)
	for _, tt := range tests {
		t.Run(tt.name+" exits 2", func(t *testing.T) {
			path := filepath.Join(dir, "relay.yaml")
			os.WriteFile(path, []byte(tt.doc), 0o600)
			if code, _, stderr := simTestRun(t, "relay", "--config", path, "--once"); code != 2 || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d: %s", code, stderr)
			}
		})
	}
}

func TestItem11RelayInspectListsRefusedEpochsAndRetryRequeuesOnlyAStuckOne(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "relay.yaml")
	os.WriteFile(cfg, []byte("key: {file: k}\nledger: {data: d}\nkeys: k\noutbox: box\nrpc: http://127.0.0.1:1\nregistry: \"0x5FbDB2315678afecb367f032d93F642f64180aa3\"\n"), 0o600)

	// No outbox yet: refused, and none is made.
	if code, _, stderr := simTestRun(t, "relay", "inspect", "--config", cfg); code != 1 || !strings.Contains(stderr, "no relayer has run") {
		t.Fatalf("inspect without an outbox: exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "box")); !os.IsNotExist(err) {
		t.Fatalf("inspect created the outbox: %v", err)
	}

	box, err := outbox.Open(filepath.Join(dir, "box"), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	since := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	put := func(e *outbox.Entry) {
		t.Helper()
		state := e.State
		e.State = outbox.Sealed
		if err := box.Put(e); err != nil {
			t.Fatal(err)
		}
		for _, s := range []outbox.State{outbox.Proved, outbox.Attested, state} {
			if e.State != state {
				e.State = s
				if err := box.Put(e); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	sig := []outbox.Signature{{Org: "Org0MSP", Signer: "0x0000000000000000000000000000000000000001", Sig: []byte{1}}}
	put(&outbox.Entry{Pool: "pool-a", Epoch: 7, State: outbox.Failed, Signatures: sig, Bundle: "pool-a-7.json", Note: "ProofInvalid()",
		Part: &outbox.Part{From: 2, To: 4, Chunks: 6}, Parts: []outbox.Part{{From: 0, To: 2, Chunks: 6}},
		Revert: &outbox.Revert{Error: "ProofInvalid", Class: outbox.RevertStop, Action: "check the pool's vkHash", Where: "estimation", Since: since, Last: since, Count: 2}})
	put(&outbox.Entry{Pool: "pool-a", Epoch: 8, State: outbox.Attested, Signatures: sig, Bundle: "pool-a-8.json"})
	put(&outbox.Entry{Pool: "pool-b", Epoch: 3, State: outbox.Attested, Signatures: sig, Bundle: "pool-b-3.json",
		Revert: &outbox.Revert{Error: "EnforcedPause", Class: outbox.RevertWait, Action: "wait", Where: "transaction 0xab, block 9", Since: since,
			Last: since, Count: 1, RetryAt: since.Add(time.Minute)}})
	box.Close()

	code, stdout, stderr := simTestRun(t, "relay", "inspect", "--config", cfg, "--json")
	if code != 0 {
		t.Fatalf("inspect --json: exit %d: %s", code, stderr)
	}
	var got []map[string]any
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("inspect --json: %v\n%s", err, stdout)
	}
	if len(got) != 2 || got[0]["pool"] != "pool-a" || got[0]["epoch"] != 7.0 || got[0]["stuck"] != true || got[0]["error"] != "ProofInvalid()" ||
		got[0]["since"] != "2026-12-01T10:00:00Z" || got[0]["action"] != "check the pool's vkHash" ||
		got[1]["pool"] != "pool-b" || got[1]["stuck"] != false || got[1]["class"] != "wait" {
		t.Fatalf("inspect --json:\n%s", stdout)
	}
	if code, stdout, _ := simTestRun(t, "relay", "inspect", "--config", cfg, "--pool", "pool-b", "--json"); code != 0 ||
		strings.Contains(stdout, "pool-a") || !strings.Contains(stdout, `"pool": "pool-b"`) {
		t.Fatalf("inspect --pool pool-b: exit %d\n%s", code, stdout)
	}
	code, stdout, _ = simTestRun(t, "relay", "inspect", "--config", cfg)
	if code != 0 || !strings.Contains(stdout, "pool-a epoch 7: STUCK (failed): ProofInvalid()") ||
		!strings.Contains(stdout, "rwabridge relay retry --config "+cfg+" --pool pool-a --epoch 7") || !strings.Contains(stdout, "pool-b epoch 3: waiting (attested): EnforcedPause()") ||
		!strings.Contains(stdout, "  part:   chunks [2, 4) of 6 (1 part(s) confirmed before it)") {
		t.Fatalf("inspect: exit %d\n%s", code, stdout)
	}

	for _, tt := range []struct {
		epoch string
		pool  string
		want  string
	}{{"8", "pool-a", "is attested"}, {"3", "pool-b", "is attested"}, {"9", "pool-a", "no such epoch"}} {
		if code, _, stderr := simTestRun(t, "relay", "retry", "--config", cfg, "--pool", tt.pool, "--epoch", tt.epoch); code != 1 ||
			!strings.Contains(stderr, tt.want) || !strings.Contains(stderr, "nothing to retry") {
			t.Errorf("retry of %s epoch %s (not stuck): exit %d: %s", tt.pool, tt.epoch, code, stderr)
		}
	}
	code, stdout, stderr = simTestRun(t, "relay", "retry", "--config", cfg, "--pool", "pool-a", "--epoch", "7")
	if code != 0 || !strings.Contains(stdout, "pool-a epoch 7: failed → attested") {
		t.Fatalf("retry: exit %d: %s%s", code, stdout, stderr)
	}
	if code, _, stderr := simTestRun(t, "relay", "retry", "--config", cfg, "--pool", "pool-a", "--epoch", "7"); code != 1 || !strings.Contains(stderr, "not stuck") {
		t.Errorf("second retry: exit %d: %s", code, stderr)
	}
	rep := &relay.Report{Epochs: []relay.EpochReport{{To: outbox.Failed}, {To: outbox.Attested}, {To: outbox.Exported}}}
	if n := stuckCount(rep); n != 1 {
		t.Errorf("stuckCount = %d, want 1 (relay --once exits 1 on a stuck epoch)", n)
	}
	for _, sub := range []string{"inspect", "retry"} {
		if code, stdout, _ := simTestRun(t, "relay", sub, "--help"); code != 0 || !strings.Contains(stdout, "Examples:") {
			t.Errorf("relay %s --help: exit %d\n%s", sub, code, stdout)
		}
	}
}

// An epoch refused in a batch names the batch's epochs, one refused in
// parts the part and the parts before it; neither shows otherwise.
func TestStuckEpochsNameTheirPartOrBatch(t *testing.T) {
	rv := &outbox.Revert{Error: "ProofInvalid", Class: outbox.RevertStop}
	got := stuckEpochs([]outbox.Entry{
		{Pool: "pool-a", Epoch: 7, State: outbox.Failed, Revert: rv, Part: &outbox.Part{From: 2, To: 4, Chunks: 6},
			Parts: []outbox.Part{{From: 0, To: 2, Chunks: 6}}},
		{Pool: "pool-b", Epoch: 3, State: outbox.Failed, Revert: rv,
			Batch: []outbox.BatchItem{{Pool: "pool-b", Epoch: 3}, {Pool: "pool-c", Epoch: 5}}},
		{Pool: "pool-d", Epoch: 1, State: outbox.Failed, Revert: rv},
	})
	if len(got) != 3 || got[0].Part != "chunks [2, 4) of 6" || got[0].PartsConfirmed != 1 || got[0].Batch != nil ||
		got[1].Part != "" || !slices.Equal(got[1].Batch, []string{"pool-b/3", "pool-c/5"}) ||
		got[2].Part != "" || got[2].PartsConfirmed != 0 || got[2].Batch != nil {
		t.Fatalf("stuckEpochs = %+v", got)
	}
}
