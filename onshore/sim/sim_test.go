package sim

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name   string
		modify func(*Config)
		want   string // "" means valid
	}{
		{"the default config is valid", func(*Config) {}, ""},
		{"a fleet of the largest size is valid", func(c *Config) { c.Cabinets = MaxCabinets }, ""},
		{"an invalid pool id is rejected", func(c *Config) { c.Pool = "Shenzhen North" }, "pool"},
		{"zero cabinets are rejected", func(c *Config) { c.Cabinets = 0 }, "cabinets = 0"},
		{"too many cabinets are rejected", func(c *Config) { c.Cabinets = MaxCabinets + 1 }, "cabinets"},
		{"zero days are rejected", func(c *Config) { c.Days = 0 }, "days = 0"},
		{"a start that is not a UTC midnight is rejected", func(c *Config) { c.Start = c.Start.Add(time.Hour) }, "not a UTC midnight"},
		{"a midnight in another zone is rejected", func(c *Config) {
			c.Start = time.Date(2026, 11, 1, 0, 0, 0, 0, time.FixedZone("CST", 8*3600))
		}, "not a UTC midnight"},
		{"a missing start is rejected", func(c *Config) { c.Start = time.Time{} }, "start is missing"},
		{"a span past 2106 is rejected", func(c *Config) { c.Start = time.Date(2106, 2, 1, 0, 0, 0, 0, time.UTC); c.Days = 30 }, "representable"},
		{"a local offset of seconds is rejected", func(c *Config) { c.LocalOffset = 30 * time.Second }, "local offset"},
		{"a free tariff is rejected", func(c *Config) { c.Tariff.OffPeakCentsPerKWh = 0 }, "off-peak"},
		{"a tariff that could exceed the fee bound is rejected", func(c *Config) { c.Tariff.PeakCentsPerKWh = MaxPriceCentsPerKWh + 1 }, "peak"},
		{"a registry id over 255 bytes is rejected", func(c *Config) { c.RegistryID = strings.Repeat("r", 256) }, "registry id"},
		{"negative workers are rejected", func(c *Config) { c.Workers = -1 }, "workers"},
		{"no heartbeats is valid", func(c *Config) { c.Heartbeat = 0 }, ""},
		{"a heartbeat every minute is valid", func(c *Config) { c.Heartbeat = time.Minute }, ""},
		{"a heartbeat period under a minute is rejected", func(c *Config) { c.Heartbeat = 59 * time.Second }, "heartbeat 59s"},
		{"a negative heartbeat period is rejected", func(c *Config) { c.Heartbeat = -time.Hour }, "heartbeat -1h"},
		{"a heartbeat period of fractional seconds is rejected", func(c *Config) { c.Heartbeat = time.Hour + time.Millisecond }, "whole seconds"},
		{"a mid-run key rotation is valid", func(c *Config) {
			c.Days = 2
			c.Rotations = []KeyRotation{{Cabinet: 3, At: c.Start.Add(30 * time.Hour)}}
		}, ""},
		{"a rotation of a cabinet outside the fleet is rejected", func(c *Config) {
			c.Rotations = []KeyRotation{{Cabinet: uint32(c.Cabinets) + 1, At: c.Start.Add(time.Hour)}}
		}, "not one of the fleet"},
		{"a rotation at the start is rejected", func(c *Config) { c.Rotations = []KeyRotation{{Cabinet: 1, At: c.Start}} }, "mid-run"},
		{"a rotation after the end is rejected", func(c *Config) { c.Rotations = []KeyRotation{{Cabinet: 1, At: c.End()}} }, "mid-run"},
		{"a rotation off the minute is rejected", func(c *Config) { c.Rotations = []KeyRotation{{Cabinet: 1, At: c.Start.Add(time.Hour + time.Second)}} }, "whole minute"},
		{"two rotations of a cabinet at one time are rejected", func(c *Config) {
			c.Rotations = []KeyRotation{{Cabinet: 1, At: c.Start.Add(time.Hour)}, {Cabinet: 1, At: c.Start.Add(time.Hour)}}
		}, "rotates twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := Default()
			tt.modify(&cfg)
			err := cfg.Validate()
			if tt.want == "" {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			if !errors.Is(err, ErrInvalidConfig) {
				t.Fatalf("Validate() = %v, want an error wrapping ErrInvalidConfig", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Validate() = %q, want it to mention %q", err, tt.want)
			}
		})
	}
}

func TestRegistryIDDefaultsToPoolAndSeed(t *testing.T) {
	cfg := Default()
	cfg.Seed = 7
	if got, want := cfg.Registry(), "sim-shenzhen-north-7"; got != want {
		t.Fatalf("Registry() = %q, want %q", got, want)
	}
	cfg.RegistryID = "fleet-a"
	if got := cfg.Registry(); got != "fleet-a" {
		t.Fatalf("Registry() with RegistryID set = %q, want fleet-a", got)
	}
}

func TestTariff(t *testing.T) {
	tr := DefaultTariff()
	tests := []struct {
		name     string
		minute   int
		energyWh uint32
		want     uint32
	}{
		{"a morning peak swap pays the peak price", 8 * 60, 1500, 270},
		{"an evening peak swap pays the peak price", 20*60 + 59, 1000, 180},
		{"a midday swap pays the shoulder price", 12 * 60, 1000, 130},
		{"a night swap pays the off-peak price", 3 * 60, 1000, 80},
		{"a fee rounds half up to a whole cent", 3 * 60, 1006, 80},   // 80.48
		{"a fee of exactly half a cent rounds up", 3 * 60, 1025, 82}, // 82.0
		{"a fee above half a cent rounds up", 12 * 60, 1004, 131},    // 130.52
		{"no energy costs nothing", 12 * 60, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tr.Fee(tt.minute, tt.energyWh); got != tt.want {
				t.Fatalf("Fee(%d, %d) = %d, want %d", tt.minute, tt.energyWh, got, tt.want)
			}
		})
	}
}

func generate(t testing.TB, cfg Config) ([]byte, Result) {
	t.Helper()
	var buf bytes.Buffer
	res, err := Generate(context.Background(), cfg, &buf)
	if err != nil {
		t.Fatalf("Generate: %v", err)
	}
	return buf.Bytes(), res
}

func TestGenerateIsDeterministic(t *testing.T) {
	base := Default()
	base.Cabinets, base.Days, base.Seed = 7, 2, 42
	want, _ := generate(t, base)
	if len(want) == 0 {
		t.Fatal("no events generated")
	}
	tests := []struct {
		name   string
		modify func(*Config)
		same   bool
	}{
		{"the same seed gives the same bytes", func(*Config) {}, true},
		{"one worker gives the same bytes as many", func(c *Config) { c.Workers = 1 }, true},
		{"three workers give the same bytes as many", func(c *Config) { c.Workers = 3 }, true},
		{"another seed gives other bytes", func(c *Config) { c.Seed = 43 }, false},
		{"another registry id gives other signatures", func(c *Config) { c.RegistryID = "other" }, false},
		{"another heartbeat period gives other events", func(c *Config) { c.Heartbeat = 2 * time.Hour }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := base
			tt.modify(&cfg)
			got, _ := generate(t, cfg)
			if same := bytes.Equal(got, want); same != tt.same {
				t.Fatalf("output identical = %v, want %v (%d vs %d bytes)", same, tt.same, len(got), len(want))
			}
		})
	}
}

func TestWriteDirIsDeterministic(t *testing.T) {
	cfg := Default()
	cfg.Cabinets, cfg.Seed = 3, 9
	a, b := t.TempDir(), t.TempDir()
	for _, dir := range []string{a, b} {
		if _, err := WriteDir(context.Background(), cfg, dir); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{DevicesFile, DeviceKeysFile, EventsFile} {
		x, err := os.ReadFile(filepath.Join(a, name))
		if err != nil {
			t.Fatal(err)
		}
		y, err := os.ReadFile(filepath.Join(b, name))
		if err != nil {
			t.Fatal(err)
		}
		if len(x) == 0 || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs with the same config (%d vs %d bytes)", name, len(x), len(y))
		}
	}
}

func TestWriteDirFiles(t *testing.T) {
	cfg := Default()
	cfg.Cabinets, cfg.Seed = 4, 5
	dir := t.TempDir()
	res, err := WriteDir(context.Background(), cfg, dir)
	if err != nil {
		t.Fatal(err)
	}

	t.Run("the key file is readable by its owner only", func(t *testing.T) {
		fi, err := os.Stat(filepath.Join(dir, DeviceKeysFile))
		if err != nil {
			t.Fatal(err)
		}
		if mode := fi.Mode().Perm(); mode != 0o600 {
			t.Fatalf("%s has mode %o, want 600", DeviceKeysFile, mode)
		}
	})
	t.Run("the key file warns it is for simulation and tests only", func(t *testing.T) {
		keys, err := telemetry.LoadDeviceKeys(filepath.Join(dir, DeviceKeysFile))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(keys.Warning, "SIMULATOR AND TEST KEYS ONLY") || keys.Registry != cfg.Registry() {
			t.Fatalf("keys file: registry %q, warning %q", keys.Registry, keys.Warning)
		}
	})
	t.Run("every key in the key file matches the registry", func(t *testing.T) {
		keys, err := telemetry.LoadDeviceKeys(filepath.Join(dir, DeviceKeysFile))
		if err != nil {
			t.Fatal(err)
		}
		reg, err := telemetry.LoadRegistry(filepath.Join(dir, DevicesFile))
		if err != nil {
			t.Fatal(err)
		}
		if reg.Len() != cfg.Cabinets || len(keys.Keys) != cfg.Cabinets {
			t.Fatalf("registry has %d devices, key file %d keys, want %d", reg.Len(), len(keys.Keys), cfg.Cabinets)
		}
		for _, d := range reg.Devices() {
			k, err := keys.Key(d.Cabinet)
			if err != nil {
				t.Fatal(err)
			}
			if !d.PublicKey.Equal(k.Public().(ed25519.PublicKey)) {
				t.Errorf("cabinet %d: private key does not match the registered public key", d.Cabinet)
			}
			if !d.RegisteredAt.Equal(cfg.Start.AddDate(0, 0, -1)) || d.Pool != cfg.Pool {
				t.Errorf("cabinet %d: registered at %s in pool %q", d.Cabinet, d.RegisteredAt, d.Pool)
			}
		}
	})
	t.Run("the events file holds every event generated", func(t *testing.T) {
		data, err := os.ReadFile(filepath.Join(dir, EventsFile))
		if err != nil {
			t.Fatal(err)
		}
		if n := int64(bytes.Count(data, []byte("\n"))); n != res.Events || n == 0 {
			t.Fatalf("%s has %d lines, result says %d events", EventsFile, n, res.Events)
		}
		if hb := int64(bytes.Count(data, []byte(`"kind":"heartbeat"`))); hb != res.Heartbeats || hb == 0 || res.Swaps+res.Heartbeats != res.Events {
			t.Fatalf("%s has %d heartbeats; result says %d swaps and %d heartbeats of %d events", EventsFile, hb, res.Swaps, res.Heartbeats, res.Events)
		}
	})
	t.Run("no temporary file is left behind", func(t *testing.T) {
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		if len(entries) != 3 {
			t.Fatalf("directory holds %d entries, want the 3 files", len(entries))
		}
	})
}

// week is a fleet simulated over a week (with a weekend), shared by the
// realism tests.
var week = sync.OnceValues(func() ([]byte, error) {
	var buf bytes.Buffer
	_, err := Generate(context.Background(), weekConfig(), &buf)
	return buf.Bytes(), err
})

func weekConfig() Config {
	cfg := Default()
	cfg.Cabinets, cfg.Days, cfg.Seed = 24, 7, 3
	return cfg
}

func weekEvents(t *testing.T) (Config, []telemetry.SignedEvent) {
	t.Helper()
	cfg := weekConfig()
	data, err := week()
	if err != nil {
		t.Fatal(err)
	}
	var evs []telemetry.SignedEvent
	lr := telemetry.NewLineReader(bytes.NewReader(data))
	for {
		ev, _, err := lr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("line %d: %v", lr.Line(), err)
		}
		evs = append(evs, ev)
	}
	return cfg, evs
}

func TestGeneratedEventsAreValid(t *testing.T) {
	cfg, evs := weekEvents(t)
	fleet, err := NewFleet(cfg)
	if err != nil {
		t.Fatal(err)
	}
	// Round-trip the registry through devices.yaml, as a receiver reads it.
	dir := t.TempDir()
	if err := writeYAML(filepath.Join(dir, DevicesFile), 0o644, fleet.Registry); err != nil {
		t.Fatal(err)
	}
	reg, err := telemetry.LoadRegistry(filepath.Join(dir, DevicesFile))
	if err != nil {
		t.Fatal(err)
	}
	v := telemetry.NewValidator(reg)
	v.Now = cfg.End
	for i := range evs {
		if err := v.Accept(&evs[i]); err != nil {
			t.Fatalf("event %d (cabinet %d seq %d): %s: %v", i+1, evs[i].Cabinet, evs[i].Seq, telemetry.Class(err), err)
		}
	}
}

// swapsOf returns the swaps among evs, in order.
func swapsOf(evs []telemetry.SignedEvent) []telemetry.SignedEvent {
	var out []telemetry.SignedEvent
	for _, e := range evs {
		if !e.IsHeartbeat() {
			out = append(out, e)
		}
	}
	return out
}

func TestGeneratedEventsAreRealistic(t *testing.T) {
	cfg, all := weekEvents(t)
	evs := swapsOf(all) // the swaps; the heartbeats are tested below
	start, end := cfg.Start.Unix(), cfg.End().Unix()

	t.Run("cabinets average 50 to 150 swaps a day", func(t *testing.T) {
		per := map[uint32]int{}
		for _, e := range evs {
			per[e.Cabinet]++
		}
		if len(per) != cfg.Cabinets {
			t.Fatalf("%d cabinets reported, want %d", len(per), cfg.Cabinets)
		}
		for c, n := range per {
			if avg := float64(n) / float64(cfg.Days); avg < 50 || avg > 150 {
				t.Errorf("cabinet %d averages %.1f swaps a day", c, avg)
			}
		}
		if avg := float64(len(evs)) / float64(cfg.Cabinets*cfg.Days); avg < 70 || avg > 130 {
			t.Errorf("fleet averages %.1f swaps per cabinet-day, want about 100", avg)
		}
	})
	t.Run("weekday demand peaks at commuting hours and is quiet at night", func(t *testing.T) {
		var byHour [24]int
		for _, e := range evs {
			local := time.Unix(e.Time, 0).UTC().Add(cfg.LocalOffset)
			if wd := local.Weekday(); wd != time.Saturday && wd != time.Sunday {
				byHour[local.Hour()]++
			}
		}
		night := byHour[2] + byHour[3] + byHour[4]
		morning := byHour[7] + byHour[8] + byHour[9]
		evening := byHour[17] + byHour[18] + byHour[19]
		midday := byHour[12] + byHour[13] + byHour[14]
		if morning < 5*night || evening < 5*night {
			t.Errorf("morning %d, evening %d swaps vs night %d: want peaks at least 5x the night", morning, evening, night)
		}
		if morning < midday*13/10 || evening < midday*13/10 {
			t.Errorf("morning %d, evening %d swaps vs midday %d: want peaks above midday", morning, evening, midday)
		}
	})
	t.Run("every field is within its physical range", func(t *testing.T) {
		id := regexp.MustCompile(`^BAT-[0-9]{6,}$`)
		for _, e := range evs {
			if e.Pool != cfg.Pool || e.Cabinet < 1 || int(e.Cabinet) > cfg.Cabinets || e.Time < start || e.Time >= end {
				t.Fatalf("event out of the fleet or span: %+v", e.Event)
			}
			if e.SoCIn < 10 || e.SoCIn > 40 || e.SoCOut < 90 || e.SoCOut > 100 {
				t.Fatalf("state of charge in %d out %d: want 10–40 and 90–100", e.SoCIn, e.SoCOut)
			}
			if e.EnergyWh < 300 || e.EnergyWh > 3000 {
				t.Fatalf("energy %d Wh: want 0.3–3 kWh for a 1.5–3 kWh battery", e.EnergyWh)
			}
			if e.SoHPermille < 690 || e.SoHPermille > 1000 {
				t.Fatalf("state of health %d permille", e.SoHPermille)
			}
			if !id.MatchString(e.BatteryIn) || !id.MatchString(e.BatteryOut) || e.BatteryIn == e.BatteryOut {
				t.Fatalf("battery ids in %q out %q", e.BatteryIn, e.BatteryOut)
			}
		}
	})
	t.Run("every fee is the energy times the time-of-day price", func(t *testing.T) {
		prices := map[uint32]bool{}
		for _, e := range evs {
			if want := cfg.Fee(e.Time, e.EnergyWh); e.FeeCents != want {
				t.Fatalf("cabinet %d seq %d: fee %d, want %d for %d Wh", e.Cabinet, e.Seq, e.FeeCents, want, e.EnergyWh)
			}
			prices[cfg.Tariff.Price(cfg.LocalMinute(e.Time))] = true
		}
		if len(prices) != 3 {
			t.Fatalf("%d distinct prices charged, want peak, shoulder and off-peak", len(prices))
		}
	})
	t.Run("sequence numbers start at 1 and step by 1 down the file, swaps and heartbeats", func(t *testing.T) {
		last := map[uint32]uint64{}
		for _, e := range all {
			if e.Seq != last[e.Cabinet]+1 {
				t.Fatalf("cabinet %d: seq %d follows %d", e.Cabinet, e.Seq, last[e.Cabinet])
			}
			last[e.Cabinet] = e.Seq
		}
	})
	t.Run("battery health never rises", func(t *testing.T) {
		// Per cabinet, file order is sequence order, which is time order.
		health := map[string]uint16{}
		uses := map[string]int{}
		declined := 0
		for _, e := range evs {
			h, seen := health[e.BatteryOut]
			if seen && e.SoHPermille > h {
				t.Fatalf("%s: health rose from %d to %d permille", e.BatteryOut, h, e.SoHPermille)
			}
			if seen && e.SoHPermille < h {
				declined++
			}
			health[e.BatteryOut] = e.SoHPermille
			uses[e.BatteryOut]++
		}
		if declined == 0 {
			t.Fatal("no battery's health declined over a week")
		}
	})
	t.Run("batteries circulate among a cabinet's riders", func(t *testing.T) {
		issued := map[string]int{}
		for _, e := range evs {
			issued[e.BatteryOut]++
		}
		reused := 0
		for _, n := range issued {
			if n > 1 {
				reused++
			}
		}
		if reused < len(issued)/2 {
			t.Fatalf("%d of %d batteries were issued more than once", reused, len(issued))
		}
	})
	t.Run("events stored through a link outage arrive late with their own time", func(t *testing.T) {
		late := 0
		for i := 1; i < len(all); i++ {
			if all[i].Time < all[i-1].Time-3600 {
				late++
			}
		}
		if late == 0 {
			t.Fatal("no event was forwarded over an hour late")
		}
	})
	t.Run("the feed is ordered by time apart from forwarded events", func(t *testing.T) {
		inOrder := 0
		for i := 1; i < len(all); i++ {
			if all[i].Time >= all[i-1].Time {
				inOrder++
			}
		}
		if float64(inOrder) < 0.99*float64(len(all)-1) {
			t.Fatalf("only %d of %d consecutive pairs are in time order", inOrder, len(all)-1)
		}
	})
}

func TestHeartbeatsKeepAnIdleCabinetHeard(t *testing.T) {
	cfg, all := weekEvents(t)
	period := int64(cfg.Heartbeat / time.Second)
	start, end := cfg.Start.Unix(), cfg.End().Unix()
	// Per cabinet, file order is sequence order (tested above).
	prev := map[uint32]int64{}
	var heartbeats, onTime, night, peak int
	for _, e := range all {
		last, seen := prev[e.Cabinet]
		if !seen {
			last = start
		}
		prev[e.Cabinet] = e.Time
		if !e.IsHeartbeat() {
			continue
		}
		heartbeats++
		if e.Event != (telemetry.Event{Kind: telemetry.KindHeartbeat, Pool: cfg.Pool, Cabinet: e.Cabinet, Seq: e.Seq, Time: e.Time}) {
			t.Fatalf("a heartbeat with more than pool, cabinet, seq and time: %+v", e.Event)
		}
		if e.Time < start || e.Time >= end {
			t.Fatalf("cabinet %d seq %d: heartbeat at %d outside the span [%d, %d)", e.Cabinet, e.Seq, e.Time, start, end)
		}
		if e.Time-last < period {
			t.Fatalf("cabinet %d seq %d: heartbeat %d s after its previous event, before a period of %d s passed", e.Cabinet, e.Seq, e.Time-last, period)
		}
		if e.Time-last == period {
			onTime++
		}
		switch h := time.Unix(e.Time, 0).UTC().Add(cfg.LocalOffset).Hour(); {
		case h >= 1 && h < 5:
			night++
		case h == 8 || h == 18:
			peak++
		}
	}
	t.Run("a heartbeat comes exactly a period after the cabinet's previous event", func(t *testing.T) {
		// Later only when the period ran out during a power outage: the
		// cabinet signs as soon as it is back.
		if heartbeats == 0 || onTime < heartbeats*95/100 {
			t.Fatalf("%d of %d heartbeats exactly a period after the previous event", onTime, heartbeats)
		}
	})
	t.Run("no cabinet is silent for longer than a period outside power outages", func(t *testing.T) {
		last := map[uint32]int64{}
		long := 0
		for _, e := range all {
			if l, ok := last[e.Cabinet]; ok && e.Time-l > period {
				long++
			}
			last[e.Cabinet] = e.Time
		}
		for c, l := range last {
			if end-l > period {
				t.Errorf("cabinet %d: last event at %d, over a period before the end %d", c, l, end)
			}
		}
		// Power outages hit 2% of cabinet-days: 24 cabinets over 7 days
		// have a handful.
		if long > cfg.Cabinets*cfg.Days/10 {
			t.Fatalf("%d silences longer than a period", long)
		}
	})
	t.Run("an idle cabinet sends one a period, a busy one few", func(t *testing.T) {
		// Four quiet night hours against two peak hours, over every cabinet
		// and day: nights are mostly heartbeats, peaks have next to none.
		if night < cfg.Cabinets*cfg.Days || peak > night/10 {
			t.Fatalf("%d heartbeats in the night hours, %d in the peak hours", night, peak)
		}
	})
}

func TestNoHeartbeatsWhenThePeriodIsZero(t *testing.T) {
	cfg := Default()
	cfg.Cabinets, cfg.Seed, cfg.Heartbeat = 3, 9, 0
	data, res := generate(t, cfg)
	if res.Heartbeats != 0 || res.Swaps != res.Events || bytes.Contains(data, []byte("heartbeat")) {
		t.Fatalf("with heartbeats off: %d heartbeats, %d swaps of %d events", res.Heartbeats, res.Swaps, res.Events)
	}
	on := cfg
	on.Heartbeat = DefaultHeartbeat
	_, withHB := generate(t, on)
	if withHB.Swaps != res.Swaps || withHB.Heartbeats == 0 {
		t.Fatalf("heartbeats change the swaps: %d swaps without, %d (and %d heartbeats) with", res.Swaps, withHB.Swaps, withHB.Heartbeats)
	}
}

func TestGenerateStopsWhenCancelled(t *testing.T) {
	cfg := Default()
	cfg.Cabinets, cfg.Days = 2, 3
	ctx, cancel := context.WithCancel(context.Background())
	cfg.Progress = func(p Progress) {
		if p.Hours == 5 {
			cancel()
		}
	}
	res, err := Generate(ctx, cfg, io.Discard)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Generate = %v, want context.Canceled", err)
	}
	if res.Events == 0 {
		t.Fatal("no events were written before the cancellation")
	}
}

type failingWriter struct{ after int }

var errDiskFull = errors.New("disk full")

func (w *failingWriter) Write(p []byte) (int, error) {
	if w.after -= len(p); w.after < 0 {
		return 0, errDiskFull
	}
	return len(p), nil
}

func TestGenerateReportsWriteErrors(t *testing.T) {
	cfg := Default()
	cfg.Cabinets, cfg.Days = 60, 1 // about 1.5 MB, beyond the 1 MB write buffer
	_, err := Generate(context.Background(), cfg, &failingWriter{after: 100_000})
	if !errors.Is(err, errDiskFull) {
		t.Fatalf("Generate = %v, want the writer's error", err)
	}
}

func TestWriteDirRejectsAnInvalidConfigBeforeWriting(t *testing.T) {
	cfg := Default()
	cfg.Cabinets = 0
	dir := filepath.Join(t.TempDir(), "out")
	if _, err := WriteDir(context.Background(), cfg, dir); !errors.Is(err, ErrInvalidConfig) {
		t.Fatalf("WriteDir = %v, want ErrInvalidConfig", err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("output directory was created for an invalid config (stat: %v)", err)
	}
}

func TestAHeartbeatDueDuringAPowerOutageIsSignedWhenThePowerIsBack(t *testing.T) {
	cfg := Default()
	cfg.Cabinets = 1
	fleet, err := NewFleet(cfg)
	if err != nil {
		t.Fatal(err)
	}
	c := newCabinet(&cfg, fleet.private[0], 1)
	start := cfg.Start.Unix()
	c.startDay(start)
	c.dayRate = 0 // idle: no swaps
	c.linkFrom, c.linkTo = 0, 0
	c.powerFrom, c.powerTo = start+90*60, start+5*3600 // off from 01:30 to 05:00
	recs, err := c.run(start+60, start+6*3600, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []int64
	for i, r := range recs {
		if !r.heartbeat || r.seq != uint64(i+1) {
			t.Fatalf("record %d: heartbeat %v seq %d", i, r.heartbeat, r.seq)
		}
		got = append(got, r.time-start)
	}
	// 01:00, a period after the span's start; then the one due at 02:00
	// when the power is back at 05:00. The next is due at 06:00, past the
	// run.
	if want := []int64{3600, 5 * 3600}; !slices.Equal(got, want) {
		t.Fatalf("heartbeats at %v s after the start, want %v", got, want)
	}
}
