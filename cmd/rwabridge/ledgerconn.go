package main

import (
	"errors"
	"fmt"
	"log/slog"

	"github.com/rwabridge/rwabridge/onshore/ledger/backend"
	"github.com/rwabridge/rwabridge/onshore/ledger/embedded"
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
    endorsing_orgs: [OperatorMSP, AuditorMSP]   # in parallel (default: the gateway picks, one org after the other)
    # timeouts: {evaluate: 10s, endorse: 60s, submit: 10s, commit_status: 2m}
    # retry: {attempts: 6, initial: 250ms, max: 5s}`

// openLedgerConn opens the back end --ledger-config names, or the embedded
// ledger of dataDir (backend.Open), with exit codes: 2 for a bad
// configuration, 1 when the ledger can not be opened.
func openLedgerConn(configPath, dataDir string, log *slog.Logger, who string) (*backend.Conn, error) {
	c, err := backend.Open(configPath, dataDir, who, log)
	return c, ledgerExit(err)
}

// ledgerExit gives a backend error its exit code.
func ledgerExit(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, embedded.ErrNoLedger):
		return exitCode(2, err)
	case errors.Is(err, backend.ErrBadConfig):
		return exitCode(2, fmt.Errorf("--ledger-config: %w", err))
	default:
		return exitCode(1, err)
	}
}
