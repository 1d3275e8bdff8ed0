package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/offshore/investor"
	"github.com/rwabridge/rwabridge/offshore/investor/investortest"
)

// investorChain is a simulated chain served over HTTP JSON-RPC with two
// real disclosures.
func investorChain(t *testing.T) *investortest.Chain {
	t.Helper()
	c, err := investortest.New(context.Background(), investortest.Options{KeyDir: t.TempDir(), Epochs: 2, HTTP: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

func TestInvestorNamesWhatIsMissingOrWrong(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"investor", "list"}, "missing --rpc"},
		{[]string{"investor", "serve", "--rpc", "http://127.0.0.1:1"}, "missing --registry"},
		{[]string{"investor", "list", "--rpc", "http://127.0.0.1:1", "--registry", "0x12"}, "not an address"},
		{[]string{"investor", "list", "--rpc", "http://127.0.0.1:1", "--registry", "0x5FbDB2315678afecb367f032d93F642f64180aa3", "--vk", "/nonexistent"}, "--vk"},
		{[]string{"investor", "frobnicate"}, "unknown subcommand"},
	}
	for _, c := range cases {
		t.Run(strings.Join(c.args[1:], " "), func(t *testing.T) {
			code, _, stderr := runCLI(t, c.args...)
			if code == 0 || !strings.Contains(stderr, c.want) {
				t.Fatalf("exit %d, stderr %q; want non-zero and %q", code, stderr, c.want)
			}
		})
	}
}

func TestInvestorRefusesBadPresentationOptions(t *testing.T) {
	dir := t.TempDir()
	const a1 = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
	file := func(name, doc string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(doc), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	badAddr := file("bad-address.yaml", "0x1234: OperatorMSP\n")
	dup := file("duplicate.yaml", a1+": OperatorMSP\n"+strings.ToLower(a1)+": AuditorMSP\n")
	base := []string{"--rpc", "http://127.0.0.1:1", "--registry", "0x5FbDB2315678afecb367f032d93F642f64180aa3"}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"list", "--currency", "euro"}, "--currency: " + investor.ErrCurrency.Error()},
		{[]string{"serve", "--currency", "XQQ"}, "not an ISO 4217 currency code"},
		{[]string{"serve", "--explorer", "https://sepolia.basescan.org/tx/"}, "--explorer: " + investor.ErrExplorer.Error() + `: "https://sepolia.basescan.org/tx/" has no {value}`},
		{[]string{"serve", "--explorer", "javascript:alert({value})"}, "not an http(s) URL"},
		{[]string{"list", "--signer-names", badAddr}, "--signer-names: " + badAddr + ": " + investor.ErrSignerNames.Error() + `: "0x1234" is not an address`},
		{[]string{"serve", "--signer-names", dup}, "is given twice"},
		{[]string{"list", "--signer-names", filepath.Join(dir, "missing.yaml")}, "no such file"},
	} {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			code, _, stderr := runCLI(t, append(append([]string{"investor"}, c.args...), base...)...)
			if code != 2 || !strings.Contains(stderr, c.want) {
				t.Fatalf("exit %d, stderr %q; want 2 and %q", code, stderr, c.want)
			}
		})
	}
}

func TestInvestorHelpHasExamples(t *testing.T) {
	for _, sub := range []string{"serve", "list"} {
		code, stdout, _ := runCLI(t, "investor", sub, "--help")
		if code != 0 || !strings.Contains(stdout, "Examples:") || !strings.Contains(stdout, "rwabridge investor "+sub+" --rpc") {
			t.Errorf("investor %s --help: exit %d\n%s", sub, code, stdout)
		}
	}
}

func TestInvestorListPrintsTheVerifiedFiguresOfEveryEpoch(t *testing.T) {
	c := investorChain(t)
	base := []string{"investor", "list", "--rpc", c.RPC, "--registry", c.Addresses.Registry.Hex(), "--vk", c.Keys.Dir, "--log-level", "warn"}
	code, stdout, stderr := runCLI(t, base...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "pool pool-a: 2 epoch(s) disclosed, up to date") || !strings.Contains(stdout, "supply 10,000, 3 holder(s)") {
		t.Fatalf("pool facts missing:\n%s", stdout)
	}
	for _, d := range c.Disclosures {
		row := ""
		for _, l := range strings.Split(stdout, "\n") {
			if strings.Contains(l, fmt.Sprintf(" %d  0x", d.Epoch)) || strings.Contains(l, time.Unix(int64(d.Epoch*86400), 0).UTC().Format("2006-01-02")) {
				row = l
			}
		}
		rev := fmt.Sprintf("%d.%02d", d.Metrics[2]/100, d.Metrics[2]%100)
		if row == "" || !strings.Contains(row, rev) || strings.Count(row, "verified") != 2 || !strings.Contains(row, "2 signatures, 2 required") {
			t.Errorf("epoch %d: row %q lacks revenue %s, two verdicts or \"2 signatures, 2 required\"\n%s", d.Epoch, row, rev, stdout)
		}
	}
	t.Log("\n" + stdout)

	code, stdout, stderr = runCLI(t, append(base, "--json", "--pool", "pool-a")...)
	if code != 0 {
		t.Fatalf("--json: exit %d: %s", code, stderr)
	}
	var s investor.Snapshot
	if err := json.Unmarshal([]byte(stdout), &s); err != nil {
		t.Fatal(err)
	}
	if len(s.Pools) != 1 || len(s.Pools[0].Disclosures) != 2 || s.Pools[0].Disclosures[1].Swaps != c.Disclosures[1].Metrics[0] {
		t.Fatalf("--json: %+v", s)
	}

	// Named signers and the revenue's currency.
	names := filepath.Join(t.TempDir(), "signers.yaml")
	doc := fmt.Sprintf("%s: OperatorMSP\n%s: AuditorMSP\n%s: CustodianMSP\n", c.Committee[0].Hex(), c.Committee[1].Hex(), c.Committee[2].Hex())
	if err := os.WriteFile(names, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr = runCLI(t, append(base, "--signer-names", names, "--currency", "EUR")...)
	if code != 0 {
		t.Fatalf("--signer-names --currency: exit %d: %s", code, stderr)
	}
	for _, want := range []string{"OperatorMSP (" + c.Committee[0].Hex() + ")", "CustodianMSP (" + c.Committee[2].Hex() + ")", "revenue EUR", "revenue in EUR"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("--signer-names --currency: the table lacks %q:\n%s", want, stdout)
		}
	}

	code, _, stderr = runCLI(t, append(base, "--pool", "pool-a", "--pool", "nope")...)
	if code != 2 || !strings.Contains(stderr, `no pool "nope"`) || !strings.Contains(stderr, "pool-a") {
		t.Fatalf("an unknown pool among those asked for: exit %d, want 2 (usage); %q", code, stderr)
	}
}

func TestInvestorServeServesThePoolAndStopsCleanly(t *testing.T) {
	c := investorChain(t)
	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stdout, stderr bytes.Buffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"investor", "serve", "--rpc", c.RPC, "--registry", c.Addresses.Registry.Hex(), "--listen", addr,
			"--poll", "200ms", "--log-level", "warn"}, &stdout, &stderr)
	}()
	base := "http://" + addr
	deadline := time.Now().Add(20 * time.Second)
	for {
		r, err := http.Get(base + "/healthz")
		if err == nil {
			r.Body.Close()
			if r.StatusCode == 200 {
				break
			}
		}
		select {
		case code := <-done:
			t.Fatalf("serve exited %d: %s", code, stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("not serving after 20 s: %v; %s", err, stderr.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	r, err := http.Get(base + "/pool/pool-a/disclosures.csv")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(r.Body)
	r.Body.Close()
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil || len(rows) != 3 || rows[1][0] != "pool-a" {
		t.Fatalf("CSV (%v): %q", err, b)
	}
	// Without --vk the proofs are re-verified with the verifier's own key.
	for _, row := range rows[1:] {
		if got := row[slices.Index(investor.CSVHeader, "reverified_locally")]; got != investor.Verified {
			t.Errorf("without --vk, re-verified locally is %q; want %q (the verifier contract's key):\n%s", got, investor.Verified, b)
		}
	}

	// A new disclosure shows up without a restart.
	now, err := c.Now(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.NextEpoch(); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Disclose(ctx, now/86400); err != nil {
		t.Fatal(err)
	}
	for n := 0; n != 3; {
		if time.Now().After(deadline) {
			t.Fatalf("the new disclosure did not show up: %d epochs", n)
		}
		time.Sleep(100 * time.Millisecond)
		r, err := http.Get(base + "/pool/pool-a/disclosures.json")
		if err != nil {
			t.Fatal(err)
		}
		var v investor.PoolView
		err = json.NewDecoder(r.Body).Decode(&v)
		r.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		n = len(v.Pool.Disclosures)
	}

	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("exit %d after cancel: %s", code, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop within 10 s of cancellation")
	}
}
