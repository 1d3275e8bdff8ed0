package offshore_test

import (
	"bytes"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254"

	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/offshore/verifier"
)

// goVerdict is the reference: gnark's Go verifier, with the contract's
// input rule (every input reduced) and proof encoding rules.
func goVerdict(proof []byte, in [7]*big.Int) bool {
	for _, x := range in {
		if x.Cmp(ecc.BN254.ScalarField()) >= 0 {
			return false
		}
	}
	return shapeProver.Verify(proof, in) == nil
}

func TestTheVerifierContractAgreesWithGnarkOnValidAndMutatedProofs(t *testing.T) {
	e := newEnv(t)
	rng := rand.New(rand.NewPCG(3, 4))
	r := ecc.BN254.ScalarField()
	valid, mutated := 8, 400
	if testing.Short() {
		valid, mutated = 3, 60
	}
	randInput := func() *big.Int {
		var b [32]byte
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		switch rng.IntN(4) {
		case 0:
			return big.NewInt(0)
		case 1:
			return new(big.Int).SetUint64(rng.Uint64())
		}
		return new(big.Int).Mod(new(big.Int).SetBytes(b[:]), r)
	}
	onChain := func(proof []byte, in [7]*big.Int) (bool, string) {
		_, err := e.chain().Call(e.ctx, addr(e.admin), e.addrs.Verifier, verifierABI.PackVerifyProof(proof, in))
		if err == nil {
			return true, ""
		}
		return false, err.Error()
	}
	mutants := []struct {
		name string
		f    func(p []byte, in [7]*big.Int) ([]byte, [7]*big.Int)
	}{
		{"flip one bit", func(p []byte, in [7]*big.Int) ([]byte, [7]*big.Int) {
			i := rng.IntN(len(p))
			p[i] ^= 1 << rng.IntN(8)
			return p, in
		}},
		{"replace one word", func(p []byte, in [7]*big.Int) ([]byte, [7]*big.Int) {
			i := rng.IntN(12)
			randInput().FillBytes(p[32*i : 32*i+32])
			return p, in
		}},
		{"swap two points", func(p []byte, in [7]*big.Int) ([]byte, [7]*big.Int) {
			var a [64]byte
			copy(a[:], p[0:64])
			copy(p[0:64], p[192:256])
			copy(p[192:256], a[:])
			return p, in
		}},
		{"negate the commitment", func(p []byte, in [7]*big.Int) ([]byte, [7]*big.Int) {
			y := new(big.Int).SetBytes(p[288:320])
			new(big.Int).Sub(fieldP, y).FillBytes(p[288:320])
			return p, in
		}},
		{"zero the proof of knowledge", func(p []byte, in [7]*big.Int) ([]byte, [7]*big.Int) {
			clear(p[320:384])
			return p, in
		}},
		{"change one input", func(p []byte, in [7]*big.Int) ([]byte, [7]*big.Int) {
			i := rng.IntN(7)
			in[i] = new(big.Int).Mod(new(big.Int).Add(in[i], big.NewInt(1+rng.Int64N(5))), r)
			return p, in
		}},
		{"add the modulus to one input", func(p []byte, in [7]*big.Int) ([]byte, [7]*big.Int) {
			i := rng.IntN(7)
			in[i] = new(big.Int).Add(in[i], r)
			return p, in
		}},
		{"swap two inputs", func(p []byte, in [7]*big.Int) ([]byte, [7]*big.Int) {
			i, j := rng.IntN(7), rng.IntN(7)
			in[i], in[j] = in[j], in[i]
			return p, in
		}},
	}
	mismatches, accepted, rejected := 0, 0, 0
	for v := range valid {
		var in [7]*big.Int
		for i := range in {
			in[i] = randInput()
		}
		proof, err := shape(t).ProveShape(in)
		if err != nil {
			t.Fatal(err)
		}
		if g, c := goVerdict(proof, in), fst(onChain(proof, in)); !g || !c {
			t.Fatalf("valid proof %d: Go %v, chain %v", v, g, c)
		}
		accepted++
		for range mutated / valid {
			m := mutants[rng.IntN(len(mutants))]
			p, min := m.f(bytes.Clone(proof), in)
			g := goVerdict(p, min)
			c, why := onChain(p, min)
			if g != c {
				mismatches++
				t.Errorf("%s: Go %v, chain %v (%s)", m.name, g, c, why)
			}
			if !c {
				rejected++
			}
		}
	}
	t.Logf("differential: %d valid proofs, %d mutants (%d rejected by both), %d mismatches", accepted, valid*(mutated/valid), rejected, mismatches)
}

func fst(b bool, _ string) bool { return b }

var fieldP, _ = new(big.Int).SetString("30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47", 16)

func TestTheDeployedVerifierPinsTheKeyHashOfCircuitsKeys(t *testing.T) {
	e := newEnv(t)
	got, err := verifierABI.UnpackVkHash(e.call(e.addrs.Verifier, verifierABI.PackVkHash()))
	if err != nil {
		t.Fatal(err)
	}
	want, err := keys.VKHash(shape(t).VK)
	if err != nil {
		t.Fatal(err)
	}
	words, err := verifier.KeyWords(shape(t).VK)
	if err != nil {
		t.Fatal(err)
	}
	if got != want || words.Hash() != want {
		t.Fatalf("vkHash on chain %x, keys.VKHash %x, Words.Hash %x", got, want, words.Hash())
	}
	// Another key gives another hash.
	words[0] = new(big.Int).Add(words[0], big.NewInt(1))
	if words.Hash() == want {
		t.Fatal("the hash ignores alpha")
	}
}

// TestBatchesAgreeWithGnarkProofByProof checks verifyProofs against gnark's
// verifier applied to each proof: a batch of 1, 2, 7 or 50 valid proofs is
// accepted, and one bad proof at the first, a middle or the last position
// (a mutant gnark rejects, or a valid proof paired with another proof's
// inputs) makes the whole batch fail; empty and ragged batches revert
// BatchLengthInvalid.
func TestBatchesAgreeWithGnarkProofByProof(t *testing.T) {
	e := newEnv(t)
	rng := rand.New(rand.NewPCG(5, 6))
	// A few distinct valid proofs; batches repeat them (a repeated valid
	// proof is valid, and its challenge differs per position).
	type pair struct {
		proof []byte
		in    [7]*big.Int
	}
	var valid []pair
	for v := range 4 {
		var in [7]*big.Int
		for i := range in {
			in[i] = new(big.Int).SetUint64(rng.Uint64() >> uint(v))
		}
		proof, err := shape(t).ProveShape(in)
		if err != nil {
			t.Fatal(err)
		}
		valid = append(valid, pair{proof, in})
	}
	call := func(ps []pair) error {
		proofs := make([][]byte, len(ps))
		ins := make([][7]*big.Int, len(ps))
		for i, p := range ps {
			proofs[i], ins[i] = p.proof, p.in
		}
		_, err := e.chain().Call(e.ctx, addr(e.admin), e.addrs.Verifier, verifierABI.PackVerifyProofs(proofs, ins))
		return err
	}
	// Bad proofs, each rejected by gnark alone.
	bad := []struct {
		name string
		f    func(p pair) pair
	}{
		{"a flipped bit in C", func(p pair) pair { p.proof = bytes.Clone(p.proof); p.proof[200] ^= 4; return p }},
		{"another proof's inputs", func(p pair) pair {
			other := valid[0].in
			if p.in == other {
				other = valid[1].in
			}
			p.in = other
			return p
		}},
		{"one input plus one", func(p pair) pair {
			in := p.in
			in[3] = new(big.Int).Add(in[3], big.NewInt(1))
			p.in = in
			return p
		}},
		{"a negated commitment", func(p pair) pair {
			p.proof = bytes.Clone(p.proof)
			y := new(big.Int).SetBytes(p.proof[288:320])
			new(big.Int).Sub(fieldP, y).FillBytes(p.proof[288:320])
			return p
		}},
		{"a zero proof of knowledge", func(p pair) pair { p.proof = bytes.Clone(p.proof); clear(p.proof[320:384]); return p }},
		{"A and C swapped", func(p pair) pair {
			p.proof = bytes.Clone(p.proof)
			var a [64]byte
			copy(a[:], p.proof[0:64])
			copy(p.proof[0:64], p.proof[192:256])
			copy(p.proof[192:256], a[:])
			return p
		}},
	}
	for _, n := range []int{1, 2, 7, 50} {
		batch := make([]pair, n)
		for i := range batch {
			batch[i] = valid[rng.IntN(len(valid))]
		}
		if err := call(batch); err != nil {
			t.Fatalf("a batch of %d valid proofs: %v", n, err)
		}
		for _, pos := range slices.Compact([]int{0, n / 2, n - 1}) {
			for _, b := range bad {
				broken := slices.Clone(batch)
				broken[pos] = b.f(batch[pos])
				if goVerdict(broken[pos].proof, broken[pos].in) {
					t.Fatalf("%s: gnark accepts the bad proof", b.name)
				}
				if err := call(broken); err == nil {
					t.Errorf("a batch of %d with %s at %d: accepted", n, b.name, pos)
				}
			}
		}
	}
	// Two bad proofs whose errors cancel in an unweighted sum: C + T in one,
	// C' − T in the other. Only the random weights r_i refuse the pair.
	cancel := func(a, b pair) []pair {
		a.proof, b.proof = bytes.Clone(a.proof), bytes.Clone(b.proof)
		_, _, t1, _ := bn254.Generators()
		var c1, c2 bn254.G1Affine
		c1.X.SetBytes(a.proof[192:224])
		c1.Y.SetBytes(a.proof[224:256])
		c2.X.SetBytes(b.proof[192:224])
		c2.Y.SetBytes(b.proof[224:256])
		c1.Add(&c1, &t1)
		c2.Sub(&c2, &t1)
		x1, y1, x2, y2 := c1.X.Bytes(), c1.Y.Bytes(), c2.X.Bytes(), c2.Y.Bytes()
		copy(a.proof[192:224], x1[:])
		copy(a.proof[224:256], y1[:])
		copy(b.proof[192:224], x2[:])
		copy(b.proof[224:256], y2[:])
		return []pair{a, b}
	}
	for _, ps := range [][]pair{cancel(valid[0], valid[1]), cancel(valid[2], valid[2])} {
		if goVerdict(ps[0].proof, ps[0].in) || goVerdict(ps[1].proof, ps[1].in) {
			t.Fatal("gnark accepts a proof with a shifted C")
		}
		if err := call(ps); err == nil {
			t.Error("two bad proofs whose C errors cancel in an unweighted sum are accepted")
		}
	}
	// A commitment D off the curve, first or later in a batch, is refused as
	// such.
	for _, pos := range []int{0, 2} {
		offCurve := slices.Clone(valid[:3])
		offCurve[pos].proof = bytes.Clone(offCurve[pos].proof)
		clear(offCurve[pos].proof[256:320])
		offCurve[pos].proof[287], offCurve[pos].proof[319] = 1, 3 // (1, 3) is not on y² = x³ + 3
		wantRevert(t, call(offCurve), "CommitmentInvalid")
		wantRevert(t, call(offCurve[pos:pos+1]), "CommitmentInvalid")
	}
	// An invalid input at any position is refused as such.
	over := slices.Clone(valid[:3])
	over[2].in[6] = new(big.Int).Add(over[2].in[6], ecc.BN254.ScalarField())
	wantRevert(t, call(over), "PublicInputNotInField")
	// Lengths.
	_, err := e.chain().Call(e.ctx, addr(e.admin), e.addrs.Verifier, verifierABI.PackVerifyProofs(nil, nil))
	wantRevert(t, err, "BatchLengthInvalid")
	_, err = e.chain().Call(e.ctx, addr(e.admin), e.addrs.Verifier, verifierABI.PackVerifyProofs([][]byte{valid[0].proof, valid[1].proof}, [][7]*big.Int{valid[0].in}))
	wantRevert(t, err, "BatchLengthInvalid")
	short := slices.Clone(valid[:2])
	short[1].proof = short[1].proof[:383]
	wantRevert(t, call(short), "ProofLengthInvalid")
}
