package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/bridge/ethkey"
	"github.com/rwabridge/rwabridge/offshore/chaintest"
	"github.com/rwabridge/rwabridge/offshore/registry"
	"github.com/rwabridge/rwabridge/onshore/ledger/backend"
	"github.com/rwabridge/rwabridge/onshore/ledger/fabric/fabrictest"
	"github.com/rwabridge/rwabridge/onshore/sim"
	"github.com/rwabridge/rwabridge/policies"
	"github.com/rwabridge/rwabridge/policies/policy"
)

func TestMain(m *testing.M) {
	code := m.Run()
	fabrictest.RemoveBinary() // the rwabridge binary the Fabric test's chaincode runs as
	os.Exit(code)
}

// TestFabricSealProveAttestRelay runs the whole path on a real Fabric
// network (deploy/fabric, chunk capacity 8 and the test keys of that
// capacity): simulated cabinets → agent → sealer over the Fabric Gateway;
// then prove as the custodian (refused: its org is not in the records
// collection, exit 2 naming the identity to use) and as the operator;
// attest as the operator and the auditor; relay to a simulated L2 with the
// contracts deployed; and the registry's record of the epoch carries the
// seal's root, chunks and disclosed figures. Skipped without
// RWABRIDGE_FABRIC_BIN (see package fabrictest).
func TestFabricSealProveAttestRelay(t *testing.T) {
	if os.Getenv(fabrictest.EnvBin) == "" {
		t.Skipf("%s is not set: the Fabric tests need Fabric's binaries (see package fabrictest)", fabrictest.EnvBin)
	}
	ctx := context.Background()
	dir := t.TempDir()
	contract := filepath.Join(dir, "contract.yaml")
	if err := os.WriteFile(contract, []byte(fmt.Sprintf("chunk_capacity: %d\n", chaintest.Capacity)), 0o600); err != nil {
		t.Fatal(err)
	}
	set, keysDir, err := chaintest.Keys()
	if err != nil {
		t.Fatal(err)
	}
	n := fabrictest.Start(t, "CONTRACT_CONFIG="+contract, "FABRIC_LOGGING_SPEC=warning")
	run := func(args ...string) (int, string, string) {
		t.Helper()
		start := time.Now()
		code, stdout, stderr := simTestRun(t, args...)
		t.Logf("rwabridge %s: exit %d in %s", args[0], code, time.Since(start).Round(100*time.Millisecond))
		return code, stdout, stderr
	}
	must := func(args ...string) string {
		t.Helper()
		code, stdout, stderr := run(args...)
		if code != 0 {
			n.DumpLogs(t)
			t.Fatalf("rwabridge %s: exit %d\n%s%s", strings.Join(args, " "), code, stdout, stderr)
		}
		return stdout
	}

	// One day of six cabinets (the policy discloses from five), ended
	// (plus grace) days ago, through the agent and the sealer.
	day := recentDay()
	epoch := uint64(day.Unix() / 86400)
	fleet := simTestFleet(t, "--cabinets", "6", "--start", day.Format(time.DateOnly))
	pool := sim.Default().Pool
	must("agent", "--data", filepath.Join(dir, "agent"), "--ledger-config", n.ClientConfig("operator"),
		"--devices", filepath.Join(fleet, "devices.yaml"), "--source", "file:"+filepath.Join(fleet, "events.jsonl"), "--once", "--log-level", "warn")
	must("sealer", "--ledger-config", n.ClientConfig("auditor"), "--policy", "battery-swap-daily", "--once", "--log-level", "warn")
	conn, err := backend.Open(n.ClientConfig("operator"), "", "test", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	seal, err := conn.Client.GetSeal(ctx, pool, epoch)
	if err != nil {
		t.Fatal(err)
	}
	if seal.ChunkCapacity != chaintest.Capacity || seal.Count == 0 {
		t.Fatalf("seal of epoch %d: capacity %d, %d records; want capacity %d and records", epoch, seal.ChunkCapacity, seal.Count, chaintest.Capacity)
	}

	t.Run("the custodian may not read the records to prove", func(t *testing.T) {
		code, stdout, stderr := run("prove", "--ledger-config", n.ClientConfig("custodian"), "--pool", string(pool),
			"--epoch", fmt.Sprint(epoch), "--keys", keysDir, "--out", filepath.Join(dir, "custodian.json"), "--log-level", "warn")
		if code != 2 {
			t.Fatalf("prove as the custodian: exit %d, want 2\n%s%s", code, stdout, stderr)
		}
		for _, want := range []string{"not authorized", "CustodianMSP may not read the private data collection records", "the operator's or the auditor's"} {
			if !strings.Contains(stderr, want) {
				t.Errorf("prove as the custodian does not say %q:\n%s", want, stderr)
			}
		}
		if strings.Contains(stderr, "rwabridge:internal") {
			t.Errorf("the refusal is an internal error:\n%s", stderr)
		}
		if _, err := os.Stat(filepath.Join(dir, "custodian.json")); !os.IsNotExist(err) {
			t.Errorf("a refused prove wrote its --out: %v", err)
		}
	})
	must("prove", "--ledger-config", n.ClientConfig("operator"), "--pool", string(pool), "--epoch", fmt.Sprint(epoch),
		"--keys", keysDir, "--out", filepath.Join(dir, "proof.json"), "--log-level", "warn")
	must("audit", "verify-proof", "--bundle", filepath.Join(dir, "proof.json"), "--vk", keysDir)

	// The L2: the contracts for the pool, its first epoch the pool's first
	// sealed one (the sealer also sealed the empty days around the fleet's:
	// the relayer posts every epoch in order, suppressed ones too).
	seals, err := conn.Client.ListSeals(ctx, pool)
	if err != nil || len(seals) == 0 {
		t.Fatalf("seals of %s: %v, %v", pool, seals, err)
	}
	first := seals[0].Epoch
	for _, s := range seals {
		first = min(first, s.Epoch)
	}
	p, err := policies.Default()
	if err != nil {
		t.Fatal(err)
	}
	ch, err := chaintest.NewChain(chaintest.ChainOptions{Funded: 1, HTTP: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	dep, err := chaintest.Deploy(ctx, ch, chaintest.DeployOptions{Pool: pool, Keys: set, Policy: p, FirstEpoch: &first,
		TokenName: "Fabric Pool", TokenSymbol: "FP"})
	if err != nil {
		t.Fatal(err)
	}
	keyFile := func(name string, i int) string {
		t.Helper()
		k := dep.Relayer
		if i >= 0 {
			k = dep.Members()[i]
		}
		path := filepath.Join(dir, name+".key")
		if err := ethkey.WriteHex(path, k); err != nil {
			t.Fatal(err)
		}
		return path
	}
	chain := fmt.Sprintf("rpc: %s\nchain_id: %d\nregistry: %q\n", ch.URL, ch.ID, dep.Addresses.Registry.Hex())
	for i, org := range []string{"operator", "auditor"} {
		msp := map[string]string{"operator": "OperatorMSP", "auditor": "AuditorMSP"}[org]
		cfg := filepath.Join(dir, "attest-"+org+".yaml")
		doc := fmt.Sprintf("org: %s\nkey: {file: %s}\nledger: {config: %s}\n", msp, keyFile(org, i), n.ClientConfig(org)) + chain
		if err := os.WriteFile(cfg, []byte(doc), 0o600); err != nil {
			t.Fatal(err)
		}
		if out := must("attest", "--config", cfg, "--once", "--log-level", "warn"); !strings.Contains(out, fmt.Sprintf("%s epoch %d: attested", pool, epoch)) {
			t.Fatalf("attest as %s did not attest epoch %d:\n%s", msp, epoch, out)
		}
	}
	atts, err := conn.Client.Attestations(ctx, pool, epoch)
	if err != nil || len(atts) != 2 {
		t.Fatalf("attestations on Fabric: %+v, %v; want the operator's and the auditor's", atts, err)
	}

	relayCfg := filepath.Join(dir, "relay.yaml")
	doc := fmt.Sprintf("key: {file: %s}\nledger: {config: %s}\nkeys: %s\noutbox: %s\npools: [%s]\nconfirmations: 1\nfinalized: false\n",
		keyFile("relayer", -1), n.ClientConfig("operator"), keysDir, filepath.Join(dir, "outbox"), pool) + chain
	if err := os.WriteFile(relayCfg, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	reader := &registry.Reader{Chain: ch.Client, Address: dep.Addresses.Registry}
	var acc *registry.Accepted
	for pass := 0; acc == nil; pass++ {
		if pass == 20 {
			t.Fatalf("the registry has no record of epoch %d after %d relayer passes", epoch, pass)
		}
		out := must("relay", "--config", relayCfg, "--once", "--log-level", "warn")
		t.Logf("relay pass %d: %s", pass, strings.TrimSpace(out))
		ch.Commit()
		if acc, err = reader.Disclosure(ctx, pool.Field(), epoch); err != nil {
			acc = nil
		}
	}
	got := registry.OfEvent(acc)
	if got.Root.Cmp(seal.Root.BigInt()) != 0 {
		t.Errorf("registry root %x, the seal's %s", got.Root, seal.Root)
	}
	if int(got.Chunks) != len(seal.Chunks) || got.Suppressed {
		t.Errorf("registry: %d chunks, suppressed %v; the seal has %d chunks and discloses", got.Chunks, got.Suppressed, len(seal.Chunks))
	}
	disclosed := 0
	for _, mv := range seal.Metrics {
		m, err := policy.ParseMetric(mv.Metric)
		if err != nil {
			t.Fatal(err)
		}
		if !p.Disclose.Has(m) {
			continue
		}
		disclosed++
		if got.Metrics[m] != mv.Value {
			t.Errorf("registry %s = %d, the seal's %d", mv.Metric, got.Metrics[m], mv.Value)
		}
	}
	if disclosed != len(p.Disclose.Metrics()) {
		t.Errorf("the seal carries %d of the policy's %d disclosed metrics", disclosed, len(p.Disclose.Metrics()))
	}
	t.Logf("epoch %d: %d records in %d chunks sealed on Fabric, proven, attested by 2 orgs and accepted by the registry in block %d",
		epoch, seal.Count, len(seal.Chunks), acc.Raw.BlockNumber)
}
