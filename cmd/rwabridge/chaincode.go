package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"

	"github.com/hyperledger/fabric-chaincode-go/v2/shim"
	"github.com/spf13/cobra"
	"gopkg.in/yaml.v3"

	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/ledger/fabric"
)

func init() { register(newChaincodeCmd) }

// The contracts `rwabridge chaincode --contract` serves.
const (
	contractRWABridge  = "rwabridge"
	contractBenchPlain = "bench-plain"
)

func newChaincodeCmd() *cobra.Command {
	var (
		address, id, contract, configPath, metricsAddr string
		tlsCert, tlsKey, tlsClientCA                   string
	)
	cmd := &cobra.Command{
		Use:   "chaincode --address HOST:PORT --id PACKAGE_ID [--config contract.yaml]",
		Short: "Serve the ledger contract as Fabric chaincode (chaincode as a service)",
		Long: `chaincode runs the onshore ledger contract as an external Fabric chaincode
server: the peer (through the ccaas external builder and the connection.json of
the installed package) connects to --address, and each proposal runs through
the same deterministic contract as the embedded ledger. See deploy/fabric.

  --address   listen address (default $CHAINCODE_SERVER_ADDRESS)
  --id        the chaincode package id the peer installed, LABEL:HASH
              (default $CHAINCODE_ID)
  --config    the contract's configuration: YAML with the keys of the embedded
              ledger config's "contract" section at top level (operator_msp,
              orgs, records_collection, grace, chunk_capacity, max_skew,
              bounds); every org's chaincode must run with the same one.
              Default: orgs OperatorMSP, AuditorMSP, CustodianMSP, collection
              "records", grace 6h.

The callers' roles come from their certificates: an admin has the OU "admin"
(Fabric NodeOUs) or the attribute rwabridge.admin=true; registering devices
needs an admin of the operator org.

Without --tls-cert/--tls-key the server speaks plain gRPC (bind it to
127.0.0.1); with them TLS, and with --tls-client-ca it requires the peer's
client certificate (connection.json: tls_required, client_auth_required).

--metrics ADDR serves Prometheus /metrics (rwabridge_chaincode_calls_total
and rwabridge_chaincode_call_seconds by function) and /healthz (200 while the
server runs).

--contract bench-plain serves a benchmark baseline instead: a plain chaincode
whose PutKeys(n, size) writes n keys (no signatures, no private data).`,
		Example: `  rwabridge chaincode --address 127.0.0.1:9999 --id rwabridge_1.0:5f3c…
  CHAINCODE_SERVER_ADDRESS=127.0.0.1:9999 CHAINCODE_ID=rwabridge_1.0:5f3c… rwabridge chaincode --config contract.yaml --metrics 127.0.0.1:9105
  rwabridge chaincode --contract bench-plain --address 127.0.0.1:9998 --id benchplain_1.0:81ab…`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if address == "" {
				address = os.Getenv("CHAINCODE_SERVER_ADDRESS")
			}
			if id == "" {
				id = os.Getenv("CHAINCODE_ID")
			}
			if address == "" || id == "" {
				return exitCode(2, errors.New("--address and --id (or CHAINCODE_SERVER_ADDRESS and CHAINCODE_ID) are required (see rwabridge chaincode --help)"))
			}
			if err := checkMetricsAddr(metricsAddr); err != nil {
				return err
			}
			log, err := newLogger(cmd)
			if err != nil {
				return err
			}
			var cc shim.Chaincode
			var functions []string
			switch contract {
			case contractRWABridge:
				cfg := ledger.Default()
				if configPath != "" {
					if cfg, err = loadContractConfig(configPath); err != nil {
						return exitCode(2, err)
					}
				}
				c, err := ledger.New(cfg)
				if err != nil {
					return exitCode(2, fmt.Errorf("--config: %w", err))
				}
				cc, functions = fabric.NewChaincode(c, log), ledger.Functions()
			case contractBenchPlain:
				if configPath != "" {
					return exitCode(2, errors.New("--config applies to --contract rwabridge only"))
				}
				cc, functions = fabric.PlainChaincode{}, []string{fabric.PlainPutKeys}
			default:
				return exitCode(2, fmt.Errorf("--contract %q: want %s or %s", contract, contractRWABridge, contractBenchPlain))
			}
			tls, err := chaincodeTLS(tlsCert, tlsKey, tlsClientCA)
			if err != nil {
				return exitCode(2, err)
			}
			reg := newMetricsRegistry()
			metered, err := newMeteredChaincode(cc, functions, reg)
			if err != nil {
				return exitCode(1, err)
			}
			stopMetrics, err := serveMetrics(metricsAddr, reg, healthHandler(func() (bool, string) { return true, "serving" }), log)
			if err != nil {
				return err
			}
			defer stopMetrics()
			srv := &shim.ChaincodeServer{CCID: id, Address: address, CC: metered, TLSProps: tls}
			return serveChaincode(cmd.Context(), srv, log.With("contract", contract, "address", address, "id", id))
		},
	}
	f := cmd.Flags()
	f.StringVar(&address, "address", "", "listen address HOST:PORT (default $CHAINCODE_SERVER_ADDRESS)")
	f.StringVar(&id, "id", "", "chaincode package id LABEL:HASH (default $CHAINCODE_ID)")
	f.StringVar(&contract, "contract", contractRWABridge, "rwabridge, or bench-plain (a benchmark baseline)")
	f.StringVar(&configPath, "config", "", "contract configuration (YAML); default: ledger defaults")
	f.StringVar(&tlsCert, "tls-cert", "", "server TLS certificate (PEM); with --tls-key enables TLS")
	f.StringVar(&tlsKey, "tls-key", "", "server TLS key (PEM)")
	f.StringVar(&tlsClientCA, "tls-client-ca", "", "require peer client certificates issued by this CA (PEM)")
	addMetricsFlag(f, &metricsAddr, "127.0.0.1:9105")
	return cmd
}

// chaincodeTLS reads the server's TLS material; none disables TLS.
func chaincodeTLS(certPath, keyPath, clientCAPath string) (shim.TLSProperties, error) {
	if certPath == "" && keyPath == "" {
		if clientCAPath != "" {
			return shim.TLSProperties{}, errors.New("--tls-client-ca needs --tls-cert and --tls-key")
		}
		return shim.TLSProperties{Disabled: true}, nil
	}
	if certPath == "" || keyPath == "" {
		return shim.TLSProperties{}, errors.New("--tls-cert and --tls-key go together")
	}
	var p shim.TLSProperties
	var err error
	if p.Cert, err = os.ReadFile(certPath); err != nil {
		return p, fmt.Errorf("--tls-cert: %w", err)
	}
	if p.Key, err = os.ReadFile(keyPath); err != nil {
		return p, fmt.Errorf("--tls-key: %w", err)
	}
	if clientCAPath != "" {
		if p.ClientCACerts, err = os.ReadFile(clientCAPath); err != nil {
			return p, fmt.Errorf("--tls-client-ca: %w", err)
		}
	}
	return p, nil
}

// serveChaincode runs srv until it fails or ctx is done.
func serveChaincode(ctx context.Context, srv *shim.ChaincodeServer, log *slog.Logger) error {
	done := make(chan error, 1)
	go func() { done <- srv.Start() }()
	log.Info("chaincode server started", "cpus", runtime.NumCPU())
	select {
	case err := <-done:
		return exitCode(1, fmt.Errorf("chaincode server: %w", err))
	case <-ctx.Done():
		log.Info("chaincode server stopping")
		return nil
	}
}

// loadContractConfig reads a contract configuration strictly over
// ledger.Default() and validates it.
func loadContractConfig(path string) (ledger.Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return ledger.Config{}, fmt.Errorf("--config: %w", err)
	}
	cfg := ledger.Default()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&cfg); err != nil && !errors.Is(err, io.EOF) {
		return ledger.Config{}, fmt.Errorf("--config %s: %w", path, err)
	}
	if err := cfg.Validate(); err != nil {
		return ledger.Config{}, fmt.Errorf("--config %s: %w", path, err)
	}
	return cfg, nil
}
