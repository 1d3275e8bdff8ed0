package verifier_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/offshore/testprover"
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
	p, err := testprover.NewShape()
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
	p, err := testprover.NewShape()
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
