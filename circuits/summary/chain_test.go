package summary

import (
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/rwabridge/rwabridge/circuits/commit"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// threeChunks returns a disclosable epoch of three chunks of testCapacity.
func threeChunks(t *testing.T, p *policy.Policy) *Summary {
	t.Helper()
	rng := rand.New(rand.NewPCG(5, 6))
	for {
		s := summarize(t, p, testCapacity, randomEvents(rng, p, testEpoch, 2*testCapacity+3, 6))
		if s.Disclosable && len(s.Chunks) == 3 {
			return s
		}
	}
}

// reassign rebuilds chunk i's public values after its statement or
// accumulator was edited.
func reassign(t *testing.T, s *Summary, i int, edit func(ch *Chunk)) *Circuit {
	t.Helper()
	cp := *s
	cp.Chunks = append([]Chunk(nil), s.Chunks...)
	edit(&cp.Chunks[i])
	return assignment(t, &cp, i)
}

func TestChainedChunksRejectMutants(t *testing.T) {
	p := defaultPolicy(t)
	s := threeChunks(t, p)
	tests := []struct {
		name string
		w    func() *Circuit
	}{
		{"a middle chunk whose accumulator values differ from its hash", func() *Circuit {
			w := assignment(t, s, 1)
			w.W.AccIn.Swaps = bump(w.W.AccIn.Swaps.(fr.Element))
			return w
		}},
		{"a first chunk that starts from a non-initial accumulator", func() *Circuit {
			return reassign(t, s, 0, func(ch *Chunk) {
				ch.AccIn.ActiveCabinets = 3
				ch.Statement.AccIn = ch.AccIn.Hash()
			})
		}},
		{"a first chunk with a salted initial accumulator", func() *Circuit {
			return reassign(t, s, 0, func(ch *Chunk) {
				ch.AccIn.Salt.SetUint64(1)
				ch.Statement.AccIn = ch.AccIn.Hash()
			})
		}},
		{"a chunk whose first key does not follow the previous chunk's last", func() *Circuit {
			return reassign(t, s, 1, func(ch *Chunk) {
				r, err := commit.Unpack(ch.Leaves[0])
				if err != nil {
					t.Fatal(err)
				}
				ch.AccIn.LastCabinet, ch.AccIn.LastSeq = r.Cabinet, r.Seq
				ch.Statement.AccIn = ch.AccIn.Hash()
			})
		}},
		{"a non-final chunk that discloses metrics", func() *Circuit {
			return reassign(t, s, 1, func(ch *Chunk) { ch.Statement.Metrics = s.Disclosed })
		}},
		{"a final chunk that hides its accumulator instead of disclosing", func() *Circuit {
			return reassign(t, s, 2, func(ch *Chunk) {
				ch.Statement.Metrics = Metrics{}
				ch.Statement.AccOut.SetUint64(1)
			})
		}},
		{"a middle chunk claimed final", func() *Circuit {
			return reassign(t, s, 1, func(ch *Chunk) {
				ch.Statement.Final = true
				ch.Statement.AccOut = fr.Element{}
				ch.Statement.Metrics = s.Disclosed
			})
		}},
		{"a non-final chunk that is not full", func() *Circuit {
			return reassign(t, s, 2, func(ch *Chunk) {
				ch.Statement.Final = false
				ch.Statement.Metrics = Metrics{}
				ch.SaltOut.SetUint64(9)
				next := advanceChunk(t, ch)
				next.Salt = ch.SaltOut
				ch.Statement.AccOut = next.Hash()
			})
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := isSolved(shape(t, testCapacity), tc.w()); err == nil {
				t.Fatal("accepted")
			}
		})
	}
}

// advanceChunk returns the accumulator after ch's records.
func advanceChunk(t *testing.T, ch *Chunk) Acc {
	t.Helper()
	var rs []commit.Record
	for _, l := range ch.Leaves {
		if l.IsZero() {
			break
		}
		r, err := commit.Unpack(l)
		if err != nil {
			t.Fatal(err)
		}
		rs = append(rs, r)
	}
	return advance(ch.AccIn, rs, ch.Statement.ChunkIndex == 0)
}

func TestAnUndisclosedMetricIsForcedToZero(t *testing.T) {
	p := *defaultPolicy(t)
	p.Disclose = policy.NewMetricSet(policy.Swaps, policy.ActiveCabinets)
	rs := goodRecords(&p, 5)
	valid := rawAssignment(&p, testCapacity, leavesOf(rs), len(rs))
	if err := isSolved(shape(t, testCapacity), valid); err != nil {
		t.Fatalf("valid: %v", err)
	}
	reveal := copyCircuit(valid)
	energy := Aggregate(rs).EnergyWh
	reveal.F.Metrics[policy.EnergyWh] = energy
	reveal.P.Metrics = new(big.Int).Add(toBig(valid.P.Metrics), new(big.Int).Lsh(new(big.Int).SetUint64(energy), uint(MetricOffsets[policy.EnergyWh])))
	if err := isSolved(shape(t, testCapacity), reveal); err == nil {
		t.Fatal("an undisclosed metric was revealed")
	}
}

func toBig(v frontend.Variable) *big.Int {
	switch x := v.(type) {
	case fr.Element:
		return x.BigInt(new(big.Int))
	case *big.Int:
		return x
	}
	panic("toBig")
}

// TestCircuitAgreesWithTheNativeTwinOnRandomEpochs solves 1000 random
// epochs (0 to 20 records, so 1 to 3 chunks of 8) with the compiled
// constraint system: every chunk of the native twin's statements must
// solve, and its roots are commit's.
func TestCircuitAgreesWithTheNativeTwinOnRandomEpochs(t *testing.T) {
	n := 1000
	if testing.Short() {
		n = 100
	}
	p := defaultPolicy(t)
	c, _ := New(testCapacity)
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(11, 12))
	chunks, skipped := 0, 0
	for e := range n {
		evs := randomEvents(rng, p, testEpoch, rng.IntN(2*testCapacity+5), 3+rng.IntN(10))
		s := summarize(t, p, testCapacity, evs)
		com, err := commit.EpochCommitment(testPool, testCapacity, evs)
		if err != nil {
			t.Fatal(err)
		}
		if !com.Root.Equal(&s.Commitment.Root) || len(com.Chunks) != len(s.Chunks) {
			t.Fatalf("epoch %d: commitment differs from commit's", e)
		}
		recs := make([]commit.Record, len(evs))
		for i := range evs {
			recs[i], _ = commit.RecordOf(&evs[i])
		}
		if got, want := s.Totals, Aggregate(recs); got != want {
			t.Fatalf("epoch %d: totals %+v, aggregate %+v", e, got, want)
		}
		for i := range s.Chunks {
			if s.Chunks[i].Statement.ChunkRoot != com.Chunks[i].Root {
				t.Fatalf("epoch %d chunk %d: root differs from commit's", e, i)
			}
			if s.Chunks[i].Statement.Final && !s.Disclosable {
				skipped++
				if !s.Chunks[i].Statement.Suppressed || s.Chunks[i].Statement.Metrics != (Metrics{}) {
					t.Fatalf("epoch %d: the final statement of an epoch below k is not suppressed: %+v", e, s.Chunks[i].Statement)
				}
				// Showing the figures instead is refused.
				forced := *s
				forced.Chunks = slices.Clone(s.Chunks)
				forced.Chunks[i].Statement.Suppressed = false
				forced.Chunks[i].Statement.Metrics = s.Disclosed
				w, err := frontend.NewWitness(assignment(t, &forced, i), ecc.BN254.ScalarField())
				if err != nil {
					t.Fatal(err)
				}
				if _, err := ccs.Solve(w); err == nil {
					t.Fatalf("epoch %d: the circuit shows the figures of %d active cabinets", e, s.Totals.ActiveCabinets)
				}
			}
			w, err := frontend.NewWitness(assignment(t, s, i), ecc.BN254.ScalarField())
			if err != nil {
				t.Fatal(err)
			}
			if _, err := ccs.Solve(w); err != nil {
				t.Fatalf("epoch %d (%d records) chunk %d: %v", e, len(evs), i, err)
			}
			chunks++
		}
	}
	t.Logf("%d epochs: %d chunks solved, %d of them suppressed final chunks below k, whose figures the circuit refuses to show", n, chunks, skipped)
}
