package disclosure_test

import (
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/circuits/summary"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/policies/policy"
)

func sample() disclosure.Disclosure {
	return disclosure.Disclosure{Pool: big.NewInt(0x706f6f6c), Epoch: 20000, PolicyHash: big.NewInt(77), Root: big.NewInt(99),
		Metrics: [5]uint64{8, 20000, 12345, 6, 700}}
}

func TestASignatureRecoversToItsSignerOnlyInItsDomain(t *testing.T) {
	k, _ := crypto.GenerateKey()
	d := sample()
	dom := disclosure.Domain{ChainID: big.NewInt(1337), Registry: common.HexToAddress("0xabc")}
	s, err := disclosure.Sign(&d, dom, k)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := disclosure.Recover(d.Digest(dom), s.Sig); err != nil || got != s.Signer {
		t.Fatalf("recovered %s, %v; want %s", got, err, s.Signer)
	}
	other := dom
	other.ChainID = big.NewInt(10)
	if got, _ := disclosure.Recover(d.Digest(other), s.Sig); got == s.Signer {
		t.Fatal("a signature for chain 1337 recovers to its signer on chain 10")
	}
	if _, err := disclosure.Recover(d.Digest(dom), s.Sig[:64]); err == nil {
		t.Fatal("a 64-byte signature recovered")
	}
}

func TestQuorumSortsSignersAndRefusesShortOrRepeatedLists(t *testing.T) {
	d := sample()
	dom := disclosure.Domain{ChainID: big.NewInt(1), Registry: common.HexToAddress("0x1")}
	var sigs []disclosure.Signature
	for range 3 {
		k, _ := crypto.GenerateKey()
		s, err := disclosure.Sign(&d, dom, k)
		if err != nil {
			t.Fatal(err)
		}
		sigs = append(sigs, s)
	}
	q, err := disclosure.Quorum(sigs, 2)
	if err != nil || len(q) != 3*65 {
		t.Fatalf("quorum of 3: %d bytes, %v", len(q), err)
	}
	var prev common.Address
	for i := range 3 {
		a, err := disclosure.Recover(d.Digest(dom), q[65*i:65*i+65])
		if err != nil || (i > 0 && a.Cmp(prev) <= 0) {
			t.Fatalf("signer %d out of order (%v)", i, err)
		}
		prev = a
	}
	if _, err := disclosure.Quorum(sigs[:1], 2); !errors.Is(err, disclosure.ErrQuorum) {
		t.Fatalf("one of two: %v", err)
	}
	if _, err := disclosure.Quorum([]disclosure.Signature{sigs[0], sigs[0]}, 2); !errors.Is(err, disclosure.ErrQuorum) {
		t.Fatalf("one signer twice: %v", err)
	}
}

func TestPublicInputsMatchTheCircuitStatement(t *testing.T) {
	d := sample()
	terms := disclosure.Terms{EpochSeconds: 86400, Disclosed: policy.NewMetricSet(policy.Swaps, policy.RevenueCents)}
	st := summary.Statement{Epoch: d.Epoch, Final: true, EpochSeconds: terms.EpochSeconds, Disclosed: terms.Disclosed,
		Metrics: summary.Metrics{Swaps: 8, EnergyWh: 20000, RevenueCents: 12345, ActiveCabinets: 6, MinSoHPermille: 700}}
	in, err := d.PublicInputs(big.NewInt(5), terms)
	if err != nil {
		t.Fatal(err)
	}
	m, err := st.PackedMetrics()
	if err != nil {
		t.Fatal(err)
	}
	if in[5].Cmp(st.Header()) != 0 || in[6].Cmp(m) != 0 || in[3].Int64() != 5 || in[4].Sign() != 0 {
		t.Fatalf("inputs %v; header %v, metrics %v", in, st.Header(), m)
	}
	d.Metrics[4] = 1 << 16
	if _, err := d.PublicInputs(big.NewInt(5), terms); !errors.Is(err, disclosure.ErrMetricWidth) {
		t.Fatalf("a 17-bit health metric: %v", err)
	}
}

func TestFromBundleRefusesWhatTheRegistryWouldNotTake(t *testing.T) {
	one, two := field.FromUint64(1), field.FromUint64(2)
	initial, _ := field.FromBig(disclosure.InitialAcc())
	b := &bundle.Bundle{Pool: "pool-a", Epoch: 1, Root: one, Policy: bundle.PolicyRef{Hash: two}}
	if _, err := disclosure.FromBundle(b); !errors.Is(err, disclosure.ErrBundle) {
		t.Fatalf("no chunks: %v", err)
	}
	proof := field.EncodeHex(make([]byte, bundle.SolidityProofSize))
	b.Chunks = []bundle.ChunkProof{{Final: true, Root: one, AccIn: initial, PublicInputs: []field.Element{one}, Proof: proof}}
	if _, err := disclosure.FromBundle(b); !errors.Is(err, disclosure.ErrBundle) {
		t.Fatalf("one public input: %v", err)
	}
	b.Chunks[0].Final = false
	if _, err := disclosure.FromBundle(b); !errors.Is(err, disclosure.ErrBundle) {
		t.Fatalf("no final chunk: %v", err)
	}
	b.Chunks[0].Final = true
	b.Chunks[0].AccIn = two
	if _, err := disclosure.FromBundle(b); !errors.Is(err, disclosure.ErrBundle) {
		t.Fatalf("a chain not starting at the initial accumulator: %v", err)
	}
	b.Chunks[0].AccIn = initial
	b.Chunks[0].Proof = "0x"
	if _, err := disclosure.FromBundle(b); !errors.Is(err, disclosure.ErrBundle) {
		t.Fatalf("an empty proof: %v", err)
	}
	b.Chunks[0].Proof = proof
	b.Pool = "Not A Pool"
	if _, err := disclosure.FromBundle(b); !errors.Is(err, disclosure.ErrBundle) {
		t.Fatalf("bad pool: %v", err)
	}
}

// vector is one chunk of circuits/summary/testdata/public_inputs.json.
type vector struct {
	Pool         string          `json:"pool"`
	Epoch        uint64          `json:"epoch"`
	EpochSeconds uint32          `json:"epoch_seconds"`
	Disclosed    uint8           `json:"disclosed"`
	PolicyHash   field.Element   `json:"policy_hash"`
	ChunkIndex   int             `json:"chunk_index"`
	Final        bool            `json:"final"`
	ChunkRoot    field.Element   `json:"chunk_root"`
	AccIn        field.Element   `json:"acc_in"`
	AccOut       field.Element   `json:"acc_out"`
	Metrics      summary.Metrics `json:"metrics"`
	PublicInputs []field.Element `json:"public_inputs"`
}

// The circuit's golden vectors are one three-chunk epoch: a bundle of them
// becomes a submission whose per-chunk inputs are exactly the circuit's.
func TestMultiChunkInputsMatchTheCircuitVectors(t *testing.T) {
	data, err := os.ReadFile("../../circuits/summary/testdata/public_inputs.json")
	if err != nil {
		t.Fatal(err)
	}
	var vs []vector
	if err := json.Unmarshal(data, &vs); err != nil {
		t.Fatal(err)
	}
	if len(vs) < 2 {
		t.Fatalf("%d vectors; want a multi-chunk epoch", len(vs))
	}
	last := vs[len(vs)-1]
	b := &bundle.Bundle{Pool: last.Pool, Epoch: last.Epoch, Policy: bundle.PolicyRef{Hash: last.PolicyHash, EpochSeconds: last.EpochSeconds},
		Root: field.FromUint64(1), Metrics: last.Metrics}
	for _, m := range policy.MetricSet(last.Disclosed).Metrics() {
		b.Disclosed = append(b.Disclosed, m.String())
	}
	for _, v := range vs {
		b.Chunks = append(b.Chunks, bundle.ChunkProof{Index: v.ChunkIndex, Final: v.Final,
			Root: v.ChunkRoot, AccIn: v.AccIn, AccOut: v.AccOut, PublicInputs: v.PublicInputs, Proof: field.EncodeHex(make([]byte, bundle.SolidityProofSize))})
	}
	initial := vs[0].AccIn.BigInt()
	if initial.Cmp(disclosure.InitialAcc()) != 0 {
		t.Fatalf("the vectors start from %#x, the registry's initial accumulator is %#x", initial, disclosure.InitialAcc())
	}
	s, err := disclosure.FromBundle(b)
	if err != nil {
		t.Fatal(err)
	}
	if int(s.Disclosure.Chunks) != len(vs) || len(s.Accs) != len(vs)-1 || len(s.Proofs) != len(vs) {
		t.Fatalf("submission lists %d/%d/%d for %d chunks", s.Disclosure.Chunks, len(s.Accs), len(s.Proofs), len(vs))
	}
	if s.Disclosure.ChunkRootsHash != disclosure.ChunkRootsHash(s.ChunkRoots) {
		t.Fatal("chunk roots hash not set")
	}
	ins, err := s.PublicInputs(initial)
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range vs {
		for j, x := range v.PublicInputs {
			if want := x.BigInt(); ins[i][j].Cmp(want) != 0 {
				t.Fatalf("chunk %d input %d: %#x, circuit %s", i, j, ins[i][j], x)
			}
		}
	}
	// Every inconsistency of the lists is ErrChunks.
	bad := func(name string, f func(s *disclosure.Submission)) {
		c := *s
		c.ChunkRoots = slices.Clone(s.ChunkRoots)
		c.Accs, c.Proofs = slices.Clone(s.Accs), slices.Clone(s.Proofs)
		f(&c)
		if _, err := c.PublicInputs(initial); !errors.Is(err, disclosure.ErrChunks) {
			t.Errorf("%s: %v", name, err)
		}
	}
	bad("roots swapped", func(s *disclosure.Submission) { s.ChunkRoots[0], s.ChunkRoots[1] = s.ChunkRoots[1], s.ChunkRoots[0] })
	bad("a root dropped", func(s *disclosure.Submission) { s.ChunkRoots = s.ChunkRoots[1:] })
	bad("an accumulator dropped", func(s *disclosure.Submission) { s.Accs = s.Accs[1:] })
	bad("a proof dropped", func(s *disclosure.Submission) { s.Proofs = s.Proofs[1:] })
	bad("no chunks", func(s *disclosure.Submission) { s.Disclosure.Chunks = 0 })
	bad("a single chunk that is not the epoch root", func(s *disclosure.Submission) {
		s.ChunkRoots, s.Accs, s.Proofs = s.ChunkRoots[:1], nil, s.Proofs[:1]
		s.Disclosure.SetChunkRoots(s.ChunkRoots)
	})
}
