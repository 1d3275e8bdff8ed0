package telemetry

import (
	"cmp"
	"crypto/ed25519"
	"fmt"
	"math"
	"math/big"
)

// EncodingVersion is the version byte that starts the canonical binary
// encoding of a swap (and its JSON form's "v"). A new layout gets a new
// version; decoders reject versions they do not know.
const EncodingVersion byte = 1

// HeartbeatEncodingVersion starts the canonical encoding of a heartbeat, a
// layout of its own (encoding.go). The version byte is inside the signed
// bytes (SigningBytes), so a heartbeat's signature never verifies a swap,
// nor a swap's a heartbeat.
const HeartbeatEncodingVersion byte = 2

// Limits of the model itself (not of any policy): a value outside these can
// not be represented, whatever the policy says.
const (
	MaxPoolIDLen    = 31   // bytes; a pool id fits one BN254 field element
	MaxBatteryIDLen = 64   // bytes
	MaxSoC          = 100  // percent
	MaxSoH          = 1000 // permille
	// MaxTime is the last representable record time: records are committed
	// with 32-bit unix seconds (until 2106-02-07).
	MaxTime = math.MaxUint32
)

// SignatureSize is the size of a device signature (ed25519).
const SignatureSize = ed25519.SignatureSize

// Kind says what an event reports. The zero value is a swap, so every event
// written before heartbeats existed keeps its meaning.
type Kind uint8

const (
	// KindSwap is a battery swap: every field is the cabinet's report.
	KindSwap Kind = iota
	// KindHeartbeat is a signed sign of life with no swap: only the pool,
	// cabinet, seq and time are set (every swap field is zero, no battery
	// id). It takes a sequence number like any event, so an idle cabinet is
	// not mistaken for a silent one, and counts toward nothing but
	// completeness.
	KindHeartbeat
)

// String names the kind as the JSON form does: "swap" or "heartbeat".
func (k Kind) String() string {
	switch k {
	case KindSwap:
		return "swap"
	case KindHeartbeat:
		return "heartbeat"
	default:
		return fmt.Sprintf("kind(%d)", uint8(k))
	}
}

// Event is one event at one cabinet, as the cabinet reports it: a battery
// swap, or a heartbeat (Kind).
//
// Pool, Cabinet, Seq, Time, EnergyWh, FeeCents, SoCIn, SoCOut and SoHPermille
// are the committed fields: they enter the epoch commitment and the proofs.
// BatteryIn and BatteryOut are withheld fields: they are stored onshore and
// signed by the device, but never enter a commitment leaf, a public input or
// anything sent offshore.
type Event struct {
	Kind        Kind   `json:"-"` // the JSON and binary forms are the encoding's (encoding.go)
	Pool        PoolID `json:"pool"`
	Cabinet     uint32 `json:"cabinet"`
	Seq         uint64 `json:"seq"`  // per-cabinet sequence number: 1 for the first event after registration, +1 per event
	Time        int64  `json:"time"` // unix seconds, UTC
	EnergyWh    uint32 `json:"energy_wh"`
	FeeCents    uint32 `json:"fee_cents"`
	SoCIn       uint8  `json:"soc_in"`       // state of charge of the returned battery, percent
	SoCOut      uint8  `json:"soc_out"`      // state of charge of the issued battery, percent
	SoHPermille uint16 `json:"soh_permille"` // state of health of the issued battery, permille

	BatteryIn  string `json:"battery_in,omitempty"`  // withheld
	BatteryOut string `json:"battery_out,omitempty"` // withheld
}

// SignedEvent is an Event with its device signature over SigningBytes.
type SignedEvent struct {
	Event
	Sig []byte `json:"sig"`
}

// IsHeartbeat reports whether e is a heartbeat rather than a swap.
func (e *Event) IsHeartbeat() bool { return e.Kind == KindHeartbeat }

// Key identifies an event on the ledger: one record per (pool, cabinet, seq).
type Key struct {
	Pool    PoolID
	Cabinet uint32
	Seq     uint64
}

// Key returns the event's ledger key.
func (e *Event) Key() Key { return Key{Pool: e.Pool, Cabinet: e.Cabinet, Seq: e.Seq} }

// Less orders events canonically: by cabinet, then sequence number. This is
// the order of records in a commitment (all records of a commitment share a
// pool).
func Less(a, b *Event) bool {
	if a.Cabinet != b.Cabinet {
		return a.Cabinet < b.Cabinet
	}
	return a.Seq < b.Seq
}

// Compare is Less as a three-way comparison, for slices.SortFunc: events
// sort into canonical order with slices.SortFunc(evs, telemetry.Compare).
func Compare(a, b Event) int {
	if c := cmp.Compare(a.Cabinet, b.Cabinet); c != 0 {
		return c
	}
	return cmp.Compare(a.Seq, b.Seq)
}

// PoolID names a pool of assets: 1 to 31 bytes of [a-z0-9._-], starting with a
// letter or digit. Its field encoding (the bytes read as a big-endian integer)
// is what proofs and contracts bind.
type PoolID string

// Validate reports whether the id is well formed.
func (p PoolID) Validate() error {
	if len(p) == 0 || len(p) > MaxPoolIDLen {
		return fmt.Errorf("%w: pool id %q must be 1 to %d bytes", ErrMalformed, string(p), MaxPoolIDLen)
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		ok := (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (i > 0 && (c == '.' || c == '_' || c == '-'))
		if !ok {
			return fmt.Errorf("%w: pool id %q: byte %d (%q) is not one of [a-z0-9._-] (and the first must be a letter or digit)", ErrMalformed, string(p), i, c)
		}
	}
	return nil
}

// Field returns the pool id as an integer below 2^248: its bytes read as a
// big-endian number. It is injective over valid ids (no valid id starts with
// a zero byte).
func (p PoolID) Field() *big.Int { return new(big.Int).SetBytes([]byte(p)) }

// PoolIDFromField is the inverse of Field for valid ids.
func PoolIDFromField(x *big.Int) (PoolID, error) {
	if x.Sign() <= 0 || x.BitLen() > 8*MaxPoolIDLen {
		return "", fmt.Errorf("%w: %s is not a pool id field encoding", ErrMalformed, x)
	}
	p := PoolID(x.Bytes())
	return p, p.Validate()
}

func validBatteryID(s string) bool {
	if len(s) > MaxBatteryIDLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 0x21 || s[i] > 0x7e { // printable ASCII, no space
			return false
		}
	}
	return true
}
