package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/rwabridge/rwabridge/onshore/sim"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

func init() { register(newSimCmd) }

func newSimCmd() *cobra.Command {
	def := sim.Default()
	var (
		cfg      = def
		pool     string
		start    string
		out      string
		progress bool
	)
	cmd := &cobra.Command{
		Use:   "sim --cabinets N --days D --seed S --out DIR",
		Short: "Simulate a fleet of battery-swap cabinets: device registry, device keys and signed events",
		Long: `sim writes a simulated fleet into DIR:

  devices.yaml      the device registry (public keys), for the agent and for verify
  device-keys.yaml  the cabinets' private keys (mode 0600; simulator and tests only)
  events.jsonl      the signed swap events, one JSON object per line, in feed order

The same flags give byte-identical files. Days are UTC days from --start (a past
UTC midnight by default, so every epoch has ended). Demand follows commuter
peaks on the pool's local clock (--local-offset), with 60–140 swaps a day per
cabinet; some cabinets lose their link for hours and forward the stored events
later, with their original timestamps; some lose power and record nothing for a
while. See the onshore/sim package documentation for the model.

Progress is shown on stderr when it is a terminal, or with --progress.`,
		Example: `  rwabridge sim --cabinets 50 --days 2 --seed 7 --out /tmp/fleet
  rwabridge sim --cabinets 1000 --days 30 --seed 1 --pool shenzhen-south --start 2026-09-01 --out /tmp/sept
  rwabridge telemetry verify --devices /tmp/fleet/devices.yaml --events /tmp/fleet/events.jsonl`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if out == "" {
				return errors.New("missing --out: name the directory to write devices.yaml, device-keys.yaml and events.jsonl into, e.g. --out /tmp/fleet")
			}
			cfg.Pool = telemetry.PoolID(pool)
			t, err := time.Parse(time.DateOnly, start)
			if err != nil {
				return fmt.Errorf("--start %q: give a UTC date as YYYY-MM-DD, e.g. --start %s", start, sim.DefaultStart.Format(time.DateOnly))
			}
			cfg.Start = t
			if err := cfg.Validate(); err != nil {
				return fmt.Errorf("%w (see rwabridge sim --help)", err)
			}
			stderr := cmd.ErrOrStderr()
			if progress || isTerminal(stderr) {
				bar := progressbar.NewOptions(24*cfg.Days,
					progressbar.OptionSetWriter(stderr),
					progressbar.OptionSetDescription("simulating hours"),
					progressbar.OptionShowCount(),
					progressbar.OptionThrottle(100*time.Millisecond),
					progressbar.OptionClearOnFinish(),
				)
				cfg.Progress = func(p sim.Progress) { _ = bar.Set(p.Hours) }
				defer bar.Finish()
			}
			began := time.Now()
			res, err := sim.WriteDir(cmd.Context(), cfg, out)
			if err != nil {
				return exitCode(1, fmt.Errorf("sim: %w", err))
			}
			took := time.Since(began)
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "simulated %d cabinets in pool %s over %d day(s) from %s: %d events (%d forwarded late after link outages) in %s, %.0f events/s\n",
				cfg.Cabinets, cfg.Pool, cfg.Days, cfg.Start.Format(time.DateOnly), res.Events, res.Forwarded,
				took.Round(time.Millisecond), float64(res.Events)/took.Seconds())
			fmt.Fprintf(w, "  %s  registry %q\n", filepath.Join(out, sim.DevicesFile), cfg.Registry())
			fmt.Fprintf(w, "  %s  private keys, simulator and tests only\n", filepath.Join(out, sim.DeviceKeysFile))
			fmt.Fprintf(w, "  %s\n", filepath.Join(out, sim.EventsFile))
			return nil
		},
	}
	f := cmd.Flags()
	f.IntVar(&cfg.Cabinets, "cabinets", def.Cabinets, fmt.Sprintf("number of cabinets (ids 1..N, at most %d)", sim.MaxCabinets))
	f.IntVar(&cfg.Days, "days", def.Days, "number of UTC days to simulate")
	f.Uint64Var(&cfg.Seed, "seed", def.Seed, "random seed: the same seed and flags give the same files")
	f.StringVar(&out, "out", "", "directory to write into (created if missing; existing files are replaced)")
	f.StringVar(&pool, "pool", string(def.Pool), "pool id of the fleet")
	f.StringVar(&start, "start", def.Start.Format(time.DateOnly), "first simulated UTC day (YYYY-MM-DD)")
	f.StringVar(&cfg.RegistryID, "registry-id", "", `registry id bound into every signature (default "sim-<pool>-<seed>")`)
	f.DurationVar(&cfg.LocalOffset, "local-offset", def.LocalOffset, "the pool's local time minus UTC, for the demand curve and the tariff")
	f.IntVar(&cfg.Workers, "workers", 0, "goroutines generating and signing (default one per CPU; the output does not depend on it)")
	f.BoolVar(&progress, "progress", false, "show progress on stderr even when it is not a terminal")
	return cmd
}

// isTerminal reports whether w is a character device such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
