package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/offshore/investor"
)

func init() { register(newInvestorCmd) }

// Exit codes of rwabridge investor.
const (
	exitInvestorConfig = 1 // unknown pool, unreadable verifying key
	exitInvestorChain  = 3 // the node or the registry could not be read
)

func newInvestorCmd() *cobra.Command {
	return groupCmd(&cobra.Command{
		Use:   "investor",
		Short: "Show each pool's verified figures and why they can be trusted (web page and terminal)",
		Long: `investor reads the DisclosureRegistry on the L2 — never anything onshore — and
shows every pool's disclosed figures per epoch (swaps, energy, revenue, active
cabinets, lowest battery health) with the evidence behind each: the transaction,
the verifier and its key hash, the committee members who signed, the policy, the
registry's record ("verified on-chain") and the proofs re-checked by this
process ("re-verified locally") with the verifying key the pool's verifier
contract returns (verifyingKey(), its hash checked against vkHash()), or with
a key file (--vk). Subcommands:

  serve   a web page per pool with charts, tables, evidence and CSV/JSON downloads
  list    the same figures as a terminal table (or JSON)`,
		Example: `  rwabridge investor serve --rpc http://127.0.0.1:8545 --registry 0x5FbDB2315678afecb367f032d93F642f64180aa3 --listen 127.0.0.1:8080
  rwabridge investor list --rpc http://127.0.0.1:8545 --registry 0x5FbDB2315678afecb367f032d93F642f64180aa3 --pool shenzhen-north`,
	}, "serve or list", newInvestorServeCmd(), newInvestorListCmd())
}

// investorFlags are the flags serve and list share.
type investorFlags struct {
	rpc, registry, vk, logLevel string
	fromBlock                   uint64
}

func (f *investorFlags) add(cmd *cobra.Command) {
	fs := cmd.Flags()
	fs.StringVar(&f.rpc, "rpc", "", "JSON-RPC URL of the L2 node")
	fs.StringVar(&f.registry, "registry", "", "address of the DisclosureRegistry")
	fs.StringVar(&f.vk, "vk", "", "verifying-key directory or .vk file (rwabridge setup) to re-verify every proof with; optional: by default the key is read from each pool's verifier contract (verifyingKey(), checked against vkHash())")
	fs.Uint64Var(&f.fromBlock, "from-block", 0, "first block to search for events (the registry's deployment block)")
	fs.StringVar(&f.logLevel, "log-level", "info", "debug, info, warn or error")
}

// reader validates the flags, dials the node and returns a Reader.
func (f *investorFlags) reader(ctx context.Context, cmd *cobra.Command, log *slog.Logger) (*investor.Reader, func(), error) {
	switch {
	case f.rpc == "":
		return nil, nil, errors.New("missing --rpc: name the L2 node's JSON-RPC URL, e.g. --rpc http://127.0.0.1:8545")
	case f.registry == "":
		return nil, nil, errors.New("missing --registry: name the DisclosureRegistry's address (rwabridge offshore deploy prints it)")
	case !common.IsHexAddress(f.registry):
		return nil, nil, fmt.Errorf("--registry %q is not an address (0x followed by 40 hex digits)", f.registry)
	}
	cfg := investor.Config{Registry: common.HexToAddress(f.registry), FromBlock: f.fromBlock}
	if f.vk != "" {
		vk, meta, err := keys.LoadVK(f.vk)
		if err != nil {
			return nil, nil, exitCode(exitInvestorConfig, fmt.Errorf("--vk: %w", err))
		}
		if meta.Insecure {
			fmt.Fprintln(cmd.ErrOrStderr(), keys.Warning)
		}
		cfg.VK, cfg.VKInsecure, cfg.VKCapacity = vk, meta.Insecure, meta.Capacity
	}
	client, err := ethclient.DialContext(ctx, f.rpc)
	if err != nil {
		return nil, nil, exitCode(exitInvestorChain, fmt.Errorf("dial %s: %w", f.rpc, err))
	}
	r, err := investor.NewReader(client, cfg, log)
	if err != nil {
		client.Close()
		return nil, nil, exitCode(exitInvestorConfig, err)
	}
	return r, client.Close, nil
}

// runE returns the RunE of a command that reads the registry: it makes the
// logger and the Reader the flags name, runs run with them and closes the
// Reader's connection.
func (f *investorFlags) runE(run func(cmd *cobra.Command, r *investor.Reader, log *slog.Logger) error) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, _ []string) error {
		log, err := newLogger(cmd.ErrOrStderr(), f.logLevel)
		if err != nil {
			return err
		}
		r, closeClient, err := f.reader(cmd.Context(), cmd, log)
		if err != nil {
			return err
		}
		defer closeClient()
		return run(cmd, r, log)
	}
}

func newInvestorServeCmd() *cobra.Command {
	var f investorFlags
	var listen string
	var poll time.Duration
	cmd := &cobra.Command{
		Use:   "serve --rpc URL --registry ADDR [--listen HOST:PORT] [--vk DIR]",
		Short: "Serve the investor web view",
		Long: `serve reads the registry, then serves a web page per pool (the index lists the
pools) and keeps it current: it polls the node every --poll for new blocks and
re-reads the registry when one arrives; open pages re-fetch their data every few
seconds. Every asset is built in: the page works without internet access.

Routes:
  /                                  pools
  /pool/<id>                         a pool: latest figures, charts, a table per epoch, evidence, token and payouts
  /pool/<id>/disclosures.csv         one row per epoch (RFC 4180, ISO 8601 UTC dates, plain numbers)
  /pool/<id>/disclosures.json        the same as JSON
  /pools.json                        every pool as JSON
  /healthz                           200 once the registry has been read

Without --vk every proof is re-verified locally with the key the pool's verifier
contract returns (verifyingKey(), rebuilt, its hash checked against the
contract's vkHash()); the evidence says so. With --vk the key file is used
instead (and its chunk capacity lets multi-chunk epoch roots be recomputed).
It stops cleanly on SIGINT or SIGTERM.

Exit status: 0 after a clean stop; 1 unreadable verifying key; 2 usage;
3 the node or the registry can not be read.`,
		Example: `  rwabridge investor serve --rpc http://127.0.0.1:8545 --registry 0x5FbDB2315678afecb367f032d93F642f64180aa3
  rwabridge investor serve --rpc https://l2.example.org --registry 0x5FbDB2315678afecb367f032d93F642f64180aa3 --vk keys/ --listen 0.0.0.0:8080 --from-block 1200000`,
		Args: cobra.NoArgs,
		RunE: f.runE(func(cmd *cobra.Command, r *investor.Reader, log *slog.Logger) error {
			ctx := cmd.Context()
			w := investor.NewWatcher(r, poll, log)
			if err := w.Poll(ctx); err != nil {
				return exitCode(exitInvestorChain, err)
			}
			srv, err := investor.NewServer(w, 0, log)
			if err != nil {
				return err
			}
			ln, err := net.Listen("tcp", listen)
			if err != nil {
				return fmt.Errorf("--listen %s: %w", listen, err)
			}
			log.Info("investor view", "url", "http://"+ln.Addr().String()+"/", "registry", f.registry)
			ctx, cancel := context.WithCancel(ctx)
			defer cancel()
			watched := make(chan error, 1)
			go func() { watched <- w.Run(ctx) }()
			err = investor.Serve(ctx, ln, srv, log)
			cancel()
			if werr := <-watched; err == nil {
				err = werr
			}
			if err != nil {
				return exitCode(1, err)
			}
			log.Info("investor view stopped")
			return nil
		}),
	}
	f.add(cmd)
	cmd.Flags().StringVar(&listen, "listen", "127.0.0.1:8080", "address to serve on")
	cmd.Flags().DurationVar(&poll, "poll", 5*time.Second, "how often to poll the node for new blocks")
	return cmd
}

func newInvestorListCmd() *cobra.Command {
	var f investorFlags
	var pool string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list --rpc URL --registry ADDR [--pool ID] [--json] [--vk DIR]",
		Short: "Print every pool's figures per epoch and their evidence",
		Long: `list reads the registry once and prints, per pool, a line of facts (staleness,
verifier and key hash, committee, token supply, holders and payouts) and one row
per epoch: swaps, energy (kWh), revenue, active cabinets, lowest battery health,
records, the on-chain and local proof verdicts, signatures against the
threshold, block and transaction. --json prints the same as JSON (the
investor serve /pools.json document).

Exit status: 0 success; 1 unknown pool or unreadable verifying key; 2 usage;
3 the node or the registry can not be read.`,
		Example: `  rwabridge investor list --rpc http://127.0.0.1:8545 --registry 0x5FbDB2315678afecb367f032d93F642f64180aa3
  rwabridge investor list --rpc http://127.0.0.1:8545 --registry 0x5FbDB2315678afecb367f032d93F642f64180aa3 --pool shenzhen-north --vk keys/
  rwabridge investor list --rpc http://127.0.0.1:8545 --registry 0x5FbDB2315678afecb367f032d93F642f64180aa3 --json | jq '.pools[0].disclosures[-1]'`,
		Args: cobra.NoArgs,
		RunE: f.runE(func(cmd *cobra.Command, r *investor.Reader, _ *slog.Logger) error {
			ctx := cmd.Context()
			s, err := r.Read(ctx)
			if err != nil {
				return exitCode(exitInvestorChain, err)
			}
			if pool != "" {
				p := s.Pool(pool)
				if p == nil {
					var ids []string
					for _, p := range s.Pools {
						ids = append(ids, p.ID)
					}
					return exitCode(exitInvestorConfig, fmt.Errorf("no pool %q in registry %s; it has: %s", pool, s.Registry, strings.Join(ids, ", ")))
				}
				s.Pools = []*investor.Pool{p}
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(s)
			}
			return investor.WriteTable(cmd.OutOrStdout(), s)
		}),
	}
	f.add(cmd)
	cmd.Flags().StringVar(&pool, "pool", "", "only this pool (its id, e.g. shenzhen-north, or its field in hex)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON instead of a table")
	return cmd
}
