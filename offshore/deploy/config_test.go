package deploy_test

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/offshore/deploy"
)

func TestConfigFilesAreCheckedStrictly(t *testing.T) {
	cases := []struct {
		file string
		want string // substring of the error; "" for a good file
	}{
		{"minimal.good.yaml", ""},
		{"threshold-minority.bad.yaml", "committee.threshold"},
		{"threshold-above-size.bad.yaml", "committee.threshold"},
		{"duplicate-member.bad.yaml", "listed twice"},
		{"zero-member.bad.yaml", "zero address"},
		{"malformed-member.bad.yaml", "not an address"},
		{"bad-pool.bad.yaml", "pool:"},
		{"missing-vk.bad.yaml", "vk_dir"},
		{"unknown-key.bad.yaml", "gas_price"},
		{"two-documents.bad.yaml", "more than one YAML document"},
		{"empty.bad.yaml", "empty file"},
		{"missing-roles.bad.yaml", "roles.guardian: required"},
		{"zero-guardian.bad.yaml", "roles.guardian: the zero address"},
		{"missing-governance.bad.yaml", "governance.proposers: at least one"},
		{"no-proposer.bad.yaml", "governance.proposers: at least one"},
		{"zero-executor.bad.yaml", "governance.executors[0]: the zero address"},
		{"fractional-delay.bad.yaml", "governance.delay"},
		{"delay-without-unit.bad.yaml", "into time.Duration"},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			cfg, err := deploy.Load(filepath.Join("testdata", c.file))
			if c.want == "" {
				if err != nil {
					t.Fatalf("good file rejected: %v", err)
				}
				if len(cfg.Committee.Members) != 3 || cfg.Committee.Threshold != 2 || cfg.Pool != "pool-a" ||
					cfg.Governance.Delay != 72*time.Hour || cfg.Governance.AdminTransferDelay != 120*time.Hour ||
					len(cfg.Governance.Proposers) != 1 || cfg.Roles.Guardian == "" {
					t.Fatalf("decoded %+v", cfg)
				}
				return
			}
			if !errors.Is(err, deploy.ErrConfig) || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v; want ErrConfig mentioning %q", err, c.want)
			}
		})
	}
}

func TestAPlanNeedsAReadableVerifyingKey(t *testing.T) {
	cfg, err := deploy.Load(filepath.Join("testdata", "minimal.good.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	// testdata/keys does not exist: the key is unreadable.
	if _, _, err := cfg.Plan(); !errors.Is(err, deploy.ErrConfig) || !strings.Contains(err.Error(), "vk_dir") {
		t.Fatalf("plan without keys: %v", err)
	}
}
