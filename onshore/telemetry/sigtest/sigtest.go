// Package sigtest builds ed25519 signatures at the edges of the
// verification rules (ZIP 215, telemetry.Registry.Verify), so tests can
// require every node that checks device signatures — the agent, the
// embedded ledger, the chaincode — to reach one verdict on each. It is for
// tests only.
package sigtest

import (
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha512"
	"encoding/hex"

	"filippo.io/edwards25519"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// Case is one signature of an event and the verdict every node must reach.
type Case struct {
	Name  string
	Sig   []byte
	Valid bool
	// StdlibValid is crypto/ed25519's verdict, for the record: the cases
	// where it differs are why one rule (ZIP 215) is used everywhere.
	StdlibValid bool
}

// order2 is the encoding of the point of order 2, (0, −1).
const order2 = "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"

// Cases returns signatures of e (under registry) by key at the edges:
//
//   - an ordinary signature (valid everywhere);
//   - a mixed-order R = r·B + T with T of order 2: valid under ZIP 215's
//     cofactored equation, refused by crypto/ed25519's cofactorless one;
//   - s + L, the same signature with a non-canonical s (refused by both);
//   - s with a high bit set (refused by both);
//   - R replaced by the order-2 point (refused: the equation fails);
//   - a signature of another message (refused).
func Cases(registry string, key ed25519.PrivateKey, e telemetry.Event) []Case {
	msg := telemetry.SigningBytes(registry, &e)
	good := ed25519.Sign(key, msg)
	mixed := mixedOrderR(key, msg)
	sPlusL := append([]byte(nil), good...)
	addL(sPlusL[32:])
	high := append([]byte(nil), good...)
	high[63] |= 0x80
	smallR := append([]byte(nil), good...)
	t, _ := hex.DecodeString(order2)
	copy(smallR[:32], t)
	other := ed25519.Sign(key, append(msg, 0))
	pub := key.Public().(ed25519.PublicKey)
	cs := []Case{
		{Name: "an ordinary signature", Sig: good, Valid: true},
		{Name: "a mixed-order R (r·B + a point of order 2)", Sig: mixed, Valid: true},
		{Name: "a non-canonical s (s + L)", Sig: sPlusL},
		{Name: "s with its top bit set", Sig: high},
		{Name: "R the point of order 2", Sig: smallR},
		{Name: "a signature of another message", Sig: other},
	}
	for i := range cs {
		cs[i].StdlibValid = ed25519.Verify(pub, msg, cs[i].Sig)
	}
	return cs
}

// mixedOrderR signs msg with R = r·B + T, T of order 2, and s = r + k·a.
func mixedOrderR(key ed25519.PrivateKey, msg []byte) []byte {
	h := sha512.Sum512(key.Seed())
	a, err := new(edwards25519.Scalar).SetBytesWithClamping(h[:32])
	if err != nil {
		panic(err)
	}
	var rb [64]byte
	if _, err := rand.Read(rb[:]); err != nil {
		panic(err)
	}
	r, _ := new(edwards25519.Scalar).SetUniformBytes(rb[:])
	tb, _ := hex.DecodeString(order2)
	t, err := new(edwards25519.Point).SetBytes(tb)
	if err != nil {
		panic(err)
	}
	R := new(edwards25519.Point).Add(new(edwards25519.Point).ScalarBaseMult(r), t)
	pub := key.Public().(ed25519.PublicKey)
	d := sha512.New()
	d.Write(R.Bytes())
	d.Write(pub)
	d.Write(msg)
	k, _ := new(edwards25519.Scalar).SetUniformBytes(d.Sum(nil))
	s := new(edwards25519.Scalar).MultiplyAdd(k, a, r)
	return append(R.Bytes(), s.Bytes()...)
}

// addL adds the group order L to the little-endian 32-byte scalar b.
func addL(b []byte) {
	l := [32]byte{0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
		0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10}
	carry := 0
	for i := range 32 {
		v := int(b[i]) + int(l[i]) + carry
		b[i], carry = byte(v), v>>8
	}
}

// WeakKeys returns encodings no registry may accept as a device key:
// the eight points of small order (canonical encodings), a non-canonical
// encoding of the identity, and a non-canonical encoding (y = p + 3) of a
// point of large order: a key has one encoding.
func WeakKeys() []ed25519.PublicKey {
	hexes := []string{
		"0100000000000000000000000000000000000000000000000000000000000000", // identity
		order2,
		"0000000000000000000000000000000000000000000000000000000000000000", // order 4
		"0000000000000000000000000000000000000000000000000000000000000080", // order 4
		"26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05", // order 8
		"26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85", // order 8
		"c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a", // order 8
		"c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa", // order 8
		"eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", // identity, y = p + 1: non-canonical
		"f0ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", // large order, y = p + 3: non-canonical
	}
	out := make([]ed25519.PublicKey, len(hexes))
	for i, h := range hexes {
		out[i], _ = hex.DecodeString(h)
	}
	return out
}
