package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/rwabridge/rwabridge/policies/policy"
)

func init() { register(newPolicyCmd) }

func newPolicyCmd() *cobra.Command {
	return groupCmd(&cobra.Command{
		Use:   "policy",
		Short: "Check disclosure policies and print their canonical hashes",
		Long: `A disclosure policy (YAML) says what a proof may disclose for a pool and epoch:
the epoch length, the metrics, the k-anonymity threshold, per-record bounds,
the L2 registry's sanity bounds, the payout share and the withheld fields.
Its canonical hash (a BN254 field element) is a public input of every proof
and is pinned in the registry. The schema is documented in package
github.com/rwabridge/rwabridge/policies/policy and in policies/*.yaml.`,
		Example: `  rwabridge policy check policies/*.yaml
  rwabridge policy hash policies/battery-swap-daily.yaml`,
	}, "check or hash", newPolicyCheckCmd(), newPolicyHashCmd())
}

func newPolicyCheckCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "check FILE...",
		Short: "Validate policy files, naming every problem of every file",
		Long: `check loads each policy file strictly (unknown or duplicate keys, wrong types,
empty files and several documents are errors, with line numbers), validates it,
and prints for each valid file:

  OK <file> id=<id> version=<version> hash=<0x…>

Problems go to stderr, one per line as <file>: <problem>. The exit status is 1
when any file has a problem, 2 for a usage error.`,
		Example: `  rwabridge policy check policies/*.yaml
  rwabridge policy check my-policy.yaml && echo valid`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, files []string) error {
			bad := 0
			for _, f := range files {
				p, err := policy.Load(f)
				if err != nil {
					bad++
					fmt.Fprintln(cmd.ErrOrStderr(), err)
					continue
				}
				fmt.Fprintf(cmd.OutOrStdout(), "OK %s id=%s version=%d hash=%s\n", f, p.ID, p.Version, p.Hash())
			}
			if bad > 0 {
				return exitCode(1, fmt.Errorf("%d of %d policy files have problems (listed above)", bad, len(files)))
			}
			return nil
		},
	}
}

func newPolicyHashCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "hash FILE",
		Short: "Print the canonical hash of a policy file",
		Long: `hash prints the policy's canonical hash as 0x-prefixed hex (32 bytes): the value
proofs bind as a public input and the L2 registry allows. It depends only on
the policy's values, not on YAML formatting, key order, comments or list order.
An invalid policy has no hash: its problems go to stderr and the exit status is 1.`,
		Example: `  rwabridge policy hash policies/battery-swap-daily.yaml
  HASH=$(rwabridge policy hash policies/battery-swap-weekly.yaml)`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := policy.Load(args[0])
			if err != nil {
				fmt.Fprintln(cmd.ErrOrStderr(), err)
				return exitCode(1, fmt.Errorf("%s is not a valid policy (problems listed above)", args[0]))
			}
			fmt.Fprintln(cmd.OutOrStdout(), p.Hash())
			return nil
		},
	}
}
