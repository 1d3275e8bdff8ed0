package main

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/offshore/deploy"
	"github.com/rwabridge/rwabridge/offshore/onchain"
)

func init() { register(newOffshoreCmd) }

func newOffshoreCmd() *cobra.Command {
	return groupCmd(&cobra.Command{
		Use:   "offshore",
		Short: "Deploy the L2 contracts (timelock, registry, verifier, RWA token) and govern them",
		Long: `offshore manages rwabridge's contracts on the L2: the DisclosureRegistry that
accepts proven, attested epoch disclosures, the Groth16 verifier for the
circuit's verifying key, the identity registry and the pool's RWA token.
After deployment nothing changes what they accept without a public delay:
every contract's admin is the timelock, and govern schedules, lists, executes
and cancels its operations. The contracts' sources, compiled artifacts and Go
bindings live in offshore/.`,
		Example: `  rwabridge offshore deploy --rpc http://127.0.0.1:8545 --key-file deployer.key --config deploy.yaml
  rwabridge offshore govern list --rpc http://127.0.0.1:8545 --deployment addresses.json`,
	}, "deploy or govern", newOffshoreDeployCmd(), newOffshoreGovernCmd())
}

func newOffshoreDeployCmd() *cobra.Command {
	var rpcURL, keyFile, configFile string
	cmd := &cobra.Command{
		Use:   "deploy --rpc URL --key-file FILE --config FILE",
		Short: "Deploy the timelock, verifier, registry, identity registry and token",
		Long: `deploy reads a deployment config (strict YAML: unknown keys are errors) naming
the committee (member addresses and threshold), the pool, the policy file, the
verifying-key directory written by ` + "`rwabridge setup`" + `, the governance (the
timelock's delay, proposers and executors) and the holders of the guardian,
operator and agent roles, then over JSON-RPC:

  1. deploys the timelock (RWATimelock), which will administer everything;
  2. deploys the Groth16 verifier for that key and checks its vkHash();
  3. deploys the identity registry, a TEST-ONLY mintable stablecoin when
     token.payout_token is empty, the DisclosureRegistry — born with the
     committee, the pool (epoch length and sanity bounds from the policy),
     the policy and the guardian and operator, all visible in its creation
     transaction — and the pool's RWA token.

The key file holds the deployer's private key as hex (one line). The deployer
keeps nothing: the timelock is every contract's admin, and the deployer holds
a role only where the config names its address. Later changes go through
` + "`rwabridge offshore govern`" + `. The addresses are printed as JSON on stdout;
warnings (insecure development keys, test-only stablecoin, a delay shorter
than two days) go to stderr. Config example (paths relative to the config
file; deploy/config/deploy.yaml is a commented one):

  committee:
    members: [0x…, 0x…, 0x…]
    threshold: 2
  pool: shenzhen-north
  policy: ../policies/battery-swap-daily.yaml
  vk_dir: keys/
  token: {name: Shenzhen North revenue share, symbol: SZN}
  governance:
    delay: 72h                 # days in production
    admin_transfer_delay: 120h
    proposers: [0x…]           # a multisig
    executors: [0x…]
  roles: {guardian: 0x…, operator: 0x…, agent: 0x…}

Exit status: 2 for a usage error or an invalid config or key file, 3 when the
node can not be reached or a transaction fails.`,
		Example: `  rwabridge setup --capacity 1024 --keys keys/ --dev
  geth --dev --http --http.addr 127.0.0.1 --http.port 8545 --nodiscover --maxpeers 0 --ipcdisable &
  rwabridge offshore deploy --rpc http://127.0.0.1:8545 --key-file deployer.key --config deploy.yaml > addresses.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			switch {
			case rpcURL == "":
				return errors.New("missing --rpc: name the L2 node's JSON-RPC URL, e.g. --rpc http://127.0.0.1:8545")
			case keyFile == "":
				return errors.New("missing --key-file: name a file holding the deployer's private key as hex")
			case configFile == "":
				return errors.New("missing --config: name the deployment config (see rwabridge offshore deploy --help)")
			}
			cfg, err := deploy.Load(configFile)
			if err != nil {
				return exitCode(2, err)
			}
			plan, insecure, err := cfg.Plan()
			if err != nil {
				return exitCode(2, err)
			}
			key, err := readHexKey(keyFile)
			if err != nil {
				return exitCode(2, err)
			}
			ctx := cmd.Context()
			client, err := ethclient.DialContext(ctx, rpcURL)
			if err != nil {
				return exitCode(3, fmt.Errorf("dial %s: %w", rpcURL, err))
			}
			defer client.Close()
			chainID, err := client.ChainID(ctx)
			if err != nil {
				return exitCode(3, fmt.Errorf("chain id from %s: %w", rpcURL, err))
			}
			if insecure {
				fmt.Fprintln(cmd.ErrOrStderr(), keys.Warning)
			}
			if d := plan.Governance.Delay; d < deploy.ProductionDelay {
				fmt.Fprintf(cmd.ErrOrStderr(), "WARNING: governance.delay is %s: investors get less than %s to see a scheduled change coming; use days in production\n", d, deploy.ProductionDelay)
			}
			a, err := deploy.Deploy(ctx, &onchain.Chain{Backend: client}, bind.NewKeyedTransactor(key, chainID), plan)
			if err != nil {
				return exitCode(3, err)
			}
			if a.TestStablecoin {
				fmt.Fprintln(cmd.ErrOrStderr(), "WARNING: the payout token is a TEST-ONLY mintable stablecoin; set token.payout_token for a real deployment")
			}
			enc := json.NewEncoder(cmd.OutOrStdout())
			enc.SetIndent("", "  ")
			return enc.Encode(a)
		},
	}
	cmd.Flags().StringVar(&rpcURL, "rpc", "", "JSON-RPC URL of the L2 node")
	cmd.Flags().StringVar(&keyFile, "key-file", "", "file holding the deployer's private key (hex)")
	cmd.Flags().StringVar(&configFile, "config", "", "deployment config (YAML)")
	return cmd
}
