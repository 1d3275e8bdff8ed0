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

	"github.com/rwabridge/rwabridge/internal/demo"
	"github.com/rwabridge/rwabridge/internal/status"
	"github.com/rwabridge/rwabridge/internal/syncbuf"
	"github.com/rwabridge/rwabridge/onshore/sim"
)

// servedDemo runs the demo on demoTestFleet (6 cabinets, 2 events each,
// one day: one disclosable epoch) with --serve, its keys set up in its data
// directory, and returns the data directory and the JSON-RPC URL once it
// serves. The demo stops when the test ends.
func servedDemo(t *testing.T) (dir, rpc string) {
	t.Helper()
	addr := freeAddr(t)
	cfg := demo.Default()
	cfg.DataDir = filepath.Join(t.TempDir(), "demo")
	cfg.Fleet = demoTestFleet(t)
	cfg.Capacity = 16
	cfg.DevKeys = true // the demo's own tests hold its ceremony
	cfg.Serve, cfg.RPCAddr = true, addr
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	stopped := make(chan struct{})
	var out syncbuf.Buffer
	go func() {
		defer close(stopped)
		_, err := demo.Run(ctx, cfg, &out, nil)
		done <- err
	}()
	t.Cleanup(func() {
		cancel()
		<-stopped // closed however the demo ended, even after done was read
	})
	deadline := time.After(90 * time.Second)
	for !strings.Contains(out.String(), "serving the simulated L2") {
		select {
		case err := <-done:
			t.Fatalf("the demo stopped before serving: %v\n%s", err, out.String())
		case <-deadline:
			t.Fatalf("the demo does not serve after 90 s:\n%s", out.String())
		case <-time.After(100 * time.Millisecond):
		}
	}
	return cfg.DataDir, "http://" + addr
}

func TestStatusOfAServedDemoShowsEveryFigure(t *testing.T) {
	dir, rpc := servedDemo(t)
	// The fleet's day of events is epoch 20758; the registration day
	// before it and the day after, without records, are sealed and
	// disclosed suppressed: every epoch of the span, in order.
	day := sim.DefaultStart
	const epoch = 20758
	last := day.Add(24 * time.Hour) // epoch 20759, the span's last

	t.Run("the screen shows the onshore figures, the outbox and the L2's epochs, staleness and keys", func(t *testing.T) {
		code, stdout, stderr := runCLI(t, "status", "--data", dir, "--rpc", rpc)
		if code != 0 {
			t.Fatalf("status: exit %d\n%s%s", code, stdout, stderr)
		}
		for _, want := range []string{
			"embedded ledger " + dir + ": 6 devices registered",
			"pool shenzhen-north: 6 devices (0 revoked)",
			"records   12 ingested: 12 sealed, 0 awaiting a seal",
			"last seal epoch 20759 (" + last.Format(time.DateOnly) + "), sealed ",
			": 0 records, 0 active cabinets, suppressed (below k: no figures)",
			"seals     3: 1 disclosable, 2 suppressed; 3 exported to the L2",
			"pending   0 awaiting disclosure, 0 without a proof yet",
			"AGENT    queue " + filepath.Join(dir, "agent", "queue.db"),
			"0 events waiting for the ledger",
			"RELAYER  outbox " + filepath.Join(dir, "l2", "relay"),
			"3 epoch(s): exported 3",
			"on " + rpc + " (chain 1337, block ",
			"latest disclosed epoch 20759 (" + last.Format(time.DateOnly) + "), 3 disclosures",
			"STALE     epoch 20760 ended " + last.Add(48*time.Hour).Format("2006-01-02 15:04:05 UTC") + " and is not disclosed",
			"keys      dev-insecure (Insecure development keys)",
			"WARNING: this pool's verifier pins INSECURE development keys",
		} {
			if !strings.Contains(stdout, want) {
				t.Errorf("status does not show %q:\n%s", want, stdout)
			}
		}
	})

	t.Run("--json decodes into the documented Report with the same figures", func(t *testing.T) {
		code, stdout, stderr := runCLI(t, "status", "--data", dir, "--rpc", rpc, "--json", "--pool", "shenzhen-north")
		if code != 0 {
			t.Fatalf("status --json: exit %d\n%s%s", code, stdout, stderr)
		}
		dec := json.NewDecoder(strings.NewReader(stdout))
		dec.DisallowUnknownFields()
		var r status.Report
		if err := dec.Decode(&r); err != nil {
			t.Fatalf("status --json does not decode into status.Report: %v\n%s", err, stdout)
		}
		// Every field the document has is one the package documents.
		docText, err := os.ReadFile(filepath.Join("..", "..", "internal", "status", "doc.go"))
		if err != nil {
			t.Fatal(err)
		}
		var doc map[string]any
		if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
			t.Fatal(err)
		}
		var walk func(path string, v any)
		walk = func(path string, v any) {
			switch v := v.(type) {
			case map[string]any:
				for k, x := range v {
					if !strings.Contains(string(docText), `"`+k+`"`) {
						t.Errorf("field %s.%s is not documented in internal/status/doc.go", path, k)
					}
					if k != "states" { // keyed by outbox state
						walk(path+"."+k, x)
					}
				}
			case []any:
				for _, x := range v {
					walk(path+"[]", x)
				}
			}
		}
		walk("", doc)
		if r.Schema != status.Schema || !r.OK {
			t.Errorf("schema %q ok %v", r.Schema, r.OK)
		}
		if len(r.Onshore.Pools) != 1 || len(r.L2.Pools) != 1 {
			t.Fatalf("pools: onshore %d, L2 %d; want 1 each", len(r.Onshore.Pools), len(r.L2.Pools))
		}
		p, l := r.Onshore.Pools[0], r.L2.Pools[0]
		if p.Devices != 6 || p.Ingested != 12 || p.SealedRecords != 12 || p.UnsealedRecords != 0 || p.Seals != 3 || p.Disclosable != 1 || p.Suppressed != 2 ||
			p.Exported != 3 || p.ProofsPending == nil || *p.ProofsPending != 0 || p.LastSeal == nil || p.LastSeal.Epoch != epoch+1 || !p.LastSeal.Start.Equal(last) {
			t.Errorf("onshore pool %+v", p)
		}
		if r.Relayer.States["exported"] != 3 || r.Relayer.Entries != 3 || r.Agent.State != status.StateOK || r.Agent.Queued != 0 {
			t.Errorf("relayer %+v agent %+v", r.Relayer, r.Agent)
		}
		if l.LatestEpoch == nil || *l.LatestEpoch != epoch+1 || !l.Stale || l.MissingEpoch == nil || *l.MissingEpoch != epoch+2 ||
			l.Keys.Kind != "dev-insecure" || l.Disclosures != 3 {
			t.Errorf("L2 pool %+v", l)
		}
	})

	t.Run("with the L2 down it exits 1 and still shows the onshore part", func(t *testing.T) {
		code, stdout, _ := runCLI(t, "status", "--data", dir, "--rpc", "http://127.0.0.1:1")
		if code != 1 {
			t.Errorf("status with the L2 down: exit %d; want 1", code)
		}
		if !strings.Contains(stdout, "L2 unreachable") || !strings.Contains(stdout, "records   12 ingested") {
			t.Errorf("status with the L2 down does not show the onshore part and the L2 as unreachable:\n%s", stdout)
		}
		code, stdout, _ = runCLI(t, "status", "--data", dir, "--rpc", "http://127.0.0.1:1", "--json")
		var r status.Report
		if err := json.Unmarshal([]byte(stdout), &r); err != nil || code != 1 {
			t.Fatalf("--json with the L2 down: exit %d, %v", code, err)
		}
		if r.OK || r.L2.State != status.StateUnreachable || r.Onshore.State != status.StateOK || len(r.Onshore.Pools) != 1 {
			t.Errorf("--json with the L2 down: ok %v, l2 %q, onshore %q with %d pools", r.OK, r.L2.State, r.Onshore.State, len(r.Onshore.Pools))
		}
	})

	t.Run("the relayer's config stands in for the flags", func(t *testing.T) {
		dep, err := readDeployment(filepath.Join(dir, demo.DeploymentFile))
		if err != nil {
			t.Fatal(err)
		}
		cfg := filepath.Join(t.TempDir(), "relay.yaml")
		doc := fmt.Sprintf("key: {file: %s}\nledger: {data: %s}\nkeys: %s\noutbox: %s\nrpc: %s\nregistry: %q\npools: [shenzhen-north]\n",
			filepath.Join(dir, "l2keys", "relayer.key"), dir, filepath.Join(dir, "keys"), filepath.Join(dir, demo.OutboxDir), rpc, dep.Registry.Hex())
		if err := os.WriteFile(cfg, []byte(doc), 0o600); err != nil {
			t.Fatal(err)
		}
		code, stdout, stderr := runCLI(t, "status", "--relay-config", cfg)
		if code != 0 {
			t.Fatalf("status --relay-config: exit %d\n%s%s", code, stdout, stderr)
		}
		for _, want := range []string{"records   12 ingested", "3 epoch(s): exported 3", "latest disclosed epoch 20759", "keys      dev-insecure"} {
			if !strings.Contains(stdout, want) {
				t.Errorf("status --relay-config does not show %q:\n%s", want, stdout)
			}
		}
	})

	t.Run("a pool neither side holds is a usage error", func(t *testing.T) {
		code, _, stderr := runCLI(t, "status", "--data", dir, "--rpc", rpc, "--pool", "nosuch")
		if code != 2 || !strings.Contains(stderr, "nosuch") {
			t.Errorf("--pool nosuch: exit %d, %q; want 2 naming it", code, stderr)
		}
	})
}

func TestStatusWithoutALedgerExits2AndCreatesNothing(t *testing.T) {
	base := t.TempDir()
	for name, dir := range map[string]string{
		"a directory that does not exist": filepath.Join(base, "no-such-dir"),
		"an empty directory":              base,
	} {
		t.Run(name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, "status", "--data", dir)
			if code != 2 || !strings.Contains(stderr, dir) || !strings.Contains(stderr, "no embedded ledger") {
				t.Errorf("exit %d, stderr %q; want 2 naming %s", code, stderr, dir)
			}
			if stdout != "" {
				t.Errorf("printed %q", stdout)
			}
		})
	}
	if entries, err := os.ReadDir(base); err != nil || len(entries) != 0 {
		t.Errorf("status created %v in %s (%v)", entries, base, err)
	}
}

func TestStatusRefusesBadFlags(t *testing.T) {
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"nothing to read", nil, "nothing to read"},
		{"an RPC without a registry", []string{"--rpc", "http://127.0.0.1:1"}, "--registry"},
		{"a registry that is not an address", []string{"--rpc", "http://127.0.0.1:1", "--registry", "0x12"}, "not an address"},
		{"a deployment file that does not exist", []string{"--rpc", "http://127.0.0.1:1", "--deployment", "/nonexistent.json"}, "--deployment"},
		{"a pool id that is not one", []string{"--rpc", "http://127.0.0.1:1", "--registry", "0x5FbDB2315678afecb367f032d93F642f64180aa3", "--pool", "Bad Pool"}, "--pool"},
		{"a key set that is not one", []string{"--rpc", "http://127.0.0.1:1", "--registry", "0x5FbDB2315678afecb367f032d93F642f64180aa3", "--keys", "/nonexistent"}, "--keys"},
		{"a relayer config that does not load", []string{"--relay-config", "/nonexistent.yaml"}, "--relay-config"},
		{"arguments", []string{"now"}, "unknown command"},
	}
	for _, tc := range cases {
		t.Run("it refuses "+tc.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, append([]string{"status"}, tc.args...)...)
			if code != 2 || !strings.Contains(stderr, tc.want) {
				t.Errorf("exit %d, stderr %q; want 2 mentioning %q", code, stderr, tc.want)
			}
		})
	}
}

func TestStatusHelpHasAnExample(t *testing.T) {
	code, stdout, _ := runCLI(t, "status", "--help")
	if code != 0 || !strings.Contains(stdout, "Example") || !strings.Contains(stdout, "rwabridge status --data") {
		t.Errorf("status --help: exit %d\n%s", code, stdout)
	}
}
