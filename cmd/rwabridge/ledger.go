package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/ledger/backend"
	"github.com/rwabridge/rwabridge/onshore/ledger/embedded"
	"github.com/rwabridge/rwabridge/onshore/sealer"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
)

func init() { register(newLedgerCmd) }

// ledgerKeysNote is said by every ledger command's help.
const ledgerKeysNote = `The embedded ledger is the single-machine default: every consortium org's
signing key lives in DIR/ledger/keys and is used by this one process, so it
shows the commit policy and detects tampering but does not separate the orgs.
A real consortium runs the Fabric back end, each org signing on its own peer.
Only the agent (on its first run, in its --data DIR) and the demo make an embedded ledger;
a DIR without one is an error here, never a new ledger.`

func newLedgerCmd() *cobra.Command {
	return groupCmd(&cobra.Command{
		Use:   "ledger",
		Short: "Seal, show and verify the embedded onshore ledger",
		Long: `ledger works on the embedded onshore ledger in DIR/ledger (the one the agent
writes to): seal epochs, show seals, list a key ceremony's contribution log,
and verify the whole chain.

` + ledgerKeysNote + `

One process at a time opens the ledger: stop the agent on DIR first, or use
its --seal option to seal while it runs.`,
		Example: `  rwabridge ledger seal --data /tmp/rwa --all-ended
  rwabridge ledger show --data /tmp/rwa --pool shenzhen-north
  rwabridge ledger ceremony --data /tmp/rwa --id 0x6bb7bff5fb7a0b87b2291665adf28d18b92f7f47b41592a1d11369e9a290e3f9
  rwabridge ledger verify --data /tmp/rwa`,
	}, "seal, show, ceremony or verify", newLedgerSealCmd(), newLedgerShowCmd(), newLedgerCeremonyCmd(), newLedgerVerifyCmd())
}

// openLedger opens the ledger of a ledger command: the embedded ledger of
// dataDir, or the back end --ledger-config names.
func openLedger(cmd *cobra.Command, dataDir string) (*backend.Conn, error) {
	ledgerConfig, _ := cmd.Flags().GetString("ledger-config")
	if dataDir == "" && ledgerConfig == "" {
		return nil, exitCode(2, fmt.Errorf("--data is required (see %s --help)", cmd.CommandPath()))
	}
	log, err := newLogger(cmd)
	if err != nil {
		return nil, err
	}
	return openLedgerConn(ledgerConfig, dataDir, log, "rwabridge-ledger")
}

// checkPoolIDs checks the syntax of --pool values (exit 2).
func checkPoolIDs(pools []string) ([]telemetry.PoolID, error) {
	out := make([]telemetry.PoolID, 0, len(pools))
	for _, p := range pools {
		id := telemetry.PoolID(p)
		if err := id.Validate(); err != nil {
			return nil, exitCode(2, fmt.Errorf("--pool: %w", err))
		}
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out, nil
}

// knownPools checks that every pool of only is in the ledger's device
// registry (exit 2 naming the one that is not) and returns them by id.
func knownPools(ctx context.Context, c *ledger.Client, only []telemetry.PoolID) ([]telemetry.PoolID, error) {
	ps, err := sealer.Pools(ctx, c, only)
	switch {
	case errors.Is(err, sealer.ErrNoPools):
		return nil, exitCode(2, err)
	case err != nil:
		return nil, exitCode(1, err)
	}
	out := make([]telemetry.PoolID, len(ps))
	for i, p := range ps {
		out[i] = p.ID
	}
	slices.Sort(out)
	return out, nil
}

func newLedgerSealCmd() *cobra.Command {
	var (
		dataDir, policyRef string
		pools              []string
		epoch              uint64
		allEnded, asJSON   bool
	)
	cmd := &cobra.Command{
		Use:   "seal --data DIR [--policy FILE] (--pool P... --epoch E | --all-ended [--pool P]...)",
		Short: "Seal one (pool, epoch), or every ended epoch that has records",
		Long: `seal asks the ledger contract to seal epochs under a disclosure policy: it
commits the epoch's records (a root over them), their aggregates and
completeness, and afterwards the epoch takes no more records.

--pool and --epoch seal one epoch of each pool named (epoch e covers unix seconds [e·L, (e+1)·L)
for the policy's epoch length L; daily epochs are UTC days, see rwabridge
policy). --all-ended seals, for every pool of the ledger's device registry (or
only those --pool names), each epoch from the pool's first registration on that has ended
plus the ledger's grace and is not sealed yet, with records or without: the L2
registry takes every epoch of a pool in order, one without records (or below
the policy's k) disclosed suppressed, with no figures.

--policy takes a policy file or the id of an embedded policy; without it the
embedded default (` + policies.DefaultID + `) applies.

Each new seal is printed (--json: a JSON array). Exit status 1 when a seal
fails, e.g. the epoch has not ended plus the ledger's grace, or is sealed.

` + ledgerKeysNote + `

` + ledgerConfigHelp,
		Example: `  rwabridge ledger seal --data /tmp/rwa --all-ended
  rwabridge ledger seal --data /tmp/rwa --policy battery-swap-weekly --all-ended --pool shenzhen-north
  rwabridge ledger seal --data /tmp/rwa --policy policy.yaml --pool shenzhen-north --epoch 20400 --json
  rwabridge ledger seal --ledger-config deploy/fabric/.network/clients/operator.yaml --all-ended`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			one := cmd.Flags().Changed("epoch")
			if one == allEnded {
				return exitCode(2, errors.New("give --pool P --epoch E, or --all-ended (see rwabridge ledger seal --help)"))
			}
			if one && len(pools) == 0 {
				return exitCode(2, errors.New("--epoch needs --pool"))
			}
			only, err := checkPoolIDs(pools)
			if err != nil {
				return err
			}
			if policyRef == "" {
				policyRef = policies.DefaultID
			}
			_, doc, err := policies.Resolve(policyRef)
			if err != nil {
				return exitCode(2, fmt.Errorf("--%w", err))
			}
			conn, err := openLedger(cmd, dataDir)
			if err != nil {
				return err
			}
			defer conn.Close()
			c := conn.Client
			ctx := cmd.Context()
			var res sealer.Report
			if one {
				if only, err = knownPools(ctx, c, only); err != nil {
					return err
				}
				for _, pool := range only {
					s, err := c.Seal(ctx, pool, epoch, doc)
					if err != nil {
						printSealRun(cmd.OutOrStdout(), res, asJSON)
						return exitCode(1, fmt.Errorf("sealing %s epoch %d: %w", pool, epoch, err))
					}
					res.Sealed = append(res.Sealed, *s)
				}
			} else {
				res, err = sealer.SealAllEnded(ctx, c, doc, conn.Grace, only, sealer.Options{})
				if errors.Is(err, sealer.ErrNoPools) {
					return exitCode(2, err)
				}
			}
			printSealRun(cmd.OutOrStdout(), res, asJSON)
			if err != nil {
				return exitCode(1, err)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&dataDir, "data", "", "data directory; the embedded ledger is DIR/ledger")
	f.String("ledger-config", "", "ledger back end (YAML: backend embedded|fabric) instead of DIR/ledger")
	f.StringVar(&policyRef, "policy", "", "disclosure policy file or embedded policy id (default "+policies.DefaultID+")")
	f.StringArrayVar(&pools, "pool", nil, "pool to seal (repeatable); with --all-ended default: every pool")
	f.Uint64Var(&epoch, "epoch", 0, "epoch number to seal (with --pool)")
	f.BoolVar(&allEnded, "all-ended", false, "seal every ended, unsealed epoch with records")
	f.BoolVar(&asJSON, "json", false, "print the new seals as a JSON array")
	return cmd
}

func printSealRun(w io.Writer, run sealer.Report, asJSON bool) {
	if asJSON {
		seals := run.Sealed
		if seals == nil {
			seals = []ledger.Seal{}
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.Encode(seals)
		return
	}
	fmt.Fprintf(w, "sealed %d epochs", len(run.Sealed))
	if len(run.Waiting) > 0 {
		fmt.Fprintf(w, "; %d wait for the ledger's grace", len(run.Waiting))
	}
	fmt.Fprintln(w)
	if len(run.Sealed) > 0 {
		printSealTable(w, run.Sealed)
	}
}

func newLedgerShowCmd() *cobra.Command {
	var (
		dataDir string
		pools   []string
		epoch   uint64
		asJSON  bool
	)
	cmd := &cobra.Command{
		Use:   "show --data DIR [--pool P]... [--epoch E] [--json]",
		Short: "Print the ledger's seals: root, count, aggregates, completeness, policy",
		Long: `show prints the seals of the embedded ledger in DIR/ledger, ordered by pool and
epoch: for each its epoch, record count, disclosed aggregates, active cabinets
and whether that meets the policy's k-anonymity threshold, completeness
(reporting / expected devices), the policy, when it was sealed and its root.

--pool (repeatable: any of them) and --epoch narrow the list; a pool that is
not in the ledger's device registry is an error (exit 2); --json prints the seals as a JSON array
of the ledger's seal records (every field, chunk roots included).

` + ledgerKeysNote + `

` + ledgerConfigHelp,
		Example: `  rwabridge ledger show --data /tmp/rwa
  rwabridge ledger show --data /tmp/rwa --pool shenzhen-north --epoch 20400
  rwabridge ledger show --data /tmp/rwa --json | jq '.[].root'
  rwabridge ledger show --ledger-config deploy/fabric/.network/clients/auditor.yaml`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			only, err := checkPoolIDs(pools)
			if err != nil {
				return err
			}
			conn, err := openLedger(cmd, dataDir)
			if err != nil {
				return err
			}
			defer conn.Close()
			ctx := cmd.Context()
			var seals []ledger.Seal
			if len(only) == 0 {
				if seals, err = conn.Client.ListSeals(ctx, ""); err != nil {
					return exitCode(1, fmt.Errorf("listing seals: %w", err))
				}
			} else {
				if only, err = knownPools(ctx, conn.Client, only); err != nil {
					return err
				}
				for _, pool := range only {
					ss, err := conn.Client.ListSeals(ctx, pool)
					if err != nil {
						return exitCode(1, fmt.Errorf("listing the seals of %s: %w", pool, err))
					}
					seals = append(seals, ss...)
				}
			}
			if cmd.Flags().Changed("epoch") {
				seals = slices.DeleteFunc(seals, func(s ledger.Seal) bool { return s.Epoch != epoch })
			}
			w := cmd.OutOrStdout()
			if asJSON {
				if seals == nil {
					seals = []ledger.Seal{}
				}
				enc := json.NewEncoder(w)
				enc.SetIndent("", "  ")
				return enc.Encode(seals)
			}
			if len(seals) == 0 {
				fmt.Fprintln(w, "no seals")
				return nil
			}
			printSealTable(w, seals)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&dataDir, "data", "", "data directory; the embedded ledger is DIR/ledger")
	f.String("ledger-config", "", "ledger back end (YAML: backend embedded|fabric) instead of DIR/ledger")
	f.StringArrayVar(&pools, "pool", nil, "only this pool (repeatable)")
	f.Uint64Var(&epoch, "epoch", 0, "only this epoch")
	f.BoolVar(&asJSON, "json", false, "print a JSON array of seals")
	return cmd
}

// printSealTable prints seals as a table for people.
func printSealTable(w io.Writer, seals []ledger.Seal) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "POOL\tEPOCH\tSTART\tRECORDS\tAGGREGATES\tCABINETS\tREPORTING\tPOLICY\tSEALED AT\tROOT")
	for _, s := range seals {
		metrics := make([]string, len(s.Metrics))
		for i, m := range s.Metrics {
			metrics[i] = fmt.Sprintf("%s=%d", m.Metric, m.Value)
		}
		cabinets := fmt.Sprintf("%d (k≥%d: %s)", s.ActiveCabinets, s.MinActiveCabinets, yesNo(s.Disclosable))
		reporting := fmt.Sprintf("%d/%d", s.Completeness.Reporting, s.Completeness.Expected)
		if s.Completeness.MissingCount > 0 {
			reporting += fmt.Sprintf(" (%d missing)", s.Completeness.MissingCount)
		}
		records := fmt.Sprint(s.Count)
		if s.OutOfBounds > 0 {
			records += fmt.Sprintf(" (+%d out of bounds)", s.OutOfBounds)
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s v%d\t%s\t%s\n",
			s.Pool, s.Epoch, s.Start.UTC().Format(time.RFC3339), records, strings.Join(metrics, " "),
			cabinets, reporting, s.PolicyID, s.PolicyVersion, s.SealedAt.UTC().Format(time.RFC3339), s.Root)
	}
	tw.Flush()
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func newLedgerVerifyCmd() *cobra.Command {
	var (
		dataDir string
		asJSON  bool
	)
	cmd := &cobra.Command{
		Use:   "verify --data DIR [--json]",
		Short: "Re-verify the embedded ledger's whole chain and state from genesis",
		Long: `verify re-walks every block of the embedded ledger in DIR/ledger from the
genesis block: the link to the previous block, the org signatures (every one
must verify, and a majority of the genesis orgs must have signed), each
transaction's stored arguments against the hash in its block; it replays every
transaction through the contract on a fresh in-memory state and compares the
write sets and the chained state hash, and finally the whole stored state,
public and private, with the replayed one. It opens the ledger read-only.

Exit status 0: the chain verifies; the blocks, transactions and keys checked
are printed. Exit status 1: the first broken block is named with what broke
(link, signature, arguments, write set, state).

` + ledgerKeysNote,
		Example: `  rwabridge ledger verify --data /tmp/rwa
  rwabridge ledger verify --data /var/lib/rwabridge --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if dataDir == "" {
				return exitCode(2, errors.New("--data is required (see rwabridge ledger verify --help)"))
			}
			log, err := newLogger(cmd)
			if err != nil {
				return err
			}
			dir, cfg, err := embedded.LoadDirConfig(dataDir)
			if err != nil {
				return exitCode(1, err)
			}
			rep, err := embedded.VerifyDir(cmd.Context(), dir, cfg, log)
			if err != nil {
				var be *embedded.BlockError
				if errors.As(err, &be) {
					return exitCode(1, fmt.Errorf("ledger %s is broken: %w", dir, err))
				}
				return exitCode(1, fmt.Errorf("verifying %s: %w", dir, err))
			}
			w := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(w)
				enc.SetIndent("", "  ")
				return enc.Encode(rep)
			}
			fmt.Fprintf(w, "ledger %s verified: %d blocks (genesis and %d more), %d transactions replayed; %d public and %d private keys in %d collections match\n",
				dir, rep.Blocks, rep.Blocks-1, rep.Txs, rep.PublicKeys, rep.PrivateKeys, rep.Collections)
			fmt.Fprintf(w, "head: block %d, hash %s, state %s, time %s\n",
				rep.Head.Height, rep.Head.Hash, rep.Head.StateHash, rep.Head.Time.UTC().Format(time.RFC3339))
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&dataDir, "data", "", "data directory; the embedded ledger is DIR/ledger")
	f.BoolVar(&asJSON, "json", false, "print the report as JSON")
	return cmd
}
