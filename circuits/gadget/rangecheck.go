package gadget

import (
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/rangecheck"
)

// Ranger asserts that a value, read as an integer in [0, r), is below
// 2^bits.
type Ranger interface {
	Check(v frontend.Variable, bits int)
}

// RangeKind selects a Ranger implementation.
type RangeKind uint8

// The range-check implementations.
const (
	// Lookup uses gnark's std/rangecheck: values are split into limbs
	// checked by a log-derivative lookup. Few constraints per check, but the
	// argument needs a Fiat–Shamir challenge: a Groth16 proof then carries
	// one BSB22 commitment and its proof of knowledge (an extra pairing on
	// chain).
	Lookup RangeKind = iota
	// Bits decomposes each value into boolean wires: one constraint per bit
	// plus one, and no commitment.
	Bits
)

// String names the kind as the golden files and benchmarks do.
func (k RangeKind) String() string {
	if k == Bits {
		return "bits"
	}
	return "lookup"
}

// NewRanger returns the Ranger of the given kind for api.
func NewRanger(api frontend.API, kind RangeKind) Ranger {
	if kind == Bits {
		return bitRanger{api}
	}
	return rangecheck.New(api)
}

type bitRanger struct{ api frontend.API }

func (b bitRanger) Check(v frontend.Variable, bits int) { b.api.ToBinary(v, bits) }
