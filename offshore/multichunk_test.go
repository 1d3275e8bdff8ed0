package offshore_test

import (
	"context"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"

	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/offshore/chaintest"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/registry"
	"github.com/rwabridge/rwabridge/onshore/sim"
	"github.com/rwabridge/rwabridge/policies"
)

// randomChunks returns d split into n chunks with random roots (d's own
// root when n == 1), accumulators and empty proofs.
func randomChunks(rng *rand.Rand, d disclosure.Disclosure, n int) *disclosure.Submission {
	r := ecc.BN254.ScalarField()
	rnd := func() *big.Int {
		var b [32]byte
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		return new(big.Int).Mod(new(big.Int).SetBytes(b[:]), r)
	}
	s := &disclosure.Submission{Disclosure: d, Proofs: make([][]byte, n)}
	for i := range n {
		if n == 1 {
			s.ChunkRoots = append(s.ChunkRoots, d.Root)
		} else {
			s.ChunkRoots = append(s.ChunkRoots, rnd())
		}
		if i+1 < n {
			s.Accs = append(s.Accs, rnd())
		}
	}
	s.Disclosure.SetChunkRoots(s.ChunkRoots)
	return s
}

// multiChunkRecords is the record count of the real multi-chunk epoch: two
// full chunks and three records.
const multiChunkRecords = 2*summaryCapacity + 3

// realMultiBundle proves a three-chunk epoch of testPool with the real
// circuit.
func realMultiBundle(t testing.TB, epoch uint64) *bundle.Bundle {
	t.Helper()
	p, err := policies.Default()
	if err != nil {
		t.Fatal(err)
	}
	evs, err := sim.EpochEvents(testPool, p, epoch, multiChunkRecords, 6, epoch)
	if err != nil {
		t.Fatal(err)
	}
	b, err := chaintest.ProveEpoch(context.Background(), summaryKeys(t), testPool, p, epoch, evs)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Chunks) != 3 {
		t.Fatalf("%d records proved in %d chunks; want 3", multiChunkRecords, len(b.Chunks))
	}
	return b
}

// clone returns a deep copy of s's lists (the big.Ints are shared, never
// mutated in place).
func clone(s *disclosure.Submission) *disclosure.Submission {
	c := *s
	c.ChunkRoots, c.Accs = slices.Clone(s.ChunkRoots), slices.Clone(s.Accs)
	c.Proofs = make([][]byte, len(s.Proofs))
	for i, p := range s.Proofs {
		c.Proofs[i] = slices.Clone(p)
	}
	return &c
}

func TestAThreeChunkEpochIsAcceptedAndEveryChunkMisuseRejected(t *testing.T) {
	set := summaryKeys(t)
	e := newEnvVK(t, set.VK)
	epoch := e.first
	b := realMultiBundle(t, epoch)
	good, err := disclosure.FromBundle(b)
	if err != nil {
		t.Fatal(err)
	}
	other, err := disclosure.FromBundle(realMultiBundle(t, epoch-1))
	if err != nil {
		t.Fatal(err)
	}
	// resign re-signs s's disclosure after a change to it (the committee
	// signing whatever it is given: the contract's own checks are tested).
	type tc struct {
		name   string
		want   string
		resign bool
		change func(s *disclosure.Submission)
	}
	swap := func(x []*big.Int, i, j int) { x[i], x[j] = x[j], x[i] }
	cases := []tc{
		{"a chunk root swapped for another epoch's", "ChunkRootsMismatch", false, func(s *disclosure.Submission) {
			s.ChunkRoots[1] = other.ChunkRoots[1]
		}},
		{"a chunk root swapped, and signed so", "ProofInvalid", true, func(s *disclosure.Submission) {
			s.ChunkRoots[1] = other.ChunkRoots[1]
			s.Disclosure.SetChunkRoots(s.ChunkRoots)
		}},
		{"chunks reordered", "ChunkRootsMismatch", false, func(s *disclosure.Submission) {
			swap(s.ChunkRoots, 0, 1)
			s.Proofs[0], s.Proofs[1] = s.Proofs[1], s.Proofs[0]
		}},
		{"chunks reordered, and signed so", "ProofInvalid", true, func(s *disclosure.Submission) {
			swap(s.ChunkRoots, 0, 1)
			s.Proofs[0], s.Proofs[1] = s.Proofs[1], s.Proofs[0]
			s.Disclosure.SetChunkRoots(s.ChunkRoots)
		}},
		{"one accumulator altered", "ProofInvalid", false, func(s *disclosure.Submission) {
			s.Accs[1] = new(big.Int).Add(s.Accs[1], big.NewInt(1))
		}},
		{"another epoch's accumulator", "ProofInvalid", false, func(s *disclosure.Submission) { s.Accs[0] = other.Accs[0] }},
		{"the proof of chunk 0 given for chunk 1", "ProofInvalid", false, func(s *disclosure.Submission) { s.Proofs[1] = s.Proofs[0] }},
		{"another epoch's proof of the same chunk", "ProofInvalid", false, func(s *disclosure.Submission) { s.Proofs[2] = other.Proofs[2] }},
		{"one chunk fewer than signed", "ChunkCountInvalid", false, func(s *disclosure.Submission) {
			s.ChunkRoots, s.Accs, s.Proofs = s.ChunkRoots[:2], s.Accs[:1], s.Proofs[:2]
		}},
		{"one chunk more than signed", "ChunkCountInvalid", false, func(s *disclosure.Submission) {
			s.ChunkRoots = append(s.ChunkRoots, s.ChunkRoots[2])
			s.Accs, s.Proofs = append(s.Accs, s.Accs[1]), append(s.Proofs, s.Proofs[2])
		}},
		{"zero chunks signed", "ChunkCountInvalid", true, func(s *disclosure.Submission) { s.Disclosure.Chunks = 0 }},
		{"the last chunk dropped and chunks signed as two", "ProofInvalid", true, func(s *disclosure.Submission) {
			s.ChunkRoots, s.Accs, s.Proofs = s.ChunkRoots[:2], s.Accs[:1], s.Proofs[:2]
			s.Disclosure.SetChunkRoots(s.ChunkRoots)
		}},
		{"an accumulator missing", "ChunkListsInconsistent", false, func(s *disclosure.Submission) { s.Accs = s.Accs[:1] }},
		{"a proof missing", "ChunkListsInconsistent", false, func(s *disclosure.Submission) { s.Proofs = s.Proofs[:2] }},
		{"chunk roots not those signed", "ChunkRootsMismatch", false, func(s *disclosure.Submission) {
			s.ChunkRoots[2] = new(big.Int).Add(s.ChunkRoots[2], big.NewInt(1))
		}},
		{"a signed chunk roots hash that is not the roots'", "ChunkRootsMismatch", true, func(s *disclosure.Submission) {
			s.Disclosure.ChunkRootsHash[0] ^= 1
		}},
		{"a non-final chunk's proof as the whole epoch", "ProofInvalid", true, func(s *disclosure.Submission) {
			s.ChunkRoots, s.Accs, s.Proofs = s.ChunkRoots[:1], nil, s.Proofs[:1]
			s.Disclosure.Root = s.ChunkRoots[0]
			s.Disclosure.SetChunkRoots(s.ChunkRoots)
		}},
		{"the final chunk's proof as the whole epoch", "ProofInvalid", true, func(s *disclosure.Submission) {
			s.ChunkRoots, s.Accs, s.Proofs = s.ChunkRoots[2:], nil, s.Proofs[2:]
			s.Disclosure.Root = s.ChunkRoots[0]
			s.Disclosure.SetChunkRoots(s.ChunkRoots)
		}},
		{"a single chunk whose root is not the epoch root", "ChunkRootNotEpochRoot", true, func(s *disclosure.Submission) {
			s.ChunkRoots, s.Accs, s.Proofs = s.ChunkRoots[:1], nil, s.Proofs[:1]
			s.Disclosure.SetChunkRoots(s.ChunkRoots)
		}},
		{"an accumulator at the field modulus", "PublicInputNotInField", false, func(s *disclosure.Submission) {
			s.Accs[0] = new(big.Int).Add(s.Accs[0], ecc.BN254.ScalarField())
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := clone(good)
			c.change(s)
			sigs := e.sign(&good.Disclosure, 0, 1)
			if c.resign {
				sigs = e.sign(&s.Disclosure, 0, 1)
			}
			_, err := e.submitChunks(s, sigs)
			wantRevert(t, err, c.want)
		})
	}
	le, _ := registryABI.UnpackLatestEpoch(e.call(e.addrs.Registry, registryABI.PackLatestEpoch(testPool.Field())))
	if le.Ok {
		t.Fatalf("a rejected submission recorded epoch %d", le.Epoch)
	}

	r, err := e.submitChunks(good, e.sign(&good.Disclosure, 0, 1))
	if err != nil {
		t.Fatalf("the three-chunk epoch: %v", err)
	}
	t.Logf("three-chunk epoch of %d records: gas %d", multiChunkRecords, r.GasUsed)
	var ev *bindings.DisclosureRegistryDisclosureAccepted
	for _, l := range r.Logs {
		if x, err := registryABI.UnpackDisclosureAcceptedEvent(l); err == nil {
			ev = x
		}
	}
	d := good.Disclosure
	if ev == nil || ev.Chunks != 3 || ev.ChunkRootsHash != d.ChunkRootsHash || ev.Root.Cmp(d.Root) != 0 ||
		ev.Metrics != d.Metrics {
		t.Fatalf("event %+v does not match %+v", ev, d)
	}
	at, err := registryABI.UnpackDisclosedAt(e.call(e.addrs.Registry, registryABI.PackDisclosedAt(registry.Binding(&d))))
	if err != nil || at != r.BlockNumber.Uint64() {
		t.Fatalf("disclosedAt = %d, %v; want block %d", at, err, r.BlockNumber)
	}
	// Once accepted, the epoch is closed to any other chunking of it.
	_, err = e.submitChunks(good, e.sign(&good.Disclosure, 1, 2))
	wantRevert(t, err, "DuplicateEpoch")
	// The chunked entry takes a single-chunk epoch too.
	one, err := disclosure.FromBundle(realBundle(t, epoch+1))
	if err != nil {
		t.Fatal(err)
	}
	if !one.Single() {
		t.Fatalf("a one-chunk bundle is not Single: %+v", one)
	}
	if _, err := e.submitChunks(one, e.sign(&one.Disclosure, 0, 2)); err != nil {
		t.Fatalf("a single chunk through the general submitDisclosure: %v", err)
	}
}

// Metrics can only be disclosed by the final chunk: the registry hands a
// non-final chunk's proof 0 as its metrics input, so a proof of a non-final
// statement carrying metrics fails. The Shape circuit proves any
// statement, the real circuit would refuse to.
func TestMetricsInANonFinalChunkAreRejected(t *testing.T) {
	e := newEnv(t)
	rng := rand.New(rand.NewPCG(3, 4))
	s := randomChunks(rng, e.goodDisclosure(e.first), 3)
	s.Terms = disclosure.TermsOf(e.policy)
	ins, err := s.PublicInputs(disclosure.InitialAcc())
	if err != nil {
		t.Fatal(err)
	}
	for i := range ins {
		if s.Proofs[i], err = shape(t).ProveShape(ins[i]); err != nil {
			t.Fatal(err)
		}
	}
	sigs := e.sign(&s.Disclosure, 0, 1)
	for _, i := range []int{0, 1} {
		bad := clone(s)
		in := ins[i]
		in[6] = ins[2][6] // the epoch's metrics, in a non-final chunk
		if bad.Proofs[i], err = shape(t).ProveShape(in); err != nil {
			t.Fatal(err)
		}
		_, err := e.submitChunks(bad, sigs)
		wantRevert(t, err, "ProofInvalid")
		// Nor may a non-final chunk claim to be final.
		in = ins[i]
		in[5] = new(big.Int).SetBit(in[5], 0, 1)
		if bad.Proofs[i], err = shape(t).ProveShape(in); err != nil {
			t.Fatal(err)
		}
		_, err = e.submitChunks(bad, sigs)
		wantRevert(t, err, "ProofInvalid")
	}
	if _, err := e.submitChunks(s, sigs); err != nil {
		t.Fatalf("the well-formed three-chunk statement: %v", err)
	}
}
