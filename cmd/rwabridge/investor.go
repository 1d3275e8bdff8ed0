package main

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"slices"
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
	exitInvestorConfig = 2 // unknown pool, unreadable verifying key: a usage error
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
	rpc, registry, vk string
	fromBlock         uint64
	// How figures and signers are shown: --signer-names, --currency and
	// (serve only) --explorer.
	signerNames, currency, explorer string
}

func (f *investorFlags) add(cmd *cobra.Command) {
	fs := cmd.Flags()
	fs.StringVar(&f.rpc, "rpc", "", "JSON-RPC URL of the L2 node")
	fs.StringVar(&f.registry, "registry", "", "address of the DisclosureRegistry")
	fs.StringVar(&f.vk, "vk", "", "verifying-key directory or .vk file (rwabridge setup) to re-verify every proof with; optional: by default the key is read from each pool's verifier contract (verifyingKey(), checked against vkHash())")
	fs.Uint64Var(&f.fromBlock, "from-block", 0, "first block to search for events (the registry's deployment block)")
	fs.StringVar(&f.signerNames, "signer-names", "", `YAML file naming the committee's members by org ("0xADDRESS: OperatorMSP", one a line): shown as "OperatorMSP (0x…)"`)
	fs.StringVar(&f.currency, "currency", "", `ISO 4217 code of the revenue figures (e.g. EUR); without it they are shown in "currency units" and the exports leave the currency empty`)
}

// addExplorer adds --explorer (the web page's links).
func (f *investorFlags) addExplorer(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.explorer, "explorer", "", `block explorer URL template to link transactions, addresses and blocks with: {kind} is tx, address or block, {value} the hash, address or number (e.g. "https://sepolia.basescan.org/{kind}/{value}")`)
}

// config validates the flags that shape what is shown and returns the
// Reader's Config with them.
func (f *investorFlags) config() (investor.Config, error) {
	cfg := investor.Config{Registry: common.HexToAddress(f.registry), FromBlock: f.fromBlock, Currency: f.currency, Explorer: f.explorer}
	if err := investor.CheckCurrency(f.currency); err != nil {
		return cfg, fmt.Errorf("--currency: %w", err)
	}
	if err := investor.CheckExplorer(f.explorer); err != nil {
		return cfg, fmt.Errorf("--explorer: %w", err)
	}
	if f.signerNames != "" {
		names, err := investor.LoadSignerNames(f.signerNames)
		if err != nil {
			return cfg, fmt.Errorf("--signer-names: %w", err)
		}
		cfg.SignerNames = names
	}
	return cfg, nil
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
	cfg, err := f.config()
	if err != nil {
		return nil, nil, exitCode(exitInvestorConfig, err)
	}
	if f.vk != "" {
		vk, meta, err := keys.LoadVK(f.vk)
		if err != nil {
			return nil, nil, exitCode(exitInvestorConfig, fmt.Errorf("--vk: %w", err))
		}
		if meta.Insecure {
			fmt.Fprintln(cmd.ErrOrStderr(), keys.Warning)
		}
		cfg.VK, cfg.VKInsecure, cfg.VKCeremony, cfg.VKCapacity = vk, meta.Insecure, meta.Ceremony, meta.Capacity
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
		log, err := newLogger(cmd)
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
	var listen, metricsAddr string
	var poll time.Duration
	var tlsCert, tlsKey string
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

--metrics ADDR serves Prometheus /metrics and /healthz on their own port:
rwabridge_investor_registry_read_ok, _registry_block and, per pool,
rwabridge_investor_pool_stale (the registry's isStale) and
rwabridge_investor_pool_latest_epoch_end_timestamp_seconds.

--signer-names FILE names the committee's members by org (a YAML mapping,
"0x70997970C51812dc3A010C7d01b50e0d17dc79C8: OperatorMSP"); --currency EUR says
which currency the revenue is in (ISO 4217; without it, "currency units");
--explorer "https://sepolia.basescan.org/{kind}/{value}" links transactions,
addresses and blocks to a block explorer ({kind}: tx, address or block).

--tls-cert and --tls-key (PEM: the certificate with its chain, and its key)
serve the page over HTTPS instead of HTTP; --metrics stays plain HTTP.

Without --vk every proof is re-verified locally with the key the pool's verifier
contract returns (verifyingKey(), rebuilt, its hash checked against the
contract's vkHash()); the evidence says so. With --vk the key file is used
instead (and its chunk capacity lets multi-chunk epoch roots be recomputed).
It stops cleanly on SIGINT or SIGTERM.

Exit status: 0 after a clean stop; 2 usage, an unreadable verifying key, a bad
--signer-names file, --currency or --explorer;
3 the node or the registry can not be read.`,
		Example: `  rwabridge investor serve --rpc http://127.0.0.1:8545 --registry 0x5FbDB2315678afecb367f032d93F642f64180aa3
  rwabridge investor serve --rpc https://l2.example.org --registry 0x5FbDB2315678afecb367f032d93F642f64180aa3 --vk keys/ --listen 0.0.0.0:8080 --from-block 1200000 --metrics 127.0.0.1:9104
  rwabridge investor serve --rpc https://sepolia.base.org --registry 0x5FbDB2315678afecb367f032d93F642f64180aa3 --signer-names signers.yaml --currency EUR --explorer 'https://sepolia.basescan.org/{kind}/{value}'
  rwabridge investor serve --rpc https://l2.example.org --registry 0x5FbDB2315678afecb367f032d93F642f64180aa3 --listen 0.0.0.0:8443 --tls-cert /etc/rwabridge/tls/investor.pem --tls-key /etc/rwabridge/tls/investor.key`,
		Args:    cobra.NoArgs,
		PreRunE: func(*cobra.Command, []string) error { return checkMetricsAddr(metricsAddr) },
		RunE: f.runE(func(cmd *cobra.Command, r *investor.Reader, log *slog.Logger) error {
			tlsConfig, err := investorTLS(tlsCert, tlsKey)
			if err != nil {
				return exitCode(2, err)
			}
			ctx := cmd.Context()
			w := investor.NewWatcher(r, poll, log)
			if err := w.Poll(ctx); err != nil {
				return exitCode(exitInvestorChain, err)
			}
			srv, err := investor.NewServer(w, 0, log)
			if err != nil {
				return err
			}
			reg := newMetricsRegistry()
			reg.MustRegister(newInvestorCollector(w.Snapshot))
			// The page's server answers /healthz; only that route and
			// /metrics are served on --metrics.
			stopMetrics, err := serveMetrics(metricsAddr, reg, srv, log)
			if err != nil {
				return err
			}
			defer stopMetrics()
			ln, err := net.Listen("tcp", listen)
			if err != nil {
				return fmt.Errorf("--listen %s: %w", listen, err)
			}
			scheme := "http"
			if tlsConfig != nil {
				ln, scheme = tls.NewListener(ln, tlsConfig), "https"
			}
			log.Info("investor view", "url", scheme+"://"+ln.Addr().String()+"/", "registry", f.registry)
			defer notifyReady(ctx, log, "serving "+scheme+"://"+ln.Addr().String()+"/")()
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
	f.addExplorer(cmd)
	cmd.Flags().StringVar(&listen, "listen", "127.0.0.1:8080", "address to serve the web page on")
	cmd.Flags().DurationVar(&poll, "poll", 5*time.Second, "how often to poll the node for new blocks")
	cmd.Flags().StringVar(&tlsCert, "tls-cert", "", "serve the page over HTTPS with this certificate (PEM, with its chain); needs --tls-key")
	cmd.Flags().StringVar(&tlsKey, "tls-key", "", "the key of --tls-cert (PEM)")
	addMetricsFlag(cmd.Flags(), &metricsAddr, "127.0.0.1:9104")
	return cmd
}

// investorTLS loads the page's TLS certificate; none serves plain HTTP.
func investorTLS(certPath, keyPath string) (*tls.Config, error) {
	switch {
	case certPath == "" && keyPath == "":
		return nil, nil
	case certPath == "" || keyPath == "":
		return nil, errors.New("--tls-cert and --tls-key go together")
	}
	cert, err := tls.LoadX509KeyPair(certPath, keyPath)
	if err != nil {
		return nil, fmt.Errorf("--tls-cert %s / --tls-key %s: %w", certPath, keyPath, err)
	}
	return &tls.Config{MinVersion: tls.VersionTLS12, Certificates: []tls.Certificate{cert}}, nil
}

func newInvestorListCmd() *cobra.Command {
	var f investorFlags
	var pools []string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list --rpc URL --registry ADDR [--pool ID]... [--json] [--vk DIR]",
		Short: "Print every pool's figures per epoch and their evidence",
		Long: `list reads the registry once and prints, per pool, a line of facts (staleness,
verifier and key hash, committee, token supply, holders and payouts) and one row
per epoch: swaps, energy (kWh), revenue, active cabinets, lowest battery health,
the on-chain and local proof verdicts, the committee's signatures against the
threshold ("2 signatures, 2 required"), block and transaction. --signer-names
names the committee's members by org, --currency the revenue's currency (as
for serve). --json prints the same as JSON (the
investor serve /pools.json document).

Exit status: 0 success; 2 usage, an unknown pool, an unreadable verifying key,
a bad --signer-names file or --currency;
3 the node or the registry can not be read.`,
		Example: `  rwabridge investor list --rpc http://127.0.0.1:8545 --registry 0x5FbDB2315678afecb367f032d93F642f64180aa3
  rwabridge investor list --rpc http://127.0.0.1:8545 --registry 0x5FbDB2315678afecb367f032d93F642f64180aa3 --pool shenzhen-north --vk keys/
  rwabridge investor list --rpc http://127.0.0.1:8545 --registry 0x5FbDB2315678afecb367f032d93F642f64180aa3 --signer-names signers.yaml --currency EUR
  rwabridge investor list --rpc http://127.0.0.1:8545 --registry 0x5FbDB2315678afecb367f032d93F642f64180aa3 --json | jq '.pools[0].disclosures[-1]'`,
		Args: cobra.NoArgs,
		RunE: f.runE(func(cmd *cobra.Command, r *investor.Reader, _ *slog.Logger) error {
			ctx := cmd.Context()
			s, err := r.Read(ctx)
			if err != nil {
				return exitCode(exitInvestorChain, err)
			}
			if len(pools) > 0 {
				var only []*investor.Pool
				for _, id := range pools {
					p := s.Pool(id)
					if p == nil {
						var ids []string
						for _, p := range s.Pools {
							ids = append(ids, p.ID)
						}
						return exitCode(exitInvestorConfig, fmt.Errorf("no pool %q in registry %s; it has: %s", id, s.Registry, strings.Join(ids, ", ")))
					}
					if !slices.Contains(only, p) {
						only = append(only, p)
					}
				}
				s.Pools = only
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
	cmd.Flags().StringArrayVar(&pools, "pool", nil, "only this pool (its id, e.g. shenzhen-north, or its field in hex; repeatable)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON instead of a table")
	return cmd
}
