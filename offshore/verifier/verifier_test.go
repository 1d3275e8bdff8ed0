package verifier_test

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/offshore/chaintest"
	"github.com/rwabridge/rwabridge/offshore/verifier"
)

type twoInputs struct {
	A, B frontend.Variable `gnark:",public"`
}

func (c *twoInputs) Define(api frontend.API) error {
	api.AssertIsEqual(api.Mul(c.A, c.A), api.Mul(c.B, c.B))
	return nil
}

func TestKeysOfAnotherShapeAreRefused(t *testing.T) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &twoInputs{})
	if err != nil {
		t.Fatal(err)
	}
	_, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := verifier.KeyWords(vk); !errors.Is(err, verifier.ErrKeyShape) {
		t.Fatalf("a two-input key without commitment: %v", err)
	}
}

func TestWordsHashIsTheCircuitsKeyHash(t *testing.T) {
	p, err := chaintest.NewShape()
	if err != nil {
		t.Fatal(err)
	}
	w, err := verifier.KeyWords(p.VK)
	if err != nil {
		t.Fatal(err)
	}
	want, err := keys.VKHash(p.VK)
	if err != nil {
		t.Fatal(err)
	}
	if w.Hash() != want {
		t.Fatalf("Words.Hash %x, keys.VKHash %x", w.Hash(), want)
	}
}

func TestParseProofRefusesWhatThePrecompilesRefuse(t *testing.T) {
	p, err := chaintest.NewShape()
	if err != nil {
		t.Fatal(err)
	}
	var in [7]*big.Int
	for i := range in {
		in[i] = big.NewInt(int64(i))
	}
	proof, err := p.ProveShape(in)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := verifier.ParseProof(proof); err != nil {
		t.Fatalf("a fresh proof: %v", err)
	}
	cases := map[string]func(b []byte) []byte{
		"a short proof":           func(b []byte) []byte { return b[:383] },
		"an unreduced coordinate": func(b []byte) []byte { fill(b[0:32], 0xff); return b },
		"A off the curve":         func(b []byte) []byte { b[63] ^= 1; return b },
		"B off its curve":         func(b []byte) []byte { b[100] ^= 1; return b },
	}
	for name, f := range cases {
		t.Run(name, func(t *testing.T) {
			if _, err := verifier.ParseProof(f(append([]byte{}, proof...))); !errors.Is(err, verifier.ErrProofShape) {
				t.Fatalf("%v", err)
			}
		})
	}
}

func fill(b []byte, v byte) {
	for i := range b {
		b[i] = v
	}
}

func TestWordsKeyIsTheInverseOfKeyWords(t *testing.T) {
	p, err := chaintest.NewShape()
	if err != nil {
		t.Fatal(err)
	}
	w, err := verifier.KeyWords(p.VK)
	if err != nil {
		t.Fatal(err)
	}
	vk2, err := w.Key()
	if err != nil {
		t.Fatal(err)
	}
	want, err := keys.VKHash(p.VK)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := keys.VKHash(vk2); err != nil || got != want {
		t.Fatalf("keys.VKHash of the rebuilt key %x (%v), of the key %x", got, err, want)
	}
	w2, err := verifier.KeyWords(vk2)
	if err != nil {
		t.Fatal(err)
	}
	for i := range w {
		if w[i].Cmp(w2[i]) != 0 {
			t.Fatalf("word %d: %v, rebuilt %v", i, w[i], w2[i])
		}
	}
	// Through gnark's raw encoding too (what an evidence bundle carries).
	var buf bytes.Buffer
	if _, err := vk2.WriteRawTo(&buf); err != nil {
		t.Fatal(err)
	}
	vk3 := groth16.NewVerifyingKey(ecc.BN254)
	if _, err := vk3.ReadFrom(&buf); err != nil {
		t.Fatal(err)
	}
	var in [7]*big.Int
	for i := range in {
		in[i] = big.NewInt(int64(3*i + 1))
	}
	proof, err := p.ProveShape(in)
	if err != nil {
		t.Fatal(err)
	}
	other := in
	other[2] = big.NewInt(99)
	bad := append([]byte{}, proof...)
	bad[40] ^= 1 // A.x changed: still a proof? ParseProof decides; either way it must not verify
	for name, vk := range map[string]groth16.VerifyingKey{"the key": p.VK, "the rebuilt key": vk2, "the decoded rebuilt key": vk3} {
		v := &chaintest.Prover{VK: vk}
		if err := v.Verify(proof, in); err != nil {
			t.Errorf("%s refuses a valid proof: %v", name, err)
		}
		if err := v.Verify(proof, other); err == nil {
			t.Errorf("%s accepts the proof for other inputs", name)
		}
		if err := v.Verify(bad, in); err == nil {
			t.Errorf("%s accepts a mutated proof", name)
		}
	}
}

func TestWordsKeyRefusesWordsOffTheCurve(t *testing.T) {
	p, err := chaintest.NewShape()
	if err != nil {
		t.Fatal(err)
	}
	w, err := verifier.KeyWords(p.VK)
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]func(w *verifier.Words){
		"a missing word":        func(w *verifier.Words) { w[5] = nil },
		"an unreduced word":     func(w *verifier.Words) { w[0] = new(big.Int).Lsh(big.NewInt(1), 255) },
		"α off the curve":       func(w *verifier.Words) { w[1] = new(big.Int).Add(w[1], big.NewInt(1)) },
		"−δ off its curve":      func(w *verifier.Words) { w[13] = new(big.Int).Add(w[13], big.NewInt(1)) },
		"K8 off the curve":      func(w *verifier.Words) { w[31] = new(big.Int).Add(w[31], big.NewInt(1)) },
		"Pedersen G off curve":  func(w *verifier.Words) { w[32] = new(big.Int).Add(w[32], big.NewInt(1)) },
		"a negative word":       func(w *verifier.Words) { w[20] = big.NewInt(-1) },
		"a word beyond 256 bit": func(w *verifier.Words) { w[20] = new(big.Int).Lsh(big.NewInt(1), 300) },
	}
	for name, f := range cases {
		t.Run(name, func(t *testing.T) {
			c := w
			f(&c)
			if _, err := c.Key(); !errors.Is(err, verifier.ErrKeyShape) {
				t.Fatalf("%v", err)
			}
		})
	}
}
