package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	gnarklog "github.com/consensys/gnark/logger"
	"github.com/spf13/cobra"

	"github.com/rwabridge/rwabridge/internal/demo"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

func init() { register(newDemoCmd) }

// demoNext are the commands `rwabridge demo --serve` suggests, each with
// the subcommand path that must exist for it to be offered as runnable.
var demoNext = []struct {
	path []string
	line string
}{
	{[]string{"audit", "verify"}, "rwabridge audit verify --rpc {rpc} --registry {registry}"},
	{[]string{"investor", "serve"}, "rwabridge investor serve --rpc {rpc} --registry {registry} --listen 127.0.0.1:8080"},
	{[]string{"status"}, "rwabridge status --data {data} --rpc {rpc}"},
	{[]string{"ledger", "show"}, "rwabridge ledger show --data {data}"},
}

func newDemoCmd() *cobra.Command {
	def := demo.Default()
	var (
		cfg                = def
		pool, start        string
		metricsAddr        string
		cabinets, days     int
		capacity, investor int
	)
	cmd := &cobra.Command{
		Use:   "demo [--cabinets N --days D --seed S] [--data DIR] [--fresh] [--dev-keys] [--serve]",
		Short: "Run the whole system once, in one process, on its embedded defaults",
		Long: `demo runs rwabridge end to end in this one process, nothing else to start:

   1  simulate a fleet of battery-swap cabinets (signed events)
   2  ingest them with the agent into the embedded onshore ledger
   3  seal every ended epoch under the default policy (` + "battery-swap-daily" + `)
   4  hold the key ceremony of the consortium's three orgs (operator,
      auditor, custodian): each contributes to both phases with its
      attestor key and records its contribution on the ledger; each phase
      is closed with a beacon (the hash of the ledger block recording its
      last contribution); then the ceremony is verified as an auditor
      would before its keys are used (--dev-keys: INSECURE single-party
      development keys instead)
   5  prove every sealed epoch with enough active cabinets (k-anonymity)
   6  deploy the contracts on go-ethereum's in-process simulated chain
      (Osaka rules) with a 2-of-3 committee of the consortium orgs' keys,
      and mint the pool's RWA token to verified investors
   7  attest each seal with each org's attestor and post with the relayer
   8  deposit each epoch's payout (proven revenue × payout share, in a
      TEST-ONLY stablecoin) and claim it for every holder
   9  verify every disclosure offline (proof bundle against the verifying
      key) and against the chain (event and registry record)
  10  print the investor summary and "all N disclosures verified"

Each stage prints its elapsed time; a failure names the stage and why, and
demo exits 1. Exit 0 only when every disclosure verified.

The data directory (default: rwabridge/demo under your user's cache
directory, e.g. ~/.cache/rwabridge/demo; the first line printed names it)
keeps the fleet, the agent's queue and the ledger (DIR/agent, DIR/ledger: the
layout of rwabridge agent and ledger --data), the keys and the proof bundles,
so a second run reuses them. A run locks the directory (DIR/demo.lock) until
it ends, --serve included: a second demo on it is refused, naming the
running one's process id, instead of resetting the ledger under it. The L2 is in memory and built anew each run: once
a run has exported disclosures to it, the next run starts the onshore ledger
afresh (its export log is append-only), keeping the fleet, keys and proofs. A
directory made with other parameters is refused: --fresh starts clean,
with a new ceremony (it keeps only development keys).

The ceremony runs in DIR/ceremony, a transcript rwabridge ceremony verify
--dir DIR/ceremony checks, with the keys in DIR/ceremony/keys. The first run
holds it for chunks of --capacity records (a few minutes at the default 64
on two cores; it grows quickly with the capacity: about 25 minutes at
1024); later runs reuse it once verified. An epoch with more records than
the capacity is proven in several chunks. --dev-keys sets up single-party
development keys instead (INSECURE: whoever ran the setup can forge
proofs; about 30 s at 1024), cached in DIR/keys or --keys, which shares
them between data directories. An epoch of more chunks than one L2
transaction carries (128, the relayer's default chunks_per_tx, under Osaka's
gas cap per transaction) is disclosed in parts, one transaction each; its
figures appear only with the last.

--serve keeps the simulated L2 running afterwards with its JSON-RPC (eth, net,
web3) on --rpc-addr, mining a block whenever transactions are pending, prints
the registry address and the commands to try next, and stops on Ctrl-C. While
it serves, the onshore ledger is released, so rwabridge status, ledger show
and prove can read DIR; status finds the registry in DIR/l2/deployment.json.

Logs go to stderr at --log-level warn unless the flag is given: the stages
report progress on stdout.`,
		Example: `  rwabridge demo
  rwabridge demo --cabinets 15 --days 1 --data /tmp/demo --serve
  rwabridge demo --data /tmp/demo --fresh
  rwabridge demo --capacity 1024 --dev-keys --keys /tmp/demo-keys
  rwabridge ceremony verify --dir ~/.cache/rwabridge/demo/ceremony --data ~/.cache/rwabridge/demo
  rwabridge status --data /tmp/demo --rpc http://127.0.0.1:8545   # while --serve runs
  curl -s -X POST -H 'content-type: application/json' \
    --data '{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}' http://127.0.0.1:8545`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			f := cmd.Flags()
			cfg.Pool = telemetry.PoolID(pool)
			cfg.Cabinets, cfg.Days, cfg.Capacity, cfg.Investors = cabinets, days, capacity, investor
			t, err := time.Parse(time.DateOnly, start)
			if err != nil {
				return exitCode(2, fmt.Errorf("--start %q: give a UTC date as YYYY-MM-DD", start))
			}
			cfg.Start = t
			if cfg.DataDir == "" {
				cache, err := os.UserCacheDir()
				if err != nil {
					return exitCode(2, fmt.Errorf("no default data directory (%w): give one with --data DIR", err))
				}
				cfg.DataDir = demo.DefaultDataDir(cache)
			}
			if cfg.KeysDir != "" && !cfg.DevKeys {
				return exitCode(2, errors.New("--keys caches development keys: give it with --dev-keys (the ceremony's keys are in DIR/ceremony/keys)"))
			}
			if cfg.Fleet != "" && (f.Changed("cabinets") || f.Changed("days") || f.Changed("seed") || f.Changed("start")) {
				return exitCode(2, errors.New("--fleet ingests an existing fleet: it excludes --cabinets, --days, --seed and --start"))
			}
			if cfg.Serve {
				cfg.Next = demoNextSteps(cmd.Root())
			}
			if err := cfg.Validate(); err != nil {
				return exitCode(2, fmt.Errorf("%w\n(see rwabridge demo --help)", err))
			}
			if !f.Changed(flagLogLevel) {
				// The stages report on stdout; the parts' info lines
				// would bury them.
				_ = f.Set(flagLogLevel, "warn")
			}
			log, err := newLogger(cmd)
			if err != nil {
				return err
			}
			if err := checkMetricsAddr(metricsAddr); err != nil {
				return err
			}
			if metricsAddr != "" {
				cfg.Metrics = newMetricsRegistry()
			}
			stopMetrics, err := serveMetrics(metricsAddr, cfg.Metrics, healthHandler(func() (bool, string) { return true, "demo running" }), log)
			if err != nil {
				return err
			}
			defer stopMetrics()
			// gnark's own log lines are noise here; the stages report.
			gnarklog.Disable()
			_, err = demo.Run(cmd.Context(), cfg, cmd.OutOrStdout(), log)
			if err != nil {
				if errors.Is(err, demo.ErrDataDirMismatch) || errors.Is(err, demo.ErrNotDemoDir) || errors.Is(err, demo.ErrDataDirInUse) {
					return exitCode(2, err)
				}
				return exitCode(1, err)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&cfg.DataDir, "data", "", "data directory, reused by the next run (default rwabridge/demo in your user cache directory, e.g. ~/.cache/rwabridge/demo)")
	f.BoolVar(&cfg.Fresh, "fresh", false, "remove what an earlier demo left in --data first, its ceremony included (keeps development keys)")
	f.IntVar(&cabinets, "cabinets", def.Cabinets, "cabinets to simulate (the policy discloses epochs with at least 5 active)")
	f.IntVar(&days, "days", def.Days, "UTC days to simulate, one epoch each")
	f.Uint64Var(&cfg.Seed, "seed", def.Seed, "simulator seed: the same flags give the same fleet")
	f.StringVar(&start, "start", def.Start.Format(time.DateOnly), "first simulated UTC day (YYYY-MM-DD, in the past)")
	f.StringVar(&pool, "pool", string(def.Pool), "pool id of the fleet")
	f.StringVar(&cfg.Fleet, "fleet", "", "ingest this fleet directory from rwabridge sim instead of simulating")
	f.IntVar(&capacity, "capacity", def.Capacity, "records per chunk proof: the ledger's chunk capacity and the keys' size (a power of two)")
	f.BoolVar(&cfg.DevKeys, "dev-keys", false, "set up INSECURE single-party development keys instead of holding the three orgs' key ceremony")
	f.StringVar(&cfg.KeysDir, "keys", "", "with --dev-keys: directory caching the development keys (default DIR/keys)")
	f.IntVar(&investor, "investors", def.Investors, "investor accounts holding the pool's token (2 to 5)")
	f.BoolVar(&cfg.Serve, "serve", false, "keep the simulated L2 and its JSON-RPC running afterwards, until Ctrl-C")
	f.StringVar(&cfg.RPCAddr, "rpc-addr", def.RPCAddr, "with --serve: address of the JSON-RPC endpoint")
	addMetricsFlag(f, &metricsAddr, "127.0.0.1:9100")
	return cmd
}

// demoNextSteps returns the commands to suggest while serving, each
// available when root has its subcommand.
func demoNextSteps(root *cobra.Command) []demo.NextStep {
	var out []demo.NextStep
	for _, n := range demoNext {
		c, rest, err := root.Find(n.path)
		ok := err == nil && len(rest) == 0 && c.CommandPath() == root.Name()+" "+strings.Join(n.path, " ")
		out = append(out, demo.NextStep{Line: n.line, Available: ok})
	}
	return out
}
