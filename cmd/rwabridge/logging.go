package main

import (
	"errors"
	"fmt"
	"log/slog"
	"slices"

	"github.com/spf13/cobra"
)

// The log flags every command inherits from the root: one name, one
// default, one meaning everywhere.
const (
	flagLogLevel  = "log-level"
	flagLogFormat = "log-format"

	defaultLogLevel  = "info"
	defaultLogFormat = logFormatText

	logFormatText = "text"
	logFormatJSON = "json"
)

// errLogFlag is wrapped by a --log-level or --log-format value rwabridge
// does not know.
var errLogFlag = errors.New("bad log flag")

// addLogFlags declares --log-level and --log-format on root, for every
// command, and checks them before any command runs (exit 2 when bad).
func addLogFlags(root *cobra.Command) {
	f := root.PersistentFlags()
	f.String(flagLogLevel, defaultLogLevel, "log level: debug, info, warn or error (logs go to stderr)")
	f.String(flagLogFormat, defaultLogFormat, "log format: text (key=value) or json (one object a line)")
	root.PersistentPreRunE = func(cmd *cobra.Command, _ []string) error {
		_, err := logOptions(cmd)
		return err
	}
}

// logOptions reads and checks the log flags of cmd.
func logOptions(cmd *cobra.Command) (logConfig, error) {
	f := cmd.Flags()
	level, _ := f.GetString(flagLogLevel)
	format, _ := f.GetString(flagLogFormat)
	var c logConfig
	if err := c.level.UnmarshalText([]byte(level)); err != nil {
		return c, exitCode(2, fmt.Errorf("%w: --log-level %q: use debug, info, warn or error", errLogFlag, level))
	}
	if !slices.Contains([]string{logFormatText, logFormatJSON}, format) {
		return c, exitCode(2, fmt.Errorf("%w: --log-format %q: use text or json", errLogFlag, format))
	}
	c.json = format == logFormatJSON
	return c, nil
}

type logConfig struct {
	level slog.Level
	json  bool
}

// newLogger returns the logger of cmd: to its stderr, at --log-level, in
// --log-format. Its error exits 2.
func newLogger(cmd *cobra.Command) (*slog.Logger, error) {
	c, err := logOptions(cmd)
	if err != nil {
		return nil, err
	}
	opts := &slog.HandlerOptions{Level: c.level}
	if c.json {
		return slog.New(slog.NewJSONHandler(cmd.ErrOrStderr(), opts)), nil
	}
	return slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), opts)), nil
}
