package main

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/rwabridge/rwabridge/internal/strictyaml"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/ledger/embedded"
	"github.com/rwabridge/rwabridge/onshore/ledger/fabric"
)

// The ledger back ends --ledger-config chooses from.
const (
	backendEmbedded = "embedded"
	backendFabric   = "fabric"
)

// ledgerConfigHelp is said by every command that takes --ledger-config.
const ledgerConfigHelp = `--ledger-config FILE chooses the ledger back end (default: the embedded ledger
in DIR/ledger). For a Fabric network (see deploy/fabric; network.sh writes one
such file per org):

  backend: fabric
  grace: 6h                      # the chaincode's contract grace (default 6h)
  fabric:
    peer_endpoint: 127.0.0.1:7051
    tls_ca_cert: peer-tls-ca.pem   # paths relative to this file
    server_name_override: peer0.operator.rwabridge.local
    msp_id: OperatorMSP
    cert: users/Admin/msp/signcerts  # a PEM file or a directory holding one
    key: users/Admin/msp/keystore
    channel: rwabridge
    chaincode: rwabridge
    # endorsing_orgs: [OperatorMSP, AuditorMSP]   # default: the gateway picks
    # timeouts: {evaluate: 10s, endorse: 60s, submit: 10s, commit_status: 2m}
    # retry: {attempts: 6, initial: 250ms, max: 5s}`

// ledgerConnConfig is the --ledger-config file: which back end the commands
// use, and the Fabric Gateway client's configuration.
type ledgerConnConfig struct {
	Backend string `yaml:"backend"`
	// Grace is the contract's grace on the Fabric back end (the embedded
	// ledger reads its own config); it only decides which epochs `ledger
	// seal --all-ended` tries: the contract enforces its own.
	Grace  time.Duration `yaml:"grace"`
	Fabric fabric.Config `yaml:"fabric"`
}

// loadLedgerConnConfig reads --ledger-config strictly; "" is the embedded
// default.
func loadLedgerConnConfig(path string) (ledgerConnConfig, error) {
	c := ledgerConnConfig{Backend: backendEmbedded, Grace: ledger.Default().Grace, Fabric: fabric.Default()}
	if path == "" {
		return c, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return c, fmt.Errorf("--ledger-config: %w", err)
	}
	if err := strictyaml.Decode(data, &c); err != nil {
		return c, fmt.Errorf("--ledger-config %s: %w", path, err)
	}
	switch c.Backend {
	case backendEmbedded:
	case backendFabric:
		dir, err := filepath.Abs(filepath.Dir(path))
		if err != nil {
			return c, fmt.Errorf("--ledger-config: %w", err)
		}
		c.Fabric.Resolve(dir)
		if err := c.Fabric.Validate(); err != nil {
			return c, fmt.Errorf("--ledger-config %s: %w", path, err)
		}
	default:
		return c, fmt.Errorf("--ledger-config %s: backend %q: want %s or %s", path, c.Backend, backendEmbedded, backendFabric)
	}
	if c.Grace < 0 {
		return c, fmt.Errorf("--ledger-config %s: grace %s is negative", path, c.Grace)
	}
	return c, nil
}

// ledgerConn is an open ledger back end and the contract client over it.
type ledgerConn struct {
	Client  *ledger.Client
	Backend string
	// Grace is the contract's grace period.
	Grace time.Duration
	close func() error
}

// Close releases the back end (the embedded ledger's lock, the gateway
// connection).
func (c *ledgerConn) Close() error { return c.close() }

// openLedgerConn opens the back end --ledger-config names: the embedded
// ledger of dataDir (submitting as an admin of the operator org, named who),
// or a Fabric Gateway with the file's identity. Errors carry exit codes: 2
// for a bad configuration, 1 when the ledger can not be opened.
func openLedgerConn(configPath, dataDir string, log *slog.Logger, who string) (*ledgerConn, error) {
	cfg, err := loadLedgerConnConfig(configPath)
	if err != nil {
		return nil, exitCode(2, err)
	}
	if cfg.Backend == backendFabric {
		g, err := fabric.Connect(cfg.Fabric, log.With("ledger", "fabric"))
		if err != nil {
			code := 1
			if errors.Is(err, fabric.ErrBadConfig) {
				code = 2
			}
			return nil, exitCode(code, fmt.Errorf("fabric ledger: %w", err))
		}
		return &ledgerConn{Client: ledger.NewClient(g), Backend: backendFabric, Grace: cfg.Grace, close: g.Close}, nil
	}
	l, err := embedded.OpenDir(dataDir, log)
	if err != nil {
		return nil, exitCode(1, fmt.Errorf("embedded ledger: %w", err))
	}
	return &ledgerConn{
		Client:  ledger.NewClient(l.Invoker(operatorIdentity(l, who))),
		Backend: backendEmbedded,
		Grace:   l.Config().Contract.Grace,
		close:   l.Close,
	}, nil
}
