// Package field owns the values rwabridge passes between its parts as
// 32-byte words — the field elements of BN254's scalar field that the
// circuits prove over (roots, accumulators, policy hashes, public inputs)
// and 32-byte digests (EIP-712 digests, key hashes, transaction hashes) —
// and their one text form: 0x followed by exactly 64 lowercase hex digits,
// leading zeros kept. JSON, YAML, tables, logs and errors all show that
// form; input may use either case and must have exactly 64 digits.
//
// Element and Digest compare with ==, so no caller compares hex strings.
// The package does not hash anything (circuits/commit and policies do) and
// knows no protocol.
package field

import (
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// Errors of parsing.
var (
	// ErrHex: the text is not 0x followed by the right number of hex digits.
	ErrHex = errors.New("not 0x-prefixed hex of the right length")
	// ErrNotCanonical: the value is not below the scalar field modulus r.
	ErrNotCanonical = errors.New("not below the BN254 scalar field modulus")
)

// Element is an element of BN254's scalar field, in canonical form. The
// zero value is 0.
type Element fr.Element

// FromBig returns x as an element; ErrNotCanonical unless 0 <= x < r.
func FromBig(x *big.Int) (Element, error) {
	if x == nil || x.Sign() < 0 || x.Cmp(fr.Modulus()) >= 0 {
		return Element{}, fmt.Errorf("%w: %v", ErrNotCanonical, x)
	}
	var e fr.Element
	e.SetBigInt(x)
	return Element(e), nil
}

// FromUint64 returns v as an element.
func FromUint64(v uint64) Element {
	var e fr.Element
	e.SetUint64(v)
	return Element(e)
}

// Parse reads an element's text form (either case).
func Parse(s string) (Element, error) {
	b, err := DecodeHex(s, fr.Bytes, fr.Bytes)
	if err != nil {
		return Element{}, err
	}
	var e fr.Element
	if err := e.SetBytesCanonical(b); err != nil {
		return Element{}, fmt.Errorf("%w: %s", ErrNotCanonical, s)
	}
	return Element(e), nil
}

// Fr returns the element for gnark-crypto's arithmetic.
func (e Element) Fr() fr.Element { return fr.Element(e) }

// BigInt returns the element as a new big.Int.
func (e Element) BigInt() *big.Int {
	f := fr.Element(e)
	return f.BigInt(new(big.Int))
}

// Bytes returns the element as 32 bytes, big-endian.
func (e Element) Bytes() [32]byte {
	f := fr.Element(e)
	return f.Bytes()
}

// IsZero reports whether the element is 0.
func (e Element) IsZero() bool { return e == Element{} }

// String returns the text form: 0x and 64 lowercase hex digits.
func (e Element) String() string {
	b := e.Bytes()
	return EncodeHex(b[:])
}

// MarshalText implements encoding.TextMarshaler (JSON and YAML use it).
func (e Element) MarshalText() ([]byte, error) { return []byte(e.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with Parse.
func (e *Element) UnmarshalText(text []byte) error {
	v, err := Parse(string(text))
	if err != nil {
		return err
	}
	*e = v
	return nil
}

// Digest is a 32-byte digest. The zero value is all zeros.
type Digest [32]byte

// ParseDigest reads a digest's text form (either case).
func ParseDigest(s string) (Digest, error) {
	b, err := DecodeHex(s, 32, 32)
	if err != nil {
		return Digest{}, err
	}
	return Digest(b), nil
}

// IsZero reports whether every byte is 0.
func (d Digest) IsZero() bool { return d == Digest{} }

// String returns the text form: 0x and 64 lowercase hex digits.
func (d Digest) String() string { return EncodeHex(d[:]) }

// MarshalText implements encoding.TextMarshaler.
func (d Digest) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with ParseDigest.
func (d *Digest) UnmarshalText(text []byte) error {
	v, err := ParseDigest(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// DecodeHex reads 0x (or 0X) followed by the hex digits (either case) of
// minLen to maxLen bytes; ErrHex otherwise.
func DecodeHex(s string, minLen, maxLen int) ([]byte, error) {
	if len(s) < 2 || (s[:2] != "0x" && s[:2] != "0X") {
		return nil, fmt.Errorf("%w: %.80q has no 0x prefix", ErrHex, s)
	}
	n := len(s) - 2
	if n%2 != 0 || n < 2*minLen || n > 2*maxLen {
		if minLen == maxLen {
			return nil, fmt.Errorf("%w: %.80q: want %d bytes", ErrHex, s, minLen)
		}
		return nil, fmt.Errorf("%w: %.80q: want %d to %d bytes", ErrHex, s, minLen, maxLen)
	}
	b, err := hex.DecodeString(s[2:])
	if err != nil {
		return nil, fmt.Errorf("%w: %.80q: %v", ErrHex, s, err)
	}
	return b, nil
}

// Word renders x, a 256-bit word that need not be a field element (a
// value read from the chain, a pool field), in the one text form: 0x and
// exactly 64 lowercase hex digits, leading zeros kept. A value outside
// [0, 2^256) is no word and says so.
func Word(x *big.Int) string {
	if x == nil {
		return "<nil>"
	}
	if x.Sign() < 0 || x.BitLen() > 256 {
		return fmt.Sprintf("<not a 256-bit word: %s>", x)
	}
	var b [32]byte
	x.FillBytes(b[:])
	return EncodeHex(b[:])
}

// EncodeHex returns 0x and the lowercase hex digits of b.
func EncodeHex(b []byte) string { return "0x" + hex.EncodeToString(b) }
