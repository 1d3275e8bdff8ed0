package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

// groupCmd completes parent as a command that only groups subs. Run bare it
// prints its help; run with an argument that names no subcommand it fails,
// naming the ones to use (uses, e.g. "check or hash").
func groupCmd(parent *cobra.Command, uses string, subs ...*cobra.Command) *cobra.Command {
	parent.Args = cobra.ArbitraryArgs
	parent.RunE = func(cmd *cobra.Command, args []string) error {
		if len(args) > 0 {
			return fmt.Errorf("unknown subcommand %q of %s; use %s (see %s --help)", args[0], cmd.Name(), uses, cmd.CommandPath())
		}
		return cmd.Help()
	}
	parent.AddCommand(subs...)
	return parent
}
