package attest_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rwabridge/rwabridge/bridge/attest"
	"github.com/rwabridge/rwabridge/bridge/ethkey"
)

func TestGoodConfigsLoadWithPathsResolved(t *testing.T) {
	c, err := attest.LoadConfig(filepath.Join("testdata", "good.yml"))
	if err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs("testdata")
	if c.Org != "AuditorMSP" || c.ChainID != 1337 || c.PollInterval != 10*time.Second ||
		c.Key.File != filepath.Join("testdata", "auditor.key") && c.Key.File != filepath.Join(abs, "auditor.key") {
		t.Fatalf("loaded %+v", c)
	}
	c, err = attest.LoadConfig(filepath.Join("testdata", "minimal.good.yml"))
	if err != nil {
		t.Fatal(err)
	}
	if c.PollInterval != attest.Default().PollInterval || c.Key.PasswordFile != "/etc/rwabridge/operator.pass" {
		t.Fatalf("defaults not applied: %+v", c)
	}
}

func TestBadConfigsAreRefusedSayingWhy(t *testing.T) {
	tests := []struct {
		file, want string
	}{
		{"unknown-key.bad.yml", "field polling not found"},
		{"no-org.bad.yml", "org (the org's MSP id) is required"},
		{"two-ledgers.bad.yml", "exactly one of data and config"},
		{"bad-registry.bad.yml", "not a nonzero 0x address"},
		{"no-chain.bad.yml", "chain_id is required"},
		{"zero-poll.bad.yml", "poll_interval 0s must be positive"},
		{"empty.bad.yml", "empty document"},
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*.bad.yml"))
	if len(files) != len(tests) {
		t.Fatalf("%d bad files, %d cases", len(files), len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.file+" is refused", func(t *testing.T) {
			_, err := attest.LoadConfig(filepath.Join("testdata", tt.file))
			if !errors.Is(err, attest.ErrInvalidConfig) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want %q", err, tt.want)
			}
		})
	}
}

func TestLintRefusesSharedKeysEndpointsAndOrgs(t *testing.T) {
	dir := t.TempDir()
	keyFile := func(name string, seed byte) string {
		k, err := crypto.ToECDSA(append(make([]byte, 31), seed))
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, name)
		if err := ethkey.WriteHex(p, k); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a, b, aCopy := keyFile("a.key", 1), keyFile("b.key", 2), keyFile("a-copy.key", 1)
	cfg := func(org, key, rpc string) attest.Config {
		c := attest.Default()
		c.Org, c.Key.File, c.RPC = org, key, rpc
		return c
	}
	tests := []struct {
		name string
		set  []attest.Named
		want error
	}{
		{"distinct orgs, keys and endpoints pass", []attest.Named{
			{"a.yml", cfg("OrgA", a, "http://a:8545")}, {"b.yml", cfg("OrgB", b, "http://b:8545")}}, nil},
		{"one key copied to two files is a shared key", []attest.Named{
			{"a.yml", cfg("OrgA", a, "http://a:8545")}, {"b.yml", cfg("OrgB", aCopy, "http://b:8545")}}, attest.ErrSharedKey},
		{"one RPC endpoint is shared", []attest.Named{
			{"a.yml", cfg("OrgA", a, "http://node:8545/")}, {"b.yml", cfg("OrgB", b, "HTTP://node:8545")}}, attest.ErrSharedRPC},
		{"two attestors for one org", []attest.Named{
			{"a.yml", cfg("OrgA", a, "")}, {"b.yml", cfg("OrgA", b, "")}}, attest.ErrSharedOrg},
		{"an unreadable key is reported", []attest.Named{
			{"a.yml", cfg("OrgA", filepath.Join(dir, "missing.key"), "")}}, ethkey.ErrKey},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := attest.Lint(tt.set)
			if tt.want == nil && err != nil || tt.want != nil && !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
		})
	}
	if err := os.Chmod(b, 0o640); err != nil {
		t.Fatal(err)
	}
	if err := attest.Lint([]attest.Named{{"b.yml", cfg("OrgB", b, "")}}); !errors.Is(err, ethkey.ErrPermissions) {
		t.Fatalf("group-readable key: %v", err)
	}
}

func TestTheSealCheckpointIsResolvedOrDefaultsBesideTheConfig(t *testing.T) {
	tests := []struct{ file, want string }{
		{"good.yml", filepath.Join("testdata", "state", "auditor.seals.checkpoint")},
		{"minimal.good.yml", filepath.Join("testdata", "minimal.good.seals.checkpoint")},
	}
	for _, tt := range tests {
		t.Run(tt.file+" listens from "+tt.want, func(t *testing.T) {
			c, err := attest.LoadConfig(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if c.SealCheckpoint != tt.want {
				t.Fatalf("seal_checkpoint %q, want %q", c.SealCheckpoint, tt.want)
			}
		})
	}
}
