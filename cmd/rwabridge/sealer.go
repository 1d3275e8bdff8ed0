package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"github.com/rwabridge/rwabridge/onshore/sealer"
	"github.com/rwabridge/rwabridge/policies"
)

func init() { register(newSealerCmd) }

func newSealerCmd() *cobra.Command {
	var (
		dataDir, policyRef, metricsAddr string
		ledgerConfig                    string
		pools                           []string
		once                            bool
		grace                           time.Duration
	)
	cmd := &cobra.Command{
		Use:   "sealer --data DIR --policy FILE [--once]",
		Short: "Seal each (pool, epoch) of the onshore ledger once the epoch has ended plus a grace period",
		Long: `sealer asks the embedded ledger in DIR/ledger to seal every epoch of the policy
that has ended plus --grace, for every pool of the ledger's device registry (or
--pool), from the pool's first registration on: missed epochs are caught up at
start, and a seal that already exists counts as done, so restarting is safe.
Then it runs on a cron schedule (UTC) derived from the policy's epoch length:
daily epochs are sealed at 00:00 + grace.

--policy takes a policy file or the id of an embedded policy
(battery-swap-daily, battery-swap-weekly). --grace should be at least the
ledger's own grace (6h by default), which the ledger enforces.

The embedded ledger is opened by one process at a time: while an agent runs on
the same DIR, run the sealer inside it (rwabridge agent --seal --policy …).

--once seals what is due, prints what it did and exits (1 if a seal failed).

--metrics ADDR serves Prometheus /metrics and /healthz (503 once the ledger
has not answered for 15 minutes). Per pool: rwabridge_sealer_seals_total,
rwabridge_sealer_errors_total and rwabridge_sealer_lag_seconds, how long ago
the oldest ended but unsealed epoch ended (it passes --grace only when
sealing is stuck); rwabridge_sealer_last_pass_timestamp_seconds.

` + ledgerConfigHelp,
		Example: `  rwabridge sealer --data /tmp/rwa --policy battery-swap-daily --once
  rwabridge sealer --data /var/lib/rwabridge --policy /etc/rwabridge/policy.yaml --grace 6h30m --metrics 127.0.0.1:9103
  rwabridge sealer --ledger-config deploy/fabric/.network/clients/operator.yaml --policy battery-swap-daily --once`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if (dataDir == "" && ledgerConfig == "") || policyRef == "" {
				return exitCode(2, errors.New("--data and --policy are required (see rwabridge sealer --help)"))
			}
			if err := checkMetricsAddr(metricsAddr); err != nil {
				return err
			}
			log, err := newLogger(cmd)
			if err != nil {
				return err
			}
			_, doc, err := policies.Resolve(policyRef)
			if err != nil {
				return exitCode(2, fmt.Errorf("--%w", err))
			}
			only, err := checkPoolIDs(pools)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			conn, err := openLedgerConn(ledgerConfig, dataDir, log, "rwabridge-sealer")
			if err != nil {
				return err
			}
			defer conn.Close()
			client := conn.Client
			ps, err := sealer.Pools(ctx, client, only)
			switch {
			case errors.Is(err, sealer.ErrNoPools):
				return exitCode(2, err)
			case err != nil:
				return exitCode(1, err)
			}
			reg := newMetricsRegistry()
			s, err := sealer.New(client, doc, sealer.Config{Pools: ps, Grace: grace, Retry: sealerRetry},
				sealer.Options{Logger: log, Registerer: reg})
			if err != nil {
				return exitCode(2, err)
			}
			stopMetrics, err := serveMetrics(metricsAddr, reg, healthHandler(s.Healthy), log)
			if err != nil {
				return err
			}
			defer stopMetrics()
			if once {
				return sealDue(ctx, s, cmd.OutOrStdout())
			}
			defer notifyReady(ctx, log, fmt.Sprintf("sealing %d pools", len(ps)))()
			if err := s.Run(ctx); err != nil {
				return exitCode(1, err)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&dataDir, "data", "", "data directory of the embedded ledger (DIR/ledger)")
	f.StringVar(&ledgerConfig, "ledger-config", "", "ledger back end (YAML: backend embedded|fabric) instead of DIR/ledger")
	f.StringVar(&policyRef, "policy", "", "disclosure policy file, or an embedded policy id")
	f.StringArrayVar(&pools, "pool", nil, "seal only this pool (repeatable); default: every pool of the ledger's registry")
	f.BoolVar(&once, "once", false, "seal what is due now, print it and exit")
	f.DurationVar(&grace, "grace", sealer.DefaultGrace, "seal an epoch this long after its end")
	addMetricsFlag(f, &metricsAddr, "127.0.0.1:9103")
	return cmd
}

// sealerRetry is how soon a service sealer (rwabridge sealer, agent --seal)
// tries again after a failed or early seal; /healthz fails after three.
const sealerRetry = 5 * time.Minute

// sealDue seals what is due now and prints what it did (--once); a seal
// that failed exits 1.
func sealDue(ctx context.Context, s *sealer.Sealer, w io.Writer) error {
	rep, err := s.SealDue(ctx)
	printSealReport(w, rep)
	if err != nil {
		return exitCode(1, err)
	}
	return nil
}

func printSealReport(w io.Writer, rep sealer.Report) {
	fmt.Fprintf(w, "sealer: sealed %d epochs, %d already sealed, %d waiting for the ledger's grace\n", len(rep.Sealed), rep.Already, len(rep.Waiting))
	for _, s := range rep.Sealed {
		fmt.Fprintf(w, "  sealed %s epoch %d (%s): %d records, root %s, disclosable %t\n",
			s.Pool, s.Epoch, s.Start.UTC().Format(time.RFC3339), s.Count, s.Root, s.Disclosable)
	}
	for _, r := range rep.Waiting {
		fmt.Fprintf(w, "  waiting %s epoch %d\n", r.Pool, r.Epoch)
	}
}
