package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/consensys/gnark/logger"
	"github.com/spf13/cobra"

	"github.com/rwabridge/rwabridge/internal/demo"
)

func newBenchScaleCmd() *cobra.Command {
	cfg := demo.DefaultScaleConfig()
	cfg.Workers = defaultWorkers()
	cmd := &cobra.Command{
		Use:   "scale --records N [--capacity C] [--workers W] [--keys DIR] [--cabinets M]",
		Short: "Run the whole path for one epoch of N records and time each stage",
		Long: `scale runs the whole path for one pool and one epoch of N records on the
embedded defaults, in this process, and prints a row per stage as it ends, with
its wall time and the process's CPU time (user + system) over it:

  simulate  a fleet of --cabinets cabinets (default: one per 80 records, at
            least the policy's k) simulated for one past day, each event signed
            with its cabinet's registered key; the first N events in feed order
            are sent, the rest of the day is not
  ingest    the agent drains them into an embedded ledger in a temporary
            directory (removed after), in batches, as rwabridge agent does
  seal      the ledger seals the epoch under the default policy
  setup     development keys (INSECURE) of capacity C, cached in --keys:
            "cached" when reused
  deploy    the contracts on an in-process simulated L2 under Osaka rules (a
            transaction's gas is capped at 2^24), as rwabridge demo deploys them
  prove     every chunk, --workers at a time
  attest    each of the three committee orgs' attestors signs (a quorum is 2)
  relay     the relayer posts the disclosure, in parts of at most
            --chunks-per-tx chunk proofs when the epoch has more (one L2
            transaction each); its transactions are counted
  verify    the registry's record read back and its figures checked against the
            seal's; the bundle verified offline; the registry audited as
            rwabridge audit verify does, the epoch recomputed from the ledger

Then the gas of the relayer's transactions in all and per record, their number,
the process's peak resident set, and "sealed to verified": the wall time of
prove, attest, relay and verify (setup and deploy, once per key and deployment,
are not counted). It ends with "disclosed and verified"; any failure exits 1
naming the stage. Progress (with an ETA while simulating and proving) goes to
stderr.

Setting up keys of capacity 1024 takes about two minutes the first time;
proving takes about 4 s of CPU per 1024-record chunk (100,000 records, 98
chunks: 3m20s with two workers on two cores). An epoch of more chunks than
--chunks-per-tx (default 128; at most 220 fit the 2^24 gas of a transaction) is
posted in several transactions: 1,000,000 records in chunks of 1024 are 977
chunks, 8 transactions; --capacity 4096 makes them 245 chunks, 2 transactions.`,
		Example: `  rwabridge bench scale --records 10000
  rwabridge bench scale --records 100000 --workers 2
  rwabridge bench scale --records 1000000 --capacity 4096 --keys /var/tmp/rwabridge-keys
  rwabridge bench scale --records 2000 --capacity 16 --chunks-per-tx 50`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			logger.Disable() // gnark's logs would drown the table
			cfg.Progress = cmd.ErrOrStderr()
			if err := cfg.Validate(); err != nil {
				return exitCode(2, fmt.Errorf("%w (see rwabridge bench scale --help)", err))
			}
			if _, err := demo.RunScale(cmd.Context(), cfg, cmd.OutOrStdout()); err != nil {
				if errors.Is(err, demo.ErrInvalidConfig) {
					return exitCode(2, err)
				}
				return exitCode(1, err)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.IntVar(&cfg.Records, "records", 0, "records in the epoch (required)")
	f.IntVar(&cfg.Capacity, "capacity", cfg.Capacity, "records per chunk proof (a power of two)")
	f.IntVar(&cfg.Workers, "workers", cfg.Workers, "chunks proven at once")
	f.StringVar(&cfg.KeysDir, "keys", filepath.Join(os.TempDir(), "rwabridge-bench-keys"), "directory for the development keys (created and reused)")
	f.IntVar(&cfg.Cabinets, "cabinets", 0, "cabinets in the simulated fleet (default: one per 80 records, at least the policy's k)")
	f.IntVar(&cfg.ChunksPerTx, "chunks-per-tx", 0, "most chunk proofs in one relayer transaction; an epoch of more goes in parts (0: the relayer's default, 128)")
	_ = cmd.MarkFlagRequired("records")
	return cmd
}
