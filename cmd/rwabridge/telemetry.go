package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
)

func init() { register(newTelemetryCmd) }

func newTelemetryCmd() *cobra.Command {
	return groupCmd(&cobra.Command{
		Use:   "telemetry",
		Short: "Work with cabinet telemetry: verify signed event files",
		Long: `telemetry groups the commands that work on signed cabinet events (swaps and
heartbeats) and the device registry that verifies them.`,
		Example: `  rwabridge telemetry verify --devices /tmp/fleet/devices.yaml --events /tmp/fleet/events.jsonl
  rwabridge telemetry verify --devices devices.yaml --events - --json < events.jsonl`,
	}, "verify", newTelemetryVerifyCmd())
}

func newTelemetryVerifyCmd() *cobra.Command {
	var (
		devices, events, policyRef string
		maxSkew                    time.Duration
		asJSON                     bool
		show                       int
	)
	cmd := &cobra.Command{
		Use:   "verify --devices devices.yaml --events events.jsonl",
		Short: "Check every signed event in a JSON Lines file against a device registry",
		Long: `verify reads every line of a JSON Lines events file and checks it the way the
agent would accept it: the event model (seq from 1), the device (registered,
in its pool, not revoked) and its signature, physical bounds, clock skew
against this machine's clock, and each event's identity, by exact (cabinet, seq) comparison with the
lines before it, in any order: the same bytes again are a duplicate, other
bytes a conflict; a late or out-of-order event is valid.
With --policy (a policy file or an embedded policy id) the record bounds are the
policy's, as the agent checks them when it runs with that policy; without it,
the physical bounds of the model.

A line is a swap or a heartbeat: a cabinet's signed sign of life with no swap,
{"v":2,"kind":"heartbeat","pool":...,"cabinet":...,"seq":...,"time":...,"sig":...},
checked like any event (the physical bounds are a swap's: a heartbeat has no
swap fields at all). The summary counts both.

A line that names a JSON key twice, or starts with a UTF-8 byte-order mark, is
malformed (it is never read as the last value wins).

A bad line does not stop the check. Exit status 0: every event is valid, and a
summary (events, cabinets, time span) is printed. Exit status 1: some lines
failed; the count per error class (malformed, unknown_device, revoked_device,
bad_signature, duplicate, conflict, out_of_range, clock_skew) and the first failing lines
are printed. Exit status 2: the command could not run (bad flags, unreadable
registry or events file). Exit status 3: the input holds no event at all (an
empty file is not "all events valid").`,
		Example: `  rwabridge telemetry verify --devices /tmp/fleet/devices.yaml --events /tmp/fleet/events.jsonl
  rwabridge telemetry verify --devices devices.yaml --events - --json < events.jsonl
  rwabridge telemetry verify --devices devices.yaml --events events.jsonl --max-skew 1h --show 20
  rwabridge telemetry verify --devices devices.yaml --events events.jsonl --policy battery-swap-daily`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if devices == "" || events == "" {
				return errors.New("missing --devices or --events: name the device registry (devices.yaml) and the events file (JSON Lines, - for stdin), e.g. --devices /tmp/fleet/devices.yaml --events /tmp/fleet/events.jsonl")
			}
			if maxSkew < 0 {
				return fmt.Errorf("--max-skew %s: give a window of 0 or more (0 disables the clock check)", maxSkew)
			}
			if show < 0 {
				return fmt.Errorf("--show %d: give how many failing lines to print (0 or more)", show)
			}
			reg, err := telemetry.LoadRegistry(devices)
			if err != nil {
				return fmt.Errorf("reading the device registry: %w", err)
			}
			in, name := cmd.InOrStdin(), events
			if events == "-" {
				name = "stdin"
			} else {
				f, err := os.Open(events)
				if err != nil {
					return fmt.Errorf("reading events: %w", err)
				}
				defer f.Close()
				in = f
			}
			v := telemetry.NewValidator(reg)
			if policyRef != "" {
				p, _, err := policies.Resolve(policyRef)
				if err != nil {
					return fmt.Errorf("--%w", err)
				}
				v.Bounds = p.Bounds()
			}
			v.MaxSkew = maxSkew
			if maxSkew == 0 {
				v.MaxSkew = -1 // the flag's 0 means no window at all, not the default
			}
			rep, err := telemetry.Check(v, in, show)
			if err != nil {
				return fmt.Errorf("reading events from %s: %w", name, err)
			}
			rep.Events, rep.Devices, rep.Registry = events, devices, reg.ID
			out := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				if err := enc.Encode(rep); err != nil {
					return err
				}
			} else {
				printVerifyReport(out, rep)
			}
			if rep.Lines == 0 {
				return exitCode(3, fmt.Errorf("%s holds no event: nothing was verified", name))
			}
			if !rep.OK {
				return exitCode(1, fmt.Errorf("%d of %d event lines in %s failed verification", rep.Invalid, rep.Lines, name))
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&devices, "devices", "", "device registry (devices.yaml)")
	f.StringVar(&events, "events", "", "signed events, JSON Lines (- reads stdin)")
	f.DurationVar(&maxSkew, "max-skew", telemetry.DefaultMaxSkew, "how far in the future of this machine's clock an event may be dated (0 disables the check)")
	f.BoolVar(&asJSON, "json", false, "print a machine-readable report (JSON) instead of text")
	f.IntVar(&show, "show", 5, "how many failing lines to show")
	f.StringVar(&policyRef, "policy", "", "check records against this policy's bounds (a file or an embedded policy id)")
	return cmd
}

func printVerifyReport(w io.Writer, rep *telemetry.CheckReport) {
	span := "no events"
	if rep.First != nil {
		span = fmt.Sprintf("%s .. %s (%s)", rep.First.Format(time.RFC3339), rep.Last.Format(time.RFC3339), rep.Last.Sub(*rep.First))
	}
	fmt.Fprintf(w, "%s: %d event lines, %d valid (%d swaps, %d heartbeats) from %d cabinets in pool(s) %s, registry %q\n",
		rep.Events, rep.Lines, rep.Valid, rep.Valid-rep.Heartbeats, rep.Heartbeats, rep.Cabinets, strings.Join(rep.Pools, ", "), rep.Registry)
	fmt.Fprintf(w, "time span of valid events: %s\n", span)
	if rep.Lines == 0 {
		fmt.Fprintln(w, "no events: nothing was verified")
		return
	}
	if rep.OK {
		fmt.Fprintln(w, "all events valid")
		return
	}
	fmt.Fprintf(w, "%d invalid:\n", rep.Invalid)
	classes := append(telemetry.Classes(), "other")
	for _, c := range classes {
		if n := rep.Errors[c]; n > 0 {
			fmt.Fprintf(w, "  %-15s %d\n", c, n)
		}
	}
	if len(rep.Failures) > 0 {
		fmt.Fprintf(w, "first %d failing lines:\n", len(rep.Failures))
		for _, f := range rep.Failures {
			fmt.Fprintf(w, "  line %d: %s: %s\n", f.Line, f.Class, f.Message)
		}
	}
}
