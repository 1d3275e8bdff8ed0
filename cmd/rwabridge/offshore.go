package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"
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
		Short: "Deploy and configure the L2 contracts (registry, verifier, RWA token)",
		Long: `offshore manages rwabridge's contracts on the L2: the DisclosureRegistry that
accepts proven, attested epoch disclosures, the Groth16 verifier for the
circuit's verifying key, the identity registry and the pool's RWA token.
The contracts' sources, compiled artifacts and Go bindings live in offshore/.`,
		Example: `  rwabridge offshore deploy --rpc http://127.0.0.1:8545 --key-file deployer.key --config deploy.yaml`,
	}, "deploy", newOffshoreDeployCmd())
}

func newOffshoreDeployCmd() *cobra.Command {
	var rpcURL, keyFile, configFile string
	cmd := &cobra.Command{
		Use:   "deploy --rpc URL --key-file FILE --config FILE",
		Short: "Deploy the verifier, registry, identity registry and token, and configure them",
		Long: `deploy reads a deployment config (strict YAML: unknown keys are errors) naming
the committee (member addresses and threshold), the pool, the policy file and
the verifying-key directory written by ` + "`rwabridge setup`" + `, then over JSON-RPC:

  1. deploys the Groth16 verifier for that key and checks its vkHash();
  2. deploys the DisclosureRegistry, the identity registry, the pool's RWA token
     and, when token.payout_token is empty, a TEST-ONLY mintable stablecoin;
  3. sets the committee, configures the pool (epoch length and sanity bounds
     from the policy), allows the policy, and grants the roles.

The key file holds the deployer's private key as hex (one line); the deployer
becomes the admin of every contract. The addresses are printed as JSON on
stdout; warnings (insecure development keys, test-only stablecoin) go to
stderr. Config example (paths relative to the config file):

  committee:
    members: [0x…, 0x…, 0x…]
    threshold: 2
  pool: shenzhen-north
  policy: ../policies/battery-swap-daily.yaml
  vk_dir: keys/
  token: {name: Shenzhen North revenue share, symbol: SZN}

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
			b, err := os.ReadFile(keyFile)
			if err != nil {
				return exitCode(2, fmt.Errorf("key file: %w", err))
			}
			key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(b)), "0x"))
			if err != nil {
				return exitCode(2, fmt.Errorf("key file %s: not a hex private key: %w", keyFile, err))
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
