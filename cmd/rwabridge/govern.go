package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/rwabridge/rwabridge/offshore/deploy"
	"github.com/rwabridge/rwabridge/offshore/governance"
	"github.com/rwabridge/rwabridge/offshore/onchain"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// governFlags are the flags every govern subcommand shares.
type governFlags struct {
	rpc, deployment, keyFile string
}

func (g *governFlags) add(cmd *cobra.Command, needKey bool) {
	cmd.Flags().StringVar(&g.rpc, "rpc", "", "JSON-RPC URL of the L2 node")
	cmd.Flags().StringVar(&g.deployment, "deployment", "", "deployment file as rwabridge offshore deploy prints it (names the timelock and the contracts)")
	if needKey {
		cmd.Flags().StringVar(&g.keyFile, "key-file", "", "file holding the sending key (hex): a proposer to schedule, an executor to execute, a canceller to cancel")
	}
}

// governSession is a timelock reached over JSON-RPC.
type governSession struct {
	client   *ethclient.Client
	chain    *onchain.Chain
	addrs    *deploy.Addresses
	timelock *governance.Timelock
	opts     *bind.TransactOpts // nil without --key-file
}

func (g *governFlags) open(ctx context.Context, needKey bool) (*governSession, error) {
	switch {
	case g.rpc == "":
		return nil, exitCode(2, errors.New("missing --rpc: name the L2 node's JSON-RPC URL, e.g. --rpc http://127.0.0.1:8545"))
	case g.deployment == "":
		return nil, exitCode(2, errors.New("missing --deployment: name the file rwabridge offshore deploy printed"))
	case needKey && g.keyFile == "":
		return nil, exitCode(2, errors.New("missing --key-file: name a file holding the sending key as hex"))
	}
	a, err := readDeployment(g.deployment)
	if err != nil {
		return nil, exitCode(2, err)
	}
	if a.Timelock == (common.Address{}) {
		return nil, exitCode(2, fmt.Errorf("--deployment %s names no timelock: it predates governance by timelock; redeploy with rwabridge offshore deploy", g.deployment))
	}
	var key *ecdsa.PrivateKey
	if needKey {
		if key, err = readHexKey(g.keyFile); err != nil {
			return nil, exitCode(2, err)
		}
	}
	client, err := ethclient.DialContext(ctx, g.rpc)
	if err != nil {
		return nil, exitCode(3, fmt.Errorf("dial %s: %w", g.rpc, err))
	}
	chainID, err := client.ChainID(ctx)
	if err != nil {
		client.Close()
		return nil, exitCode(3, fmt.Errorf("chain id from %s: %w", g.rpc, err))
	}
	if a.ChainID != nil && a.ChainID.Cmp(chainID) != 0 {
		client.Close()
		return nil, exitCode(2, fmt.Errorf("--rpc %s is chain %s but --deployment %s is on chain %s: name the node of that chain", g.rpc, chainID, g.deployment, a.ChainID))
	}
	chain := &onchain.Chain{Backend: client}
	s := &governSession{client: client, chain: chain, addrs: a,
		timelock: &governance.Timelock{Chain: chain, Address: a.Timelock, FromBlock: a.FromBlock}}
	if key != nil {
		s.opts = bind.NewKeyedTransactor(key, chainID)
	}
	return s, nil
}

// readHexKey reads a private key stored as hex on one line.
func readHexKey(path string) (*ecdsa.PrivateKey, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("key file: %w", err)
	}
	key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(b)), "0x"))
	if err != nil {
		return nil, fmt.Errorf("key file %s: not a hex private key: %w", path, err)
	}
	return key, nil
}

func newOffshoreGovernCmd() *cobra.Command {
	return groupCmd(&cobra.Command{
		Use:   "govern",
		Short: "Schedule, list, execute and cancel changes to the contracts through the timelock",
		Long: `govern changes what the L2 contracts accept, the only way it can change after
deployment: every contract's default admin is the timelock (RWATimelock), so a
change is first scheduled by a proposer — public at once as a CallScheduled
event — and can be executed only once the timelock's delay has passed (days in
production). Until then anyone can see it coming, investors can leave, and a
canceller (the guardian among them) can cancel it.

Only the guardian's pause and the operator's or guardian's pool deactivation
take effect at once; they are not governed here.

Times are RFC 3339 in UTC (2026-12-09T10:00:00Z).

Exit status: 2 for a usage error or an unreadable deployment or key file, 3
when the node can not be reached or a transaction fails, 4 when an operation
is not ready, already executed, cancelled or unknown.`,
		Example: `  rwabridge offshore govern schedule set-committee --rpc http://127.0.0.1:8545 --deployment addresses.json \
      --key-file proposer.key --members 0x…,0x…,0x… --threshold 2
  rwabridge offshore govern list --rpc http://127.0.0.1:8545 --deployment addresses.json
  rwabridge offshore govern execute 0x… --rpc http://127.0.0.1:8545 --deployment addresses.json --key-file executor.key`,
	}, "schedule, list, execute or cancel", newGovernScheduleCmd(), newGovernListCmd(), newGovernExecuteCmd(), newGovernCancelCmd())
}

// scheduleKind is one change `govern schedule` can make.
type scheduleKind struct {
	use, short, long, example string
	flags                     func(cmd *cobra.Command, v *scheduleVals)
	change                    func(a *deploy.Addresses, v *scheduleVals) (governance.Change, error)
}

// scheduleVals are the flags of every schedule kind.
type scheduleVals struct {
	members           []string
	threshold         uint8
	pool, policy      string
	shareBp           int
	verifier, vkHash  string
	contract, role    string
	account, newAdmin string
	delay             time.Duration
}

// poolField resolves --pool (default: the deployment's) to the registry's pool id.
func (v *scheduleVals) poolField(a *deploy.Addresses) (*big.Int, error) {
	p := telemetry.PoolID(v.pool)
	if v.pool == "" {
		p = telemetry.PoolID(a.Pool)
	}
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("--pool: %w", err)
	}
	return p.Field(), nil
}

func parseAddress(flag, s string) (common.Address, error) {
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("--%s: %q is not an address (0x and 40 hex digits)", flag, s)
	}
	a := common.HexToAddress(s)
	if a == (common.Address{}) {
		return a, fmt.Errorf("--%s: the zero address", flag)
	}
	return a, nil
}

// target resolves --contract to an address of the deployment.
func (v *scheduleVals) target(a *deploy.Addresses) (common.Address, error) {
	switch v.contract {
	case "registry":
		return a.Registry, nil
	case "identity-registry":
		return a.IdentityRegistry, nil
	case "token":
		return a.Token, nil
	case "timelock":
		return a.Timelock, nil
	}
	return common.Address{}, fmt.Errorf("--contract %q: use registry, identity-registry, token or timelock", v.contract)
}

func (v *scheduleVals) roleChange(a *deploy.Addresses, grant bool) (governance.Change, error) {
	to, err := v.target(a)
	if err != nil {
		return governance.Change{}, err
	}
	r, ok := governance.Roles[v.role]
	timelockRole := v.role == "proposer" || v.role == "executor" || v.role == "canceller"
	switch {
	case v.contract == "timelock" && !timelockRole:
		return governance.Change{}, fmt.Errorf("--role %q on the timelock: use proposer, executor or canceller", v.role)
	case v.contract != "timelock" && (!ok || timelockRole || v.role == "default-admin"):
		return governance.Change{}, fmt.Errorf("--role %q: use guardian, operator or agent (the default admin moves by begin-admin-transfer; proposer, executor and canceller are --contract timelock's)", v.role)
	}
	acc, err := parseAddress("account", v.account)
	if err != nil {
		return governance.Change{}, err
	}
	if grant {
		return governance.GrantRole(to, r, acc), nil
	}
	return governance.RevokeRole(to, r, acc), nil
}

var (
	poolFlag = func(cmd *cobra.Command, v *scheduleVals) {
		cmd.Flags().StringVar(&v.pool, "pool", "", "pool id (default: the deployment's pool)")
	}
	policyFlag = func(cmd *cobra.Command, v *scheduleVals) {
		poolFlag(cmd, v)
		cmd.Flags().StringVar(&v.policy, "policy", "", "policy file or embedded id")
	}
	roleFlags = func(cmd *cobra.Command, v *scheduleVals) {
		cmd.Flags().StringVar(&v.contract, "contract", "registry", "registry, identity-registry, token or timelock")
		cmd.Flags().StringVar(&v.role, "role", "", "guardian, operator (registry, token), agent (identity registry, token); proposer, executor, canceller (timelock)")
		cmd.Flags().StringVar(&v.account, "account", "", "the role holder's address")
	}
)

// resolvePolicyFlag resolves --policy and --pool.
func resolvePolicyFlag(a *deploy.Addresses, v *scheduleVals) (*policiesRef, error) {
	if v.policy == "" {
		return nil, errors.New("missing --policy: name the policy file or embedded id")
	}
	p, _, err := policies.Resolve(v.policy)
	if err != nil {
		return nil, fmt.Errorf("--policy: %w", err)
	}
	pool, err := v.poolField(a)
	if err != nil {
		return nil, err
	}
	return &policiesRef{pool, p.Hash().BigInt(), uint16(p.PayoutShareBP), p}, nil
}

var scheduleKinds = []scheduleKind{
	{use: "set-committee", short: "Replace the registry's attesting committee (a new committee version)",
		example: "--members 0x…,0x…,0x… --threshold 2",
		flags: func(cmd *cobra.Command, v *scheduleVals) {
			cmd.Flags().StringSliceVar(&v.members, "members", nil, "committee member addresses, comma-separated")
			cmd.Flags().Uint8Var(&v.threshold, "threshold", 0, "signatures needed: more than half of the members")
		},
		change: func(a *deploy.Addresses, v *scheduleVals) (governance.Change, error) {
			n := len(v.members)
			if n == 0 || n > 32 {
				return governance.Change{}, fmt.Errorf("--members: %d members; name 1 to 32", n)
			}
			if k := int(v.threshold); 2*k <= n || k > n {
				return governance.Change{}, fmt.Errorf("--threshold %d of %d members: need more than half and at most all", k, n)
			}
			ms := make([]common.Address, n)
			for i, m := range v.members {
				a, err := parseAddress("members", m)
				if err != nil {
					return governance.Change{}, err
				}
				ms[i] = a
			}
			return governance.SetCommittee(a.Registry, ms, v.threshold), nil
		}},
	{use: "allow-policy", short: "Allow a policy in a pool, or change its payout share",
		example: "--policy battery-swap-daily --share-bp 3000",
		flags: func(cmd *cobra.Command, v *scheduleVals) {
			policyFlag(cmd, v)
			cmd.Flags().IntVar(&v.shareBp, "share-bp", -1, "payout share of proven revenue, basis points (default: the policy's)")
		},
		change: func(a *deploy.Addresses, v *scheduleVals) (governance.Change, error) {
			p, err := resolvePolicyFlag(a, v)
			if err != nil {
				return governance.Change{}, err
			}
			share := p.shareBp
			if v.shareBp >= 0 {
				if v.shareBp > 10_000 {
					return governance.Change{}, fmt.Errorf("--share-bp %d: at most 10000 (100 %%)", v.shareBp)
				}
				share = uint16(v.shareBp)
			}
			return governance.AllowPolicy(a.Registry, p.pool, p.hash, share, uint8(p.policy.Disclose)), nil
		}},
	{use: "disallow-policy", short: "Withdraw a policy from a pool (its accepted epochs stay)",
		example: "--policy battery-swap-daily",
		flags:   policyFlag,
		change: func(a *deploy.Addresses, v *scheduleVals) (governance.Change, error) {
			p, err := resolvePolicyFlag(a, v)
			if err != nil {
				return governance.Change{}, err
			}
			return governance.DisallowPolicy(a.Registry, p.pool, p.hash), nil
		}},
	{use: "set-sanity-bounds", short: "Replace a pool's sanity bounds with a policy's (its sanity section)",
		example: "--policy policies/battery-swap-daily.yaml",
		flags:   policyFlag,
		change: func(a *deploy.Addresses, v *scheduleVals) (governance.Change, error) {
			p, err := resolvePolicyFlag(a, v)
			if err != nil {
				return governance.Change{}, err
			}
			cfg, err := deploy.PoolConfig(p.policy, common.Address{}, common.Address{}, 0)
			if err != nil {
				return governance.Change{}, fmt.Errorf("--policy: %w", err)
			}
			return governance.SetSanityBounds(a.Registry, p.pool, cfg.MaxValue, cfg.MaxGrowthBp, cfg.MaxDropBp), nil
		}},
	{use: "upgrade-verifier", short: "Point a pool at a new verifier, which must pin the named key hash",
		example: "--verifier 0x… --vk-hash 0x…",
		flags: func(cmd *cobra.Command, v *scheduleVals) {
			poolFlag(cmd, v)
			cmd.Flags().StringVar(&v.verifier, "verifier", "", "the new verifier's address")
			cmd.Flags().StringVar(&v.vkHash, "vk-hash", "", "the verifying key's hash the new verifier must pin (its vkHash())")
		},
		change: func(a *deploy.Addresses, v *scheduleVals) (governance.Change, error) {
			ver, err := parseAddress("verifier", v.verifier)
			if err != nil {
				return governance.Change{}, err
			}
			h := strings.TrimPrefix(v.vkHash, "0x")
			if len(h) != 64 {
				return governance.Change{}, fmt.Errorf("--vk-hash %q: 32 bytes as hex", v.vkHash)
			}
			pool, err := v.poolField(a)
			if err != nil {
				return governance.Change{}, err
			}
			return governance.UpgradeVerifier(a.Registry, pool, ver, common.HexToHash(h)), nil
		}},
	{use: "grant-role", short: "Grant a role on the registry, the identity registry or the token",
		example: "--contract registry --role guardian --account 0x…",
		flags:   roleFlags,
		change:  func(a *deploy.Addresses, v *scheduleVals) (governance.Change, error) { return v.roleChange(a, true) }},
	{use: "revoke-role", short: "Revoke a role on the registry, the identity registry or the token",
		example: "--contract token --role agent --account 0x…",
		flags:   roleFlags,
		change:  func(a *deploy.Addresses, v *scheduleVals) (governance.Change, error) { return v.roleChange(a, false) }},
	{use: "unpause", short: "Let submissions into the paused registry again",
		flags: func(*cobra.Command, *scheduleVals) {},
		change: func(a *deploy.Addresses, _ *scheduleVals) (governance.Change, error) {
			return governance.Unpause(a.Registry), nil
		}},
	{use: "activate-pool", short: "Reactivate a deactivated pool",
		flags: poolFlag,
		change: func(a *deploy.Addresses, v *scheduleVals) (governance.Change, error) {
			pool, err := v.poolField(a)
			if err != nil {
				return governance.Change{}, err
			}
			return governance.ActivatePool(a.Registry, pool), nil
		}},
	{use: "set-delay", short: "Change the timelock's own delay (itself waiting out the current one)",
		example: "--delay 96h",
		flags: func(cmd *cobra.Command, v *scheduleVals) {
			cmd.Flags().DurationVar(&v.delay, "delay", 0, "the new delay, whole seconds (e.g. 72h); days in production")
		},
		change: func(a *deploy.Addresses, v *scheduleVals) (governance.Change, error) {
			if v.delay < time.Second || v.delay%time.Second != 0 {
				return governance.Change{}, fmt.Errorf("--delay %s: a whole number of seconds, at least 1s (days in production)", v.delay)
			}
			return governance.SetDelay(a.Timelock, v.delay), nil
		}},
	{use: "begin-admin-transfer", short: "Start moving a contract's default admin to a new one (accepted after the admin transfer delay)",
		example: "--contract registry --new-admin 0x…",
		flags: func(cmd *cobra.Command, v *scheduleVals) {
			cmd.Flags().StringVar(&v.contract, "contract", "registry", "registry, identity-registry or token")
			cmd.Flags().StringVar(&v.newAdmin, "new-admin", "", "the new default admin (a new timelock, say)")
		},
		change: func(a *deploy.Addresses, v *scheduleVals) (governance.Change, error) {
			to, err := v.target(a)
			if err != nil {
				return governance.Change{}, err
			}
			n, err := parseAddress("new-admin", v.newAdmin)
			if err != nil {
				return governance.Change{}, err
			}
			return governance.BeginAdminTransfer(to, n), nil
		}},
}

// policiesRef is a resolved --policy.
type policiesRef struct {
	pool    *big.Int
	hash    *big.Int
	shareBp uint16
	policy  *policy.Policy
}

func newGovernScheduleCmd() *cobra.Command {
	var subs []*cobra.Command
	var names []string
	for _, k := range scheduleKinds {
		var g governFlags
		var v scheduleVals
		ex := "  rwabridge offshore govern schedule " + k.use + " --rpc http://127.0.0.1:8545 --deployment addresses.json --key-file proposer.key"
		if k.example != "" {
			ex += " \\\n      " + k.example
		}
		cmd := &cobra.Command{
			Use:     k.use,
			Short:   k.short,
			Long:    k.short + ", after the timelock's delay: this schedules it and prints when it is ready.",
			Example: ex,
			Args:    cobra.NoArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				s, err := g.open(cmd.Context(), true)
				if err != nil {
					return err
				}
				defer s.client.Close()
				c, err := k.change(s.addrs, &v)
				if err != nil {
					return exitCode(2, err)
				}
				op, err := s.timelock.Schedule(cmd.Context(), s.opts, c)
				if err != nil {
					return exitCode(3, err)
				}
				fmt.Fprintf(cmd.OutOrStdout(), "scheduled %s\n  %s\n  ready at %s; then run: rwabridge offshore govern execute %s\n",
					op.ID.Hex(), governance.Describe(s.addrs, op.Target, op.Data), governance.FormatTime(op.ReadyAt), op.ID.Hex())
				return nil
			},
		}
		g.add(cmd, true)
		k.flags(cmd, &v)
		subs = append(subs, cmd)
		names = append(names, k.use)
	}
	return groupCmd(&cobra.Command{
		Use:   "schedule",
		Short: "Schedule a change on the timelock (it takes effect only after the delay)",
		Long: `schedule announces a change: the proposer's transaction emits CallScheduled
with the call, and the change can be executed once the timelock's delay has
passed. The command prints the operation id and when it is ready.`,
		Example: `  rwabridge offshore govern schedule unpause --rpc http://127.0.0.1:8545 --deployment addresses.json --key-file proposer.key`,
	}, strings.Join(names, ", "), subs...)
}

func newGovernListCmd() *cobra.Command {
	var g governFlags
	var all bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the timelock's pending operations in words (what, target, ready at, state)",
		Long: `list reads every operation scheduled on the timelock since its deployment and
prints the pending ones (waiting or ready), each decoded into words; --all
adds the executed and cancelled ones.`,
		Example: `  rwabridge offshore govern list --rpc http://127.0.0.1:8545 --deployment addresses.json --all`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := g.open(cmd.Context(), false)
			if err != nil {
				return err
			}
			defer s.client.Close()
			ops, err := s.timelock.Operations(cmd.Context())
			if err != nil {
				return exitCode(3, err)
			}
			return printOperations(cmd.OutOrStdout(), s.addrs, ops, all)
		},
	}
	g.add(cmd, false)
	cmd.Flags().BoolVar(&all, "all", false, "also list executed and cancelled operations")
	return cmd
}

func printOperations(w io.Writer, a *deploy.Addresses, ops []*governance.Operation, all bool) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSTATE\tREADY AT\tCHANGE")
	n := 0
	for _, op := range ops {
		if !all && op.State != governance.Waiting && op.State != governance.Ready {
			continue
		}
		ready := "-"
		if !op.ReadyAt.IsZero() {
			ready = governance.FormatTime(op.ReadyAt)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", op.ID.Hex(), op.State, ready, governance.Describe(a, op.Target, op.Data))
		n++
	}
	if n == 0 {
		fmt.Fprintln(w, "no pending operations")
		return nil
	}
	return tw.Flush()
}

func newGovernExecuteCmd() *cobra.Command {
	return newGovernOpCmd("execute", "Execute a ready operation",
		"an executor's key", func(ctx context.Context, s *governSession, id common.Hash) (string, error) {
			r, err := s.timelock.Execute(ctx, s.opts, id)
			if err != nil {
				return "", err
			}
			return fmt.Sprintf("executed %s in transaction %s (block %s)", id.Hex(), r.TxHash.Hex(), r.BlockNumber), nil
		})
}

func newGovernCancelCmd() *cobra.Command {
	return newGovernOpCmd("cancel", "Cancel a pending operation before it runs",
		"a canceller's key (a proposer or the guardian)", func(ctx context.Context, s *governSession, id common.Hash) (string, error) {
			r, err := s.timelock.Cancel(ctx, s.opts, id)
			if err != nil {
				return "", err
			}
			return fmt.Sprintf("cancelled %s in transaction %s", id.Hex(), r.TxHash.Hex()), nil
		})
}

func newGovernOpCmd(name, short, who string, do func(context.Context, *governSession, common.Hash) (string, error)) *cobra.Command {
	var g governFlags
	cmd := &cobra.Command{
		Use:     name + " ID",
		Short:   short,
		Long:    short + ". ID is the operation id schedule and list print. --key-file holds " + who + ".",
		Example: "  rwabridge offshore govern " + name + " 0x5f… --rpc http://127.0.0.1:8545 --deployment addresses.json --key-file key.hex",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			h := strings.TrimPrefix(args[0], "0x")
			if len(h) != 64 {
				return exitCode(2, fmt.Errorf("operation id %q: 32 bytes as hex, as rwabridge offshore govern list prints it", args[0]))
			}
			s, err := g.open(cmd.Context(), true)
			if err != nil {
				return err
			}
			defer s.client.Close()
			msg, err := do(cmd.Context(), s, common.HexToHash(h))
			switch {
			case errors.Is(err, governance.ErrNotReady), errors.Is(err, governance.ErrDone),
				errors.Is(err, governance.ErrCancelled), errors.Is(err, governance.ErrNoOperation):
				return exitCode(4, err)
			case err != nil:
				return exitCode(3, err)
			}
			fmt.Fprintln(cmd.OutOrStdout(), msg)
			return nil
		},
	}
	g.add(cmd, true)
	return cmd
}
