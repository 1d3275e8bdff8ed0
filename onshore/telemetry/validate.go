package telemetry

import (
	"crypto/sha256"
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
// The bounds are a swap's: a heartbeat (no swap fields, by the model)
// passes.
func (b Bounds) Check(e *Event) error {
	if e.IsHeartbeat() {
		return nil
	}
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

// Validator checks signed events, swaps and heartbeats alike: model limits,
// device and signature, physical bounds (a swap's) and clock skew, each
// event on its own, and, for Accept,
// its identity against the events it accepted before: the same Key
// (pool, cabinet, seq) with the same canonical bytes is ErrDuplicate, with other
// bytes ErrConflict. Order does not matter: any sequence number not yet
// accepted is accepted, lower or higher than the others.
//
// Events dated in the past are accepted however old (cabinets store and
// forward through outages); events dated more than MaxSkew in the future are
// not. A Validator is not safe for concurrent use.
type Validator struct {
	Registry *Registry
	Bounds   Bounds
	MaxSkew  time.Duration    // 0 means DefaultMaxSkew; negative disables the check
	Now      func() time.Time // nil means time.Now

	taken map[Key][32]byte // SHA-256 of the canonical encoding of each accepted event
}

// Digest returns the SHA-256 of the event's canonical binary encoding (what
// the ledger hashes and compares): two events are the same event when their
// digests are equal.
func (s *SignedEvent) Digest() ([32]byte, error) {
	b, err := s.MarshalBinary()
	if err != nil {
		return [32]byte{}, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	return sha256.Sum256(b), nil
}

// NewValidator returns a validator with default bounds and skew window.
func NewValidator(r *Registry) *Validator {
	return &Validator{Registry: r, Bounds: DefaultBounds()}
}

// Check validates s on its own, without comparing it with what Accept has
// recorded: model, device and signature, bounds, clock skew.
func (v *Validator) Check(s *SignedEvent) error {
	if err := s.CheckModel(); err != nil {
		return err
	}
	if err := v.Registry.Verify(s); err != nil {
		return err
	}
	return v.checkRest(s)
}

// CheckAll returns Check(&events[i]) for every event, in order, with the
// signatures verified in one batch (Registry.VerifyAll): the same verdicts
// in less time.
func (v *Validator) CheckAll(events []SignedEvent) []error {
	errs := make([]error, len(events))
	var idx []int
	for i := range events {
		if errs[i] = events[i].CheckModel(); errs[i] == nil {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return errs
	}
	v.Registry.VerifyAll(events, idx, errs)
	for _, i := range idx {
		if errs[i] == nil {
			errs[i] = v.checkRest(&events[i])
		}
	}
	return errs
}

// checkRest is Check after the device and signature: bounds, clock skew.
func (v *Validator) checkRest(s *SignedEvent) error {
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
	return nil
}

// Accept validates s (Check) and compares it with the events accepted
// before: an event already accepted with the same bytes is ErrDuplicate,
// one with the same (cabinet, seq) and other bytes ErrConflict. Otherwise
// it records s, whatever its sequence number relative to the others.
func (v *Validator) Accept(s *SignedEvent) error {
	if err := v.Check(s); err != nil {
		return err
	}
	sum, err := s.Digest()
	if err != nil {
		return err
	}
	if err := CompareTaken(s, sum, v.taken); err != nil {
		return err
	}
	if v.taken == nil {
		v.taken = map[Key][32]byte{}
	}
	v.taken[s.Key()] = sum
	return nil
}

// CompareTaken compares s (of digest sum) with the events taken before, by
// key: ErrDuplicate when the same event is there, ErrConflict when another
// one with the same (cabinet, seq) is, nil when its key is free.
func CompareTaken(s *SignedEvent, sum [32]byte, taken map[Key][32]byte) error {
	prev, ok := taken[s.Key()]
	switch {
	case !ok:
		return nil
	case prev == sum:
		return fmt.Errorf("%w: cabinet %d seq %d, the same bytes were already taken", ErrDuplicate, s.Cabinet, s.Seq)
	default:
		return fmt.Errorf("%w: cabinet %d seq %d was already taken with other contents (digest %x, this one %x)",
			ErrConflict, s.Cabinet, s.Seq, prev[:8], sum[:8])
	}
}

func (v *Validator) maxSkew() time.Duration {
	if v.MaxSkew == 0 {
		return DefaultMaxSkew
	}
	return v.MaxSkew
}
