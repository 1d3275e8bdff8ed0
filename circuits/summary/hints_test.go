package summary

import (
	"math/big"
	"sync/atomic"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/std/math/bits"
	"github.com/consensys/gnark/std/rangecheck"

	"github.com/rwabridge/rwabridge/circuits/commit"
)

// malicious wraps a hint: it runs the honest one, then lets bend change the
// outputs.
func malicious(h solver.Hint, calls *atomic.Int64, bend func(mod *big.Int, in, out []*big.Int)) solver.Hint {
	return func(mod *big.Int, in, out []*big.Int) error {
		if err := h(mod, in, out); err != nil {
			return err
		}
		calls.Add(1)
		bend(mod, in, out)
		return nil
	}
}

func plusOne(_ *big.Int, _, out []*big.Int) {
	if len(out) > 0 {
		out[0].Add(out[0], big.NewInt(1))
	}
}

// fieldIndex returns the position of a leaf field in UnpackHint's outputs.
func fieldIndex(name string) int {
	for i, f := range commit.Layout() {
		if f.Name == name {
			return i
		}
	}
	panic(name)
}

func TestEveryHintOverriddenByAMaliciousOneFailsToSolve(t *testing.T) {
	p := defaultPolicy(t)
	c, err := New(testCapacity)
	if err != nil {
		t.Fatal(err)
	}
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		t.Fatal(err)
	}
	valid := rawAssignment(p, testCapacity, leavesOf(goodRecords(p, 5)), 5)
	w, err := frontend.NewWitness(valid, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ccs.Solve(w); err != nil {
		t.Fatalf("honest hints: %v", err)
	}
	energy, fee, tm := fieldIndex("energy_wh"), fieldIndex("fee_cents"), fieldIndex("time")
	two := func(n uint) *big.Int { return new(big.Int).Lsh(big.NewInt(1), n) }
	type override struct {
		name string
		hint solver.Hint
		bend func(mod *big.Int, in, out []*big.Int)
	}
	overrides := []override{
		{"unpack: energy of 2^32 or more, time one less (same leaf)", UnpackHint, func(_ *big.Int, _, out []*big.Int) {
			out[energy].Add(out[energy], two(commit.WidthEnergy))
			out[tm].Sub(out[tm], big.NewInt(1))
		}},
		{"unpack: a fee near the modulus, energy one more (same leaf)", UnpackHint, func(mod *big.Int, _, out []*big.Int) {
			out[energy].Add(out[energy], big.NewInt(1))
			out[fee].Sub(out[fee], two(commit.WidthFee)).Mod(out[fee], mod)
		}},
		{"unpack: a record's tag cleared", UnpackHint, func(_ *big.Int, _, out []*big.Int) {
			out[fTag].SetInt64(0)
		}},
		{"unpack: a swap read as a heartbeat", UnpackHint, func(_ *big.Int, _, out []*big.Int) {
			out[fKind].SetInt64(1)
		}},
		{"less: the comparison flipped", LessHint, func(_ *big.Int, _, out []*big.Int) {
			out[0].Xor(out[0], big.NewInt(1))
		}},
		{"is-zero: a wrong inverse", solver.InvZeroHint, plusOne},
	}
	for _, h := range rangecheck.GetHints() {
		overrides = append(overrides, override{"rangecheck: a limb off by one", h, plusOne})
	}
	for _, h := range bits.GetHints() {
		overrides = append(overrides, override{"bits: a bit off by one", h, plusOne})
	}
	for _, o := range overrides {
		t.Run(o.name+" ("+solver.GetHintName(o.hint)+")", func(t *testing.T) {
			var calls atomic.Int64
			_, err := ccs.Solve(w, solver.OverrideHint(solver.GetHintID(o.hint), malicious(o.hint, &calls, o.bend)))
			if calls.Load() == 0 {
				t.Skip("the circuit does not use this hint")
			}
			if err == nil {
				t.Fatal("solved with a malicious hint")
			}
		})
	}
}
