package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
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
	"github.com/rwabridge/rwabridge/onshore/telemetry"
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
and counts as done. Epochs of a pool are sent in order, each once the one before
is in a block. RPC and ledger failures are retried with exponential backoff.
Killing it at any point and starting it again neither loses nor duplicates a
disclosure.

Every refusal of the registry (at estimation, or mined: re-run at its block once
the block is deep) is decoded to its custom error and arguments, recorded in the
outbox, logged and exported (rwabridge_relay_reverts_total, _refused_epochs):
  - EnforcedPause, EpochNotEnded, PoolNotActive, out of gas: retried by itself after
    revert_backoff, the epoch kept at the head of its pool's queue;
  - DuplicateEpoch of this very disclosure: done (already posted);
  - InvalidSignature or InsufficientSignatures after a committee rotation: the
    signatures are collected again from the new committee (the old ones are never
    sent again);
  - anything else (ProofInvalid, PolicyNotAllowed, Sanity/GrowthBoundExceeded,
    EpochOutOfOrder/EpochNotNext, another record of the epoch, unknown): the epoch is
    failed and no later epoch of its pool is sent past it. "rwabridge relay inspect"
    says what to do; "rwabridge relay retry" re-queues it once the cause is fixed.

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
  revert_backoff: {initial: 30s, max: 15m}   # retrying a refusal that passes

--once makes one pass, prints each epoch's move and exits (1 if an epoch step
failed or an epoch is stuck; waiting for attestations, confirmations or a
transient refusal is not a failure). Without it the relayer passes at start and
then on the schedule until SIGINT/SIGTERM, finishing the running pass; on Fabric
it also passes as soon as the peer reports a seal event (the schedule stays as
the fallback and for retries).`,
		Example: `  rwabridge relay --config /etc/rwabridge/relay.yaml --once
  rwabridge relay --config relay.yaml --metrics 127.0.0.1:9102 --log-level info`,
		Args: cobra.NoArgs,
		RunE: proc.runE(runRelay),
	}
	proc.addFlags(cmd, "relayer", "make one pass and exit", "127.0.0.1:9102")
	cmd.AddCommand(newRelayInspectCmd(), newRelayRetryCmd())
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
	if n := stuckCount(rep); n > 0 {
		return exitCode(1, fmt.Errorf("relay: %d epoch(s) stuck, their pools' queues wait behind them: rwabridge relay inspect --config %s", n, proc.config))
	}
	return nil
}

func stuckCount(rep *relay.Report) int {
	n := 0
	for _, e := range rep.Epochs {
		if e.To == outbox.Failed {
			n++
		}
	}
	return n
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

// relayOutbox opens the outbox of the relayer config at path, refusing to
// create one: inspect and retry read what a relayer wrote.
func relayOutbox(path string) (*outbox.Outbox, relay.Config, error) {
	cfg, err := relay.LoadConfig(path)
	if err != nil {
		return nil, cfg, exitCode(2, err)
	}
	if _, err := os.Stat(filepath.Join(cfg.Outbox, outbox.DBFile)); err != nil {
		return nil, cfg, exitCode(1, fmt.Errorf("relay: no outbox at %s (%w): no relayer has run with this config", cfg.Outbox, err))
	}
	box, err := outbox.Open(cfg.Outbox, 2*time.Second)
	if err != nil {
		return nil, cfg, exitCode(1, fmt.Errorf("relay: %w: a running relayer holds the outbox; stop it first (its /metrics shows rwabridge_relay_refused_epochs meanwhile)", err))
	}
	return box, cfg, nil
}

// stuckEpoch is one line of `relay inspect`.
type stuckEpoch struct {
	Pool     telemetry.PoolID `json:"pool"`
	Epoch    uint64           `json:"epoch"`
	State    outbox.State     `json:"state"`
	Stuck    bool             `json:"stuck"` // failed: needs an operator; false: retried by the relayer itself
	Error    string           `json:"error"` // the registry's custom error with its arguments
	Class    string           `json:"class,omitempty"`
	Where    string           `json:"where,omitempty"`
	Since    time.Time        `json:"since,omitzero"`
	Count    int              `json:"count,omitempty"`
	RetryAt  time.Time        `json:"retry_at,omitzero"`
	Action   string           `json:"action"`
	Reverted int              `json:"reverted_transactions"`
	// Part is the run of chunks the refused transaction carried when the
	// epoch goes in parts ("chunks [from, to) of n"), PartsConfirmed how
	// many of its parts landed before it.
	Part           string `json:"part,omitempty"`
	PartsConfirmed int    `json:"parts_confirmed,omitempty"`
	// Batch lists the epochs (pool/epoch) its transaction carried together,
	// this one included, when it went in a submitDisclosures batch.
	Batch []string `json:"batch,omitempty"`
}

// stuckEpochs lists the outbox's failed epochs and those waiting out a
// refusal of the registry, in pool and epoch order.
func stuckEpochs(es []outbox.Entry) []stuckEpoch {
	out := []stuckEpoch{}
	for _, e := range es {
		if e.State.Terminal() || (e.State != outbox.Failed && e.Revert == nil) {
			continue
		}
		s := stuckEpoch{Pool: e.Pool, Epoch: e.Epoch, State: e.State, Stuck: e.State == outbox.Failed, Reverted: len(e.Reverted),
			PartsConfirmed: len(e.Parts)}
		if e.Part != nil {
			s.Part = e.Part.String()
		}
		for _, b := range e.Batch {
			s.Batch = append(s.Batch, fmt.Sprintf("%s/%d", b.Pool, b.Epoch))
		}
		if v := e.Revert; v != nil {
			s.Error, s.Class, s.Where, s.Since, s.Count, s.RetryAt, s.Action = v.String(), v.Class, v.Where, v.Since, v.Count, v.RetryAt, v.Action
		} else {
			s.Error, s.Since, s.Action = e.Note, e.Updated, "fix the cause, then rwabridge relay retry"
		}
		out = append(out, s)
	}
	return out
}

func newRelayInspectCmd() *cobra.Command {
	var config string
	var pools []string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "inspect --config FILE [--pool P]... [--json]",
		Short: "List the epochs the registry refused: stuck ones and those the relayer retries by itself",
		Long: `inspect reads the relayer's outbox and lists every epoch whose latest attempt the
registry refused, with the decoded custom error and its arguments, since when, where
(estimation, or the mined transaction and its block) and what an operator does about it;
for an epoch sent in parts, the part refused and how many landed before it; for one sent
in a batch with other pools' epochs (batch_max), the epochs of that transaction.

  stuck   the refusal does not pass by waiting (ProofInvalid, PolicyNotAllowed,
          SanityBoundExceeded, GrowthBoundExceeded, EpochOutOfOrder/EpochNotNext, another
          record of the epoch on the registry, an unknown error, …): the epoch is failed
          and its pool's later epochs wait behind it. Fix the cause, then
          rwabridge relay retry.
  waiting the refusal passes by itself (EnforcedPause, EpochNotEnded, PoolNotActive, out
          of gas): the relayer retries with backoff (revert_backoff), keeping the epoch
          at the head of its pool's queue.

The outbox is locked by a running relayer: stop it first (meanwhile its /metrics has
rwabridge_relay_refused_epochs by pool, error and class). --pool (repeatable) keeps
those pools only. --json prints a JSON array, one object per epoch; it is empty when
nothing is refused. Exit 0 either way.`,
		Example: `  rwabridge relay inspect --config /etc/rwabridge/relay.yaml
  rwabridge relay inspect --config relay.yaml --json | jq '.[] | select(.stuck)'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if config == "" {
				return exitCode(2, fmt.Errorf("--config is required (see %s --help)", cmd.CommandPath()))
			}
			box, _, err := relayOutbox(config)
			if err != nil {
				return err
			}
			defer box.Close()
			es, err := box.List()
			if err != nil {
				return exitCode(1, err)
			}
			es = slices.DeleteFunc(es, func(e outbox.Entry) bool { return len(pools) > 0 && !slices.Contains(pools, string(e.Pool)) })
			stuck := stuckEpochs(es)
			out := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				return enc.Encode(stuck)
			}
			if len(stuck) == 0 {
				fmt.Fprintf(out, "relay: no refused epochs in %s (%d entries)\n", box.Dir(), len(es))
				return nil
			}
			for _, s := range stuck {
				kind := "waiting"
				if s.Stuck {
					kind = "STUCK"
				}
				fmt.Fprintf(out, "%s epoch %d: %s (%s): %s\n", s.Pool, s.Epoch, kind, s.State, s.Error)
				if s.Where != "" {
					fmt.Fprintf(out, "  where:  %s\n", s.Where)
				}
				if s.Part != "" {
					fmt.Fprintf(out, "  part:   %s (%d part(s) confirmed before it)\n", s.Part, s.PartsConfirmed)
				}
				if len(s.Batch) > 0 {
					fmt.Fprintf(out, "  batch:  one transaction with %s\n", strings.Join(s.Batch, ", "))
				}
				fmt.Fprintf(out, "  since:  %s (%d×)\n", s.Since.UTC().Format(time.RFC3339), max(s.Count, 1))
				if !s.RetryAt.IsZero() {
					fmt.Fprintf(out, "  retry:  %s, by itself\n", s.RetryAt.UTC().Format(time.RFC3339))
				}
				fmt.Fprintf(out, "  do:     %s\n", s.Action)
				if s.Stuck {
					fmt.Fprintf(out, "  then:   rwabridge relay retry --config %s --pool %s --epoch %d\n", config, s.Pool, s.Epoch)
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&config, "config", "", "relayer config file (YAML): its outbox is read")
	cmd.Flags().StringArrayVar(&pools, "pool", nil, "only this pool (repeatable)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array, one object per refused epoch")
	return cmd
}

func newRelayRetryCmd() *cobra.Command {
	var config, pool string
	var epoch uint64
	cmd := &cobra.Command{
		Use:   "retry --config FILE --pool POOL --epoch N",
		Short: "Re-queue a stuck epoch for a fresh attempt",
		Long: `retry puts a stuck (failed) epoch back in its pool's queue: to attested when it
holds signatures, else to proved or sealed. The relayer's next pass checks the
registry again, collects the signatures again if the committee changed, estimates
the transaction anew (even with gas_limit set) and sends it; if the registry still
refuses it, it is stuck again with the new error (rwabridge relay inspect).

Fix the cause first (rwabridge relay inspect says what to do). An epoch that is not
stuck is refused (exit 1): one waiting out a transient refusal is retried by the
relayer itself. The outbox is locked by a running relayer: stop it, retry, start it.`,
		Example: `  rwabridge relay inspect --config /etc/rwabridge/relay.yaml
  rwabridge relay retry --config /etc/rwabridge/relay.yaml --pool shenzhen-north --epoch 20432`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if config == "" || pool == "" || !cmd.Flags().Changed("epoch") {
				return exitCode(2, fmt.Errorf("--config, --pool and --epoch are required (see %s --help)", cmd.CommandPath()))
			}
			p := telemetry.PoolID(pool)
			if err := p.Validate(); err != nil {
				return exitCode(2, fmt.Errorf("--pool: %w", err))
			}
			box, _, err := relayOutbox(config)
			if err != nil {
				return err
			}
			defer box.Close()
			e, err := box.Requeue(p, epoch)
			switch {
			case errors.Is(err, outbox.ErrNotStuck), errors.Is(err, outbox.ErrNoEntry):
				return exitCode(1, fmt.Errorf("relay retry: %w; nothing to retry (rwabridge relay inspect lists the stuck epochs)", err))
			case err != nil:
				return exitCode(1, err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s epoch %d: failed → %s; the relayer's next pass makes a fresh attempt\n", e.Pool, e.Epoch, e.State)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&config, "config", "", "relayer config file (YAML): its outbox is changed")
	f.StringVar(&pool, "pool", "", "the stuck epoch's pool")
	f.Uint64Var(&epoch, "epoch", 0, "the stuck epoch")
	return cmd
}
