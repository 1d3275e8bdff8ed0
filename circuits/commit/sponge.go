package commit

import (
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
)

// The permutation: Poseidon2 over the BN254 scalar field, width 16, with
// gnark-crypto's reference parameters for that width (HorizenLabs
// poseidon2_rust_params.sage, 128-bit security with the security margin:
// 8 full and 57 partial rounds, x^5 S-box). In a circuit:
// poseidon2.NewPoseidon2FromParameters(api, SpongeWidth, FullRounds,
// PartialRounds) from gnark's std/permutation/poseidon2.
const (
	SpongeWidth   = 16
	SpongeRate    = SpongeWidth - 1 // state[1:]; state[0] is the capacity
	FullRounds    = 8
	PartialRounds = 57
)

// Domain separation. The capacity element of every sponge starts at an IV
//
//	IV = DomainPrefix<<32 | Version<<16 | kind  +  param<<64
//
// with kind DomainChunk (param = chunk capacity) or DomainNode (param = the
// node's level in the epoch tree, 1 just above the chunk roots).
const (
	DomainPrefix = 0x72776162 // "rwab"
	Version      = 1
	DomainChunk  = 1
	DomainNode   = 2
)

var permutation = sync.OnceValue(func() *poseidon2.Permutation {
	return poseidon2.NewPermutation(SpongeWidth, FullRounds, PartialRounds)
})

// iv returns the capacity IV of a sponge of the given kind and parameter.
func iv(kind uint16, param uint64) fr.Element {
	var x, p fr.Element
	x.SetUint64(DomainPrefix<<32 | Version<<16 | uint64(kind))
	p.SetUint64(param)
	var shift fr.Element
	shift.SetUint64(1 << 32)
	shift.Square(&shift) // 2^64
	p.Mul(&p, &shift)
	return *x.Add(&x, &p)
}

// ChunkIV is the IV of the sponge over a chunk of the given capacity.
func ChunkIV(capacity int) fr.Element { return iv(DomainChunk, uint64(capacity)) }

// NodeIV is the IV of the sponge that hashes two children at the given level
// of the epoch tree (1 = parents of chunk roots).
func NodeIV(level int) fr.Element { return iv(DomainNode, uint64(level)) }

// Sponge hashes a fixed-length input: the state starts as [iv, 0, …, 0];
// the inputs, zero-padded to a positive multiple of SpongeRate, are added
// block by block into state[1..15], each block followed by the permutation;
// the output is state[1]. The length is not padded or absorbed: every user
// fixes it by its IV (a chunk's capacity, or 2 for a node).
func Sponge(iv fr.Element, inputs []fr.Element) fr.Element {
	s := newSponge(iv)
	for i := range inputs {
		s.absorb(&inputs[i])
	}
	return s.squeeze()
}

// HashNode returns the epoch-tree node over left and right at level (≥ 1).
func HashNode(level int, left, right fr.Element) fr.Element {
	return Sponge(NodeIV(level), []fr.Element{left, right})
}

// sponge is the streaming form of Sponge.
type sponge struct {
	state [SpongeWidth]fr.Element
	pos   int // next rate slot, 0..SpongeRate-1
	perms int
}

func newSponge(iv fr.Element) sponge {
	var s sponge
	s.state[0] = iv
	return s
}

func (s *sponge) absorb(x *fr.Element) {
	s.state[1+s.pos].Add(&s.state[1+s.pos], x)
	if s.pos++; s.pos == SpongeRate {
		s.permute()
	}
}

// absorbZeros absorbs n zero elements: adding zero leaves the state as it is,
// so only the block boundaries cost a permutation.
func (s *sponge) absorbZeros(n int) {
	for n > 0 {
		take := min(n, SpongeRate-s.pos)
		s.pos += take
		n -= take
		if s.pos == SpongeRate {
			s.permute()
		}
	}
}

func (s *sponge) permute() {
	// Permutation fails only on a buffer of the wrong width; ours is fixed.
	_ = permutation().Permutation(s.state[:])
	s.pos = 0
	s.perms++
}

func (s *sponge) squeeze() fr.Element {
	if s.pos > 0 || s.perms == 0 {
		s.permute()
	}
	return s.state[1]
}
