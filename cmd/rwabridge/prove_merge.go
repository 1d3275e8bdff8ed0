package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"runtime"
	"time"

	"github.com/spf13/cobra"

	"github.com/rwabridge/rwabridge/bridge/prove"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// defaultWorkers is rwabridge prove's --workers default, one per 4 cores
// the process may use (GOMAXPROCS follows a container's CPU limit).
// Measured on the project's 2-core machine, shared with other work (go test
// ./circuits/prover -bench ProveWorkers: a 3-chunk epoch at capacity 64, 8
// runs, twice): 1 worker 1245 and 1619 ms an epoch, 2 workers 1528 and 1523
// ms, so a second worker gains nothing on 2 cores (gnark spreads each proof
// over every core); more start only where that leaves cores idle. At
// capacity 1024 (2 chunks, once): 1 worker 19.4 s and 512 MB peak RSS, 2
// workers 22.8 s and 603 MB, on a busy machine (load average 6).
func defaultWorkers() int { return max(1, runtime.GOMAXPROCS(0)/4) }

func newProveMergeCmd() *cobra.Command {
	var (
		a              proveArgs
		pool, saltSeed string
	)
	cmd := &cobra.Command{
		Use:   "merge --data DIR --pool P --epoch E --keys DIR --salt-seed FILE --chunk-dir DIR --out FILE",
		Short: "Join the chunk proofs the parts wrote into the epoch's proof bundle",
		Long: `merge recomputes the seal of (pool, epoch) from the ledger with the salt seed
the parts used (exit 3 when the seal disagrees with its records), then reads
every chunk proof file of the epoch in --chunk-dir (POOL@EPOCH.chunk-*.json,
written by rwabridge prove --part I --parts P) and checks, before writing
anything (exit 6 for each, naming the file and what to do):

  - each file is of this seal and these keys: pool, epoch, epoch root,
    policy hash, number of chunks, capacity and key hash (a file of another
    epoch or seal: remove it);
  - no chunk has two files, and every chunk has one (a missing chunk: run the
    part that proves it again — chunk i is part i mod P);
  - each proof's public inputs are exactly the recomputed ones (a proof made
    with another --salt-seed chains other accumulators: prove it again);
  - each proof verifies with --keys.

Then the whole bundle is verified (as rwabridge audit verify-proof does) and
written to --out: the bundle a one-process rwabridge prove with the same salt
seed writes, but for the proof bytes (Groth16 proofs are randomised). Exit 5
when the keys are missing or of another capacity.`,
		Example: `  rwabridge prove merge --data /tmp/rwa --pool shenzhen-north --epoch 20410 --keys /tmp/keys \
      --salt-seed /secrets/salt.seed --chunk-dir /shared/chunks --out proof.json
  rwabridge prove merge --ledger-config /etc/rwabridge/operator-ledger.yaml --pool shenzhen-north \
      --epoch 20410 --keys /var/lib/rwabridge/proving/keys --salt-seed /run/rwabridge/keys/salt.seed \
      --chunk-dir /var/lib/rwabridge/proving/chunks --out /var/lib/rwabridge/proving/bundles/20410.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if (a.data == "" && a.ledgerConfig == "") || pool == "" || a.keys == "" || !cmd.Flags().Changed("epoch") ||
				saltSeed == "" || a.chunkDir == "" || a.out == "" {
				return exitCode(2, errors.New("--data (or --ledger-config), --pool, --epoch, --keys, --salt-seed, --chunk-dir and --out are required (see rwabridge prove merge --help)"))
			}
			log, err := newLogger(cmd)
			if err != nil {
				return err
			}
			a.pool, a.progress = telemetry.PoolID(pool), progressOut{}
			if a.seed, err = loadSaltSeedFlag(saltSeed); err != nil {
				return err
			}
			return runProveMerge(cmd.Context(), a, log, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	addProveLedgerFlags(cmd, &a, &pool, &saltSeed)
	f := cmd.Flags()
	f.StringVar(&a.chunkDir, "chunk-dir", "", "directory the parts wrote their chunk proof files into (their --chunk-dir)")
	f.StringVar(&a.out, "out", "", "proof bundle to write (JSON)")
	return cmd
}

func runProveMerge(ctx context.Context, a proveArgs, log *slog.Logger, stdout, stderr io.Writer) error {
	if err := writable(a.out); err != nil {
		return exitCode(2, fmt.Errorf("--out: %w", err))
	}
	ss, err := openProve(ctx, a, log, stderr)
	if err != nil {
		return err
	}
	defer ss.Close()
	began := time.Now()
	b, err := ss.prover.Merge(ctx, ss.seal, a.chunkDir)
	if err := proveExit(err); err != nil {
		return err
	}
	return writeBundle(stdout, "merged", b, ss.seal, a.out, time.Since(began))
}

func newProveSaltSeedCmd() *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "salt-seed --out FILE",
		Short: "Make the secret seed every part of a split proof derives the accumulators' salts from",
		Long: `salt-seed writes 32 random bytes, as 64 hex digits, to a new file --out (mode
0600); it refuses to replace an existing one (chunk proofs made with it would
no longer merge with new ones).

Each non-final chunk of an epoch chains to the next through a public
accumulator hash that hides the running totals behind a salt. Parts proved
apart (rwabridge prove --part) must derive the same salts: each is
HMAC-SHA256 of the seed over the pool, epoch, policy hash, epoch root and
chunk index (bridge/prove, SaltSeed.Salt). Whoever holds the seed can
recompute the salts and test guesses of the hidden partial totals: keep it as
secret as the raw records (a Kubernetes Secret, onshore).`,
		Example: `  rwabridge prove salt-seed --out /secrets/salt.seed
  kubectl -n rwabridge create secret generic rwabridge-salt-seed --from-file=salt.seed=/secrets/salt.seed`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if out == "" {
				return exitCode(2, errors.New("--out is required (see rwabridge prove salt-seed --help)"))
			}
			if _, err := prove.NewSaltSeed(out); err != nil {
				return exitCode(1, err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "wrote a new salt seed to %s (mode 0600): give it to every part and the merge, and to no one else\n", out)
			return nil
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "file to create (it must not exist)")
	return cmd
}
