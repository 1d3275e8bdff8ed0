package summary

import (
	"encoding/json"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// InitialAccHash is what a Solidity registry may hard-code to check chunk
// 0's acc_in (the circuit enforces it too).
const initialAccHash = "0x0c5e63c3abad192e8cb13edbc659fe7c449b669bac4a85fe8281f97ab6fa8263"

func hexOf(x fr.Element) string {
	b := x.Bytes()
	const digits = "0123456789abcdef"
	out := []byte("0x")
	for _, c := range b {
		out = append(out, digits[c>>4], digits[c&15])
	}
	return string(out)
}

func TestInitialAccumulatorHashIsPinned(t *testing.T) {
	a := InitialAcc()
	if got := hexOf(a.Hash()); got != initialAccHash {
		t.Fatalf("InitialAcc().Hash() = %s, pinned %s", got, initialAccHash)
	}
}

// vector is one line of testdata/public_inputs.json: a statement and its
// public inputs, for the registry's Solidity mirror of PublicInputs.
type vector struct {
	Pool         string   `json:"pool"`
	Epoch        uint64   `json:"epoch"`
	EpochSeconds uint32   `json:"epoch_seconds"`
	Disclosed    uint8    `json:"disclosed"`
	PolicyHash   string   `json:"policy_hash"`
	ChunkIndex   uint32   `json:"chunk_index"`
	Final        bool     `json:"final"`
	ChunkRoot    string   `json:"chunk_root"`
	AccIn        string   `json:"acc_in"`
	AccOut       string   `json:"acc_out"`
	Metrics      Metrics  `json:"metrics"`
	PublicInputs []string `json:"public_inputs"`
}

func TestPublicInputVectorsMatchTheGoldenFile(t *testing.T) {
	p := defaultPolicy(t)
	s := summarize(t, p, testCapacity, randomEvents(rand.New(rand.NewPCG(21, 22)), p, testEpoch, 2*testCapacity+3, 6))
	var vs []vector
	for _, st := range s.Statements() {
		in, err := st.PublicInputs()
		if err != nil {
			t.Fatal(err)
		}
		v := vector{
			Pool: string(st.Pool), Epoch: st.Epoch, PolicyHash: hexOf(st.PolicyHash), ChunkIndex: st.ChunkIndex,
			EpochSeconds: st.EpochSeconds, Disclosed: uint8(st.Disclosed),
			Final: st.Final, ChunkRoot: hexOf(st.ChunkRoot), AccIn: hexOf(st.AccIn),
			AccOut: hexOf(st.AccOut), Metrics: st.Metrics,
		}
		for _, x := range in {
			v.PublicInputs = append(v.PublicInputs, hexOf(x))
		}
		vs = append(vs, v)
	}
	got, err := json.MarshalIndent(vs, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, filepath.Join("testdata", "public_inputs.json"), append(got, '\n'), false)
}

// The circuit's public witness is the PublicInputs vector, in order.
func TestPublicWitnessIsThePublicInputVector(t *testing.T) {
	p := defaultPolicy(t)
	rng := rand.New(rand.NewPCG(1, 1))
	s := summarize(t, p, testCapacity, randomEvents(rng, p, testEpoch, 6, 6))
	for !s.Disclosable {
		s = summarize(t, p, testCapacity, randomEvents(rng, p, testEpoch, 6, 6))
	}
	a := assignment(t, s, 0)
	in, _ := s.Chunks[0].Statement.PublicInputs()
	got := []any{a.P.Pool, a.P.PolicyHash, a.P.ChunkRoot, a.P.AccIn, a.P.AccOut, a.P.Header, a.P.Metrics}
	for i := range in {
		if got[i].(fr.Element) != in[i] {
			t.Fatalf("public input %d differs", i)
		}
	}
}
