package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// version is set at link time (-ldflags "-X main.version=v1.2.3"); otherwise
// the module version or "devel".
var version = ""

func init() { register(newVersionCmd) }

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "version",
		Short:   "Print the rwabridge version and the versions it was built with",
		Example: "  rwabridge version",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			v, deps := version, map[string]string{}
			if info, ok := debug.ReadBuildInfo(); ok {
				if v == "" && info.Main.Version != "" && info.Main.Version != "(devel)" {
					v = info.Main.Version
				}
				for _, d := range info.Deps {
					deps[d.Path] = d.Version
				}
			}
			if v == "" {
				v = "devel"
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "rwabridge %s (%s, %s/%s)\n", v, runtime.Version(), runtime.GOOS, runtime.GOARCH)
			for _, m := range []string{"github.com/consensys/gnark", "github.com/consensys/gnark-crypto", "github.com/ethereum/go-ethereum"} {
				if dv, ok := deps[m]; ok {
					fmt.Fprintf(out, "  %s %s\n", m, dv)
				}
			}
			return nil
		},
	}
}
