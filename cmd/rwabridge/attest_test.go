package main

import (
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/rwabridge/rwabridge/bridge/ethkey"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/ledger/embedded"
)

func TestAttestHasHelpWithExamples(t *testing.T) {
	for _, args := range [][]string{{"attest"}, {"attest", "lint"}} {
		code, stdout, _ := simTestRun(t, append(args, "--help")...)
		if code != 0 || !strings.Contains(stdout, "Examples:") {
			t.Errorf("%v --help: exit %d\n%s", args, code, stdout)
		}
	}
}

func TestAttestNeedsAValidConfig(t *testing.T) {
	if code, _, stderr := simTestRun(t, "attest", "--once"); code != 2 || !strings.Contains(stderr, "--config is required") {
		t.Errorf("without --config: exit %d: %s", code, stderr)
	}
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(bad, []byte("nonsense: 1\n"), 0o600)
	if code, _, stderr := simTestRun(t, "attest", "--config", bad, "--once"); code != 2 || !strings.Contains(stderr, "nonsense") {
		t.Errorf("with an unknown key: exit %d: %s", code, stderr)
	}
}

// attestTestConfig writes an attestor config for org with a fresh key and
// returns its path.
func attestTestConfig(t *testing.T, dir, org, data, rpc string, seed byte) string {
	t.Helper()
	k, err := crypto.ToECDSA(append(make([]byte, 31), seed))
	if err != nil {
		t.Fatal(err)
	}
	keyFile := filepath.Join(dir, org+".key")
	if err := ethkey.WriteHex(keyFile, k); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, org+".yaml")
	doc := fmt.Sprintf("org: %s\nkey: {file: %s}\nledger: {data: %s}\nchain_id: 1337\nregistry: \"0x5FbDB2315678afecb367f032d93F642f64180aa3\"\n", org, keyFile, data)
	if rpc != "" {
		doc += "rpc: " + rpc + "\n"
	}
	if err := os.WriteFile(path, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestAttestLintRefusesAttestorsSharingAKey(t *testing.T) {
	dir := t.TempDir()
	a := attestTestConfig(t, dir, "OperatorMSP", "/tmp/x", "http://a:8545", 1)
	b := attestTestConfig(t, dir, "AuditorMSP", "/tmp/x", "http://b:8545", 2)
	if code, stdout, stderr := simTestRun(t, "attest", "lint", a, b); code != 0 || !strings.Contains(stdout, "OK: 2 attestors") {
		t.Fatalf("distinct: exit %d\n%s%s", code, stdout, stderr)
	}
	c := attestTestConfig(t, dir, "CustodianMSP", "/tmp/x", "http://c:8545", 1)
	if code, _, stderr := simTestRun(t, "attest", "lint", a, b, c); code != 1 || !strings.Contains(stderr, "share a signing key") {
		t.Fatalf("shared key: exit %d: %s", code, stderr)
	}
	d := attestTestConfig(t, dir, "CustodianMSP", "/tmp/x", "http://a:8545", 3)
	if code, _, stderr := simTestRun(t, "attest", "lint", a, d); code != 1 || !strings.Contains(stderr, "share an RPC endpoint") {
		t.Fatalf("shared endpoint: exit %d: %s", code, stderr)
	}
}

func TestAttestOnceSignsTheEmbeddedLedgersSealsAsItsOrg(t *testing.T) {
	if testing.Short() {
		t.Skip("simulates, ingests and seals a day; skipped in -short")
	}
	data, epoch := proveTestLedger(t)
	dir := t.TempDir()
	cfg := attestTestConfig(t, dir, "AuditorMSP", data, "", 7)
	code, stdout, stderr := simTestRun(t, "attest", "--config", cfg, "--once", "--log-level", "warn")
	if code != 0 || !strings.Contains(stdout, fmt.Sprintf("shenzhen-north epoch %d: attested", epoch)) {
		t.Fatalf("attest: exit %d\n%s%s", code, stdout, stderr)
	}
	code, stdout, stderr = simTestRun(t, "attest", "--config", cfg, "--once", "--log-level", "warn")
	if code != 0 || !strings.Contains(stdout, "attest: 0 attested, 0 suppressed (below k: no figures), ") || strings.Contains(stdout, ": attested") {
		t.Fatalf("second attest: exit %d\n%s%s", code, stdout, stderr)
	}
	l, err := embedded.OpenDir(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	atts, err := ledger.NewClient(l.Invoker(l.Operator("test"))).Attestations(t.Context(), "shenzhen-north", uint64(epoch))
	if err != nil || len(atts) != 1 || atts[0].Org != "AuditorMSP" {
		t.Fatalf("attestations on the ledger: %+v, %v", atts, err)
	}
	t.Log(strings.TrimSpace(stdout))
}

func TestTheMetricsServerAnswersHealthFromTheProcess(t *testing.T) {
	addr := freeAddr(t)
	healthy := true
	stop, err := serveMetrics(addr, prometheus.NewRegistry(), healthHandler(func() (bool, string) {
		if healthy {
			return true, "ok"
		}
		return false, "the ledger has not answered for 6m0s"
	}), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	get := func() (int, string) {
		r, err := http.Get("http://" + addr + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		defer r.Body.Close()
		b, _ := io.ReadAll(r.Body)
		return r.StatusCode, string(b)
	}
	if code, body := get(); code != 200 || !strings.Contains(body, `"status":"ok"`) {
		t.Fatalf("healthy: %d %s", code, body)
	}
	healthy = false
	if code, body := get(); code != 503 || !strings.Contains(body, "has not answered") {
		t.Fatalf("unhealthy: %d %s", code, body)
	}
}
