package main

import (
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/rwabridge/rwabridge/onshore/sim"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

func init() { register(newSimCmd) }

func newSimCmd() *cobra.Command {
	def := sim.Default()
	var (
		cfg    = def
		pool   string
		start  string
		out    string
		rotate []string
	)
	cmd := &cobra.Command{
		Use:   "sim --cabinets N --days D --seed S --out DIR",
		Short: "Simulate a fleet of battery-swap cabinets: device registry, device keys and signed events",
		Long: `sim writes a simulated fleet into DIR:

  devices.yaml      the device registry (public keys), for the agent and for verify
  device-keys.yaml  the cabinets' private keys (mode 0600; simulator and tests only)
  events.jsonl      the signed events, swaps and heartbeats, one JSON object per
                    line, in feed order

The same flags give byte-identical files. Days are UTC days from --start (a past
UTC midnight by default, so every epoch has ended). Demand follows commuter
peaks on the pool's local clock (--local-offset), with 60–140 swaps a day per
cabinet; some cabinets lose their link for hours and forward the stored events
later, with their original timestamps; some lose power and record nothing for a
while. Each cabinet numbers its events 1, 2, 3, ... without a gap.

--heartbeat PERIOD (default 1h): a cabinet signs a heartbeat, a signed event
with no swap ({"v":2,"kind":"heartbeat",...}), whenever PERIOD has passed since
its latest event, so an idle cabinet is heard from once a period and is not
mistaken for a silent one. Heartbeats take sequence numbers like swaps and
count toward nothing but completeness. --heartbeat 0 turns them off. See the onshore/sim package documentation for the model.

--rotate CABINET@DAY (repeatable) replaces the cabinet's key at the start of
simulated day DAY (1 to days-1, counted from --start) — or CABINET@TIME at an
RFC 3339 time inside the span, on a whole minute: from then on the cabinet
signs with a new key derived from the seed, devices.yaml records the key
history (see rwabridge devices --help) and device-keys.yaml holds the latest
key. The agent, the ledger and the auditor then check each event against the
key of its time.

Progress goes to stderr: a bar on a terminal (or with --progress), a line
every few seconds otherwise.`,
		Example: `  rwabridge sim --cabinets 50 --days 2 --seed 7 --out /tmp/fleet
  rwabridge sim --cabinets 1000 --days 30 --seed 1 --pool shenzhen-south --start 2026-09-01 --out /tmp/sept
  rwabridge telemetry verify --devices /tmp/fleet/devices.yaml --events /tmp/fleet/events.jsonl
  rwabridge sim --cabinets 20 --days 3 --rotate 4@1 --rotate 9@2026-11-02T13:30:00Z --out /tmp/rotated
  rwabridge sim --cabinets 10 --days 1 --heartbeat 15m --out /tmp/chatty`,
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
			for _, r := range rotate {
				kr, err := parseRotation(r, cfg.Start)
				if err != nil {
					return fmt.Errorf("--rotate %q: %w", r, err)
				}
				cfg.Rotations = append(cfg.Rotations, kr)
			}
			if err := cfg.Validate(); err != nil {
				return fmt.Errorf("%w (see rwabridge sim --help)", err)
			}
			pr := progressOf(cmd).start("simulating hours", int64(24*cfg.Days), "h", 5*time.Second)
			cfg.Progress = func(p sim.Progress) { pr.set(int64(p.Hours)) }
			defer pr.finish()
			began := time.Now()
			res, err := sim.WriteDir(cmd.Context(), cfg, out)
			if err != nil {
				return exitCode(1, fmt.Errorf("sim: %w", err))
			}
			took := time.Since(began)
			w := cmd.OutOrStdout()
			beats := fmt.Sprintf("%d heartbeats, one after each %s without an event", res.Heartbeats, cfg.Heartbeat)
			if cfg.Heartbeat == 0 {
				beats = "heartbeats off"
			}
			fmt.Fprintf(w, "simulated %d cabinets in pool %s over %d day(s) from %s: %d events (%d swaps, %s; %d forwarded late after link outages) in %s, %.0f events/s\n",
				cfg.Cabinets, cfg.Pool, cfg.Days, cfg.Start.Format(time.DateOnly), res.Events, res.Swaps, beats, res.Forwarded,
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
	f.DurationVar(&cfg.Heartbeat, "heartbeat", def.Heartbeat, "heartbeat period: a cabinet signs a heartbeat after this long without an event (at least 1m, whole seconds; 0 turns heartbeats off)")
	f.IntVar(&cfg.Workers, "workers", 0, "goroutines generating and signing (default one per CPU; the output does not depend on it)")
	f.StringArrayVar(&rotate, "rotate", nil, "rotate a cabinet's key mid-run: CABINET@DAY (day index from --start) or CABINET@TIME (RFC 3339); repeatable")
	addProgressFlag(cmd)
	return cmd
}

// parseRotation reads --rotate's CABINET@DAY (the start of day DAY counted
// from start) or CABINET@TIME (RFC 3339).
func parseRotation(v string, start time.Time) (sim.KeyRotation, error) {
	c, when, ok := strings.Cut(v, "@")
	if !ok {
		return sim.KeyRotation{}, errors.New("give CABINET@DAY or CABINET@TIME, e.g. 4@1 or 4@2026-11-02T06:00:00Z")
	}
	cabinet, err := parseCabinet(c)
	if err != nil {
		return sim.KeyRotation{}, err
	}
	if day, err := strconv.Atoi(when); err == nil {
		return sim.KeyRotation{Cabinet: cabinet, At: start.AddDate(0, 0, day)}, nil
	}
	at, err := time.Parse(time.RFC3339, when)
	if err != nil {
		return sim.KeyRotation{}, fmt.Errorf("%q is neither a day number nor an RFC 3339 time", when)
	}
	return sim.KeyRotation{Cabinet: cabinet, At: at.UTC()}, nil
}
