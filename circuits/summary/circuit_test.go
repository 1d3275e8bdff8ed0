package summary

import (
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"

	"github.com/rwabridge/rwabridge/circuits/commit"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// testCapacity is the chunk capacity of the soundness tests.
const testCapacity = 8

// mutant is one invalid assignment: a valid one with one thing broken.
type mutant struct {
	name string
	w    *Circuit
}

// edit returns a copy of the valid 5-record assignment with f applied.
func edit(p *policy.Policy, f func(rs []commit.Record) ([]fr.Element, int)) *Circuit {
	rs := goodRecords(p, 5)
	leaves, count := f(rs)
	return rawAssignment(p, testCapacity, leaves, count)
}

func withRecord(p *policy.Policy, i int, change func(*commit.Record)) *Circuit {
	return edit(p, func(rs []commit.Record) ([]fr.Element, int) {
		change(&rs[i])
		return leavesOf(rs), len(rs)
	})
}

func bump(x frontend.Variable) frontend.Variable {
	var b big.Int
	switch v := x.(type) {
	case fr.Element:
		v.BigInt(&b)
	case *big.Int:
		b.Set(v)
	default:
		panic("bump: unexpected type")
	}
	return b.Add(&b, big.NewInt(1))
}

func copyCircuit(c *Circuit) *Circuit {
	d := *c
	d.W.Leaves = append([]frontend.Variable(nil), c.W.Leaves...)
	return &d
}

func mutants(t *testing.T, p *policy.Policy) []mutant {
	start, last, _ := EpochBounds(p, testEpoch)
	b := p.RecordBounds
	valid := edit(p, func(rs []commit.Record) ([]fr.Element, int) { return leavesOf(rs), len(rs) })
	var ms []mutant
	add := func(name string, w *Circuit) { ms = append(ms, mutant{name, w}) }

	// A record changed after commitment: the root no longer matches.
	tampered := copyCircuit(valid)
	l := valid.W.Leaves[2].(fr.Element)
	var one fr.Element
	one.SetUint64(1 << commit.OffsetEnergy)
	l.Add(&l, &one)
	tampered.W.Leaves[2] = l
	add("a tampered record", tampered)

	bigPool := copyCircuit(valid)
	bigPool.P.Pool = new(big.Int).Lsh(big.NewInt(1), PoolBits)
	add("a pool input of 2^248, no pool id's encoding", bigPool)
	// Each other public input changed (a changed pool is a different
	// statement: the proof binds it, see the verifier's tests).
	for i, name := range []string{"policy hash", "chunk root", "acc in", "acc out", "header", "metrics"} {
		w := copyCircuit(valid)
		fields := []*frontend.Variable{&w.P.PolicyHash, &w.P.ChunkRoot, &w.P.AccIn, &w.P.AccOut, &w.P.Header, &w.P.Metrics}
		*fields[i] = bump(*fields[i])
		add("a tampered public input: "+name, w)
	}
	// Each packed field changed without the packed input.
	for i, name := range []string{"epoch", "chunk index", "final"} {
		w := copyCircuit(valid)
		fields := []*frontend.Variable{&w.F.Epoch, &w.F.ChunkIndex, &w.F.Final}
		*fields[i] = bump(big.NewInt(0).SetUint64(map[int]uint64{0: testEpoch, 1: 0, 2: 1}[i]))
		add("a packed field that disagrees with its input: "+name, w)
	}
	for j := range NumMetrics {
		w := copyCircuit(valid)
		w.F.Metrics[j] = bump(w.F.Metrics[j])
		add("a wrong metric: "+policy.Metric(j).String(), w)
	}

	// Order.
	add("a duplicate record", edit(p, func(rs []commit.Record) ([]fr.Element, int) {
		rs[2] = rs[1]
		return leavesOf(rs), len(rs)
	}))
	add("two records swapped", edit(p, func(rs []commit.Record) ([]fr.Element, int) {
		rs[1], rs[2] = rs[2], rs[1]
		return leavesOf(rs), len(rs)
	}))
	add("a repeated key with other values", withRecord(p, 2, func(r *commit.Record) { r.Cabinet, r.Seq, r.FeeCents = 2, 7, 1 }))

	// Time.
	add("a record one second before the epoch", withRecord(p, 0, func(r *commit.Record) { r.Time = uint32(start - 1) }))
	add("a record at the epoch's end", withRecord(p, 4, func(r *commit.Record) { r.Time = uint32(last + 1) }))

	// k-anonymity: four cabinets, k = 5.
	add("fewer active cabinets than k", edit(p, func(rs []commit.Record) ([]fr.Element, int) {
		rs[4].Cabinet, rs[4].Seq = rs[3].Cabinet, rs[3].Seq+1
		return leavesOf(rs), len(rs)
	}))

	// Padding.
	add("a non-empty leaf past the count", edit(p, func(rs []commit.Record) ([]fr.Element, int) { return leavesOf(rs), 4 }))
	add("a padding leaf with fields but no tag", edit(p, func(rs []commit.Record) ([]fr.Element, int) {
		ls := leavesOf(rs)
		return append(ls, leafOf(commit.Record{Cabinet: 9, Seq: 1, Time: uint32(start), EnergyWh: b.MinEnergyWh, SoHPermille: 1000}, 0)), len(rs)
	}))
	add("a gap: a record after an empty leaf", edit(p, func(rs []commit.Record) ([]fr.Element, int) {
		ls := leavesOf(rs)
		return append(ls, fr.Element{}, leafOf(commit.Record{Cabinet: 9, Seq: 1, Time: uint32(start), EnergyWh: b.MinEnergyWh, SoHPermille: 1000}, 1)), len(rs) + 1
	}))

	// Per-record bounds, one past each.
	add("energy below the minimum", withRecord(p, 1, func(r *commit.Record) { r.EnergyWh = b.MinEnergyWh - 1 }))
	add("energy above the maximum", withRecord(p, 1, func(r *commit.Record) { r.EnergyWh = b.MaxEnergyWh + 1 }))
	add("a fee above the maximum", withRecord(p, 1, func(r *commit.Record) { r.FeeCents = b.MaxFeeCents + 1 }))
	add("health below the minimum", withRecord(p, 1, func(r *commit.Record) { r.SoHPermille = b.MinSoHPermille - 1 }))
	add("health above 1000", withRecord(p, 1, func(r *commit.Record) { r.SoHPermille = 1001 }))
	add("soc_in above 100", withRecord(p, 1, func(r *commit.Record) { r.SoCIn = 101 }))
	add("soc_out above 100", withRecord(p, 1, func(r *commit.Record) { r.SoCOut = 101 }))

	// A leaf beyond the layout: a value ≥ 2^LeafBits.
	add("a leaf of 2^217 or more", edit(p, func(rs []commit.Record) ([]fr.Element, int) {
		ls := leavesOf(rs)
		var hi fr.Element
		hi.SetBigInt(new(big.Int).Lsh(big.NewInt(1), commit.LeafBits))
		ls[3].Add(&ls[3], &hi)
		return ls, len(rs)
	}))
	// A leaf near the modulus: −1 is ≥ 2^217.
	add("a leaf equal to r-1", edit(p, func(rs []commit.Record) ([]fr.Element, int) {
		ls := leavesOf(rs)
		ls[3].SetInt64(-1)
		return ls, len(rs)
	}))

	// The policy.
	other := *p
	other.MinActiveCabinets = 1
	wrongHash := copyCircuit(valid)
	wrongHash.P.PolicyHash = other.Hash().Fr()
	add("the hash of another policy", wrongHash)
	weaker := copyCircuit(valid)
	for j, v := range other.CircuitParams() {
		weaker.W.Params[j] = v
	}
	add("the parameters of another policy under this hash", weaker)
	return ms
}

func TestCircuitRejectsEveryMutant(t *testing.T) {
	p := defaultPolicy(t)
	valid := edit(p, func(rs []commit.Record) ([]fr.Element, int) { return leavesOf(rs), len(rs) })
	if err := isSolved(shape(t, testCapacity), valid); err != nil {
		t.Fatalf("the valid assignment fails: %v", err)
	}
	for _, m := range mutants(t, p) {
		t.Run(m.name, func(t *testing.T) {
			if err := isSolved(shape(t, testCapacity), m.w); err == nil {
				t.Fatal("accepted")
			}
		})
	}
}

func TestCheckCircuitProvesTheValidAssignmentAndRejectsMutants(t *testing.T) {
	if testing.Short() {
		t.Skip("full Groth16 round trip; skipped in -short")
	}
	p := defaultPolicy(t)
	valid := edit(p, func(rs []commit.Record) ([]fr.Element, int) { return leavesOf(rs), len(rs) })
	opts := []test.TestingOption{
		test.WithValidAssignment(valid),
		test.WithCurves(ecc.BN254), test.WithBackends(backend.GROTH16),
		test.NoFuzzing(), test.NoSerializationChecks(), test.NoSolidityChecks(),
	}
	for _, m := range mutants(t, p) {
		opts = append(opts, test.WithInvalidAssignment(m.w))
	}
	test.NewAssert(t).CheckCircuit(shape(t, testCapacity), opts...)
}

func TestCircuitAcceptsBoundaryValues(t *testing.T) {
	p := defaultPolicy(t)
	start, last, _ := EpochBounds(p, testEpoch)
	b := p.RecordBounds
	tests := []struct {
		name   string
		change func(*commit.Record)
	}{
		{"a record at the epoch's first second", func(r *commit.Record) { r.Time = uint32(start) }},
		{"a record at the epoch's last second", func(r *commit.Record) { r.Time = uint32(last) }},
		{"the least energy", func(r *commit.Record) { r.EnergyWh = b.MinEnergyWh }},
		{"the most energy", func(r *commit.Record) { r.EnergyWh = b.MaxEnergyWh }},
		{"the highest fee", func(r *commit.Record) { r.FeeCents = b.MaxFeeCents }},
		{"a zero fee", func(r *commit.Record) { r.FeeCents = 0 }},
		{"the least health", func(r *commit.Record) { r.SoHPermille = b.MinSoHPermille }},
		{"full health", func(r *commit.Record) { r.SoHPermille = 1000 }},
		{"full charge", func(r *commit.Record) { r.SoCIn, r.SoCOut = 100, 100 }},
		{"empty batteries", func(r *commit.Record) { r.SoCIn, r.SoCOut = 0, 0 }},
		{"the largest sequence number", func(r *commit.Record) { r.Seq = 1<<64 - 1 }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, i := range []int{0, 4} {
				if err := isSolved(shape(t, testCapacity), withRecord(p, i, tc.change)); err != nil {
					t.Fatalf("record %d: %v", i, err)
				}
			}
		})
	}
	t.Run("the largest cabinet id", func(t *testing.T) {
		w := withRecord(p, 4, func(r *commit.Record) { r.Cabinet = 1<<32 - 1 })
		if err := isSolved(shape(t, testCapacity), w); err != nil {
			t.Fatal(err)
		}
	})
}

func TestCircuitAcceptsEpochsOfEveryShape(t *testing.T) {
	p := defaultPolicy(t)
	rng := rand.New(rand.NewPCG(3, 4))
	tests := []struct {
		name          string
		records, cabs int
	}{
		{"exactly k cabinets in one chunk", 5, 5},
		{"a full chunk", testCapacity, 6},
		{"two chunks, the second full", 2 * testCapacity, 6},
		{"three chunks, cabinets straddling their boundaries", 2*testCapacity + 3, 5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var s *Summary
			for {
				s = summarize(t, p, testCapacity, randomEvents(rng, p, testEpoch, tc.records, tc.cabs))
				if s.Disclosable {
					break
				}
			}
			for i := range s.Chunks {
				if err := isSolved(shape(t, testCapacity), assignment(t, s, i)); err != nil {
					t.Fatalf("chunk %d of %d: %v", i, len(s.Chunks), err)
				}
			}
		})
	}
}

// TestHeartbeatsCountInNoFigure solves epochs mixing swaps and heartbeats
// (runs that start or end with heartbeats, a cabinet with heartbeats only,
// a cabinet whose heartbeats fill one chunk and whose swap opens the next)
// and checks the disclosed figures are the swaps' alone: a heartbeat adds
// no swap, energy, revenue or health, and makes no cabinet active, so
// heartbeat-only cabinets never lift an epoch over k.
func TestHeartbeatsCountInNoFigure(t *testing.T) {
	p := defaultPolicy(t)
	start, _, _ := EpochBounds(p, testEpoch)
	swap := func(cab uint32, seq uint64, soh uint16) telemetry.Event {
		e := edgeEvent(p, cab, seq, start+seq)
		e.SoHPermille = soh
		return e
	}
	hb := func(cab uint32, seq uint64) telemetry.Event {
		return telemetry.Event{Kind: telemetry.KindHeartbeat, Pool: testPool, Cabinet: cab, Seq: seq, Time: int64(start + seq)}
	}
	swapsOf := func(evs []telemetry.Event) []telemetry.Event {
		var out []telemetry.Event
		for _, e := range evs {
			if !e.IsHeartbeat() {
				out = append(out, e)
			}
		}
		return out
	}
	tests := []struct {
		name        string
		events      []telemetry.Event
		disclosable bool
	}{
		{"heartbeats before, between and after swaps of five cabinets", []telemetry.Event{
			hb(1, 1), swap(1, 2, 900), hb(1, 3), swap(2, 1, 880), hb(2, 2), hb(3, 1), swap(3, 2, 870), swap(4, 1, 860), swap(5, 1, 850), hb(5, 2),
		}, true},
		{"a cabinet whose heartbeats fill a chunk and whose swap opens the next", []telemetry.Event{
			hb(1, 1), hb(1, 2), hb(1, 3), hb(1, 4), hb(1, 5), hb(1, 6), hb(1, 7), hb(1, 8), swap(1, 9, 900),
			swap(2, 1, 900), swap(3, 1, 900), swap(4, 1, 900), swap(5, 1, 900),
		}, true},
		{"a swap, then heartbeats across a chunk boundary, then a swap: one active cabinet", []telemetry.Event{
			swap(1, 1, 700), hb(1, 2), hb(1, 3), hb(1, 4), hb(1, 5), hb(1, 6), hb(1, 7), hb(1, 8), hb(1, 9), swap(1, 10, 650),
			swap(2, 1, 900), swap(3, 1, 900), swap(4, 1, 900), swap(5, 1, 900),
		}, true},
		{"four swapping cabinets and two with heartbeats only stay below k = 5", []telemetry.Event{
			swap(1, 1, 900), swap(2, 1, 900), hb(3, 1), hb(3, 2), swap(4, 1, 900), swap(5, 1, 900), hb(6, 1),
		}, false},
		{"heartbeats only: nothing to show", []telemetry.Event{hb(1, 1), hb(2, 1), hb(3, 1), hb(4, 1), hb(5, 1)}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := summarize(t, p, testCapacity, tc.events)
			only := summarize(t, p, testCapacity, swapsOf(tc.events))
			if s.Totals != only.Totals {
				t.Fatalf("totals %+v, the swaps alone give %+v", s.Totals, only.Totals)
			}
			if s.Disclosable != tc.disclosable {
				t.Fatalf("disclosable %v with %d active cabinets, want %v", s.Disclosable, s.Totals.ActiveCabinets, tc.disclosable)
			}
			if want := (len(tc.events) + testCapacity - 1) / testCapacity; len(s.Chunks) != want {
				t.Fatalf("%d chunks, want %d: heartbeats are records of the commitment", len(s.Chunks), want)
			}
			for i := range s.Chunks {
				if err := solveWith(t, assignment(t, s, i)); err != nil {
					t.Fatalf("chunk %d of %d: %v", i, len(s.Chunks), err)
				}
			}
			if s.Disclosable {
				return
			}
			// Showing the figures of an epoch whose heartbeat-only cabinets
			// would lift it over k is refused.
			last := len(s.Chunks) - 1
			forced := *s
			forced.Chunks = slices.Clone(s.Chunks)
			forced.Chunks[last].Statement.Suppressed = false
			forced.Chunks[last].Statement.Metrics = s.Totals.Mask(p.Disclose)
			if err := solveWith(t, assignment(t, &forced, last)); err == nil {
				t.Fatal("the circuit shows the figures of an epoch below k")
			}
		})
	}
}
