package backend_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/ledger/backend"
	"github.com/rwabridge/rwabridge/onshore/ledger/embedded"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

func TestLedgerConfigChoosesTheBackEnd(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	fabricFile := write("fabric.yaml", `backend: fabric
grace: 1h
fabric:
  peer_endpoint: 127.0.0.1:7051
  tls_ca_cert: ca.pem
  msp_id: OperatorMSP
  cert: signcerts
  key: /keys/key.pem
`)
	tests := []struct {
		name, path string
		backend    string
		want       string // error substring; "" for none
	}{
		{"no file: the embedded ledger", "", backend.Embedded, ""},
		{"an explicit embedded back end", write("embedded.yaml", "backend: embedded\n"), backend.Embedded, ""},
		{"a Fabric gateway", fabricFile, backend.Fabric, ""},
		{"an unknown back end", write("couch.yaml", "backend: couchdb\n"), "", `backend "couchdb"`},
		{"an unknown key", write("typo.yaml", "backend: fabric\nfabrik: {}\n"), "", "fabrik"},
		{"a Fabric section missing its identity", write("partial.yaml", "backend: fabric\nfabric:\n  peer_endpoint: 127.0.0.1:7051\n"), "", "msp_id is required"},
		{"a missing file", filepath.Join(dir, "none.yaml"), "", "no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := backend.LoadConfig(tt.path)
			if tt.want != "" {
				if !errors.Is(err, backend.ErrBadConfig) || !strings.Contains(err.Error(), tt.want) {
					t.Fatalf("err %v, want %q", err, tt.want)
				}
				return
			}
			if err != nil || c.Backend != tt.backend {
				t.Fatalf("backend %q, err %v; want %q", c.Backend, err, tt.backend)
			}
			if tt.backend == backend.Fabric && (c.Fabric.TLSCACert != filepath.Join(dir, "ca.pem") || c.Fabric.Key != "/keys/key.pem" || c.Grace != time.Hour) {
				t.Errorf("fabric config not resolved: %+v", c)
			}
		})
	}
}

func TestAccessNamesExactlyOneLedgerAndOpensTheEmbeddedOneAsTheOrg(t *testing.T) {
	for _, a := range []backend.Access{{}, {Data: "/d", Config: "/c.yaml"}} {
		if err := a.Validate(); !errors.Is(err, backend.ErrBadConfig) {
			t.Errorf("%+v: %v", a, err)
		}
	}
	a := backend.Access{Data: "data"}
	a.Resolve("/etc/rwabridge")
	if a.Data != "/etc/rwabridge/data" {
		t.Fatalf("resolved to %q", a.Data)
	}
	dir := t.TempDir()
	if _, err := backend.OpenAccess(backend.Access{Data: dir}, "AuditorMSP", "attestor", nil); !errors.Is(err, embedded.ErrNoLedger) {
		t.Fatalf("a data directory without a ledger: %v; want embedded.ErrNoLedger", err)
	}
	made, err := backend.OpenOrCreate("", dir, "agent", nil) // as the agent's first run
	if err != nil {
		t.Fatal(err)
	}
	made.Close()
	conn, err := backend.OpenAccess(backend.Access{Data: dir}, "AuditorMSP", "attestor", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if conn.Backend != backend.Embedded || conn.Grace != ledger.Default().Grace {
		t.Fatalf("backend %s grace %s", conn.Backend, conn.Grace)
	}
	// The auditor org may not register devices: the connection calls as it.
	if _, err := conn.Client.RegisterDevices(t.Context(), telemetry.NewRegistry("r")); !errors.Is(err, ledger.ErrNotAuthorized) {
		t.Fatalf("registering devices as the auditor org: %v", err)
	}
	if _, err := os.Stat(filepath.Join(embedded.Path(dir), embedded.ConfigFile)); err != nil {
		t.Fatal(err)
	}
	if _, err := backend.Open("", "", "x", nil); !errors.Is(err, backend.ErrBadConfig) {
		t.Fatalf("no data directory: %v", err)
	}
}
