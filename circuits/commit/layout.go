package commit

import (
	"encoding/binary"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// The leaf layout: bit offsets (from the least significant bit) and widths of
// the committed fields inside one packed leaf. A leaf is the integer
//
//	Kind<<OffsetKind | Tag<<OffsetTag | Cabinet<<OffsetCabinet | Seq<<OffsetSeq | Time<<OffsetTime |
//	EnergyWh<<OffsetEnergy | FeeCents<<OffsetFee | SoCIn<<OffsetSoCIn |
//	SoCOut<<OffsetSoCOut | SoHPermille<<OffsetSoH
//
// with Tag = 1 for every record and Kind = 1 for a heartbeat (0 for a swap),
// read as an element of the BN254 scalar field. A heartbeat's leaf holds only
// its cabinet, seq and time: every swap field is 0. It is below 2^LeafBits < 2^253 < r, so it never wraps the modulus
// and the decomposition is unique once every field is range-checked to its
// width. The (cabinet, seq) key is the slice [OffsetSeq, OffsetTag) of the
// leaf: Cabinet*2^64 + Seq.
const (
	OffsetSoH     = 0
	WidthSoH      = 10
	OffsetSoCOut  = OffsetSoH + WidthSoH // 10
	WidthSoCOut   = 7
	OffsetSoCIn   = OffsetSoCOut + WidthSoCOut // 17
	WidthSoCIn    = 7
	OffsetFee     = OffsetSoCIn + WidthSoCIn // 24
	WidthFee      = 32
	OffsetEnergy  = OffsetFee + WidthFee // 56
	WidthEnergy   = 32
	OffsetTime    = OffsetEnergy + WidthEnergy // 88
	WidthTime     = 32
	OffsetSeq     = OffsetTime + WidthTime // 120
	WidthSeq      = 64
	OffsetCabinet = OffsetSeq + WidthSeq // 184
	WidthCabinet  = 32
	OffsetTag     = OffsetCabinet + WidthCabinet // 216
	WidthTag      = 1
	OffsetKind    = OffsetTag + WidthTag // 217
	WidthKind     = 1

	// LeafBits bounds every packed record: leaf < 2^LeafBits.
	LeafBits = OffsetKind + WidthKind // 218
	// SwapBits is the width of the swap fields (health, charges, fee,
	// energy) at the bottom of the leaf: a heartbeat's leaf is 0 there.
	SwapBits = OffsetTime // 88
	// OffsetKey and WidthKey locate the canonical order key Cabinet*2^64+Seq.
	OffsetKey = OffsetSeq
	WidthKey  = WidthSeq + WidthCabinet // 96
)

// Field is one entry of the leaf layout. Max is the largest value the model
// allows (for SoC and SoH it is below 2^Width-1, so a range check on the
// width alone admits values the ledger never commits).
type Field struct {
	Name   string
	Offset int
	Width  int
	Max    uint64
}

// Layout returns the leaf layout from the least significant field up; the
// circuit unpacks with exactly this table.
func Layout() []Field {
	return []Field{
		{"soh_permille", OffsetSoH, WidthSoH, telemetry.MaxSoH},
		{"soc_out", OffsetSoCOut, WidthSoCOut, telemetry.MaxSoC},
		{"soc_in", OffsetSoCIn, WidthSoCIn, telemetry.MaxSoC},
		{"fee_cents", OffsetFee, WidthFee, 1<<WidthFee - 1},
		{"energy_wh", OffsetEnergy, WidthEnergy, 1<<WidthEnergy - 1},
		{"time", OffsetTime, WidthTime, telemetry.MaxTime},
		{"seq", OffsetSeq, WidthSeq, 1<<WidthSeq - 1},
		{"cabinet", OffsetCabinet, WidthCabinet, 1<<WidthCabinet - 1},
		{"tag", OffsetTag, WidthTag, 1},
		{"kind", OffsetKind, WidthKind, 1},
	}
}

// Record is the committed part of an event: what one leaf holds. The pool is
// not in it (a chunk holds records of one pool; the pool is bound beside the
// root as a public input), nor are the withheld battery ids.
type Record struct {
	Kind        telemetry.Kind // a swap, or a heartbeat (every swap field 0)
	Cabinet     uint32
	Seq         uint64
	Time        uint32 // unix seconds
	EnergyWh    uint32
	FeeCents    uint32
	SoCIn       uint8
	SoCOut      uint8
	SoHPermille uint16
}

// RecordOf returns the committed fields of e, or ErrOutOfRange when e holds a
// value the leaf can not represent or the model does not allow.
func RecordOf(e *telemetry.Event) (Record, error) {
	if e.Time < 0 || e.Time > telemetry.MaxTime {
		return Record{}, fmt.Errorf("%w: cabinet %d seq %d: time = %d, allowed [0, %d]", ErrOutOfRange, e.Cabinet, e.Seq, e.Time, int64(telemetry.MaxTime))
	}
	r := Record{
		Kind:        e.Kind,
		Cabinet:     e.Cabinet,
		Seq:         e.Seq,
		Time:        uint32(e.Time),
		EnergyWh:    e.EnergyWh,
		FeeCents:    e.FeeCents,
		SoCIn:       e.SoCIn,
		SoCOut:      e.SoCOut,
		SoHPermille: e.SoHPermille,
	}
	return r, r.Validate()
}

// IsSwap reports whether r is a swap (not a heartbeat).
func (r Record) IsSwap() bool { return r.Kind == telemetry.KindSwap }

// Validate reports the first field outside the model's range as ErrOutOfRange:
// an unknown kind, a heartbeat with a swap field set, or a value beyond its
// field.
func (r Record) Validate() error {
	switch {
	case r.Kind > telemetry.KindHeartbeat:
		return fmt.Errorf("%w: cabinet %d seq %d: kind %d is neither swap nor heartbeat", ErrOutOfRange, r.Cabinet, r.Seq, r.Kind)
	case r.Kind == telemetry.KindHeartbeat && (r.EnergyWh != 0 || r.FeeCents != 0 || r.SoCIn != 0 || r.SoCOut != 0 || r.SoHPermille != 0):
		return fmt.Errorf("%w: cabinet %d seq %d: a heartbeat carries no swap fields (energy_wh %d, fee_cents %d, soc_in %d, soc_out %d, soh_permille %d)",
			ErrOutOfRange, r.Cabinet, r.Seq, r.EnergyWh, r.FeeCents, r.SoCIn, r.SoCOut, r.SoHPermille)
	case r.SoCIn > telemetry.MaxSoC:
		return fmt.Errorf("%w: cabinet %d seq %d: soc_in = %d, at most %d", ErrOutOfRange, r.Cabinet, r.Seq, r.SoCIn, telemetry.MaxSoC)
	case r.SoCOut > telemetry.MaxSoC:
		return fmt.Errorf("%w: cabinet %d seq %d: soc_out = %d, at most %d", ErrOutOfRange, r.Cabinet, r.Seq, r.SoCOut, telemetry.MaxSoC)
	case r.SoHPermille > telemetry.MaxSoH:
		return fmt.Errorf("%w: cabinet %d seq %d: soh_permille = %d, at most %d", ErrOutOfRange, r.Cabinet, r.Seq, r.SoHPermille, telemetry.MaxSoH)
	}
	return nil
}

// Before reports whether r comes strictly before o in canonical order
// (cabinet, then seq), the order of telemetry.Less.
func (r Record) Before(o Record) bool {
	if r.Cabinet != o.Cabinet {
		return r.Cabinet < o.Cabinet
	}
	return r.Seq < o.Seq
}

// Pack returns the leaf of r, or ErrOutOfRange.
func (r Record) Pack() (fr.Element, error) {
	if err := r.Validate(); err != nil {
		return fr.Element{}, err
	}
	var l [4]uint64 // little-endian limbs
	putBits(&l, OffsetSoH, WidthSoH, uint64(r.SoHPermille))
	putBits(&l, OffsetSoCOut, WidthSoCOut, uint64(r.SoCOut))
	putBits(&l, OffsetSoCIn, WidthSoCIn, uint64(r.SoCIn))
	putBits(&l, OffsetFee, WidthFee, uint64(r.FeeCents))
	putBits(&l, OffsetEnergy, WidthEnergy, uint64(r.EnergyWh))
	putBits(&l, OffsetTime, WidthTime, uint64(r.Time))
	putBits(&l, OffsetSeq, WidthSeq, r.Seq)
	putBits(&l, OffsetCabinet, WidthCabinet, uint64(r.Cabinet))
	putBits(&l, OffsetTag, WidthTag, 1)
	putBits(&l, OffsetKind, WidthKind, uint64(r.Kind))
	var b [fr.Bytes]byte
	for i := range 4 {
		binary.BigEndian.PutUint64(b[fr.Bytes-8*(i+1):], l[i])
	}
	var x fr.Element
	x.SetBytes(b[:]) // below 2^218: never reduced
	return x, nil
}

// Pack returns the leaf of event e: its committed fields at the offsets of
// Layout, with the record tag set. The pool and the withheld fields do not
// enter the leaf. It fails with ErrOutOfRange when e can not be represented.
func Pack(e *telemetry.Event) (fr.Element, error) {
	r, err := RecordOf(e)
	if err != nil {
		return fr.Element{}, err
	}
	return r.Pack()
}

// Unpack decodes a leaf. It returns ErrEmptyLeaf for the empty leaf (0) and
// ErrNotLeaf for anything that Pack can not produce: a value of 2^LeafBits or
// more, a missing tag, a field out of the model's range, or a heartbeat with
// a swap field set.
func Unpack(x fr.Element) (Record, error) {
	if x.IsZero() {
		return Record{}, ErrEmptyLeaf
	}
	l := x.Bits()
	if l[3]>>(LeafBits-192) != 0 {
		return Record{}, fmt.Errorf("%w: %s is 2^%d or more", ErrNotLeaf, hexOf(&x), LeafBits)
	}
	if getBits(&l, OffsetTag, WidthTag) != 1 {
		return Record{}, fmt.Errorf("%w: %s lacks the record tag (bit %d)", ErrNotLeaf, hexOf(&x), OffsetTag)
	}
	r := Record{
		Kind:        telemetry.Kind(getBits(&l, OffsetKind, WidthKind)),
		Cabinet:     uint32(getBits(&l, OffsetCabinet, WidthCabinet)),
		Seq:         getBits(&l, OffsetSeq, WidthSeq),
		Time:        uint32(getBits(&l, OffsetTime, WidthTime)),
		EnergyWh:    uint32(getBits(&l, OffsetEnergy, WidthEnergy)),
		FeeCents:    uint32(getBits(&l, OffsetFee, WidthFee)),
		SoCIn:       uint8(getBits(&l, OffsetSoCIn, WidthSoCIn)),
		SoCOut:      uint8(getBits(&l, OffsetSoCOut, WidthSoCOut)),
		SoHPermille: uint16(getBits(&l, OffsetSoH, WidthSoH)),
	}
	if err := r.Validate(); err != nil {
		return Record{}, fmt.Errorf("%w: %s: %w", ErrNotLeaf, hexOf(&x), err)
	}
	return r, nil
}

// putBits ors v (which must fit width bits, width ≤ 64) into l at bit off.
func putBits(l *[4]uint64, off, width uint, v uint64) {
	i, s := off/64, off%64
	l[i] |= v << s
	if s+width > 64 {
		l[i+1] |= v >> (64 - s)
	}
}

// getBits reads width bits (≤ 64) of l at bit off.
func getBits(l *[4]uint64, off, width uint) uint64 {
	i, s := off/64, off%64
	v := l[i] >> s
	if s+width > 64 {
		v |= l[i+1] << (64 - s)
	}
	if width < 64 {
		v &= 1<<width - 1
	}
	return v
}

// hexOf renders a field element as 0x followed by 64 hex digits (big-endian).
func hexOf(x *fr.Element) string {
	b := x.Bytes()
	return fmt.Sprintf("0x%x", b[:])
}
