package disclosure_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/circuits/summary"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
)

func sample() disclosure.Disclosure {
	return disclosure.Disclosure{Pool: big.NewInt(0x706f6f6c), Epoch: 20000, PolicyHash: big.NewInt(77), Root: big.NewInt(99), Count: 8,
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
	st := summary.Statement{Epoch: d.Epoch, ChunkCount: uint32(d.Count), Final: true,
		Metrics: summary.Metrics{Swaps: 8, EnergyWh: 20000, RevenueCents: 12345, ActiveCabinets: 6, MinSoHPermille: 700}}
	in, err := d.PublicInputs(big.NewInt(5))
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
	if _, err := d.PublicInputs(big.NewInt(5)); !errors.Is(err, disclosure.ErrMetricWidth) {
		t.Fatalf("a 17-bit health metric: %v", err)
	}
}

func TestFromBundleRefusesWhatTheRegistryWouldNotTake(t *testing.T) {
	b := &bundle.Bundle{Pool: "pool-a", Epoch: 1, Root: "0x01", Count: 1,
		Policy: bundle.PolicyRef{Hash: "0x02"}, Chunks: make([]bundle.ChunkProof, 2)}
	if _, _, err := disclosure.FromBundle(b, big.NewInt(1)); !errors.Is(err, disclosure.ErrBundle) {
		t.Fatalf("two chunks: %v", err)
	}
	b.Chunks = []bundle.ChunkProof{{PublicInputs: []string{"0x01"}}}
	if _, _, err := disclosure.FromBundle(b, big.NewInt(1)); !errors.Is(err, disclosure.ErrBundle) {
		t.Fatalf("one public input: %v", err)
	}
	b.Pool = "Not A Pool"
	if _, _, err := disclosure.FromBundle(b, big.NewInt(1)); !errors.Is(err, disclosure.ErrBundle) {
		t.Fatalf("bad pool: %v", err)
	}
}
