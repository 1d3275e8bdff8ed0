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
	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/circuits/prover"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
	"github.com/rwabridge/rwabridge/policies/policy"
)

func init() { register(newProveCmd) }

// Exit codes of rwabridge prove besides 0, 1 and 2.
const (
	exitSealMismatch = 3 // the seal disagrees with its records
	exitKeys         = 5 // keys missing, not matching, or for another capacity
)

func newProveCmd() *cobra.Command {
	var (
		dataDir, ledgerConfig, pool, keysDir, out, policyRef string
		epoch                                                uint64
	)
	cmd := &cobra.Command{
		Use:   "prove --data DIR --pool P --epoch E --keys DIR --out FILE",
		Short: "Prove a sealed epoch's disclosed summary and write a proof bundle",
		Long: `prove reads the seal of (pool, epoch) and its committed records from the
embedded ledger in DIR (or the back end --ledger-config names, e.g. Fabric), recomputes the commitment and aggregates with the native
twin of the circuit and refuses when they differ from the seal (exit 3), then
proves every chunk of the epoch with the keys of the seal's chunk capacity from
--keys (exit 5 when they are missing or do not match) and writes the proof bundle
(JSON) to --out: pool, epoch, policy, root, disclosed metrics (none, and
"suppressed": true, for an epoch below the policy's k-anonymity threshold or
without records: its proof says only that), and per chunk the
public inputs and the proof in the Solidity verifier's layout. The bundle holds
no record, cabinet id, record time or withheld field.

The policy is the embedded one the seal names, or --policy (a file or embedded
id); its hash must be the seal's. Progress goes to stderr: a bar with the ETA
on a terminal (or with --progress), otherwise a line per chunk proven with
the ETA of the rest. Dev keys print a warning and the bundle says setup "dev-insecure".`,
		Example: `  rwabridge prove --data /tmp/rwa --pool shenzhen-north --epoch 20410 --keys /tmp/keys --out proof.json
  rwabridge audit verify-proof --bundle proof.json --vk /tmp/keys`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if (dataDir == "" && ledgerConfig == "") || pool == "" || keysDir == "" || out == "" || !cmd.Flags().Changed("epoch") {
				return exitCode(2, errors.New("--data (or --ledger-config), --pool, --epoch, --keys and --out are required (see rwabridge prove --help)"))
			}
			log, err := newLogger(cmd)
			if err != nil {
				return err
			}
			return runProve(cmd.Context(), proveArgs{
				data: dataDir, ledgerConfig: ledgerConfig, pool: telemetry.PoolID(pool), epoch: epoch, keys: keysDir, out: out, policy: policyRef,
				progress: progressOf(cmd),
			}, log, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.StringVar(&dataDir, "data", "", "data directory of the embedded ledger (DIR/ledger)")
	f.StringVar(&ledgerConfig, "ledger-config", "", "ledger back end (YAML: backend embedded|fabric) instead of DIR/ledger")
	f.StringVar(&pool, "pool", "", "pool id")
	f.Uint64Var(&epoch, "epoch", 0, "epoch number (unix seconds / epoch length)")
	f.StringVar(&keysDir, "keys", "", "key directory from rwabridge setup")
	f.StringVar(&out, "out", "", "proof bundle to write (JSON)")
	f.StringVar(&policyRef, "policy", "", "policy file or embedded id (default: the embedded policy the seal names)")
	addProgressFlag(cmd)
	return cmd
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
}

func runProve(ctx context.Context, a proveArgs, log *slog.Logger, stdout, stderr io.Writer) error {
	var known []*policy.Policy
	if a.policy != "" {
		p, _, err := policies.Resolve(a.policy)
		if err != nil {
			return exitCode(2, fmt.Errorf("--%w", err))
		}
		known = []*policy.Policy{p}
	}
	// --out is checked before minutes of proving, not after.
	if err := writable(a.out); err != nil {
		return exitCode(2, fmt.Errorf("--out: %w", err))
	}
	conn, err := openLedgerConn(a.ledgerConfig, a.data, log, "rwabridge-prover")
	if err != nil {
		return err
	}
	defer conn.Close()
	seal, err := conn.Client.GetSeal(ctx, a.pool, a.epoch)
	if err != nil {
		return exitCode(1, fmt.Errorf("prove: seal of %s epoch %d: %w", a.pool, a.epoch, err))
	}
	pr := &prove.Prover{Records: conn.Client, KeyDir: a.keys, Policies: known}
	var chunks *progress
	pr.Progress = func(e prover.Event) {
		switch {
		case e.Index == 0 && e.Stage == prover.StageWitness:
			if set, err := pr.KeysFor(seal.ChunkCapacity); err == nil && set.Meta.Insecure {
				fmt.Fprintln(stderr, keys.Warning)
			}
			chunks = a.progress.start("prove", int64(e.Total), "chunks", 0)
		case e.Stage == prover.StageDone && chunks != nil:
			chunks.step(int64(e.Index+1), fmt.Sprintf("chunk %d/%d proven in %s", e.Index+1, e.Total, e.Elapsed.Round(time.Millisecond)))
		}
	}
	began := time.Now()
	b, err := pr.Prove(ctx, seal)
	if chunks != nil {
		chunks.finish()
	}
	switch {
	case errors.Is(err, prove.ErrSealMismatch), errors.Is(err, prove.ErrUnknownPolicy):
		return exitCode(exitSealMismatch, fmt.Errorf("prove: %w (a seal made under another policy file needs --policy FILE)", err))
	case errors.Is(err, keys.ErrNotFound), errors.Is(err, keys.ErrMismatch), errors.Is(err, keys.ErrMalformed), errors.Is(err, prover.ErrKeyMismatch):
		return exitCode(exitKeys, err)
	case err != nil:
		return exitCode(1, err)
	}
	if err := b.WriteFile(a.out); err != nil {
		return exitCode(1, fmt.Errorf("prove: %w", err))
	}
	took := time.Since(began)
	fmt.Fprintf(stdout, "proved %s epoch %d under %s@%d: %d records in %d chunk(s) of %d in %s (%.0f records/s), root %s, setup %s\n  %s\n",
		a.pool, a.epoch, b.Policy.ID, b.Policy.Version, seal.Count, len(b.Chunks), b.Capacity, took.Round(time.Millisecond),
		float64(seal.Count)/took.Seconds(), b.Root, b.Setup, a.out)
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
