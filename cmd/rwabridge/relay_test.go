package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
