package fabric

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestLoadConfigReadsGoodFilesAndResolvesPaths(t *testing.T) {
	dir, _ := filepath.Abs("testdata/config")
	tests := []struct {
		file  string
		check func(t *testing.T, c Config)
	}{
		{"full.good.yml", func(t *testing.T, c Config) {
			if c.TLSCACert != filepath.Join(dir, "crypto/tlsca.pem") || c.Cert != "/etc/rwabridge/admin/signcerts" || c.Key != filepath.Join(dir, "keys/admin.pem") {
				t.Errorf("paths not resolved against the file's directory: %q %q %q", c.TLSCACert, c.Cert, c.Key)
			}
			if len(c.EndorsingOrgs) != 2 || c.Timeouts.Endorse != 30*time.Second || c.Retry.Attempts != 3 {
				t.Errorf("values not read: %+v", c)
			}
		}},
		{"minimal.good.yml", func(t *testing.T, c Config) {
			d := Default()
			if c.Channel != d.Channel || c.Chaincode != d.Chaincode || c.Timeouts != d.Timeouts || c.Retry != d.Retry || c.EndorsingOrgs != nil {
				t.Errorf("defaults not kept: %+v", c)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			c, err := LoadConfig(filepath.Join("testdata/config", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, c)
		})
	}
}

func TestLoadConfigRejectsBadFilesNamingTheProblem(t *testing.T) {
	tests := []struct {
		file string
		want []string
	}{
		{"unknown-key.bad.yml", []string{"endorsement_orgs"}},
		{"missing.bad.yml", []string{"tls_ca_cert is required", "msp_id is required", "cert is required", "key is required", "channel is required"}},
		{"bad-timeouts.bad.yml", []string{"timeouts.endorse 0s", "retry.attempts 0", "initial (2s) ≤ max (1s)"}},
		{"empty.bad.yml", []string{"empty document"}},
		{"no-such-file.yml", []string{"no such file"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			_, err := LoadConfig(filepath.Join("testdata/config", tt.file))
			if !errors.Is(err, ErrBadConfig) {
				t.Fatalf("err %v, want ErrBadConfig", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
		})
	}
}

func TestReadPEMFileTakesAFileOrADirectoryOfOne(t *testing.T) {
	dir := t.TempDir()
	one := filepath.Join(dir, "one")
	two := filepath.Join(dir, "two")
	for _, f := range []string{filepath.Join(one, "cert.pem"), filepath.Join(two, "a.pem"), filepath.Join(two, "b.pem")} {
		writeFile(t, f, "PEM")
	}
	tests := []struct {
		name, path string
		ok         bool
	}{
		{"a file", filepath.Join(one, "cert.pem"), true},
		{"a directory holding one file", one, true},
		{"a directory holding two", two, false},
		{"a missing path", filepath.Join(dir, "none"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := readPEMFile("cert", tt.path)
			if tt.ok != (err == nil) || tt.ok && string(b) != "PEM" {
				t.Errorf("got %q, %v; want ok %t", b, err, tt.ok)
			}
			if err != nil && !errors.Is(err, ErrBadConfig) {
				t.Errorf("err %v does not match ErrBadConfig", err)
			}
		})
	}
}
