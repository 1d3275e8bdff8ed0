package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	gnarklog "github.com/consensys/gnark/logger"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/rwabridge/rwabridge/bridge/ethkey"
	"github.com/rwabridge/rwabridge/bridge/outbox"
	"github.com/rwabridge/rwabridge/bridge/prove"
	"github.com/rwabridge/rwabridge/bridge/relay"
	"github.com/rwabridge/rwabridge/onshore/ledger/backend"
)

func init() { register(newRelayCmd) }

func newRelayCmd() *cobra.Command {
	var proc bridgeProcess
	cmd := &cobra.Command{
		Use:   "relay --config FILE [--once]",
		Short: "Prove, collect attestations and post every sealed epoch to the L2 registry exactly once",
		Long: `relay carries each sealed epoch of the onshore ledger to the L2 DisclosureRegistry
through a durable outbox (bbolt, one state machine per pool and epoch):

  sealed → proved → attested → submitted → confirmed → exported

It proves the epoch once (the bundle is written to the outbox before the epoch
moves on, and a failed post never sends it back to the prover), waits for a
quorum of valid committee attestations on the ledger (at least the registry's
threshold), records the signed EIP-1559 transaction (hash, nonce, fee caps, raw
bytes) before broadcasting it, replaces a stuck transaction with the same nonce
at +10 % or more (capped by fees.fee_cap_max_wei), waits for the configured
confirmations and, where the node has it, the finalized tag, notices reorgs that
drop or move its transaction and sends it again, and finally logs the export on
the onshore ledger (what left, when, under which policy, in which L2 tx). It
asks the registry before proving and before sending: an epoch already disclosed
(by another relayer, or a DuplicateEpoch revert) is reported as already posted
and counts as done. Epochs of a pool are sent in order. RPC and ledger failures
are retried with exponential backoff. Killing it at any point and starting it
again neither loses nor duplicates a disclosure.

Config (YAML, unknown keys refused):

  key: {file: relayer.key}             # 0600 hex key, or {file: keystore.json, password_file: pw}
  ledger: {data: /var/lib/rwabridge}   # or {config: ledger-config.yaml}
  keys: /var/lib/rwabridge/keys        # circuit keys (rwabridge setup)
  outbox: /var/lib/rwabridge/relay
  rpc: http://127.0.0.1:8545
  registry: "0x…"
  chain_id: 0                          # 0: whatever the node says; else checked
  pools: []                            # default: every pool with seals
  schedule: "@every 1m"                # cron spec, UTC
  seal_checkpoint: ""                  # Fabric seal events' position; "": <outbox>/seals.checkpoint
  confirmations: 3
  finalized: true                      # also wait for the finalized tag where the node has it
  fees: {tip_cap_min_wei: 1000000000, tip_cap_max_wei: 20000000000, fee_cap_max_wei: 500000000000,
         base_fee_multiplier: 2, bump_percent: 10, stuck_after: 2m}
  retry: {attempts: 6, initial: 200ms, max: 5s}

--once makes one pass, prints each epoch's move and exits (1 if an epoch step
failed; waiting for attestations or confirmations is not a failure). Without it
the relayer passes at start and then on the schedule until SIGINT/SIGTERM,
finishing the running pass; on Fabric it also passes as soon as the peer
reports a seal event (the schedule stays as the fallback and for retries).`,
		Example: `  rwabridge relay --config /etc/rwabridge/relay.yaml --once
  rwabridge relay --config relay.yaml --metrics 127.0.0.1:9102 --log-level info`,
		Args: cobra.NoArgs,
		RunE: proc.runE(runRelay),
	}
	proc.addFlags(cmd, "relayer", "make one pass and exit", "127.0.0.1:9102")
	return cmd
}

func runRelay(ctx context.Context, proc *bridgeProcess, log *slog.Logger, stdout io.Writer) error {
	gnarklog.Disable()
	cfg, err := relay.LoadConfig(proc.config)
	if err != nil {
		return exitCode(2, err)
	}
	key, err := ethkey.Load(cfg.Key)
	if err != nil {
		return exitCode(2, fmt.Errorf("relay: %w", err))
	}
	client, err := ethclient.DialContext(ctx, cfg.RPC)
	if err != nil {
		return exitCode(1, fmt.Errorf("relay: rpc %s: %w", cfg.RPC, err))
	}
	defer client.Close()
	conn, err := backend.OpenAccess(cfg.Ledger, "", "rwabridge-relayer", log)
	if err != nil {
		return ledgerExit(err)
	}
	defer conn.Close()
	lc := conn.Client
	box, err := outbox.Open(cfg.Outbox, 10*time.Second)
	if err != nil {
		return exitCode(1, fmt.Errorf("relay: %w (is another relayer running on it?)", err))
	}
	defer box.Close()
	reg := newMetricsRegistry()
	r, err := relay.New(cfg, relay.Deps{
		Ledger: lc, Chain: client, Outbox: box, Key: key, Logger: log, Registerer: reg,
		Prover: &prove.Prover{Records: lc, KeyDir: cfg.Keys}, SealEvents: conn,
	})
	if err != nil {
		return exitCode(2, err)
	}
	stopMetrics, err := serveMetrics(proc.metrics, reg, healthHandler(r.Healthy), log)
	if err != nil {
		return err
	}
	defer stopMetrics()
	if !proc.once {
		log.Info("relayer running", "from", r.Address(), "registry", cfg.Registry, "schedule", cfg.Schedule)
		defer notifyReady(ctx, log, fmt.Sprintf("relaying to %s as %s", cfg.Registry, r.Address()))()
		return r.Run(ctx)
	}
	rep, err := r.Once(ctx)
	printRelayReport(stdout, rep)
	if err != nil {
		return exitCode(1, err)
	}
	return nil
}

func printRelayReport(w io.Writer, rep *relay.Report) {
	counts := map[outbox.State]int{}
	already := 0
	for _, e := range rep.Epochs {
		counts[e.To]++
		if e.AlreadyPosted {
			already++
		}
		line := fmt.Sprintf("%s epoch %d: %s", e.Pool, e.Epoch, e.From)
		if e.To != e.From {
			line += " → " + string(e.To)
		}
		if e.AlreadyPosted {
			line += " (already posted)"
		}
		if e.TxHash != "" {
			line += " tx " + e.TxHash
		}
		if len(e.Notes) > 0 {
			line += ": " + strings.Join(e.Notes, "; ")
		}
		if e.Err != nil {
			line += ": ERROR " + e.Err.Error()
		}
		fmt.Fprintln(w, line)
	}
	var parts []string
	for _, s := range outbox.States() {
		if counts[s] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", counts[s], s))
		}
	}
	fmt.Fprintf(w, "relay: %d epochs: %s; %d already posted by others\n", len(rep.Epochs), strings.Join(parts, ", "), already)
}
