package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"

	"github.com/spf13/cobra"
)

// bridgeProcess holds the flags of a long-running bridge process (the
// attestor, the relayer): a YAML config, one pass or a service, a metrics
// address and a log level.
type bridgeProcess struct {
	config, metrics, logLevel string
	once                      bool
}

// addFlags declares the flags; what names the config ("attestor"), onceHelp
// says what --once does, metricsExample is an address for --metrics' help.
func (p *bridgeProcess) addFlags(cmd *cobra.Command, what, onceHelp, metricsExample string) {
	f := cmd.Flags()
	f.StringVar(&p.config, "config", "", what+" config file (YAML)")
	f.BoolVar(&p.once, "once", false, onceHelp)
	f.StringVar(&p.metrics, "metrics", "", "address to serve /metrics and /healthz on (e.g. "+metricsExample+")")
	f.StringVar(&p.logLevel, "log-level", "info", "debug, info, warn or error")
}

// runE checks the flags, makes the logger and calls run (exit 2 for a
// missing --config or a bad log level).
func (p *bridgeProcess) runE(run func(ctx context.Context, p *bridgeProcess, log *slog.Logger, stdout io.Writer) error) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, _ []string) error {
		if p.config == "" {
			return exitCode(2, fmt.Errorf("--config is required (see %s --help)", cmd.CommandPath()))
		}
		log, err := newLogger(cmd.ErrOrStderr(), p.logLevel)
		if err != nil {
			return exitCode(2, err)
		}
		return run(cmd.Context(), p, log, cmd.OutOrStdout())
	}
}
