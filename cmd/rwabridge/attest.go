package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/rwabridge/rwabridge/bridge/attest"
	"github.com/rwabridge/rwabridge/bridge/ethkey"
	"github.com/rwabridge/rwabridge/onshore/ledger/backend"
	"github.com/rwabridge/rwabridge/policies/policy"
)

func init() { register(newAttestCmd) }

func newAttestCmd() *cobra.Command {
	var proc bridgeProcess
	cmd := &cobra.Command{
		Use:   "attest --config FILE [--once]",
		Short: "Run one consortium org's attestor: recompute each seal and sign only what agrees",
		Long: `attest watches the org's own view of the onshore ledger for seals. For each new
seal it reads the sealed records, recomputes the root, count, chunk roots and
aggregates with the circuit's native twin, and refuses (error log, metric
rwabridge_attest_seals_refused_total{reason="seal_mismatch"}, exit 3 with --once)
when anything differs. Otherwise it signs the EIP-712 disclosure message, bound
to the chain id and the registry address, with the org's key and records the
attestation on the ledger (recording it again is a no-op). An epoch below its
policy's k-anonymity threshold (or without records) is signed suppressed: a
message with no figures, which the registry takes in the epoch's place; it is
logged and counted as suppressed. After the org's key changed, it signs again
with the new key, which replaces its attestation.

The config (YAML, unknown keys refused) names the org's MSP id, its key (a 0600
hex key file, or a go-ethereum keystore file with a password file), its ledger
view (embedded data directory or a --ledger-config style file), the chain id and
registry, an optional RPC endpoint (the chain id is read from it when chain_id
is 0, and checked against it otherwise) and the poll interval.

On Fabric the attestor also attests as soon as its peer reports a seal event
(the poll stays as the fallback); seal_checkpoint is the file the event listener
resumes from (default: beside the config, named like it, .seals.checkpoint).

--once makes one pass and exits: 0 when every seal was attested, already
attested or withheld; 3 when a seal did not match; 1 on other errors.

rwabridge attest lint CONFIG... checks a set of attestor configs for
independence: no two share a key (by address), an RPC endpoint or an org.

deploy/config/attest-*.yaml are commented examples, one per org.`,
		Example: `  rwabridge attest --config /etc/rwabridge/attest-auditor.yaml --once
  rwabridge attest --config attest.yaml --metrics 127.0.0.1:9101
  rwabridge attest lint deploy/config/attest-operator.yaml deploy/config/attest-auditor.yaml deploy/config/attest-custodian.yaml`,
		Args: cobra.NoArgs,
		RunE: proc.runE(runAttest),
	}
	proc.addFlags(cmd, "attestor", "make one pass and exit (3 when a seal does not match)", "127.0.0.1:9101")
	cmd.AddCommand(newAttestLintCmd())
	return cmd
}

func newAttestLintCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "lint CONFIG...",
		Short: "Check that a set of attestors are independent: distinct keys, RPC endpoints and orgs",
		Long: `lint loads every attestor config and its key, and refuses (exit 1) when two
attestors sign with the same key (same address, even from different files),
use the same RPC endpoint, or attest for the same org: a quorum must need keys
held by different orgs.`,
		Example: `  rwabridge attest lint attest-operator.yaml attest-auditor.yaml attest-custodian.yaml`,
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var set []attest.Named
			for _, p := range args {
				c, err := attest.LoadConfig(p)
				if err != nil {
					return exitCode(2, err)
				}
				set = append(set, attest.Named{Path: p, Config: c})
			}
			if err := attest.Lint(set); err != nil {
				return exitCode(1, err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "OK: %d attestors, distinct orgs, keys and RPC endpoints\n", len(set))
			return nil
		},
	}
}

func runAttest(ctx context.Context, proc *bridgeProcess, log *slog.Logger, stdout io.Writer) error {
	cfg, err := attest.LoadConfig(proc.config)
	if err != nil {
		return exitCode(2, err)
	}
	key, err := ethkey.Load(cfg.Key)
	if err != nil {
		return exitCode(2, fmt.Errorf("attest: %w", err))
	}
	if cfg.RPC != "" {
		id, err := chainIDOf(ctx, cfg.RPC)
		if err != nil {
			return exitCode(1, fmt.Errorf("attest: %w", err))
		}
		if cfg.ChainID != 0 && cfg.ChainID != id {
			return exitCode(2, fmt.Errorf("attest: chain_id %d, but %s is chain %d", cfg.ChainID, cfg.RPC, id))
		}
		cfg.ChainID = id
	}
	var ps []*policy.Policy
	for _, p := range cfg.Policies {
		pol, err := policy.Load(p)
		if err != nil {
			return exitCode(2, fmt.Errorf("attest: %w", err))
		}
		ps = append(ps, pol)
	}
	conn, err := backend.OpenAccess(cfg.Ledger, cfg.Org, "rwabridge-attestor", log)
	if err != nil {
		return ledgerExit(err)
	}
	defer conn.Close()
	client := conn.Client
	reg := newMetricsRegistry()
	a, err := attest.New(cfg, client, key, log, attest.WithRegisterer(reg), attest.WithPolicies(ps), attest.WithSealEvents(conn))
	if err != nil {
		return exitCode(2, err)
	}
	stopMetrics, err := serveMetrics(proc.metrics, reg, healthHandler(a.Healthy), log)
	if err != nil {
		return err
	}
	defer stopMetrics()
	if !proc.once {
		log.Info("attestor running", "org", cfg.Org, "signer", a.Signer(), "chain_id", cfg.ChainID, "registry", cfg.Registry)
		defer notifyReady(ctx, log, fmt.Sprintf("attesting for %s as %s", cfg.Org, a.Signer()))()
		return a.Run(ctx)
	}
	rep, err := a.Once(ctx)
	for _, r := range rep.Results {
		line := fmt.Sprintf("%s epoch %d: %s", r.Pool, r.Epoch, r.Outcome)
		if r.Err != nil {
			line += ": " + r.Err.Error()
		}
		fmt.Fprintln(stdout, line)
	}
	fmt.Fprintf(stdout, "attest: %d attested, %d suppressed (below k: no figures), %d already, %d refused\n",
		rep.Count(attest.Attested), rep.Count(attest.Suppressed), rep.Count(attest.Already), rep.Count(attest.Refused))
	switch {
	case errors.Is(err, attest.ErrSealMismatch):
		return exitCode(exitSealMismatch, err)
	case err != nil:
		return exitCode(1, err)
	}
	return nil
}

func chainIDOf(ctx context.Context, url string) (uint64, error) {
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return 0, fmt.Errorf("rpc %s: %w", url, err)
	}
	defer c.Close()
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	id, err := c.ChainID(ctx)
	if err != nil {
		return 0, fmt.Errorf("rpc %s: chain id: %w", url, err)
	}
	return id.Uint64(), nil
}
