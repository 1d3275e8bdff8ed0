package sim

import (
	"crypto/ed25519"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// The demand curve: relative swap demand at the start of each local hour,
// interpolated linearly between hours. Weekdays have commuter peaks at 08:00
// and 18:00; weekends one broad daytime hump.
var (
	weekdayCurve = [24]uint64{12, 6, 4, 3, 4, 10, 35, 85, 100, 70, 45, 45, 55, 50, 45, 48, 60, 90, 100, 80, 55, 40, 28, 18}
	weekendCurve = [24]uint64{16, 10, 6, 4, 4, 6, 14, 28, 45, 60, 68, 70, 72, 70, 68, 66, 65, 66, 68, 60, 48, 38, 28, 20}
)

const weekendPercent = 85 // weekend demand relative to a weekday

// curve is a demand curve per local minute with its daily total.
type curve struct {
	w     [1440]uint64
	total uint64
}

func newCurve(hourly *[24]uint64) *curve {
	c := new(curve)
	for m := range 1440 {
		h, f := m/60, uint64(m%60)
		c.w[m] = hourly[h]*(60-f) + hourly[(h+1)%24]*f
		c.total += c.w[m]
	}
	return c
}

var weekday, weekend = newCurve(&weekdayCurve), newCurve(&weekendCurve)

// Battery model and outage parameters.
const (
	healthNew          = 1_000_000_000 // state of health in parts per billion (10^6 per permille)
	healthRetire       = 700_000_000   // a battery below 70% is replaced before it is issued
	batteriesPerSlot   = 3
	linkOutagePercent  = 5 // of cabinet-days
	powerOutagePercent = 2
)

type battery struct {
	id     string
	health uint64 // parts per billion of nominal capacity
	soc    uint8  // percent, as returned by the last rider
}

// keyAt returns the cabinet's key for an event at unix time t: the latest
// whose rotation is at or before t.
func (c *cabinet) keyAt(t int64) ed25519.PrivateKey {
	k := c.keys[0].key
	for _, tk := range c.keys[1:] {
		if t < tk.from {
			break
		}
		k = tk.key
	}
	return k
}

// record is one event as written: its line and its place in the feed.
type record struct {
	arrival   int64
	cabinet   uint32
	seq       uint64
	time      int64
	heartbeat bool
	line      []byte // JSON, without the newline
}

// cabinet is one simulated cabinet: its own random stream, key, batteries
// and store-and-forward buffer. It is used by one goroutine at a time.
type cabinet struct {
	cfg      *Config
	registry string
	id       uint32
	keys     []timedKey // oldest first
	rng      *rand.Rand
	rate     uint64 // base swaps a day
	capWh    uint64 // nominal capacity of the battery model it serves

	batteries []battery
	docked    []int // FIFO of battery indices in charging slots, longest-charged first
	riders    []int // batteries out with riders
	nextID    int   // next battery number of this cabinet

	seq                uint64
	lastEvent          int64  // time of the latest event (swap or heartbeat), or the span's start
	heartbeat          int64  // the heartbeat period in seconds; 0: none
	dayRate            uint64 // today's expected swaps, in hundredths
	day                *curve
	linkFrom, linkTo   int64 // link outage [from, to): events are forwarded at to
	powerFrom, powerTo int64 // power outage [from, to): no swaps
	end                int64
	pending            []record
}

func newCabinet(cfg *Config, keys []timedKey, id uint32) *cabinet {
	s1, s2 := rngSeeds(cfg.Seed, id)
	c := &cabinet{
		cfg: cfg, registry: cfg.Registry(), id: id, keys: keys,
		rng:       rand.New(rand.NewPCG(s1, s2)),
		end:       cfg.End().Unix(),
		nextID:    1,
		lastEvent: cfg.Start.Unix(),
		heartbeat: int64(cfg.Heartbeat / time.Second),
	}
	c.rate = 60 + c.rng.Uint64N(81)
	c.capWh = 1500 + 100*c.rng.Uint64N(16)
	slots := 12 + c.rng.IntN(9)
	for i := range slots * batteriesPerSlot {
		c.batteries = append(c.batteries, c.newBattery(880_000_000+c.rng.Uint64N(120_000_001)))
		if i < slots {
			c.docked = append(c.docked, i)
		} else {
			c.riders = append(c.riders, i)
		}
	}
	return c
}

func (c *cabinet) newBattery(health uint64) battery {
	n := uint64(c.id-1)*10_000 + uint64(c.nextID)
	c.nextID++
	return battery{id: fmt.Sprintf("BAT-%06d", n), health: health, soc: uint8(10 + c.rng.IntN(31))}
}

// startDay draws the day's demand and outages; dayStart is a UTC midnight.
func (c *cabinet) startDay(dayStart int64) {
	noon := time.Unix(dayStart+12*3600, 0).Add(c.cfg.LocalOffset).UTC()
	c.day, c.dayRate = weekday, c.rate*(85+c.rng.Uint64N(31))
	if wd := noon.Weekday(); wd == time.Saturday || wd == time.Sunday {
		c.day, c.dayRate = weekend, c.dayRate*weekendPercent/100
	}
	if c.rng.IntN(100) < linkOutagePercent && c.linkTo <= dayStart {
		c.linkFrom = dayStart + 60*c.rng.Int64N(1440)
		c.linkTo = min(c.linkFrom+60*(60+c.rng.Int64N(421)), c.end-1) // forwarded before the span ends
	}
	if c.rng.IntN(100) < powerOutagePercent && c.powerTo <= dayStart {
		c.powerFrom = dayStart + 60*c.rng.Int64N(1440)
		c.powerTo = min(c.powerFrom+60*(60+c.rng.Int64N(301)), c.end)
	}
}

// run simulates [from, to) (whole minutes, within one UTC day) and appends
// to out the events that arrive before to, in arrival order.
func (c *cabinet) run(from, to int64, out []record) ([]record, error) {
	if from%86400 == 0 {
		c.startDay(from)
	}
	for t0 := from; t0 < to; t0 += 60 {
		if t0 >= c.powerFrom && t0 < c.powerTo {
			continue
		}
		lm := c.cfg.LocalMinute(t0)
		p := c.dayRate * c.day.w[lm] << 32 / (100 * c.day.total)
		if uint64(c.rng.Uint32()) >= p {
			if err := c.heartbeats(t0, t0+60); err != nil {
				return out, err
			}
			continue
		}
		t := t0 + c.rng.Int64N(60)
		if err := c.heartbeats(t0, t+1); err != nil {
			return out, err
		}
		r, err := c.swap(t)
		if err != nil {
			return out, err
		}
		c.pending = append(c.pending, r)
	}
	n := 0
	for n < len(c.pending) && c.pending[n].arrival < to {
		n++
	}
	out = append(out, c.pending[:n]...)
	c.pending = append(c.pending[:0], c.pending[n:]...)
	return out, nil
}

// heartbeats signs the heartbeats due in [from, until), a powered stretch
// of one minute: one whenever a heartbeat period has passed since the
// cabinet's latest event, or at from when the period ran out while the
// power was off (the cabinet signs as soon as it is back).
func (c *cabinet) heartbeats(from, until int64) error {
	if c.heartbeat == 0 {
		return nil
	}
	for {
		t := max(c.lastEvent+c.heartbeat, from)
		if t >= until {
			return nil
		}
		c.seq++
		ev := telemetry.Event{Kind: telemetry.KindHeartbeat, Pool: c.cfg.Pool, Cabinet: c.id, Seq: c.seq, Time: t}
		r, err := c.record(ev)
		if err != nil {
			return err
		}
		c.pending = append(c.pending, r)
	}
}

// record signs ev with the key of its time and places it in the feed: at
// its own time, or at the end of the link outage it fell in.
func (c *cabinet) record(ev telemetry.Event) (record, error) {
	line, err := telemetry.Sign(c.registry, c.keyAt(ev.Time), ev).MarshalJSON()
	if err != nil {
		return record{}, fmt.Errorf("cabinet %d seq %d: %w", c.id, ev.Seq, err)
	}
	arrival := ev.Time
	if ev.Time >= c.linkFrom && ev.Time < c.linkTo {
		arrival = c.linkTo
	}
	c.lastEvent = ev.Time
	return record{arrival: arrival, cabinet: c.id, seq: ev.Seq, time: ev.Time, heartbeat: ev.IsHeartbeat(), line: line}, nil
}

// swap takes back a rider's battery and issues the longest-charged one.
func (c *cabinet) swap(t int64) (record, error) {
	j := c.rng.IntN(len(c.riders))
	in := c.riders[j]
	c.riders[j] = c.riders[len(c.riders)-1]
	c.riders = c.riders[:len(c.riders)-1]
	socIn := uint8(10 + c.rng.IntN(31))
	c.batteries[in].soc = socIn

	out := c.docked[0]
	c.docked = append(c.docked[1:], in)
	c.riders = append(c.riders, out)
	b := &c.batteries[out]
	if b.health < healthRetire {
		*b = c.newBattery(990_000_000 + c.rng.Uint64N(10_000_001))
	}
	socOut := uint8(90 + c.rng.IntN(11))
	// Charging from b.soc to socOut wears the battery in proportion to depth:
	// 0.11–0.15 permille per full cycle.
	b.health -= uint64(socOut-min(b.soc, socOut)) * (1100 + c.rng.Uint64N(401))

	bin := &c.batteries[in]
	energy := c.capWh * (b.health*uint64(socOut) - bin.health*uint64(socIn)) / (healthNew * 100)
	c.seq++
	ev := telemetry.Event{
		Pool: c.cfg.Pool, Cabinet: c.id, Seq: c.seq, Time: t,
		EnergyWh:    uint32(energy),
		FeeCents:    c.cfg.Fee(t, uint32(energy)),
		SoCIn:       socIn,
		SoCOut:      socOut,
		SoHPermille: uint16(b.health / 1_000_000),
		BatteryIn:   bin.id,
		BatteryOut:  b.id,
	}
	return c.record(ev)
}
