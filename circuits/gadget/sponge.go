package gadget

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	p2perm "github.com/consensys/gnark/std/permutation/poseidon2"

	"github.com/rwabridge/rwabridge/circuits/commit"
)

// Sponge is the in-circuit twin of commit.Sponge: the state starts as
// [iv, 0, …, 0]; inputs, zero-padded to a positive multiple of
// commit.SpongeRate, are added block by block into state[1..15], each block
// followed by the Poseidon2 width-16 permutation; the result is state[1].
// Each permutation costs 3·(8·16+57) = 555 R1CS constraints.
func Sponge(api frontend.API, iv fr.Element, inputs []frontend.Variable) (frontend.Variable, error) {
	perm, err := p2perm.NewPoseidon2FromParameters(api, commit.SpongeWidth, commit.FullRounds, commit.PartialRounds)
	if err != nil {
		return nil, fmt.Errorf("gadget: poseidon2: %w", err)
	}
	state := make([]frontend.Variable, commit.SpongeWidth)
	state[0] = iv.BigInt(new(big.Int))
	for i := 1; i < commit.SpongeWidth; i++ {
		state[i] = 0
	}
	blocks := max(1, (len(inputs)+commit.SpongeRate-1)/commit.SpongeRate)
	for b := range blocks {
		for j := range commit.SpongeRate {
			if k := b*commit.SpongeRate + j; k < len(inputs) {
				state[1+j] = api.Add(state[1+j], inputs[k])
			}
		}
		if err := perm.Permutation(state); err != nil {
			return nil, fmt.Errorf("gadget: poseidon2: %w", err)
		}
	}
	return state[1], nil
}
