// Package verifier turns a gnark Groth16 BN254 verifying key into the
// constructor arguments of the Groth16Verifier contract (and, Words.Key,
// those words back into a key gnark verifies with), computes the key
// hash the contract exposes as vkHash(), and lays out proofs as the contract
// reads them. It owns the Go side of the contract's key format; the circuit
// and its keys belong to circuits/.
//
// # Key words
//
// The contract takes the key as Words (40 base-field elements, each a
// 32-byte big-endian word), in this order:
//
//	0-1    α                       (x, y)
//	2-5    −β                      G2 as X1 X0 Y1 Y0 (EIP-197 order: imaginary part first)
//	6-9    −γ                      G2
//	10-13  −δ                      G2
//	14-31  K0 … K8                 (x, y) each; K1..K7 multiply the public inputs,
//	                               K8 the commitment's hash
//	32-35  Pedersen G              G2
//	36-39  Pedersen −σG            G2 (gnark's GSigmaNeg)
//
// The contract's vkHash() is circuits/keys.VKHash of the key (SHA-256 over
// α | β | γ | δ | 9 | K0..K8 | 1 | G | −σG, with β, γ, δ not negated): the
// constructor recovers β, γ, δ from their negations. Words.Hash computes the
// same from the words, so an auditor can check a deployment's constructor
// arguments, a .vk file and the on-chain hash against each other. The
// contract's verifyingKey() returns the words; Words.Key rebuilds the key
// from them, so proofs re-verify off-chain with no .vk file.
package verifier

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/pedersen"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
)

// NumPublic is the number of public inputs the contract's proofs take (the
// commitment's hash excluded): circuits/summary.NumPublic.
const NumPublic = 7

// NumWords is the number of key words the contract's constructor takes.
const NumWords = 40

// ProofLength is the length of a proof as the contract reads it:
// A(64) | B(128) | C(64) | commitment(64) | proof of knowledge(64).
const ProofLength = 384

// ErrKeyShape reports a verifying key the contract can not hold: not BN254,
// a different number of public inputs, not exactly one BSB22 commitment, or
// a commitment to public inputs.
var ErrKeyShape = errors.New("verifying key does not fit the Groth16Verifier contract")

// ErrProofShape reports a proof that is not a BN254 proof with one commitment.
var ErrProofShape = errors.New("proof does not fit the Groth16Verifier contract")

// Words is a verifying key as the contract's constructor argument.
type Words [NumWords]*big.Int

// KeyWords returns the constructor argument of the contract for vk.
func KeyWords(vk groth16.VerifyingKey) (Words, error) {
	k, ok := vk.(*groth16bn254.VerifyingKey)
	if !ok {
		return Words{}, fmt.Errorf("%w: %T is not a BN254 key", ErrKeyShape, vk)
	}
	if len(k.G1.K) != NumPublic+2 {
		return Words{}, fmt.Errorf("%w: %d public inputs (with the commitment), want %d", ErrKeyShape, len(k.G1.K)-1, NumPublic+1)
	}
	if len(k.CommitmentKeys) != 1 || len(k.PublicAndCommitmentCommitted) != 1 {
		return Words{}, fmt.Errorf("%w: %d commitments, want 1", ErrKeyShape, len(k.CommitmentKeys))
	}
	if len(k.PublicAndCommitmentCommitted[0]) != 0 {
		return Words{}, fmt.Errorf("%w: the commitment covers public inputs %v", ErrKeyShape, k.PublicAndCommitmentCommitted[0])
	}
	var w Words
	i := 0
	g1 := func(p *bn254.G1Affine) {
		w[i], w[i+1] = fpInt(&p.X), fpInt(&p.Y)
		i += 2
	}
	g2 := func(p *bn254.G2Affine) {
		w[i], w[i+1], w[i+2], w[i+3] = fpInt(&p.X.A1), fpInt(&p.X.A0), fpInt(&p.Y.A1), fpInt(&p.Y.A0)
		i += 4
	}
	var betaNeg, gammaNeg, deltaNeg bn254.G2Affine
	betaNeg.Neg(&k.G2.Beta)
	gammaNeg.Neg(&k.G2.Gamma)
	deltaNeg.Neg(&k.G2.Delta)
	g1(&k.G1.Alpha)
	g2(&betaNeg)
	g2(&gammaNeg)
	g2(&deltaNeg)
	for j := range k.G1.K {
		g1(&k.G1.K[j])
	}
	g2(&k.CommitmentKeys[0].G)
	g2(&k.CommitmentKeys[0].GSigmaNeg)
	return w, nil
}

func fpInt(x *fp.Element) *big.Int { return x.BigInt(new(big.Int)) }

// Key is the inverse of KeyWords: the gnark BN254 verifying key the words
// encode (the contract's verifyingKey() returns them), ready to verify
// proofs (precomputed, with its commitment key, committing no public
// input). keys.VKHash of it is w.Hash(). It fails with ErrKeyShape for a
// missing or unreduced word, or a point off its curve or subgroup. The
// key's G1 β and δ, which the contract does not hold and gnark's verifier
// does not use, are left at the identity.
func (w Words) Key() (groth16.VerifyingKey, error) {
	var e [NumWords]fp.Element
	for i, x := range w {
		if x == nil || x.Sign() < 0 || x.BitLen() > 256 {
			return nil, fmt.Errorf("%w: word %d is not a base-field element", ErrKeyShape, i)
		}
		if err := e[i].SetBytesCanonical(word(x)); err != nil {
			return nil, fmt.Errorf("%w: word %d is not a reduced base-field element", ErrKeyShape, i)
		}
	}
	i := 0
	var err error
	g1 := func(what string) (p bn254.G1Affine) {
		p.X, p.Y = e[i], e[i+1]
		if err == nil && !p.IsInSubGroup() {
			err = fmt.Errorf("%w: %s (words %d-%d) is not a point of G1", ErrKeyShape, what, i, i+1)
		}
		i += 2
		return p
	}
	g2 := func(what string) (p bn254.G2Affine) {
		p.X.A1, p.X.A0, p.Y.A1, p.Y.A0 = e[i], e[i+1], e[i+2], e[i+3]
		if err == nil && !p.IsInSubGroup() {
			err = fmt.Errorf("%w: %s (words %d-%d) is not a point of G2", ErrKeyShape, what, i, i+3)
		}
		i += 4
		return p
	}
	k := &groth16bn254.VerifyingKey{}
	k.G1.Alpha = g1("α")
	betaNeg, gammaNeg, deltaNeg := g2("−β"), g2("−γ"), g2("−δ")
	k.G2.Beta.Neg(&betaNeg)
	k.G2.Gamma.Neg(&gammaNeg)
	k.G2.Delta.Neg(&deltaNeg)
	k.G1.K = make([]bn254.G1Affine, NumPublic+2)
	for j := range k.G1.K {
		k.G1.K[j] = g1(fmt.Sprintf("K%d", j))
	}
	k.CommitmentKeys = make([]pedersen.VerifyingKey, 1)
	k.CommitmentKeys[0].G = g2("the Pedersen G")
	k.CommitmentKeys[0].GSigmaNeg = g2("the Pedersen −σG")
	k.PublicAndCommitmentCommitted = [][]int{{}}
	if err != nil {
		return nil, err
	}
	if err := k.Precompute(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrKeyShape, err)
	}
	return k, nil
}

// Array returns the words as the binding's [40]*big.Int.
func (w Words) Array() [NumWords]*big.Int { return w }

// Hash returns the contract's vkHash() for these words (circuits/keys.VKHash
// of the key they encode).
func (w Words) Hash() [32]byte {
	p := fp.Modulus()
	h := sha256.New()
	put := func(x *big.Int) { h.Write(word(x)) }
	put(w[0])
	put(w[1])
	for j := 0; j < 3; j++ {
		b := 2 + 4*j
		put(w[b])
		put(w[b+1])
		for _, y := range w[b+2 : b+4] {
			put(new(big.Int).Mod(new(big.Int).Sub(p, y), p))
		}
	}
	put(big.NewInt(NumPublic + 2))
	for _, x := range w[14:32] {
		put(x)
	}
	put(big.NewInt(1))
	for _, x := range w[32:40] {
		put(x)
	}
	return [32]byte(h.Sum(nil))
}

// Hash returns the vkHash() of the contract deployed for vk.
func Hash(vk groth16.VerifyingKey) ([32]byte, error) {
	w, err := KeyWords(vk)
	if err != nil {
		return [32]byte{}, err
	}
	return w.Hash(), nil
}

func word(x *big.Int) []byte {
	b := make([]byte, 32)
	x.FillBytes(b)
	return b
}

// ProofBytes returns proof in the contract's layout (gnark's
// MarshalSolidity). Prove with solidity.WithProverTargetSolidityVerifier
// (keccak256 hash-to-field), or proofs that verify in Go fail on-chain.
func ProofBytes(proof groth16.Proof) ([]byte, error) {
	p, ok := proof.(*groth16bn254.Proof)
	if !ok {
		return nil, fmt.Errorf("%w: %T is not a BN254 proof", ErrProofShape, proof)
	}
	if len(p.Commitments) != 1 {
		return nil, fmt.Errorf("%w: %d commitments, want 1", ErrProofShape, len(p.Commitments))
	}
	b := p.MarshalSolidity()
	if len(b) != ProofLength {
		return nil, fmt.Errorf("%w: %d bytes, want %d", ErrProofShape, len(b), ProofLength)
	}
	return b, nil
}

// ParseProof reads a proof in the contract's layout, failing with
// ErrProofShape for a wrong length, an unreduced coordinate or a point off
// its curve or subgroup (what the EVM precompiles reject).
func ParseProof(b []byte) (groth16.Proof, error) {
	if len(b) != ProofLength {
		return nil, fmt.Errorf("%w: %d bytes, want %d", ErrProofShape, len(b), ProofLength)
	}
	var e [12]fp.Element
	for i := range e {
		if err := e[i].SetBytesCanonical(b[32*i : 32*i+32]); err != nil {
			return nil, fmt.Errorf("%w: word %d is not a reduced base-field element", ErrProofShape, i)
		}
	}
	p := &groth16bn254.Proof{Commitments: make([]bn254.G1Affine, 1)}
	p.Ar.X, p.Ar.Y = e[0], e[1]
	p.Bs.X.A1, p.Bs.X.A0, p.Bs.Y.A1, p.Bs.Y.A0 = e[2], e[3], e[4], e[5]
	p.Krs.X, p.Krs.Y = e[6], e[7]
	p.Commitments[0].X, p.Commitments[0].Y = e[8], e[9]
	p.CommitmentPok.X, p.CommitmentPok.Y = e[10], e[11]
	for i, g := range []*bn254.G1Affine{&p.Ar, &p.Krs, &p.Commitments[0], &p.CommitmentPok} {
		if !g.IsInSubGroup() {
			return nil, fmt.Errorf("%w: G1 point %d is not on the curve", ErrProofShape, i)
		}
	}
	if !p.Bs.IsInSubGroup() {
		return nil, fmt.Errorf("%w: B is not in G2", ErrProofShape)
	}
	return p, nil
}
