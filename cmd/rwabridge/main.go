// Command rwabridge runs every part of rwabridge: one binary, a subcommand per
// job. See `rwabridge --help`.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	gnarklog "github.com/consensys/gnark/logger"
	"github.com/spf13/cobra"
)

// subcommands is filled by each subcommand's file (one file per subcommand).
var subcommands []func() *cobra.Command

func register(f func() *cobra.Command) { subcommands = append(subcommands, f) }

// exitError carries a process exit code through cobra. Commands return it for
// outcomes that are not usage errors (e.g. "1 event failed verification").
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// exitCode returns an error that makes rwabridge exit with code after
// printing err.
func exitCode(code int, err error) error { return &exitError{code: code, err: err} }

func newRootCmd(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "rwabridge",
		Short: "Two chains, one bridge: proven real-world-asset disclosures from a consortium ledger to an Ethereum L2",
		Long: `rwabridge records signed asset telemetry on an onshore consortium ledger, proves
disclosed summaries with zero-knowledge proofs, and relays them with consortium
attestations to a registry contract on an Ethereum L2. Raw data never leaves.`,
		Example: `  rwabridge sim --cabinets 50 --days 2 --seed 7 --out /tmp/fleet
  rwabridge telemetry verify --devices /tmp/fleet/devices.yaml --events /tmp/fleet/events.jsonl
  rwabridge policy check policies/*.yaml`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	addLogFlags(root)
	for _, f := range subcommands {
		root.AddCommand(f())
	}
	return root
}

// run executes rwabridge with args and returns the process exit code.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	// gnark logs its internals (compile statistics, solver and verifier
	// timings, and a stale warning that verifiers with a commitment need
	// sha256 — ours use keccak256, as the prover does) to stdout; the
	// commands report their own progress instead.
	gnarklog.Disable()
	root := newRootCmd(stdout, stderr)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return 0
	}
	fmt.Fprintln(stderr, "rwabridge:", err)
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	return 2
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
