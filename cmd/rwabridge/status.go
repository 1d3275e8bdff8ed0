package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/rwabridge/rwabridge/bridge/relay"
	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/internal/demo"
	"github.com/rwabridge/rwabridge/internal/status"
	"github.com/rwabridge/rwabridge/offshore/deploy"
	"github.com/rwabridge/rwabridge/onshore/agent"
	"github.com/rwabridge/rwabridge/onshore/ledger/backend"
	"github.com/rwabridge/rwabridge/onshore/ledger/embedded"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
)

func init() { register(newStatusCmd) }

// statusFlags are status's flags.
type statusFlags struct {
	data, ledgerConfig, outbox string
	relayConfig                string
	// foundKeys is a key set the relayer's config or the data directory
	// names: used when it loads, else said and left out.
	foundKeys                       string
	rpc, registry, deployment, keys string
	policy                          string
	pools                           []string
	fromBlock                       uint64
	timeout                         time.Duration
	asJSON                          bool
}

func newStatusCmd() *cobra.Command {
	var f statusFlags
	cmd := &cobra.Command{
		Use:   "status [--data DIR | --ledger-config FILE] [--rpc URL [--registry ADDR | --deployment FILE]] [--outbox DIR] [--keys DIR] [--relay-config FILE] [--pool P]... [--json]",
		Short: "One screen: devices, records, seals, pending proofs, the relayer's outbox, the L2's latest epochs and staleness, the keys' kind",
		Long: `status reads every part an operator runs and says where each pool stands:

  ONSHORE  the ledger (--data DIR: the embedded ledger in DIR/ledger, or
           --ledger-config FILE: a Fabric peer): devices registered, records
           ingested (sealed, and awaiting a seal with their epochs), the last
           seal (epoch, its day, when sealed), seals disclosable and suppressed,
           exports logged, the disclosable seals not exported yet and how many
           of them the relayer has no proof of
  AGENT    the agent's durable queue (DIR/agent/queue.db): events waiting for
           the ledger; a running agent holds it, which is said
  RELAYER  the relayer's outbox (--outbox DIR; default DIR/l2/relay, where the
           demo keeps it, when it exists): epochs by state, the failed ones
           with why
  L2       the registry (--rpc and --registry, or --deployment FILE as
           rwabridge offshore deploy prints it; default DIR/l2/deployment.json,
           which the demo writes): per pool the latest disclosed epoch, whether
           the registry calls it stale and which epoch is missing, and the kind
           of keys its verifier pins (dev-insecure, mpc-ceremony, or unknown
           unless a key set with that hash is given: --keys, default DIR/keys)

--relay-config FILE reads the relayer's config (rwabridge relay --config): its
ledger, outbox, rpc, registry, keys and pools stand in for the flags not given.

The embedded ledger is one process's at a time: while an agent or a demo's
stages run on DIR, the ONSHORE section says so (a serving demo has released
it). Records awaiting a seal are counted per epoch, from the pool's first
device registration to now; a pool with no seal yet is numbered by --policy.

--json prints the same as one JSON document (schema "rwabridge.status/v1",
documented in internal/status): sections, states and fields are stable.

Exit status: 0 every section asked for was read; 1 the ledger or the L2 could
not be read, or a queue or outbox could not be read (each such section says
why; the others are still printed); 2 usage or configuration: no ledger in
--data (nothing is created), a bad --ledger-config, --deployment or --keys, or a
--pool that neither the ledger nor the registry holds.`,
		Example: `  rwabridge status --data ~/.cache/rwabridge/demo --rpc http://127.0.0.1:8545
  rwabridge status --data /var/lib/rwabridge --rpc https://l2.example --deployment addresses.json --keys keys/
  rwabridge status --relay-config /etc/rwabridge/relay.yaml --data /var/lib/rwabridge
  rwabridge status --ledger-config operator.yaml --rpc https://l2.example --registry 0x5FbDB2315678afecb367f032d93F642f64180aa3 --pool shenzhen-north --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runStatus(cmd, &f) },
	}
	fl := cmd.Flags()
	fl.StringVar(&f.data, "data", "", "data directory: the embedded ledger (DIR/ledger), the agent's queue (DIR/agent) and, from the demo, the outbox and deployment file")
	fl.StringVar(&f.ledgerConfig, "ledger-config", "", "ledger connection file (backend: fabric) instead of the embedded ledger of --data")
	fl.StringVar(&f.relayConfig, "relay-config", "", "the relayer's config: its ledger, outbox, rpc, registry, keys and pools are the defaults of those flags")
	fl.StringVar(&f.outbox, "outbox", "", "the relayer's outbox directory (its config's outbox:; default DIR/l2/relay when it exists)")
	fl.StringVar(&f.rpc, "rpc", "", "JSON-RPC URL of the L2 node")
	fl.StringVar(&f.registry, "registry", "", "DisclosureRegistry address (default: from --deployment)")
	fl.StringVar(&f.deployment, "deployment", "", "deployment file as rwabridge offshore deploy prints it (default DIR/l2/deployment.json when it exists)")
	fl.StringVar(&f.keys, "keys", "", "key set (directory or .vk file) whose metadata names the kind of keys a verifier pinning its hash holds (default DIR/keys when it exists)")
	fl.StringVar(&f.policy, "policy", policies.DefaultID, "policy id or file numbering the epochs of a pool with no seal yet")
	fl.StringArrayVar(&f.pools, "pool", nil, "only this pool (repeatable)")
	fl.Uint64Var(&f.fromBlock, "from-block", 0, "first L2 block to search for the registry's events (its deployment block)")
	fl.DurationVar(&f.timeout, "timeout", 60*time.Second, "give up reading after this long")
	fl.BoolVar(&f.asJSON, "json", false, "print the report as JSON (schema rwabridge.status/v1)")
	return cmd
}

func runStatus(cmd *cobra.Command, f *statusFlags) error {
	if f.relayConfig != "" {
		if err := f.fromRelayConfig(); err != nil {
			return exitCode(2, err)
		}
	}
	if f.data == "" && f.ledgerConfig == "" && f.rpc == "" {
		return exitCode(2, errors.New("nothing to read: give --data DIR or --ledger-config FILE for the onshore side, and --rpc URL for the L2 (see rwabridge status --help)"))
	}
	log, err := newLogger(cmd)
	if err != nil {
		return err
	}
	src := status.Sources{Backend: backend.Embedded}
	for _, p := range f.pools {
		id := telemetry.PoolID(p)
		if err := id.Validate(); err != nil {
			return exitCode(2, fmt.Errorf("--pool %q: %w", p, err))
		}
		src.Pools = append(src.Pools, id)
	}
	pol, doc, err := policies.Resolve(f.policy)
	if err != nil {
		return exitCode(2, fmt.Errorf("--policy: %w", err))
	}
	src.Policy, src.PolicyDoc = pol, doc

	// Defaults found in the data directory: only files that exist.
	if f.data != "" {
		if f.outbox == "" && pathExists(filepath.Join(f.data, demo.OutboxDir)) {
			f.outbox = filepath.Join(f.data, demo.OutboxDir)
		}
		if f.deployment == "" && f.registry == "" && pathExists(filepath.Join(f.data, demo.DeploymentFile)) {
			f.deployment = filepath.Join(f.data, demo.DeploymentFile)
		}
		if f.foundKeys == "" && pathExists(filepath.Join(f.data, "keys")) {
			f.foundKeys = filepath.Join(f.data, "keys")
		}
		src.AgentQueue = filepath.Join(f.data, agent.QueueFile)
	}
	src.Outbox = f.outbox

	// The L2 side's configuration, checked before anything is read.
	if f.deployment != "" {
		a, err := readDeployment(f.deployment)
		if err != nil {
			return exitCode(2, err)
		}
		if f.registry != "" && (!common.IsHexAddress(f.registry) || common.HexToAddress(f.registry) != a.Registry) {
			return exitCode(2, fmt.Errorf("--registry %s is not the registry of --deployment %s (%s): give one of them", f.registry, f.deployment, a.Registry.Hex()))
		}
		f.registry, src.ChainID = a.Registry.Hex(), a.ChainID
	}
	if f.registry != "" {
		if !common.IsHexAddress(f.registry) {
			return exitCode(2, fmt.Errorf("--registry %q is not an address (0x followed by 40 hex digits)", f.registry))
		}
		src.Registry = common.HexToAddress(f.registry)
	}
	if f.rpc != "" && f.registry == "" {
		return exitCode(2, errors.New("--rpc needs the registry: give --registry ADDR or --deployment FILE (rwabridge offshore deploy prints it)"))
	}
	switch {
	case f.keys != "":
		vk, meta, err := keys.LoadVK(f.keys)
		if err != nil {
			return exitCode(2, fmt.Errorf("--keys %s: %w", f.keys, err))
		}
		src.Investor.VK, src.Investor.VKInsecure, src.Investor.VKCeremony, src.Investor.VKCapacity = vk, meta.Insecure, meta.Ceremony, meta.Capacity
	case f.foundKeys != "":
		if vk, meta, err := keys.LoadVK(f.foundKeys); err == nil {
			src.Investor.VK, src.Investor.VKInsecure, src.Investor.VKCeremony, src.Investor.VKCapacity = vk, meta.Insecure, meta.Ceremony, meta.Capacity
		} else {
			log.Warn("this key set does not name the verifiers' keys (give --keys DIR or FILE.vk)", "keys", f.foundKeys, "err", err)
		}
	}
	src.Investor.FromBlock = f.fromBlock

	ctx, cancel := context.WithTimeout(cmd.Context(), f.timeout)
	defer cancel()

	// The ledger: a missing one is a usage error and nothing is created.
	if f.data != "" || f.ledgerConfig != "" {
		src.LedgerSource = f.data
		if f.ledgerConfig != "" {
			src.LedgerSource = f.ledgerConfig
		}
		conn, err := backend.Open(f.ledgerConfig, f.data, "status", log)
		switch {
		case errors.Is(err, embedded.ErrNoLedger) || errors.Is(err, backend.ErrBadConfig):
			return ledgerExit(err)
		case err != nil:
			src.LedgerErr = err
		default:
			defer conn.Close()
			src.Ledger = conn.Client
		}
		if cfg, err := backend.LoadConfig(f.ledgerConfig); err == nil {
			src.Backend = cfg.Backend
		}
	}
	if f.rpc != "" {
		src.RPC = f.rpc
		client, err := ethclient.DialContext(ctx, f.rpc)
		if err != nil {
			src.ChainErr = fmt.Errorf("dial %s: %w", f.rpc, err)
		} else {
			defer client.Close()
			src.Chain = client
		}
	}

	rep := status.Gather(ctx, src)
	if unknown := rep.Unknown(src.Pools); len(unknown) > 0 {
		return exitCode(2, fmt.Errorf("--pool %v: neither the ledger nor the registry holds it", unknown))
	}
	out := cmd.OutOrStdout()
	if f.asJSON {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		err = enc.Encode(rep)
	} else {
		err = status.WriteText(out, rep)
	}
	if err != nil {
		return exitCode(1, err)
	}
	if !rep.OK {
		return exitCode(1, errors.New("status: a section could not be read (see above)"))
	}
	return nil
}

// fromRelayConfig fills the flags not given from the relayer's config.
func (f *statusFlags) fromRelayConfig() error {
	c, err := relay.LoadConfig(f.relayConfig)
	if err != nil {
		return fmt.Errorf("--relay-config: %w", err)
	}
	if f.data == "" && f.ledgerConfig == "" {
		f.data, f.ledgerConfig = c.Ledger.Data, c.Ledger.Config
	}
	def := func(flag *string, v string) {
		if *flag == "" {
			*flag = v
		}
	}
	def(&f.outbox, c.Outbox)
	def(&f.rpc, c.RPC)
	f.foundKeys = c.Keys
	if f.deployment == "" {
		def(&f.registry, c.Registry)
	}
	if len(f.pools) == 0 {
		for _, p := range c.Pools {
			f.pools = append(f.pools, string(p))
		}
	}
	return nil
}

// readDeployment reads a deployment file (rwabridge offshore deploy's
// output).
func readDeployment(path string) (*deploy.Addresses, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("--deployment: %w", err)
	}
	var a deploy.Addresses
	if err := json.Unmarshal(data, &a); err != nil {
		return nil, fmt.Errorf("--deployment %s: not a deployment file (rwabridge offshore deploy's output): %w", path, err)
	}
	if a.Registry == (common.Address{}) {
		return nil, fmt.Errorf("--deployment %s: names no registry", path)
	}
	return &a, nil
}

// pathExists reports whether path exists (a file or a directory), or
// can not be told not to.
func pathExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil || !errors.Is(err, fs.ErrNotExist)
}
