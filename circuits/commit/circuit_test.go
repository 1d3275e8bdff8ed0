package commit

import (
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	p2hash "github.com/consensys/gnark/std/hash/poseidon2"
	p2perm "github.com/consensys/gnark/std/permutation/poseidon2"
	"github.com/consensys/gnark/test"
)

// spongeGadget is the in-circuit twin of Sponge for any Poseidon2 width:
// state [iv, 0, …], inputs zero-padded to a multiple of width-1 added into
// state[1:], a permutation per block, output state[1].
func spongeGadget(api frontend.API, width, rf, rp int, iv frontend.Variable, inputs []frontend.Variable) (frontend.Variable, error) {
	perm, err := p2perm.NewPoseidon2FromParameters(api, width, rf, rp)
	if err != nil {
		return nil, err
	}
	state := make([]frontend.Variable, width)
	state[0] = iv
	for i := 1; i < width; i++ {
		state[i] = 0
	}
	rate := width - 1
	blocks := max(1, (len(inputs)+rate-1)/rate)
	for b := range blocks {
		for j := range rate {
			if k := b*rate + j; k < len(inputs) {
				state[1+j] = api.Add(state[1+j], inputs[k])
			}
		}
		if err := perm.Permutation(state); err != nil {
			return nil, err
		}
	}
	return state[1], nil
}

// construction is one candidate hash structure measured over N inputs.
type construction struct {
	name         string
	width        int // permutation width
	rf, rp       int // rounds
	kind         string
	securityNote string
}

const (
	kindMD     = "merkle-damgard"
	kindTree   = "binary-tree"
	kindSponge = "sponge"
)

var candidates = []construction{
	{"md-t2", 2, 6, 50, kindMD, "gnark default t=2 compression (no security margin)"},
	{"tree-t2", 2, 6, 50, kindTree, "gnark default t=2 compression (no security margin)"},
	{"sponge-t3", 3, 8, 56, kindSponge, "seed-derived round keys (no reference constants for t=3 in gnark-crypto)"},
	{"sponge-t4", 4, 8, 56, kindSponge, "reference constants, 128-bit with margin"},
	{"sponge-t8", 8, 8, 57, kindSponge, "reference constants, 128-bit with margin"},
	{"sponge-t12", 12, 8, 57, kindSponge, "reference constants, 128-bit with margin"},
	{"sponge-t16", 16, 8, 57, kindSponge, "reference constants, 128-bit with margin (chosen)"},
}

// hashCircuit hashes its inputs with one candidate construction.
type hashCircuit struct {
	In  []frontend.Variable
	Out frontend.Variable `gnark:",public"`

	c construction
}

func (h *hashCircuit) Define(api frontend.API) error {
	var out frontend.Variable
	switch h.c.kind {
	case kindMD:
		md, err := p2hash.New(api)
		if err != nil {
			return err
		}
		md.Write(h.In...)
		out = md.Sum()
	case kindTree:
		perm, err := p2perm.NewPoseidon2FromParameters(api, 2, h.c.rf, h.c.rp)
		if err != nil {
			return err
		}
		level := h.In
		for len(level) > 1 {
			up := make([]frontend.Variable, len(level)/2)
			for i := range up {
				up[i] = perm.Compress(level[2*i], level[2*i+1])
			}
			level = up
		}
		out = level[0]
	case kindSponge:
		var err error
		if out, err = spongeGadget(api, h.c.width, h.c.rf, h.c.rp, 1, h.In); err != nil {
			return err
		}
	default:
		return fmt.Errorf("unknown construction %q", h.c.kind)
	}
	api.AssertIsEqual(out, h.Out)
	return nil
}

func countConstraints(t *testing.T, c frontend.Circuit) int {
	t.Helper()
	cs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	return cs.GetNbConstraints()
}

// measureN is the number of absorbed elements of the cost comparison.
const measureN = 64

// costRow is one line of testdata/constraints.json.
type costRow struct {
	Name          string  `json:"name"`
	Width         int     `json:"width"`
	FullRounds    int     `json:"full_rounds"`
	PartialRounds int     `json:"partial_rounds"`
	Inputs        int     `json:"inputs"`
	Constraints   int     `json:"constraints"`
	PerElement    float64 `json:"per_element"`
	Note          string  `json:"note"`
}

// chunkCircuit recomputes ChunkRoot in-circuit: the construction the circuit
// engineer must reproduce.
type chunkCircuit struct {
	Leaves []frontend.Variable
	Count  frontend.Variable `gnark:",public"`
	Root   frontend.Variable `gnark:",public"`
}

func (c *chunkCircuit) Define(api frontend.API) error {
	iv := ChunkIV(len(c.Leaves))
	in := append(append([]frontend.Variable{}, c.Leaves...), c.Count)
	root, err := spongeGadget(api, SpongeWidth, FullRounds, PartialRounds, iv.BigInt(new(big.Int)), in)
	if err != nil {
		return err
	}
	api.AssertIsEqual(root, c.Root)
	return nil
}

// nodeCircuit recomputes HashNode in-circuit.
type nodeCircuit struct {
	Left, Right, Out frontend.Variable
	level            int
}

func (c *nodeCircuit) Define(api frontend.API) error {
	iv := NodeIV(c.level)
	out, err := spongeGadget(api, SpongeWidth, FullRounds, PartialRounds, iv.BigInt(new(big.Int)), []frontend.Variable{c.Left, c.Right})
	if err != nil {
		return err
	}
	api.AssertIsEqual(out, c.Out)
	return nil
}

func TestConstraintCostOfEachCandidateHashMatchesTheGoldenTable(t *testing.T) {
	rows := make([]costRow, 0, len(candidates))
	for _, c := range candidates {
		n := countConstraints(t, &hashCircuit{In: make([]frontend.Variable, measureN), c: c})
		rows = append(rows, costRow{
			Name: c.name, Width: c.width, FullRounds: c.rf, PartialRounds: c.rp,
			Inputs: measureN, Constraints: n, PerElement: float64(n) / measureN, Note: c.securityNote,
		})
		t.Logf("%-11s t=%-2d rf=%d rp=%d: %5d constraints for %d inputs = %6.2f per element", c.name, c.width, c.rf, c.rp, n, measureN, float64(n)/measureN)
	}
	got, err := json.MarshalIndent(rows, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, filepath.Join("testdata", "constraints.json"), append(got, '\n'))
}

// The chosen construction at a realistic chunk size: the hash must stay
// within its share (≲ 85 per record) of the circuit's 150 per record.
// At 1024 the count is exact (one permutation per SpongeRate absorbed
// elements, nothing else), so 4096 costs 274*555+1 = 152071 = 37.1 per record
// (compiled once by hand: same figure).
func TestChunkRootCostsAtMostFortyConstraintsPerRecordAtCapacity1024(t *testing.T) {
	const capacity = 1024
	n := countConstraints(t, &chunkCircuit{Leaves: make([]frontend.Variable, capacity)})
	perms := (capacity + 1 + SpongeRate - 1) / SpongeRate
	t.Logf("chunk of %d: %d constraints, %d permutations, %.2f per record", capacity, n, perms, float64(n)/capacity)
	if per := float64(n) / capacity; per > 40 {
		t.Fatalf("chunk root costs %.2f constraints per record, budget 40", per)
	}
	if want := perms*permutationConstraints + 1; n != want {
		t.Fatalf("chunk root compiles to %d constraints, want %d (%d permutations of %d, and the root equality)", n, want, perms, permutationConstraints)
	}
}

// permutationConstraints is the R1CS cost of one width-16 permutation:
// 3 constraints per S-box, 16 S-boxes per full round, 1 per partial round.
const permutationConstraints = 3 * (FullRounds*SpongeWidth + PartialRounds)

func TestNodeHashCostsOnePermutation(t *testing.T) {
	n := countConstraints(t, &nodeCircuit{level: 1})
	if n != permutationConstraints+1 {
		t.Fatalf("node hash compiles to %d constraints, want %d", n, permutationConstraints+1)
	}
}

func randomLeaves(tb testing.TB, rng *rand.Rand, count int) []fr.Element {
	tb.Helper()
	events := randomEvents(rng, "pool-a", count)
	leaves := make([]fr.Element, count)
	for i := range events {
		var err error
		if leaves[i], err = Pack(&events[i]); err != nil {
			tb.Fatal(err)
		}
	}
	return leaves
}

func TestCircuitComputesTheSameChunkRootAsGo(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	tests := []struct {
		name            string
		capacity, count int
	}{
		{"an empty chunk of 8", 8, 0},
		{"a chunk of 8 with 5 records", 8, 5},
		{"a full chunk of 8", 8, 8},
		{"a chunk of 16 with 15 records", 16, 15},
		{"a chunk of 32 with 17 records", 32, 17},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			leaves := randomLeaves(t, rng, tc.count)
			root, err := ChunkRoot(leaves, tc.count, tc.capacity)
			if err != nil {
				t.Fatal(err)
			}
			w := &chunkCircuit{Leaves: make([]frontend.Variable, tc.capacity), Count: tc.count, Root: root}
			for i := range w.Leaves {
				w.Leaves[i] = 0
			}
			for i := range leaves {
				w.Leaves[i] = leaves[i]
			}
			shape := &chunkCircuit{Leaves: make([]frontend.Variable, tc.capacity)}
			if err := test.IsSolved(shape, w, ecc.BN254.ScalarField()); err != nil {
				t.Fatalf("circuit rejects the Go root: %v", err)
			}
			w.Count = tc.count + 1
			if err := test.IsSolved(shape, w, ecc.BN254.ScalarField()); err == nil {
				t.Fatal("circuit accepts the root with a different count")
			}
		})
	}
}

func TestCircuitComputesTheSameNodeHashAsGo(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 8))
	for level := 1; level <= 3; level++ {
		t.Run(fmt.Sprintf("at level %d", level), func(t *testing.T) {
			var l, r fr.Element
			l.SetUint64(rng.Uint64())
			r.SetUint64(rng.Uint64())
			out := HashNode(level, l, r)
			shape := &nodeCircuit{level: level}
			if err := test.IsSolved(shape, &nodeCircuit{Left: l, Right: r, Out: out}, ecc.BN254.ScalarField()); err != nil {
				t.Fatalf("circuit rejects the Go node hash: %v", err)
			}
			if err := test.IsSolved(shape, &nodeCircuit{Left: r, Right: l, Out: out}, ecc.BN254.ScalarField()); err == nil {
				t.Fatal("circuit accepts swapped children")
			}
		})
	}
}
