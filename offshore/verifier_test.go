package offshore_test

import (
	"bytes"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"

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
