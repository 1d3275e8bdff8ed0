package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/consensys/gnark/logger"
	"github.com/spf13/cobra"

	"github.com/rwabridge/rwabridge/offshore/gasbench"
)

func init() { register(newBenchCmd) }

func newBenchCmd() *cobra.Command {
	return groupCmd(&cobra.Command{
		Use:     "bench",
		Short:   "Measure rwabridge's costs",
		Example: `  rwabridge bench gas`,
	}, "gas", newBenchGasCmd())
}

func newBenchGasCmd() *cobra.Command {
	var keysDir string
	var detail bool
	cmd := &cobra.Command{
		Use:   "gas",
		Short: "Print the gas of submitDisclosure and claim under Osaka rules",
		Long: `gas deploys every contract on an in-process simulated chain whose newest
active fork is Osaka (no later fork's state pricing), proves three consecutive
epochs of a pool with the real summary circuit at capacity 8 (development
keys, set up once in --keys-dir and reused; proof size and verification cost
do not depend on the capacity) — two of one chunk, then one of three chunks —
has two of three committee members attest them, submits them, deposits a
payout and has a holder claim it. It prints:

  submitDisclosure gas: N     a pool's later (steady-state) single-chunk disclosure
  claim gas: N                a holder's claim of an epoch's payout
  submitDisclosure gas (3 chunks): N
                              a later disclosure of a three-chunk epoch, all
                              its chunk proofs in one transaction

--detail adds the pool's first disclosure, a bare verifyProof transaction and
the payout deposit. Every figure is a whole transaction: 21 000 base and
calldata included.`,
		Example: `  rwabridge bench gas
  rwabridge bench gas --detail --keys-dir /tmp/rwabridge-bench-keys`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			logger.Disable() // gnark's progress logs would drown the figures
			r, err := gasbench.Run(cmd.Context(), keysDir)
			if err != nil {
				return exitCode(1, err)
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "submitDisclosure gas: %d\n", r.Submit)
			fmt.Fprintf(out, "claim gas: %d\n", r.Claim)
			fmt.Fprintf(out, "submitDisclosure gas (%d chunks): %d\n", gasbench.MultiChunks, r.SubmitMulti)
			if detail {
				fmt.Fprintf(out, "submitDisclosure (first epoch of a pool) gas: %d\n", r.SubmitFirst)
				fmt.Fprintf(out, "verifyProof (bare transaction) gas: %d\n", r.VerifyProof)
				fmt.Fprintf(out, "depositPayout gas: %d\n", r.Deposit)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&keysDir, "keys-dir", filepath.Join(os.TempDir(), "rwabridge-bench-keys"), "directory for the benchmark's development keys (created and reused)")
	cmd.Flags().BoolVar(&detail, "detail", false, "also print the first disclosure, a bare verifyProof and the deposit")
	return cmd
}
