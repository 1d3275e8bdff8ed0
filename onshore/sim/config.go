package sim

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// ErrInvalidConfig is wrapped by every error of Config.Validate.
var ErrInvalidConfig = errors.New("invalid simulator config")

// Limits of a simulation.
const (
	MaxCabinets = 100_000
	MaxDays     = 3660
	// MaxPriceCentsPerKWh keeps every fee (at most 3 kWh a swap) within
	// telemetry.DefaultBounds.
	MaxPriceCentsPerKWh = 3000
)

// Config says which fleet to simulate. The same Config gives the same output.
type Config struct {
	Pool       telemetry.PoolID `yaml:"pool"`
	RegistryID string           `yaml:"registry_id"` // "" means "sim-<pool>-<seed>"
	Cabinets   int              `yaml:"cabinets"`    // cabinet ids are 1..Cabinets
	Days       int              `yaml:"days"`        // whole UTC days from Start
	Seed       uint64           `yaml:"seed"`
	Start      time.Time        `yaml:"start"` // a UTC midnight; devices are registered a day before
	// LocalOffset is the pool's local clock minus UTC (a fixed offset, no
	// daylight saving). The demand curve and the tariff follow local time;
	// days stay UTC days.
	LocalOffset time.Duration `yaml:"local_offset"`
	Tariff      Tariff        `yaml:"tariff"`
	// Rotations replace cabinets' keys mid-run: from each rotation's time on,
	// its cabinet signs with a new key (derived from the seed), and
	// devices.yaml records the key history.
	Rotations []KeyRotation `yaml:"rotations"`
	// Heartbeat is the heartbeat period: a cabinet signs a heartbeat (a
	// signed event with no swap, taking the next sequence number) whenever
	// this long has passed since its latest event, swap or heartbeat, within
	// the simulated span; so a busy cabinet sends few and an idle one one
	// per period. Whole seconds, at least a minute; 0 turns heartbeats off.
	// Default: an hour (DefaultHeartbeat).
	Heartbeat time.Duration `yaml:"heartbeat"`

	// Workers generating and signing in parallel; 0 means runtime.NumCPU().
	// The output does not depend on it.
	Workers int `yaml:"-"`
	// Progress, when set, is called after each simulated hour is written,
	// from the goroutine that called Generate.
	Progress func(Progress) `yaml:"-"`
}

// KeyRotation is a simulated key rotation: Cabinet's key is replaced at At.
type KeyRotation struct {
	Cabinet uint32    `yaml:"cabinet"`
	At      time.Time `yaml:"at"`
}

// Progress reports how far a generation is.
type Progress struct {
	Hours, TotalHours int   // simulated hours written, of the total
	Events            int64 // events written so far
}

// DefaultHeartbeat is the default heartbeat period (Config.Heartbeat).
const DefaultHeartbeat = time.Hour

// DefaultStart is the default first simulated day: a fixed past UTC midnight,
// so every simulated epoch has ended.
var DefaultStart = time.Date(2026, time.November, 1, 0, 0, 0, 0, time.UTC)

// Default returns a small fleet in the Shenzhen North pool (UTC+8), starting
// at DefaultStart.
func Default() Config {
	return Config{
		Pool:        "shenzhen-north",
		Cabinets:    50,
		Days:        1,
		Seed:        1,
		Start:       DefaultStart,
		LocalOffset: 8 * time.Hour,
		Tariff:      DefaultTariff(),
		Heartbeat:   DefaultHeartbeat,
	}
}

// Registry returns the registry id: RegistryID, or "sim-<pool>-<seed>".
func (c *Config) Registry() string {
	if c.RegistryID != "" {
		return c.RegistryID
	}
	return "sim-" + string(c.Pool) + "-" + strconv.FormatUint(c.Seed, 10)
}

// End returns the end of the simulated span (exclusive).
func (c *Config) End() time.Time { return c.Start.AddDate(0, 0, c.Days) }

// RegisteredAt is when every simulated device was registered: a day before
// Start.
func (c *Config) RegisteredAt() time.Time { return c.Start.AddDate(0, 0, -1) }

// Validate reports the first problem with the config, wrapping
// ErrInvalidConfig.
func (c *Config) Validate() error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidConfig, fmt.Sprintf(format, a...))
	}
	if err := c.Pool.Validate(); err != nil {
		return fmt.Errorf("%w: pool: %w", ErrInvalidConfig, err)
	}
	if id := c.Registry(); len(id) > 255 {
		return bad("registry id is %d bytes, at most 255", len(id))
	}
	if c.Cabinets < 1 || c.Cabinets > MaxCabinets {
		return bad("cabinets = %d: simulate 1 to %d cabinets", c.Cabinets, MaxCabinets)
	}
	if c.Days < 1 || c.Days > MaxDays {
		return bad("days = %d: simulate 1 to %d days", c.Days, MaxDays)
	}
	if c.Start.IsZero() {
		return bad("start is missing: give a UTC midnight such as %s", DefaultStart.Format(time.DateOnly))
	}
	if !c.Start.Equal(c.Start.UTC().Truncate(24 * time.Hour)) {
		return bad("start %s is not a UTC midnight: days are UTC days", c.Start.Format(time.RFC3339))
	}
	if c.RegisteredAt().Unix() < 0 || c.End().Unix() > telemetry.MaxTime {
		return bad("span %s .. %s is outside the representable times (1970-01-02 .. 2106-02-07)",
			c.Start.Format(time.DateOnly), c.End().Format(time.DateOnly))
	}
	if c.LocalOffset%time.Minute != 0 || c.LocalOffset <= -24*time.Hour || c.LocalOffset >= 24*time.Hour {
		return bad("local offset %s must be whole minutes within ±24h", c.LocalOffset)
	}
	if c.Heartbeat != 0 && (c.Heartbeat < time.Minute || c.Heartbeat%time.Second != 0) {
		return bad("heartbeat %s must be whole seconds of at least 1m (0 turns heartbeats off)", c.Heartbeat)
	}
	if err := c.Tariff.Validate(); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidConfig, err)
	}
	seen := map[uint32][]time.Time{}
	for i, r := range c.Rotations {
		switch {
		case r.Cabinet < 1 || int(r.Cabinet) > c.Cabinets:
			return bad("rotations[%d]: cabinet %d is not one of the fleet's 1..%d", i, r.Cabinet, c.Cabinets)
		case r.At.Unix()%60 != 0 || r.At.Nanosecond() != 0:
			return bad("rotations[%d]: time %s is not a whole minute", i, r.At.Format(time.RFC3339Nano))
		case !r.At.After(c.Start) || !r.At.Before(c.End()):
			return bad("rotations[%d]: cabinet %d's rotation at %s is not inside the simulated span (%s, %s): rotate mid-run",
				i, r.Cabinet, telemetry.FormatTime(r.At), telemetry.FormatTime(c.Start), telemetry.FormatTime(c.End()))
		case slices.ContainsFunc(seen[r.Cabinet], r.At.Equal):
			return bad("rotations[%d]: cabinet %d rotates twice at %s", i, r.Cabinet, telemetry.FormatTime(r.At))
		}
		seen[r.Cabinet] = append(seen[r.Cabinet], r.At)
	}
	if c.Workers < 0 {
		return bad("workers = %d: must not be negative (0 means one per CPU)", c.Workers)
	}
	return nil
}

// Tariff is a time-of-day price in cents per kWh, on the pool's local clock:
// peak 07:00–10:00 and 17:00–21:00, off-peak 23:00–07:00, shoulder otherwise.
type Tariff struct {
	PeakCentsPerKWh     uint32 `yaml:"peak_cents_per_kwh"`
	ShoulderCentsPerKWh uint32 `yaml:"shoulder_cents_per_kwh"`
	OffPeakCentsPerKWh  uint32 `yaml:"off_peak_cents_per_kwh"`
}

// DefaultTariff is a battery-swap tariff in fen (CNY cents) per kWh.
func DefaultTariff() Tariff {
	return Tariff{PeakCentsPerKWh: 180, ShoulderCentsPerKWh: 130, OffPeakCentsPerKWh: 80}
}

// Validate checks every price is within 1 to MaxPriceCentsPerKWh.
func (t Tariff) Validate() error {
	for _, p := range []struct {
		name string
		v    uint32
	}{{"peak", t.PeakCentsPerKWh}, {"shoulder", t.ShoulderCentsPerKWh}, {"off-peak", t.OffPeakCentsPerKWh}} {
		if p.v == 0 || p.v > MaxPriceCentsPerKWh {
			return fmt.Errorf("tariff: %s price %d cents/kWh must be 1 to %d", p.name, p.v, MaxPriceCentsPerKWh)
		}
	}
	return nil
}

// Price returns the price in cents per kWh at a local minute of the day
// (0–1439).
func (t Tariff) Price(localMinute int) uint32 {
	switch h := localMinute / 60; {
	case (h >= 7 && h < 10) || (h >= 17 && h < 21):
		return t.PeakCentsPerKWh
	case h >= 23 || h < 7:
		return t.OffPeakCentsPerKWh
	default:
		return t.ShoulderCentsPerKWh
	}
}

// Fee returns the fee in cents for energyWh at a local minute of the day:
// energy times price, rounded half up to a whole cent.
func (t Tariff) Fee(localMinute int, energyWh uint32) uint32 {
	return uint32((uint64(energyWh)*uint64(t.Price(localMinute)) + 500) / 1000)
}

// LocalMinute returns the minute of the local day (0–1439) of a unix time.
func (c *Config) LocalMinute(unix int64) int {
	s := unix + int64(c.LocalOffset/time.Second)
	m := (s / 60) % 1440
	if m < 0 {
		m += 1440
	}
	return int(m)
}

// Fee returns the fee the simulator charges for energyWh at a unix time.
func (c *Config) Fee(unix int64, energyWh uint32) uint32 {
	return c.Tariff.Fee(c.LocalMinute(unix), energyWh)
}
