package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/consensys/gnark/logger"
	"github.com/spf13/cobra"

	"github.com/rwabridge/rwabridge/offshore/gasbench"
	"github.com/rwabridge/rwabridge/onshore/agent/soak"
	"github.com/rwabridge/rwabridge/onshore/ledger/backend"
)

func init() { register(newBenchCmd) }

func newBenchCmd() *cobra.Command {
	return groupCmd(&cobra.Command{
		Use:   "bench",
		Short: "Measure rwabridge's costs",
		Example: `  rwabridge bench gas
  rwabridge bench soak --duration 3m --outage 45s
  rwabridge bench ceremony --capacity 64
  rwabridge bench scale --records 10000`,
	}, "gas, soak, ceremony or scale", newBenchGasCmd(), newBenchSoakCmd(), newBenchCeremonyCmd(), newBenchScaleCmd())
}

func newBenchGasCmd() *cobra.Command {
	var keysDir string
	var detail bool
	cmd := &cobra.Command{
		Use:   "gas",
		Short: "Print the gas of submitDisclosure, a batch and claim under Osaka rules",
		Long: `gas deploys every contract on an in-process simulated chain whose newest
active fork is Osaka (no later fork's state pricing), proves three consecutive
epochs of a pool with the real summary circuit at capacity 8 (development
keys, set up once in --keys and reused; proof size and verification cost
do not depend on the capacity) — two of one chunk, then one of three chunks
and one of six —
has two of three committee members attest them, submits them, deposits a
payout and has a holder claim it. It prints:

  submitDisclosure gas: N     a pool's later (steady-state) single-chunk disclosure
  claim gas: N                a holder's claim of an epoch's payout
  submitDisclosure gas (3 chunks): N
                              a later disclosure of a three-chunk epoch, all
                              its chunk proofs in one transaction (one
                              pairing check for all of them)
  submitDisclosure gas per extra chunk: N
                              what each chunk beyond the first adds: the
                              slope from three to six chunks
  batch-of-16 gas per disclosure: N
                              one pool's steady-state single-chunk disclosure
                              in a submitDisclosures batch of 16 pools sharing
                              a verifier (one pairing check for all): the
                              batch's gas divided by 16

--detail adds the pool's first disclosure, a bare verifyProof transaction,
the payout deposit and the whole batch of the 16 pools' first epochs. Every
figure is a whole transaction: 21 000 base and calldata included.`,
		Example: `  rwabridge bench gas
  rwabridge bench gas --detail --keys /tmp/rwabridge-bench-keys`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			logger.Disable() // gnark's progress logs would drown the figures
			r, err := gasbench.Run(cmd.Context(), keysDir)
			if err != nil {
				return exitCode(1, err)
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "submitDisclosure gas: %d\n", r.Submit)
			fmt.Fprintf(out, "claim gas: %d\n", r.Claim)
			fmt.Fprintf(out, "submitDisclosure gas (%d chunks): %d\n", gasbench.MultiChunks, r.SubmitMulti)
			fmt.Fprintf(out, "submitDisclosure gas per extra chunk: %d\n", r.PerExtraChunk())
			fmt.Fprintf(out, "batch-of-%d gas per disclosure: %d\n", gasbench.BatchPools, r.BatchPerDisclosure())
			if detail {
				fmt.Fprintf(out, "submitDisclosure (first epoch of a pool) gas: %d\n", r.SubmitFirst)
				fmt.Fprintf(out, "verifyProof (bare transaction) gas: %d\n", r.VerifyProof)
				fmt.Fprintf(out, "depositPayout gas: %d\n", r.Deposit)
				fmt.Fprintf(out, "submitDisclosures gas (first epochs of %d pools): %d\n", gasbench.BatchPools, r.BatchFirst)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&keysDir, "keys", filepath.Join(os.TempDir(), "rwabridge-bench-keys"), "directory for the benchmark's development keys (created and reused)")
	cmd.Flags().BoolVar(&detail, "detail", false, "also print the first disclosure, a bare verifyProof and the deposit")
	return cmd
}

func newBenchSoakCmd() *cobra.Command {
	cfg := soak.Default()
	var dataDir, ledgerConfig string
	cmd := &cobra.Command{
		Use:   "soak [--duration D] [--outage D] [--cabinets N]",
		Short: "Soak the agent's HTTP and MQTT sources with a ledger outage; check nothing is lost or duplicated",
		Long: `soak runs an agent in this process and drives its HTTP source and its MQTT
source (through Mosquitto, started from PATH on a free local port unless
--broker names one) with signed events from --cabinets simulated cabinets:
odd cabinets POST to /v1/events, even ones publish with QoS 1, each in order.

  steady     --duration minus twice --outage, closed loop: at most --window
             events in flight, so the rate is the highest the ledger keeps
             up with
  outage     --outage long, every ledger submission fails while the cabinets
             keep sending at half the steady rate: the agent's disk queue
             fills to --queue-max-bytes (1 MiB), then its sources refuse (HTTP 503,
             MQTT unacknowledged) and the cabinets and the broker hold the rest
  recovery   --outage long, the ledger is back, the cabinets go on at half rate
  drain      sending stops; wait until the ledger holds every event sent

It then reads every record of the pool back from the ledger and compares them
with what the transports accepted, by (cabinet, seq), and prints per phase
events/s (stored on the ledger), the p50 and p99 ingest latency (from a
cabinet's first send to the ledger's answer "stored") of the events stored in
it (in the steady phase about --window over the rate, by Little's law), the peak RSS of this process (agent, ledger and load generator together)
and the agent's queue at its largest against its budget (from /healthz).

Exit 0 when nothing was lost, duplicated, unexpected, rejected or left
pending and the queue stayed within its budget; 1 otherwise (the report says
what); 2 for bad flags.

The ledger is the embedded one in a new temporary directory (removed after),
in --data DIR (created), or the back end --ledger-config names (Fabric: a
network whose ledger holds no record of --pool yet; the soak registers its
cabinets there). The agent's retry.max is --retry-max (2 s) instead of 30 s,
so the end of the outage is noticed within seconds. The agent logs only
errors unless --log-level is given.

Progress goes to stderr: a bar on a terminal (or with --progress), a line
per phase and every 10 s otherwise. The machine running it also runs the load generator
(signing events): on a small machine the figures are a floor.`,
		Example: `  rwabridge bench soak
  rwabridge bench soak --duration 10m --outage 2m --cabinets 5000
  rwabridge bench soak --duration 20s --outage 5s --cabinets 50 --queue-max-bytes 65536
  rwabridge bench soak --ledger-config deploy/fabric/.network/clients/operator.yaml --broker tcp://127.0.0.1:1883`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !cmd.Flags().Changed(flagLogLevel) {
				// The agent logs every refusal of the outage: only errors
				// unless asked.
				_ = cmd.Flags().Set(flagLogLevel, "error")
			}
			log, err := newLogger(cmd)
			if err != nil {
				return err
			}
			cfg.DataDir = dataDir
			if dataDir == "" {
				cfg.DataDir = "(a temporary directory)"
			}
			if err := cfg.Validate(); err != nil {
				return exitCode(2, fmt.Errorf("%w (see rwabridge bench soak --help)", err))
			}
			if dataDir == "" {
				tmp, err := os.MkdirTemp("", "rwabridge-soak-")
				if err != nil {
					return exitCode(1, err)
				}
				defer os.RemoveAll(tmp)
				dataDir = tmp
			} else if err := os.MkdirAll(dataDir, 0o700); err != nil {
				return exitCode(2, fmt.Errorf("--data: %w", err))
			}
			cfg.DataDir = dataDir
			conn, err := backend.OpenOrCreate(ledgerConfig, dataDir, "rwabridge-bench-soak", log)
			if err != nil {
				return ledgerExit(err)
			}
			defer conn.Close()
			p := progressOf(cmd).start("soak", int64(cfg.Duration/time.Second), "s", 0)
			var phase string
			var noted time.Time
			p.step(0, fmt.Sprintf("%d cabinets for %s with a %s ledger outage", cfg.Cabinets, cfg.Duration, cfg.Outage))
			rep, err := soak.Run(cmd.Context(), cfg, conn.Client, soak.Options{
				Logger: log.With("part", "agent"),
				Progress: func(s soak.Progress) {
					sec := int64(s.Elapsed / time.Second)
					if s.Phase == phase && time.Since(noted) < 10*time.Second {
						p.set(sec)
						return
					}
					phase, noted = s.Phase, time.Now()
					p.step(sec, fmt.Sprintf("%s: %d sent, %d on the ledger, queue %d of %d bytes", s.Phase, s.Sent, s.OnLedger, s.QueueBytes, s.QueueBudget))
				},
			})
			p.finish()
			switch {
			case errors.Is(err, soak.ErrNoBroker), errors.Is(err, soak.ErrLedgerNotEmpty):
				return exitCode(2, err)
			case err != nil:
				return exitCode(1, err)
			}
			fmt.Fprint(cmd.OutOrStdout(), rep.String())
			if !rep.OK() {
				return exitCode(1, fmt.Errorf("soak: %d problem(s): %v", len(rep.Problems()), rep.Problems()[0]))
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.DurationVar(&cfg.Duration, "duration", cfg.Duration, "time the cabinets send (steady, outage and recovery)")
	f.DurationVar(&cfg.Outage, "outage", cfg.Outage, "ledger outage in the middle, followed by a recovery as long (0: none)")
	f.IntVar(&cfg.Cabinets, "cabinets", cfg.Cabinets, "simulated cabinets (odd ones over HTTP, even ones over MQTT)")
	f.Uint64Var(&cfg.Seed, "seed", cfg.Seed, "seed of the simulated fleet")
	f.StringVar((*string)(&cfg.Pool), "pool", string(cfg.Pool), "pool of the simulated fleet")
	f.IntVar(&cfg.Window, "window", cfg.Window, "events in flight (sent, not yet on the ledger) in the steady phase")
	f.Int64Var(&cfg.QueueMaxBytes, "queue-max-bytes", cfg.QueueMaxBytes, "the agent's queue budget (the outage should fill it)")
	f.DurationVar(&cfg.RetryMax, "retry-max", cfg.RetryMax, "the agent's longest backoff between ledger submissions")
	f.DurationVar(&cfg.DrainTimeout, "drain-timeout", cfg.DrainTimeout, "how long to wait for the ledger to hold every event after sending stops")
	f.StringVar(&cfg.Broker, "broker", "", "MQTT broker tcp://HOST:PORT (default: start mosquitto from PATH for the run; its max_queued_messages must hold the outage's messages)")
	f.StringVar(&dataDir, "data", "", "data directory for the agent's queue and the embedded ledger (default: a temporary one, removed after)")
	f.StringVar(&ledgerConfig, "ledger-config", "", "ledger back end (YAML: backend embedded|fabric) instead of the embedded ledger")
	addProgressFlag(cmd)
	return cmd
}
