package telemetry

import (
	"fmt"
	"time"
)

// Bounds are the per-record physical bounds an event must satisfy (inclusive).
// Disclosure policies carry their own; DefaultBounds suits battery-swap
// cabinets for two- and three-wheelers.
type Bounds struct {
	MinEnergyWh    uint32 `yaml:"min_energy_wh"`
	MaxEnergyWh    uint32 `yaml:"max_energy_wh"`
	MaxFeeCents    uint32 `yaml:"max_fee_cents"`
	MinSoHPermille uint16 `yaml:"min_soh_permille"`
}

// DefaultBounds are the bounds used when no policy supplies its own: up to
// 10 kWh and 100.00 (currency units) per swap.
func DefaultBounds() Bounds {
	return Bounds{MinEnergyWh: 0, MaxEnergyWh: 10_000, MaxFeeCents: 10_000, MinSoHPermille: 0}
}

// Validate checks the bounds are coherent.
func (b Bounds) Validate() error {
	if b.MaxEnergyWh == 0 || b.MinEnergyWh > b.MaxEnergyWh {
		return fmt.Errorf("bounds: energy range [%d, %d] Wh is empty", b.MinEnergyWh, b.MaxEnergyWh)
	}
	if b.MaxFeeCents == 0 {
		return fmt.Errorf("bounds: max_fee_cents must be positive")
	}
	if b.MinSoHPermille > MaxSoH {
		return fmt.Errorf("bounds: min_soh_permille %d above %d", b.MinSoHPermille, MaxSoH)
	}
	return nil
}

// Check reports the first field of e outside the bounds as a *RangeError.
func (b Bounds) Check(e *Event) error {
	if e.EnergyWh < b.MinEnergyWh || e.EnergyWh > b.MaxEnergyWh {
		return &RangeError{Field: "energy_wh", Value: int64(e.EnergyWh), Min: int64(b.MinEnergyWh), Max: int64(b.MaxEnergyWh)}
	}
	if e.FeeCents > b.MaxFeeCents {
		return &RangeError{Field: "fee_cents", Value: int64(e.FeeCents), Max: int64(b.MaxFeeCents)}
	}
	if e.SoHPermille < b.MinSoHPermille {
		return &RangeError{Field: "soh_permille", Value: int64(e.SoHPermille), Min: int64(b.MinSoHPermille), Max: MaxSoH}
	}
	return nil
}

// DefaultMaxSkew is how far in the future (by the receiver's clock) an event
// may be dated before it is rejected with ErrClockSkew.
const DefaultMaxSkew = 10 * time.Minute

// Validator checks signed events in the order a receiver accepts them:
// model limits, device and signature, physical bounds, clock skew, and
// replay (a sequence number not above the last accepted for that cabinet).
//
// Events dated in the past are accepted however old (cabinets store and
// forward through outages); events dated more than MaxSkew in the future are
// not. A Validator is not safe for concurrent use.
type Validator struct {
	Registry *Registry
	Bounds   Bounds
	MaxSkew  time.Duration    // 0 means DefaultMaxSkew; negative disables the check
	Now      func() time.Time // nil means time.Now

	last map[uint32]uint64 // highest accepted seq per cabinet
	seen map[uint32]bool
}

// NewValidator returns a validator with default bounds and skew window.
func NewValidator(r *Registry) *Validator {
	return &Validator{Registry: r, Bounds: DefaultBounds()}
}

// Check validates s without recording it: everything but the replay check
// compares against what Accept has recorded.
func (v *Validator) Check(s *SignedEvent) error {
	if err := s.CheckModel(); err != nil {
		return err
	}
	if err := v.Registry.Verify(s); err != nil {
		return err
	}
	if err := v.Bounds.Check(&s.Event); err != nil {
		return err
	}
	if skew := v.maxSkew(); skew >= 0 {
		now := time.Now
		if v.Now != nil {
			now = v.Now
		}
		if at, limit := time.Unix(s.Time, 0), now().Add(skew); at.After(limit) {
			return fmt.Errorf("%w: cabinet %d seq %d dated %s, %s ahead of the receiver's clock (window %s)",
				ErrClockSkew, s.Cabinet, s.Seq, at.UTC().Format(time.RFC3339), at.Sub(now()).Round(time.Second), skew)
		}
	}
	if v.seen[s.Cabinet] && s.Seq <= v.last[s.Cabinet] {
		return fmt.Errorf("%w: cabinet %d seq %d, last accepted %d", ErrReplay, s.Cabinet, s.Seq, v.last[s.Cabinet])
	}
	return nil
}

// Accept validates s and, when valid, records its sequence number so a later
// event of the same cabinet must carry a higher one.
func (v *Validator) Accept(s *SignedEvent) error {
	if err := v.Check(s); err != nil {
		return err
	}
	if v.last == nil {
		v.last, v.seen = map[uint32]uint64{}, map[uint32]bool{}
	}
	v.last[s.Cabinet], v.seen[s.Cabinet] = s.Seq, true
	return nil
}

// LastSeq returns the highest accepted sequence number of a cabinet.
func (v *Validator) LastSeq(cabinet uint32) (uint64, bool) {
	seq, ok := v.last[cabinet]
	return seq, ok
}

func (v *Validator) maxSkew() time.Duration {
	if v.MaxSkew == 0 {
		return DefaultMaxSkew
	}
	return v.MaxSkew
}
