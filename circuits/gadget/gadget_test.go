package gadget

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/test"

	"github.com/rwabridge/rwabridge/circuits/commit"
)

type spongeCircuit struct {
	In  []frontend.Variable
	Out frontend.Variable `gnark:",public"`
	iv  fr.Element
}

func (c *spongeCircuit) Define(api frontend.API) error {
	out, err := Sponge(api, c.iv, c.In)
	if err != nil {
		return err
	}
	api.AssertIsEqual(out, c.Out)
	return nil
}

func TestSpongeMatchesCommitSponge(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 14, 15, 16, 30, 33} {
		t.Run(fmt.Sprintf("%d inputs", n), func(t *testing.T) {
			in := make([]fr.Element, n)
			w := &spongeCircuit{In: make([]frontend.Variable, n)}
			for i := range in {
				in[i].SetUint64(rng.Uint64())
				w.In[i] = in[i]
			}
			iv := commit.ChunkIV(n + 1)
			w.Out = commit.Sponge(iv, in)
			shape := &spongeCircuit{In: make([]frontend.Variable, n), iv: iv}
			if err := test.IsSolved(shape, w, ecc.BN254.ScalarField()); err != nil {
				t.Fatal(err)
			}
			if n > 0 {
				w.In[0] = 12345
				if err := test.IsSolved(shape, w, ecc.BN254.ScalarField()); err == nil {
					t.Fatal("a changed input hashes to the same output")
				}
			}
		})
	}
}

type rangeCircuit struct {
	V    frontend.Variable
	bits int
	kind RangeKind
}

func (c *rangeCircuit) Define(api frontend.API) error {
	NewRanger(api, c.kind).Check(c.V, c.bits)
	return nil
}

// TestRangersAcceptExactlyTheValuesBelowTheBound checks 0, 2^b−1, 2^b and
// r−1 for both implementations, with the real solver (the lookup ranger
// only differs from a plain check there).
func TestRangersAcceptExactlyTheValuesBelowTheBound(t *testing.T) {
	r := ecc.BN254.ScalarField()
	for _, kind := range []RangeKind{Lookup, Bits} {
		for _, bits := range []int{1, 7, 10, 20, 32, 64, 96} {
			ccs, err := frontend.Compile(r, r1cs.NewBuilder, &rangeCircuit{bits: bits, kind: kind})
			if err != nil {
				t.Fatal(err)
			}
			bound := new(big.Int).Lsh(big.NewInt(1), uint(bits))
			cases := []struct {
				v  *big.Int
				ok bool
			}{
				{big.NewInt(0), true},
				{new(big.Int).Sub(bound, big.NewInt(1)), true},
				{bound, false},
				{new(big.Int).Sub(r, big.NewInt(1)), false},
			}
			for _, c := range cases {
				t.Run(fmt.Sprintf("%s %d bits %s", kind, bits, c.v.Text(16)), func(t *testing.T) {
					w, err := frontend.NewWitness(&rangeCircuit{V: c.v}, r)
					if err != nil {
						t.Fatal(err)
					}
					_, err = ccs.Solve(w)
					if c.ok && err != nil {
						t.Fatalf("rejected: %v", err)
					}
					if !c.ok && err == nil {
						t.Fatal("accepted")
					}
				})
			}
		}
	}
}
