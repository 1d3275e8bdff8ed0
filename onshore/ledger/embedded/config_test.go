package embedded

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestGoodConfigLoads(t *testing.T) {
	c, err := LoadConfig(filepath.Join("testdata", "good.yml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Orgs) != 2 || c.Orgs[0].Key != "/etc/rwabridge/operator.pem" || c.Quorum() != 2 {
		t.Errorf("orgs %+v quorum %d", c.Orgs, c.Quorum())
	}
	if c.Block.MaxTxs != 8 || c.LockTimeout != 500*time.Millisecond || c.Contract.Grace != time.Hour {
		t.Errorf("block %+v lock timeout %s grace %s", c.Block, c.LockTimeout, c.Contract.Grace)
	}
	if c.Contract.RecordsCollection != Default().Contract.RecordsCollection {
		t.Errorf("unset contract fields are not the defaults: %+v", c.Contract)
	}
	if c.Orgs[0].keyPath("/data/ledger") != "/etc/rwabridge/operator.pem" || c.Orgs[1].keyPath("/data/ledger") != "/data/ledger/keys/AuditorMSP.pem" {
		t.Errorf("key paths %s, %s", c.Orgs[0].keyPath("/data/ledger"), c.Orgs[1].keyPath("/data/ledger"))
	}
}

func TestDefaultConfigIsValid(t *testing.T) {
	c := Default()
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if c.Quorum() != 2 {
		t.Errorf("default quorum %d, want 2 of 3", c.Quorum())
	}
}

func TestBadConfigsNameTheirProblem(t *testing.T) {
	tests := []struct {
		file string
		want []string
	}{
		{"unknown-key.bad.yml", []string{"keyfile"}},
		{"policy.bad.yml", []string{`commit_policy "any"`}},
		{"duplicate-org.bad.yml", []string{"listed twice"}},
		{"contract-orgs.bad.yml", []string{"contract.orgs"}},
		{"limits.bad.yml", []string{"block.max_txs 0", "block.max_bytes 10"}},
		{"bad-msp.bad.yml", []string{`orgs[0].msp_id "Operator MSP"`}},
		{"two-documents.bad.yml", []string{"more than one YAML document"}},
		{"empty.bad.yml", []string{"empty document"}},
		{"contract-grace.bad.yml", []string{"grace -1h0m0s is negative"}},
	}
	for _, tt := range tests {
		t.Run(strings.TrimSuffix(tt.file, ".bad.yml")+" is refused", func(t *testing.T) {
			_, err := LoadConfig(filepath.Join("testdata", tt.file))
			if !errors.Is(err, ErrBadConfig) {
				t.Fatalf("error %v, want ErrBadConfig", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}
