package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/rwabridge/rwabridge/bridge/prove"
	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/circuits/prover"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/ledger/backend"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
	"github.com/rwabridge/rwabridge/policies/policy"
)

func init() { register(newProveCmd) }

// Exit codes of rwabridge prove besides 0, 1 and 2.
const (
	exitSealMismatch = 3 // the seal disagrees with its records
	exitKeys         = 5 // keys missing, not matching, or for another capacity
	exitChunks       = 6 // prove merge: a chunk proof missing, twice, of another seal or invalid
)

func newProveCmd() *cobra.Command {
	var (
		a                    proveArgs
		pool, saltSeed       string
		workers, part, parts int
	)
	cmd := &cobra.Command{
		Use:   "prove --data DIR --pool P --epoch E --keys DIR --out FILE",
		Short: "Prove a sealed epoch's disclosed summary and write a proof bundle",
		Long: `prove reads the seal of (pool, epoch) and its committed records from the
embedded ledger in DIR (or the back end --ledger-config names, e.g. Fabric), recomputes the commitment and aggregates with the native
twin of the circuit and refuses when they differ from the seal (exit 3), then
proves every chunk of the epoch with the keys of the seal's chunk capacity from
--keys (exit 5 when they are missing or do not match; exit 2 when the
--ledger-config's identity may not read raw records, e.g. the custodian's on
Fabric: prove as the operator or the auditor) and writes the proof bundle
(JSON) to --out: pool, epoch, policy, root, disclosed metrics (none, and
"suppressed": true, for an epoch below the policy's k-anonymity threshold or
without records: its proof says only that), and per chunk the
public inputs and the proof in the Solidity verifier's layout. The bundle holds
no record, cabinet id, record time or withheld field.

The policy is the embedded one the seal names, or --policy (a file or embedded
id); its hash must be the seal's. Progress goes to stderr: a bar with the ETA
on a terminal (or with --progress), otherwise a line per chunk proven with
the ETA of the rest. Dev keys print a warning and the bundle says setup "dev-insecure".

Workers: chunks are independent once the epoch is summarised, and --workers N
proves N of them at once. gnark already spreads one proof over every core, so
more workers only overlap the serial parts of proofs: on 2 cores a 3-chunk
epoch at capacity 64 took 1.25–1.62 s with 1 worker and 1.52–1.53 s with 2
(go test ./circuits/prover -bench ProveWorkers, on a shared machine), and an
epoch of 2 chunks of 1024 19.4 s with 1 and 22.8 s with 2: no gain.
The default is one worker per 4 cores (1 on up to 7 cores; not measured above
2). Memory: at capacity 1024 a process proving with 1 worker peaked at 512 MB
(keys included), with 2 at 603 MB (measured on 2 chunks); at 4096 expect about
4 times that: some 2 GB, and 0.4 GB more per further worker (estimated).

Several machines: the chunks of an epoch are split into --parts P, and part I
(--part I, 0 ≤ I < P) proves the chunks i with i mod P = I and writes one
chunk proof file per chunk into --chunk-dir (POOL@EPOCH.chunk-NNNNN.json; the
directory must exist). Part I of P ≥ the number of chunks proves exactly chunk
I, and a part with no chunk writes nothing. Every part and the merge
(rwabridge prove merge) derive the accumulators' salts from one secret
--salt-seed (rwabridge prove salt-seed makes it), so proofs made apart chain;
without --salt-seed a one-process prove draws them at random. Kubernetes runs
the parts as an Indexed Job: deploy/k8s/README.md.`,
		Example: `  rwabridge prove --data /tmp/rwa --pool shenzhen-north --epoch 20410 --keys /tmp/keys --out proof.json
  rwabridge audit verify-proof --bundle proof.json --vk /tmp/keys

  # the same epoch in two parts (two machines, or two Job pods), then merged
  rwabridge prove salt-seed --out /secrets/salt.seed
  rwabridge prove --data /tmp/rwa --pool shenzhen-north --epoch 20410 --keys /tmp/keys \
      --salt-seed /secrets/salt.seed --part 0 --parts 2 --chunk-dir /shared/chunks
  rwabridge prove --data /tmp/rwa --pool shenzhen-north --epoch 20410 --keys /tmp/keys \
      --salt-seed /secrets/salt.seed --part 1 --parts 2 --chunk-dir /shared/chunks
  rwabridge prove merge --data /tmp/rwa --pool shenzhen-north --epoch 20410 --keys /tmp/keys \
      --salt-seed /secrets/salt.seed --chunk-dir /shared/chunks --out proof.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			f := cmd.Flags()
			if (a.data == "" && a.ledgerConfig == "") || pool == "" || a.keys == "" || !f.Changed("epoch") {
				return exitCode(2, errors.New("--data (or --ledger-config), --pool, --epoch and --keys are required (see rwabridge prove --help)"))
			}
			if workers < 1 {
				return exitCode(2, fmt.Errorf("--workers %d: want at least 1", workers))
			}
			split := f.Changed("parts") || f.Changed("part") || a.chunkDir != ""
			switch {
			case split && (!f.Changed("parts") || !f.Changed("part") || a.chunkDir == "" || saltSeed == ""):
				return exitCode(2, errors.New("a part needs --part I, --parts P, --chunk-dir DIR and --salt-seed FILE together (see rwabridge prove --help)"))
			case split && a.out != "":
				return exitCode(2, errors.New("a part writes chunk proofs into --chunk-dir; rwabridge prove merge writes the bundle (--out)"))
			case !split && a.out == "":
				return exitCode(2, errors.New("--out is required (or --part, --parts and --chunk-dir to prove a part; see rwabridge prove --help)"))
			}
			if split {
				a.part = &prove.Part{Index: part, Of: parts}
				if err := a.part.Validate(); err != nil {
					return exitCode(2, fmt.Errorf("--part %d --parts %d: want 0 ≤ part < parts", part, parts))
				}
			}
			log, err := newLogger(cmd)
			if err != nil {
				return err
			}
			a.pool, a.workers, a.progress = telemetry.PoolID(pool), workers, progressOf(cmd)
			if a.seed, err = loadSaltSeedFlag(saltSeed); err != nil {
				return err
			}
			return runProve(cmd.Context(), a, log, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	addProveLedgerFlags(cmd, &a, &pool, &saltSeed)
	f.StringVar(&a.out, "out", "", "proof bundle to write (JSON)")
	f.IntVar(&workers, "workers", defaultWorkers(), "chunks proven at once (see Workers above)")
	f.IntVar(&part, "part", 0, "prove only this part of the chunks: those i with i mod --parts = --part")
	f.IntVar(&parts, "parts", 0, "how many parts the chunks are split into (with --part)")
	f.StringVar(&a.chunkDir, "chunk-dir", "", "existing directory to write the part's chunk proof files into (with --part)")
	addProgressFlag(cmd)
	cmd.AddCommand(newProveMergeCmd(), newProveSaltSeedCmd())
	return cmd
}

// addProveLedgerFlags adds the flags prove and prove merge share.
func addProveLedgerFlags(cmd *cobra.Command, a *proveArgs, pool, saltSeed *string) {
	f := cmd.Flags()
	f.StringVar(&a.data, "data", "", "data directory of the embedded ledger (DIR/ledger)")
	f.StringVar(&a.ledgerConfig, "ledger-config", "", "ledger back end (YAML: backend embedded|fabric) instead of DIR/ledger")
	f.StringVar(pool, "pool", "", "pool id")
	f.Uint64Var(&a.epoch, "epoch", 0, "epoch number (unix seconds / epoch length)")
	f.StringVar(&a.keys, "keys", "", "key directory from rwabridge setup")
	f.StringVar(&a.policy, "policy", "", "policy file or embedded id (default: the embedded policy the seal names)")
	f.StringVar(saltSeed, "salt-seed", "", "secret seed of the accumulators' salts (rwabridge prove salt-seed), shared by every part and the merge")
}

// loadSaltSeedFlag loads --salt-seed FILE (nil when not given); an unusable
// one exits 2.
func loadSaltSeedFlag(path string) (*prove.SaltSeed, error) {
	if path == "" {
		return nil, nil
	}
	s, err := prove.LoadSaltSeed(path)
	if err != nil {
		return nil, exitCode(2, fmt.Errorf("--salt-seed: %w", err))
	}
	return s, nil
}

type proveArgs struct {
	data         string
	ledgerConfig string
	pool         telemetry.PoolID
	epoch        uint64
	keys         string
	out          string
	policy       string
	progress     progressOut
	workers      int
	seed         *prove.SaltSeed
	part         *prove.Part // nil: every chunk, into one bundle
	chunkDir     string
}

// proveSession is what prove and prove merge share: the ledger, the seal and
// a prover reporting progress on stderr.
type proveSession struct {
	conn   *backend.Conn
	seal   *ledger.Seal
	prover *prove.Prover
	chunks *progress
}

// openProve resolves --policy, opens the ledger, reads the seal and sets up
// the prover. The caller closes the session.
func openProve(ctx context.Context, a proveArgs, log *slog.Logger, stderr io.Writer) (*proveSession, error) {
	var known []*policy.Policy
	if a.policy != "" {
		p, _, err := policies.Resolve(a.policy)
		if err != nil {
			return nil, exitCode(2, fmt.Errorf("--%w", err))
		}
		known = []*policy.Policy{p}
	}
	conn, err := openLedgerConn(a.ledgerConfig, a.data, log, "rwabridge-prover")
	if err != nil {
		return nil, err
	}
	seal, err := conn.Client.GetSeal(ctx, a.pool, a.epoch)
	if err != nil {
		conn.Close()
		return nil, exitCode(1, fmt.Errorf("prove: seal of %s epoch %d: %w", a.pool, a.epoch, err))
	}
	ss := &proveSession{conn: conn, seal: seal,
		prover: &prove.Prover{Records: conn.Client, KeyDir: a.keys, Policies: known, Workers: a.workers, SaltSeed: a.seed}}
	total, done := 0, 0
	if a.part != nil {
		total = len(a.part.Chunks(len(seal.Chunks)))
	}
	ss.prover.Progress = func(e prover.Event) {
		// Called one event at a time; with several workers the chunks
		// finish in any order, so the count is of chunks done.
		if ss.chunks == nil {
			if set, err := ss.prover.KeysFor(seal.ChunkCapacity); err == nil && set.Meta.Insecure {
				fmt.Fprintln(stderr, keys.Warning)
			}
			if a.part == nil {
				total = e.Total
			}
			ss.chunks = a.progress.start("prove", int64(total), "chunks", 0)
		}
		if e.Stage == prover.StageDone {
			done++
			ss.chunks.step(int64(done), fmt.Sprintf("%d/%d chunks proven (chunk index %d, in %s)", done, total, e.Index, e.Elapsed.Round(time.Millisecond)))
		}
	}
	return ss, nil
}

func (ss *proveSession) Close() {
	if ss.chunks != nil {
		ss.chunks.finish()
	}
	ss.conn.Close()
}

// proveExit gives a proving error its exit code.
func proveExit(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, prove.ErrSealMismatch), errors.Is(err, prove.ErrUnknownPolicy):
		return exitCode(exitSealMismatch, fmt.Errorf("prove: %w (a seal made under another policy file needs --policy FILE)", err))
	case errors.Is(err, keys.ErrNotFound), errors.Is(err, keys.ErrMismatch), errors.Is(err, keys.ErrMalformed), errors.Is(err, prover.ErrKeyMismatch):
		return exitCode(exitKeys, err)
	case errors.Is(err, prove.ErrChunkMissing), errors.Is(err, prove.ErrChunkDuplicate), errors.Is(err, prove.ErrChunkForeign),
		errors.Is(err, prove.ErrChunkInputs), errors.Is(err, prove.ErrChunkProof):
		return exitCode(exitChunks, err)
	case errors.Is(err, ledger.ErrNotAuthorized):
		// A configuration error: the identity may not read raw records.
		return exitCode(2, fmt.Errorf("prove: reading the epoch's records: %w\n(prove with the --ledger-config of an org that holds the records: the operator's or the auditor's)", err))
	}
	return exitCode(1, err)
}

func runProve(ctx context.Context, a proveArgs, log *slog.Logger, stdout, stderr io.Writer) error {
	// --out and --chunk-dir are checked before minutes of proving, not after.
	if a.part != nil {
		if err := writableDir(a.chunkDir); err != nil {
			return exitCode(2, fmt.Errorf("--chunk-dir: %w", err))
		}
	} else if err := writable(a.out); err != nil {
		return exitCode(2, fmt.Errorf("--out: %w", err))
	}
	ss, err := openProve(ctx, a, log, stderr)
	if err != nil {
		return err
	}
	defer ss.Close()
	seal := ss.seal
	began := time.Now()
	if a.part != nil {
		paths, err := ss.prover.ProvePart(ctx, seal, *a.part, a.chunkDir)
		if err != nil {
			for _, p := range paths {
				fmt.Fprintf(stdout, "proven before the error, kept: %s\n", p)
			}
			return proveExit(err)
		}
		if len(paths) == 0 {
			fmt.Fprintf(stdout, "part %d of %d: %s epoch %d has %d chunk(s), none of them this part's (chunks i with i mod %d = %d): nothing to prove\n",
				a.part.Index, a.part.Of, a.pool, a.epoch, len(seal.Chunks), a.part.Of, a.part.Index)
			return nil
		}
		fmt.Fprintf(stdout, "proved %d of the %d chunk(s) of %s epoch %d (part %d of %d) in %s\n",
			len(paths), len(seal.Chunks), a.pool, a.epoch, a.part.Index, a.part.Of, time.Since(began).Round(time.Millisecond))
		for _, p := range paths {
			fmt.Fprintf(stdout, "  %s\n", p)
		}
		return nil
	}
	b, err := ss.prover.Prove(ctx, seal)
	if err := proveExit(err); err != nil {
		return err
	}
	return writeBundle(stdout, "proved", b, seal, a.out, time.Since(began))
}

// writeBundle writes b to out and tells what it holds and how it was made
// (done: proved or merged).
func writeBundle(stdout io.Writer, done string, b *bundle.Bundle, seal *ledger.Seal, out string, took time.Duration) error {
	if err := b.WriteFile(out); err != nil {
		return exitCode(1, fmt.Errorf("prove: %w", err))
	}
	fmt.Fprintf(stdout, "%s %s epoch %d under %s@%d: %d records in %d chunk(s) of %d in %s (%.0f records/s), root %s, setup %s\n  %s\n",
		done, b.Pool, b.Epoch, b.Policy.ID, b.Policy.Version, seal.Count, len(b.Chunks), b.Capacity, took.Round(time.Millisecond),
		float64(seal.Count)/took.Seconds(), b.Root, b.Setup, out)
	for _, name := range b.Disclosed {
		m, _ := policy.ParseMetric(name)
		fmt.Fprintf(stdout, "  %s = %d\n", m, b.Metrics.Get(m))
	}
	return nil
}

// writable reports why a file can not be written at path: a missing or
// unwritable directory, or a directory where the file would go. It leaves
// nothing behind.
func writable(path string) error {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return fmt.Errorf("%s is a directory; name the bundle file to write", path)
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".rwabridge-write-check-*")
	if err != nil {
		return fmt.Errorf("%s can not be written: %w", path, err)
	}
	f.Close()
	return os.Remove(f.Name())
}

// writableDir reports why files can not be written into dir: missing, not a
// directory, or not writable. It creates nothing but a probe it removes.
func writableDir(dir string) error {
	st, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("%w (create the directory first)", err)
	}
	if !st.IsDir() {
		return fmt.Errorf("%s is not a directory", dir)
	}
	return writable(filepath.Join(dir, "probe"))
}
