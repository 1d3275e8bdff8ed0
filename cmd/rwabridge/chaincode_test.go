package main

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestChaincodeRefusesIncompleteOrBadSettingsWithExitCode2(t *testing.T) {
	dir := t.TempDir()
	badConfig := filepath.Join(dir, "contract.yaml")
	if err := os.WriteFile(badConfig, []byte("orgs: [OperatorMSP]\nrecords_colection: records\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	invalidConfig := filepath.Join(dir, "invalid.yaml")
	if err := os.WriteFile(invalidConfig, []byte("operator_msp: NotAMember\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no address", []string{"chaincode", "--id", "rwabridge_1.0:ab"}, "--address and --id"},
		{"no package id", []string{"chaincode", "--address", "127.0.0.1:0"}, "--address and --id"},
		{"an unknown contract", []string{"chaincode", "--address", "127.0.0.1:0", "--id", "x:1", "--contract", "erc20"}, "want rwabridge or bench-plain"},
		{"a config with an unknown key", []string{"chaincode", "--address", "127.0.0.1:0", "--id", "x:1", "--config", badConfig}, "records_colection"},
		{"a config that does not validate", []string{"chaincode", "--address", "127.0.0.1:0", "--id", "x:1", "--config", invalidConfig}, "NotAMember"},
		{"a config for the benchmark baseline", []string{"chaincode", "--address", "127.0.0.1:0", "--id", "x:1", "--contract", "bench-plain", "--config", badConfig}, "applies to --contract rwabridge only"},
		{"a TLS key without its certificate", []string{"chaincode", "--address", "127.0.0.1:0", "--id", "x:1", "--tls-key", "k.pem"}, "go together"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("CHAINCODE_SERVER_ADDRESS", "")
			t.Setenv("CHAINCODE_ID", "")
			code, _, stderr := simTestRun(t, tt.args...)
			if code != 2 || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", code, stderr, tt.want)
			}
		})
	}
}

func TestChaincodeServesFromTheEnvironmentUntilCancelled(t *testing.T) {
	addr := freeAddr(t)
	t.Setenv("CHAINCODE_SERVER_ADDRESS", addr)
	t.Setenv("CHAINCODE_ID", "rwabridge_1.0:0123")
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	var stderr strings.Builder
	go func() { done <- run(ctx, []string{"chaincode", "--log-level", "warn"}, &strings.Builder{}, &stderr) }()
	deadline := time.Now().Add(10 * time.Second)
	for {
		c, err := net.Dial("tcp", addr)
		if err == nil {
			c.Close()
			break
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("nothing listens on %s after 10 s: %v (%s)", addr, err, stderr.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit %d after cancel: %s", code, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the chaincode server did not stop when cancelled")
	}
}

func TestCommandsTakeALedgerConfigAndFailClearlyWhenItIsBad(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	if err := os.WriteFile(bad, []byte("backend: fabric\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"ledger", "show", "--ledger-config", bad},
		{"ledger", "seal", "--ledger-config", bad, "--all-ended"},
		{"sealer", "--ledger-config", bad, "--policy", "battery-swap-daily", "--once"},
	} {
		t.Run(strings.Join(args[:len(args)-2], " "), func(t *testing.T) {
			code, _, stderr := simTestRun(t, args...)
			if code != 2 || !strings.Contains(stderr, "peer_endpoint is required") {
				t.Errorf("exit %d, stderr %q; want 2 naming the missing settings", code, stderr)
			}
		})
	}
	for _, cmd := range [][]string{{"chaincode"}, {"agent"}, {"sealer"}, {"ledger", "seal"}, {"ledger", "show"}} {
		code, stdout, _ := simTestRun(t, append(cmd, "--help")...)
		if code != 0 || !strings.Contains(stdout, "Examples:") || (cmd[0] != "chaincode" && !strings.Contains(stdout, "--ledger-config")) {
			t.Errorf("%s --help: exit %d, no example or no --ledger-config:\n%.300s", strings.Join(cmd, " "), code, stdout)
		}
	}
}
