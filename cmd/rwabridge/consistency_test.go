package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// allCommands returns root and every command under it, depth first.
func allCommands(root *cobra.Command) []*cobra.Command {
	out := []*cobra.Command{root}
	for _, c := range root.Commands() {
		out = append(out, allCommands(c)...)
	}
	return out
}

// pathOf is a command's path without the binary's name ("" for the root).
func pathOf(c *cobra.Command) string {
	return strings.TrimPrefix(strings.TrimPrefix(c.CommandPath(), "rwabridge"), " ")
}

// longRunning are the commands that run as services: each serves /metrics
// and /healthz on --metrics (deploy/systemd and deploy/k8s probe it).
var longRunning = []string{"agent", "sealer", "attest", "relay", "investor serve", "chaincode", "demo"}

// singlePool are the commands whose --pool names one pool instead of
// filtering, and why.
var singlePool = map[string]string{
	"prove":       "proves one epoch of one pool",
	"prove merge": "merges the chunk proofs of one epoch of one pool",
	"sim":         "names the simulated fleet's pool",
	"demo":        "names the demo fleet's pool",
	"bench soak":  "names the simulated fleet's pool",
	"relay retry": "re-queues one epoch of one pool",
	// A scheduled change names the one pool it changes.
	"offshore govern schedule allow-policy":      "changes one pool",
	"offshore govern schedule disallow-policy":   "changes one pool",
	"offshore govern schedule set-sanity-bounds": "changes one pool",
	"offshore govern schedule upgrade-verifier":  "changes one pool",
	"offshore govern schedule activate-pool":     "changes one pool",
}

// TestEveryCommandFollowsTheSameConventions walks every command of
// rwabridge: the same log flags with the same defaults, --metrics on every
// service, one name for keys, --pool repeatable wherever it filters, an
// example in every --help.
func TestEveryCommandFollowsTheSameConventions(t *testing.T) {
	root := newRootCmd(io.Discard, io.Discard)
	seen := map[string]bool{}
	for _, c := range allCommands(root) {
		path := pathOf(c)
		seen[path] = true
		t.Run("rwabridge "+path, func(t *testing.T) {
			if strings.TrimSpace(c.Example) == "" {
				t.Error("--help has no example")
			}
			for flag, def := range map[string]string{flagLogLevel: defaultLogLevel, flagLogFormat: defaultLogFormat} {
				f := c.Flag(flag)
				switch {
				case f == nil:
					t.Errorf("no --%s", flag)
				case f.DefValue != def:
					t.Errorf("--%s defaults to %q, want %q as everywhere", flag, f.DefValue, def)
				case c != root && c.LocalFlags().Lookup(flag) != nil:
					t.Errorf("declares its own --%s instead of the root's", flag)
				}
			}
			if c.Flag("keys-dir") != nil {
				t.Error("has --keys-dir: key directories are --keys")
			}
			if f := c.Flag("out"); f != nil && strings.Contains(f.Usage, "key") {
				t.Errorf("--out names key files (%q): key directories are --keys", f.Usage)
			}
			if f := c.Flag("listen"); f != nil && (c.Name() == "agent" || strings.Contains(f.Usage, "metrics") || strings.Contains(f.Usage, "healthz")) {
				t.Errorf("--listen serves metrics or health (%q): that is --metrics", f.Usage)
			}
			if f := c.Flags().Lookup("pool"); f != nil && f.Value.Type() != "stringArray" {
				if _, ok := singlePool[path]; !ok {
					t.Errorf("--pool is a %s: a filter takes the flag repeated (StringArray)", f.Value.Type())
				}
			}
			if slices.Contains(longRunning, path) {
				f := c.Flags().Lookup(flagMetrics)
				if f == nil || !strings.Contains(f.Usage, "/metrics") || !strings.Contains(f.Usage, "/healthz") {
					t.Errorf("a long-running command without --metrics serving /metrics and /healthz: %v", f)
				}
			}
		})
	}
	for _, path := range longRunning {
		if !seen[path] {
			t.Errorf("long-running command %q does not exist", path)
		}
	}
	for path := range singlePool {
		if !seen[path] {
			t.Errorf("singlePool names %q, which does not exist", path)
		}
	}
}

// TestUnknownSubcommandsExit2: rwabridge nosuch and, for every command with
// subcommands, rwabridge GROUP nosuch fail with exit 2, naming it.
func TestUnknownSubcommandsExit2(t *testing.T) {
	for _, c := range allCommands(newRootCmd(io.Discard, io.Discard)) {
		if !c.HasSubCommands() {
			continue
		}
		args := append(strings.Fields(pathOf(c)), "nosuch")
		t.Run("rwabridge "+strings.Join(args, " "), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(context.Background(), args, &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), `"nosuch"`) {
				t.Errorf("exit %d, stderr %q; want 2 naming the subcommand", code, stderr.String())
			}
		})
	}
}

// errReached is what a command's RunE returns in the tests below: the flag
// checks before it let the command start.
var errReached = errors.New("the command ran")

// TestBadLogAndMetricsFlagsExit2BeforeAnythingRuns: on every command a bad
// --log-level or --log-format, and on every service a --metrics that is not
// HOST:PORT, exit 2 before the command does anything.
func TestBadLogAndMetricsFlagsExit2BeforeAnythingRuns(t *testing.T) {
	var stdout, stderr bytes.Buffer
	root := newRootCmd(&stdout, &stderr)
	for _, c := range allCommands(root) {
		if c.RunE == nil || c.ValidateArgs(nil) != nil {
			continue // needs arguments: cobra refuses it before any flag check
		}
		for _, bad := range [][]string{{"--log-level", "loud"}, {"--log-format", "xml"}} {
			path := pathOf(c)
			t.Run("rwabridge "+path+" "+strings.Join(bad, " "), func(t *testing.T) {
				runE := c.RunE
				c.RunE = func(*cobra.Command, []string) error { return errReached }
				defer func() { c.RunE = runE }()
				stdout.Reset()
				stderr.Reset()
				root.SetArgs(append(strings.Fields(path), bad...))
				err := root.ExecuteContext(context.Background())
				var ee *exitError
				if !errors.As(err, &ee) || ee.code != 2 || !errors.Is(err, errLogFlag) {
					t.Errorf("error %v; want exit 2 for %s", err, bad[0])
				}
			})
		}
	}
	for _, tc := range []struct{ path, args string }{
		{"agent", "--data d --devices devices.yaml --source file:events.jsonl"},
		{"sealer", "--data d --policy battery-swap-daily"},
		{"attest", "--config attest.yaml"},
		{"relay", "--config relay.yaml"},
		{"investor serve", "--rpc http://127.0.0.1:1 --registry 0x5FbDB2315678afecb367f032d93F642f64180aa3"},
		{"chaincode", "--address 127.0.0.1:0 --id cc:1"},
	} {
		t.Run("rwabridge "+tc.path+" --metrics 9100", func(t *testing.T) {
			args := append(strings.Fields(tc.path), strings.Fields(tc.args)...)
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), append(args, "--metrics", "9100"), &stdout, &stderr)
			if code != 2 || !strings.Contains(stderr.String(), "--metrics") || !strings.Contains(stderr.String(), "HOST:PORT") {
				t.Errorf("exit %d, stderr %q; want 2 naming --metrics", code, stderr.String())
			}
		})
	}
}
