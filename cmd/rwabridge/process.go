package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"

	"github.com/spf13/cobra"
)

// bridgeProcess holds the flags of a long-running bridge process (the
// attestor, the relayer): a YAML config, one pass or a service, and a
// metrics address (the log flags are the root's).
type bridgeProcess struct {
	config, metrics string
	once            bool
}

// addFlags declares the flags; what names the config ("attestor"), onceHelp
// says what --once does, metricsExample is an address for --metrics' help.
func (p *bridgeProcess) addFlags(cmd *cobra.Command, what, onceHelp, metricsExample string) {
	f := cmd.Flags()
	f.StringVar(&p.config, "config", "", what+" config file (YAML)")
	f.BoolVar(&p.once, "once", false, onceHelp)
	addMetricsFlag(f, &p.metrics, metricsExample)
}

// runE checks the flags, makes the logger and calls run (exit 2 for a
// missing --config or a bad log flag).
func (p *bridgeProcess) runE(run func(ctx context.Context, p *bridgeProcess, log *slog.Logger, stdout io.Writer) error) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, _ []string) error {
		if p.config == "" {
			return exitCode(2, fmt.Errorf("--config is required (see %s --help)", cmd.CommandPath()))
		}
		if err := checkMetricsAddr(p.metrics); err != nil {
			return err
		}
		log, err := newLogger(cmd)
		if err != nil {
			return err
		}
		return run(cmd.Context(), p, log, cmd.OutOrStdout())
	}
}
