package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
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
		if row == "" || !strings.Contains(row, rev) || strings.Count(row, "verified") != 2 || !strings.Contains(row, "2/2") {
			t.Errorf("epoch %d: row %q lacks revenue %s, two verdicts or 2/2 signers\n%s", d.Epoch, row, rev, stdout)
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

	code, _, stderr = runCLI(t, append(base, "--pool", "nope")...)
	if code != 1 || !strings.Contains(stderr, `no pool "nope"`) || !strings.Contains(stderr, "pool-a") {
		t.Fatalf("unknown pool: exit %d, %q", code, stderr)
	}
}

func TestInvestorServeServesThePoolAndStopsCleanly(t *testing.T) {
	c := investorChain(t)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
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
