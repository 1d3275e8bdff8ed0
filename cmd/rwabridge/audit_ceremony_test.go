package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/rwabridge/rwabridge/circuits/ceremony"
	"github.com/rwabridge/rwabridge/circuits/ceremony/ceremonytest"
	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/offshore/audit"
	"github.com/rwabridge/rwabridge/offshore/audit/audittest"
	"github.com/rwabridge/rwabridge/offshore/chaintest"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/ledger/embedded"
)

// ceremonyChain deploys the contracts for set's key on a new chain (its
// JSON-RPC served over HTTP at f.Chain.URL) and, with disclose, discloses
// its first epoch with a proof under that key.
func ceremonyChain(t *testing.T, set *keys.Set, disclose bool) *audittest.Fixture {
	t.Helper()
	ctx := context.Background()
	c, err := chaintest.NewChain(chaintest.ChainOptions{Funded: 1, HTTP: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	d, err := chaintest.Deploy(ctx, c, chaintest.DeployOptions{Keys: set})
	if err != nil {
		t.Fatal(err)
	}
	if disclose {
		if _, err := d.Disclose(ctx, d.Addresses.FirstEpoch, chaintest.Capacity, 5, 1, d.Members()[1:]...); err != nil {
			t.Fatal(err)
		}
	}
	return &audittest.Fixture{Deployment: d, Addrs: d.Addresses}
}

// ceremonyLedger records entries on the embedded ledger of a new data
// directory, each by its own org, leaving out the last skip of them.
func ceremonyLedger(t *testing.T, entries []*ceremony.Entry, skip int) string {
	t.Helper()
	data := filepath.Join(t.TempDir(), "data")
	l, err := embedded.OpenDir(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	for _, e := range entries[:len(entries)-skip] {
		r := ledger.ContributionRequest{Ceremony: e.Ceremony, Phase: e.Phase, Index: e.Index, Org: e.Org,
			Contribution: e.Contribution, Previous: e.Previous, Signer: e.Signer, Signature: e.Signature}
		if _, err := ledger.NewClient(l.Invoker(ledger.Identity{MSPID: e.Org, ID: "ceremony"})).RecordContribution(context.Background(), r); err != nil {
			t.Fatalf("%s's contribution %d of phase %d: %v", e.Org, e.Index, e.Phase, err)
		}
	}
	return data
}

func TestAuditVerifyChecksTheVerifiersAgainstACeremony(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a three-org ceremony (about 40 s of CPU) and verifies it four times; skipped in -short")
	}
	ctx := context.Background()
	orgs, err := ceremonytest.NewOrgs("OperatorMSP", "AuditorMSP", "CustodianMSP")
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "ceremony")
	entries, err := ceremonytest.Run(ctx, dir, orgs...)
	if err != nil {
		t.Fatal(err)
	}
	keyDir := filepath.Join(dir, ceremony.KeysDir)
	set, err := keys.Find(keyDir, ceremonytest.Capacity)
	if err != nil {
		t.Fatal(err)
	}
	beacons := []string{"--beacon1", hexutil.Encode(ceremonytest.Beacon1), "--beacon2", hexutil.Encode(ceremonytest.Beacon2)}
	const orgsLine = "3 orgs contributed: OperatorMSP, AuditorMSP, CustodianMSP"

	t.Run("a chain whose verifier pins the ceremony's key passes, naming the contributors", func(t *testing.T) {
		f := ceremonyChain(t, set, true)
		useChain(t, f)
		code, stdout, stderr := runCLI(t, append([]string{"audit", "verify", "--rpc", "sim", "--registry", f.Addrs.Registry.Hex(), "--ceremony", dir}, beacons...)...)
		if code != 0 {
			t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
		}
		for _, want := range []string{
			"1 disclosures, 0 failed", orgsLine,
			"phase 1: 3 contributions, in order: OperatorMSP (signer " + orgs[0].Address(),
			"phase 2: 3 contributions, in order: OperatorMSP",
			"beacon phase 1: " + hexutil.Encode(ceremonytest.Beacon1),
			fmt.Sprintf("vk_hash %s is the one the verifier %s of pool pool-a", set.Meta.VKHash, f.Addrs.Verifier.Hex()),
		} {
			if !strings.Contains(stdout, want) {
				t.Errorf("the report does not say %q:\n%s", want, stdout)
			}
		}
		if strings.Contains(stdout, "NOT CHECKED") || strings.Contains(stderr, "INSECURE") {
			t.Errorf("both beacons were given and the keys are a ceremony's:\n%s%s", stdout, stderr)
		}

		// The investor's table names the ceremony's orgs (from the key
		// set's metadata) and warns of nothing.
		code, stdout, stderr = runCLI(t, "investor", "list", "--rpc", f.Chain.URL, "--registry", f.Addrs.Registry.Hex(), "--vk", keyDir, "--log-level", "warn")
		if code != 0 || !strings.Contains(stdout, "keys mpc-ceremony") || !strings.Contains(stdout, "Keys from a ceremony of 3 orgs: OperatorMSP, AuditorMSP, CustodianMSP") ||
			strings.Contains(stdout+stderr, "WARNING") || strings.Contains(stdout+stderr, "INSECURE") {
			t.Errorf("investor list: exit %d\n%s%s", code, stdout, stderr)
		}
	})

	t.Run("a chain whose verifier pins development keys exits 20", func(t *testing.T) {
		dev, err := audittest.Keys(ctx, t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		f := ceremonyChain(t, dev, false)
		useChain(t, f)
		code, stdout, stderr := runCLI(t, "audit", "verify", "--rpc", "sim", "--registry", f.Addrs.Registry.Hex(), "--ceremony", dir, "--json")
		if code != audit.ExitCeremonyKey || !strings.Contains(stderr, f.Addrs.Verifier.Hex()) || !strings.Contains(stderr, "pool-a") {
			t.Fatalf("exit %d; want %d naming the verifier %s and its pool\n%s%s", code, audit.ExitCeremonyKey, f.Addrs.Verifier, stdout, stderr)
		}
		var rep audit.JSONReport
		if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
			t.Fatal(err)
		}
		if c := rep.Ceremony; rep.ExitCode != audit.ExitCeremonyKey || c == nil || len(c.Verifiers) != 1 || c.Verifiers[0].Pins ||
			len(c.Unchecked) != 2 || !strings.Contains(c.Unchecked[0], "beacon") {
			t.Fatalf("json: exit %d, ceremony %+v; want both beacons reported unchecked", rep.ExitCode, rep.Ceremony)
		}
	})

	f := ceremonyChain(t, set, false) // nothing disclosed: the ledger holds only the ceremony's log
	reg := f.Addrs.Registry.Hex()
	t.Run("a transcript with a flipped byte in the second contribution exits 19 naming it", func(t *testing.T) {
		useChain(t, f)
		bad := filepath.Join(t.TempDir(), "ceremony")
		if err := os.CopyFS(bad, os.DirFS(dir)); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(bad, strings.TrimPrefix(entries[1].Path, dir))
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		b[len(b)/2] ^= 1
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		code, stdout, stderr := runCLI(t, "audit", "verify", "--rpc", "sim", "--registry", reg, "--ceremony", bad)
		if code != audit.ExitCeremony || !strings.Contains(stderr, ceremony.ErrTampered.Error()) || !strings.Contains(stderr, filepath.Base(path)) {
			t.Fatalf("exit %d; want %d naming %s\n%s%s", code, audit.ExitCeremony, filepath.Base(path), stdout, stderr)
		}
	})
	t.Run("a beacon other than the one the ceremony closed with exits 19", func(t *testing.T) {
		useChain(t, f)
		code, stdout, stderr := runCLI(t, "audit", "verify", "--rpc", "sim", "--registry", reg, "--ceremony", dir, "--beacon1", "0x"+strings.Repeat("ab", 32))
		if code != audit.ExitCeremony || !strings.Contains(stderr, ceremony.ErrBeacon.Error()) {
			t.Fatalf("exit %d; want %d\n%s%s", code, audit.ExitCeremony, stdout, stderr)
		}
	})

	full := ceremonyLedger(t, entries, 0)
	short := ceremonyLedger(t, entries, 1) // CustodianMSP's phase 2 contribution never recorded
	t.Run("given the ledger's log, a ceremony key set's contributors are checked", func(t *testing.T) {
		useChain(t, f)
		code, stdout, stderr := runCLI(t, "audit", "verify", "--rpc", "sim", "--registry", reg, "--vk", keyDir, "--data", full)
		if code != 0 || !strings.Contains(stdout, orgsLine) || !strings.Contains(stdout, "ledger's log holds exactly these 6 contributions") ||
			!strings.Contains(stdout, "its contributors found on the onshore ledger's log") || strings.Contains(stderr, "INSECURE") {
			t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
		}
		code, stdout, stderr = runCLI(t, "audit", "verify", "--rpc", "sim", "--registry", reg, "--vk", keyDir, "--data", short)
		if code != audit.ExitCeremonyLog || !strings.Contains(stderr, "CustodianMSP's contribution 3 of phase 2") {
			t.Fatalf("a log missing CustodianMSP's contribution: exit %d; want %d\n%s%s", code, audit.ExitCeremonyLog, stdout, stderr)
		}
	})
	t.Run("given the transcript and the ledger's log, both are checked", func(t *testing.T) {
		useChain(t, f)
		code, stdout, stderr := runCLI(t, append([]string{"audit", "verify", "--rpc", "sim", "--registry", reg, "--ceremony", dir, "--data", full, "--json"}, beacons...)...)
		var rep audit.JSONReport
		if err := json.Unmarshal([]byte(stdout), &rep); code != 0 || err != nil {
			t.Fatalf("exit %d, %v\n%s%s", code, err, stdout, stderr)
		}
		if c := rep.Ceremony; c == nil || c.LedgerLog != 6 || strings.Join(c.Orgs, ",") != "OperatorMSP,AuditorMSP,CustodianMSP" ||
			c.VKHash != set.Meta.VKHash || len(c.Verifiers) != 1 || !c.Verifiers[0].Pins || len(c.Unchecked) != 0 {
			t.Fatalf("json ceremony %+v", rep.Ceremony)
		}
	})
}
