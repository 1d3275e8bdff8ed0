package summary

import (
	"math/big"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/std/math/bits"

	"github.com/rwabridge/rwabridge/circuits/commit"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// This file proves the constraints of the chunk circuit necessary: for each
// one an attack whose public inputs agree with its forged witness, so that
// the constraint under test, and no other, rejects it. Each attack solves
// once its constraint is deleted from a copy of circuit.go passed with
// go test -overlay (the mutants are listed with issue 13). Attacks that
// need a lying hint bring one that computes the attacker's value.
//
// A few constraints have no attack, because others imply them; deleting
// one leaves every test but the constraint-count golden file green:
//
//   - rc.Check(api.Sub(epochLen, 1), EpochSecondsBits): a real record's two
//     time slacks sum to L−1, so L−1 < 2^21, and with last < 2^32 and
//     epoch < 2^64 every record lies in [epoch·L, epoch·L+L−1] as integers;
//     a longer L only refuses honest records.
//   - rc.Check(api.Sub(maxE, minE), commit.WidthEnergy): with both bounds
//     below 2^32 a record's slacks give minE ≤ energy ≤ maxE as integers;
//     minE > maxE only refuses every record.
//   - rc.Check(maxFee, commit.WidthFee): the fee is range-checked itself,
//     so maxFee − fee < 2^32 gives fee ≤ maxFee as integers.
//   - rc.Check(api.Sub(telemetry.MaxSoH, minSoH), commit.WidthSoH): with
//     minSoH < 2^10, soh − minSoH < 2^10 gives soh ≥ minSoH ≥ 0; a minSoH
//     above 1000 only refuses every record.
//   - api.AssertIsBoolean(tag): a tag other than 1 forces the leaf to 0;
//     a header the registry packs (count < 2^32) makes the tags' sum, so
//     the tag, an integer, the time slacks (L ≥ 2) make it non-negative,
//     and the range-checked fields then recompose a non-zero leaf for a
//     tag of 2 or more.
//   - the 16-bit range of min_soh_permille in rc.Check(m, MetricWidths[j]):
//     the less-than slack check leaves the running minimum at most 2024
//     after any leaf.

// leafFields are the outputs of UnpackHint for one leaf, in layout order:
// soh, soc_out, soc_in, fee, energy, time, seq, cabinet, tag, kind.
type leafFields [10]fr.Element

const (
	fSoH = iota
	fSoCOut
	fSoCIn
	fFee
	fEnergy
	fTime
	fSeq
	fCabinet
	fTag
	fKind
)

// fe returns v (int, int64, uint64 or *big.Int) as a field element.
func fe(v any) fr.Element {
	var x fr.Element
	switch v := v.(type) {
	case int:
		x.SetInt64(int64(v))
	case int64:
		x.SetInt64(v)
	case uint64:
		x.SetUint64(v)
	case *big.Int:
		x.SetBigInt(v)
	default:
		panic("fe: unexpected type")
	}
	return x
}

func fadd(a, b fr.Element) fr.Element { a.Add(&a, &b); return a }
func fsub(a, b fr.Element) fr.Element { a.Sub(&a, &b); return a }
func fmul(a, b fr.Element) fr.Element { a.Mul(&a, &b); return a }
func fpow2(n int) fr.Element          { return fe(pow2(n)) }

// inv returns 1/a mod r.
func finv(a fr.Element) fr.Element { a.Inverse(&a); return a }

func bigOf(x fr.Element) *big.Int { return x.BigInt(new(big.Int)) }

func ptr(x fr.Element) *fr.Element { return &x }

// signed reads x in [0, r) as an integer in (-r/2, r/2).
func signed(x *big.Int) *big.Int {
	r := ecc.BN254.ScalarField()
	if new(big.Int).Lsh(x, 1).Cmp(r) > 0 {
		return new(big.Int).Sub(x, r)
	}
	return x
}

// fieldsOf returns r's fields with the given tag, as Pack lays them out.
func fieldsOf(r commit.Record, tag uint64) leafFields {
	return leafFields{
		fe(uint64(r.SoHPermille)), fe(uint64(r.SoCOut)), fe(uint64(r.SoCIn)), fe(uint64(r.FeeCents)),
		fe(uint64(r.EnergyWh)), fe(uint64(r.Time)), fe(r.Seq), fe(uint64(r.Cabinet)), fe(tag), fe(uint64(r.Kind)),
	}
}

// leaf recomposes the fields modulo r, as the circuit does.
func (f leafFields) leaf() fr.Element {
	var l fr.Element
	for j, fl := range commit.Layout() {
		l = fadd(l, fmul(f[j], fpow2(fl.Offset)))
	}
	return l
}

// forgery is a chunk assignment built as an attacker builds one: the fields
// UnpackHint returns for each leaf (the leaf is their recomposition modulo
// r unless overridden), the bits LessHint returns, and every other private
// value. build computes the public inputs from them exactly as the circuit
// does, so they agree with every constraint the attack respects.
type forgery struct {
	params []fr.Element // policy.Policy.CircuitParams, possibly edited: the hash follows them
	epoch  fr.Element
	index  fr.Element
	final  fr.Element
	// suppressed is the final chunk's suppressed flag (0 for a shown epoch).
	suppressed fr.Element
	accIn      [numAcc]fr.Element
	saltOut    fr.Element
	// leaves are the fields of the first leaves; the rest are empty.
	leaves []leafFields
	// leafAt overrides the value of some leaves (their fields stay the
	// hint's answer).
	leafAt map[int]fr.Element
	// less is the attacker's LessHint; nil is the honest one.
	less func(soh, minH *big.Int) int64
	// disclosed, when set, are the bits the attacker's bit-decomposition
	// hint returns for the policy's disclosed bitmask.
	disclosed []int64
	// edit changes the assignment after the public inputs are computed.
	edit func(c *Circuit)
}

// honestForgery is the single-chunk (first and final) forgery of rs under
// p, with every hint honest.
func honestForgery(p *policy.Policy, rs []commit.Record) *forgery {
	f := &forgery{params: p.CircuitParams(), epoch: fe(uint64(testEpoch)), final: fe(1)}
	init := InitialAcc()
	copy(f.accIn[:], init.elements())
	for _, r := range rs {
		f.leaves = append(f.leaves, fieldsOf(r, 1))
	}
	return f
}

// numAcc is the number of an accumulator's hashed fields.
const numAcc = 9

// accAfter is the accumulator after records of the epoch's first chunk (its
// salt 0), as Acc field elements.
func accAfter(a Acc, rs []commit.Record) [numAcc]fr.Element {
	var out [numAcc]fr.Element
	next := advance(a, rs, true)
	copy(out[:], next.elements())
	return out
}

// testHeader is the honest header of a chunk under p.
func testHeader(p *policy.Policy, final, suppressed bool, index, epoch uint64) *big.Int {
	return Header{Final: final, Suppressed: suppressed, Index: index, Epoch: epoch,
		EpochSeconds: uint32(p.EpochSeconds()), Disclosed: p.Disclose}.Pack()
}

func disclosedBits(mask fr.Element) [NumMetrics]fr.Element {
	m := bigOf(mask)
	var out [NumMetrics]fr.Element
	for j := range out {
		out[j] = fe(uint64(m.Bit(j)))
	}
	return out
}

// outputs mirrors the circuit's arithmetic over the forgery: the running
// totals after the chunk, and the number of tags.
func (f *forgery) outputs() (out [numAcc]fr.Element, count fr.Element) {
	swaps, energy, revenue := f.accIn[1], f.accIn[2], f.accIn[3]
	active, minH := f.accIn[4], f.accIn[5]
	prevCab, prevSeq, swapped := f.accIn[6], f.accIn[7], f.accIn[8]
	isFirst := f.index.IsZero()
	for i := range testCapacity {
		var fl leafFields
		if i < len(f.leaves) {
			fl = f.leaves[i]
		}
		tag := fl[fTag]
		swap := fsub(tag, fl[fKind])
		same := fe(0)
		if fl[fCabinet].Equal(&prevCab) && !(i == 0 && isFirst) {
			same = fe(1)
		}
		seen := fmul(same, swapped)
		newActive := fmul(swap, fsub(fe(1), seen))
		active = fadd(active, newActive)
		b := f.lessBit(bigOf(fl[fSoH]), bigOf(minH))
		diff := fsub(minH, fl[fSoH])
		minH = fsub(minH, fmul(fmul(swap, fe(b)), diff))
		count = fadd(count, tag)
		swaps = fadd(swaps, swap)
		energy = fadd(energy, fl[fEnergy])
		revenue = fadd(revenue, fl[fFee])
		prevCab, prevSeq, swapped = fl[fCabinet], fl[fSeq], fadd(seen, newActive)
	}
	return [numAcc]fr.Element{f.saltOut, swaps, energy, revenue, active, minH, prevCab, prevSeq, swapped}, count
}

func (f *forgery) lessBit(soh, minH *big.Int) int64 {
	if f.less != nil {
		return f.less(soh, minH)
	}
	if soh.Cmp(minH) < 0 {
		return 1
	}
	return 0
}

// leafValues returns the capacity leaves and the fields the attacker's
// UnpackHint returns for each.
func (f *forgery) leafValues() ([]fr.Element, map[string]leafFields) {
	leaves := make([]fr.Element, testCapacity)
	answers := map[string]leafFields{}
	for i := range leaves {
		var fl leafFields
		if i < len(f.leaves) {
			fl = f.leaves[i]
		}
		leaves[i] = fl.leaf()
		if l, ok := f.leafAt[i]; ok {
			leaves[i] = l
		}
		answers[bigOf(leaves[i]).String()] = fl
	}
	return leaves, answers
}

// build returns the assignment and the hint overrides of the forgery.
func (f *forgery) build() (*Circuit, []solver.Option) {
	leaves, answers := f.leafValues()
	out, count := f.outputs()

	notFinal := fsub(fe(1), f.final)
	accOut := fmul(notFinal, commit.Sponge(AccIV(), out[:]))
	disclosed := disclosedBits(f.params[policy.ParamDisclosed])
	if f.disclosed != nil {
		for j, b := range f.disclosed {
			disclosed[j] = fe(b)
		}
	}
	vals := [NumMetrics]fr.Element{out[1], out[2], out[3], out[4], out[5]}
	var metrics [NumMetrics]fr.Element
	var packed fr.Element
	shown := fsub(f.final, f.suppressed)
	for j := range vals {
		metrics[j] = fmul(fmul(shown, disclosed[j]), vals[j])
		packed = fadd(packed, fmul(metrics[j], fpow2(MetricOffsets[j])))
	}
	header := fadd(fadd(f.final, fmul(f.suppressed, fpow2(OffsetSuppressed))),
		fadd(fmul(f.index, fpow2(OffsetIndex)), fmul(f.epoch, fpow2(OffsetEpoch))))
	header = fadd(header, fadd(fmul(f.params[policy.ParamEpochSeconds], fpow2(OffsetEpochLength)),
		fmul(f.params[policy.ParamDisclosed], fpow2(OffsetDisclosed))))
	root := commit.Sponge(commit.ChunkIV(testCapacity), append(append([]fr.Element(nil), leaves...), count))

	c := &Circuit{
		P: PublicVars{
			Pool: fe(testPool.Field()), PolicyHash: policy.HashElements(f.params), ChunkRoot: root,
			AccIn: commit.Sponge(AccIV(), f.accIn[:]), AccOut: accOut, Header: header, Metrics: packed,
		},
		F: PackedVars{Epoch: f.epoch, ChunkIndex: f.index, Final: f.final, Suppressed: f.suppressed},
	}
	for j := range metrics {
		c.F.Metrics[j] = metrics[j]
	}
	for j := range c.W.Params {
		c.W.Params[j] = f.params[j]
	}
	a := f.accIn
	c.W.AccIn = AccVars{a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8]}
	c.W.SaltOut = f.saltOut
	c.W.Leaves = make([]frontend.Variable, testCapacity)
	for i := range leaves {
		c.W.Leaves[i] = leaves[i]
	}
	if f.edit != nil {
		f.edit(c)
	}
	return c, f.hints(answers)
}

// hints returns the attacker's hints: UnpackHint answers each leaf with its
// forged fields, LessHint with f.less, and the bit decomposition of the
// disclosed bitmask with f.disclosed.
func (f *forgery) hints(answers map[string]leafFields) []solver.Option {
	unpack := func(mod *big.Int, in, out []*big.Int) error {
		fl, ok := answers[in[0].String()]
		if !ok {
			return UnpackHint(mod, in, out)
		}
		for j := range out {
			out[j].Set(bigOf(fl[j]))
		}
		return nil
	}
	less := func(_ *big.Int, in, out []*big.Int) error {
		out[0].SetInt64(f.lessBit(in[0], in[1]))
		out[0].Mod(out[0], ecc.BN254.ScalarField())
		return nil
	}
	opts := []solver.Option{
		solver.OverrideHint(solver.GetHintID(UnpackHint), unpack),
		solver.OverrideHint(solver.GetHintID(LessHint), less),
	}
	if f.disclosed != nil {
		mask := bigOf(f.params[policy.ParamDisclosed])
		for _, h := range bits.GetHints() {
			opts = append(opts, solver.OverrideHint(solver.GetHintID(h), func(mod *big.Int, in, out []*big.Int) error {
				if len(out) != NumMetrics || in[0].Cmp(mask) != 0 {
					return h(mod, in, out)
				}
				for j := range out {
					out[j].SetInt64(f.disclosed[j])
				}
				return nil
			}))
		}
	}
	return opts
}

var chunkCS struct {
	once sync.Once
	ccs  constraint.ConstraintSystem
	err  error
}

// compiledChunk returns the constraint system of the testCapacity circuit,
// compiled once per test binary.
func compiledChunk(t *testing.T) constraint.ConstraintSystem {
	t.Helper()
	chunkCS.once.Do(func() {
		c, err := New(testCapacity)
		if err != nil {
			chunkCS.err = err
			return
		}
		chunkCS.ccs, chunkCS.err = frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	})
	if chunkCS.err != nil {
		t.Fatal(chunkCS.err)
	}
	return chunkCS.ccs
}

// solveWith solves the compiled circuit on w with the given hint overrides.
func solveWith(t *testing.T, w *Circuit, opts ...solver.Option) error {
	t.Helper()
	wit, err := frontend.NewWitness(w, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	_, err = compiledChunk(t).Solve(wit, opts...)
	return err
}

func (f *forgery) solve(t *testing.T) error {
	t.Helper()
	w, opts := f.build()
	return solveWith(t, w, opts...)
}

// fourCabinets returns five valid records of cabinets 1..4 (cabinet 4
// twice): k = 5 is not met.
func fourCabinets(p *policy.Policy) []commit.Record {
	rs := goodRecords(p, 5)
	rs[4].Cabinet, rs[4].Seq = 4, rs[3].Seq+1
	return rs
}

// withParam returns p's circuit parameters with one replaced.
func withParam(p *policy.Policy, i int, v fr.Element) []fr.Element {
	ps := p.CircuitParams()
	ps[i] = v
	return ps
}

// requireHeader fails unless the forgery's header input is the honest
// packing of (final, index, epoch) under p (not suppressed): the attack
// re-reads a header the registry builds.
func requireHeader(t *testing.T, c *Circuit, p *policy.Policy, final bool, index, epoch uint64) {
	t.Helper()
	want := fe(testHeader(p, final, false, index, epoch))
	if got := c.P.Header.(fr.Element); !got.Equal(&want) {
		t.Fatalf("the forged header %s is not the honest packing %s", bigOf(got), bigOf(want))
	}
}

// attack is one forgery that only one constraint of circuit.go stops.
type attack struct {
	name       string
	constraint string // the constraint under test, as circuit.go writes it
	forge      func(t *testing.T) *forgery
}

func attacks(p *policy.Policy) []attack {
	start, last, _ := EpochBounds(p, testEpoch)
	L := p.EpochSeconds()
	b := p.RecordBounds
	rMinus := func(n int64) fr.Element { return fe(-n) }

	// A middle chunk (index 1) after a chunk of eight records of cabinet 0
	// (seq 0..7), the previous chunk's salt 777, is a common base.
	middle := func(rs []commit.Record) *forgery {
		f := honestForgery(p, rs)
		f.index = fe(1)
		prev := goodRecords(p, 8)
		for i := range prev {
			prev[i].Cabinet = 0
			prev[i].Seq = uint64(i)
		}
		f.accIn = accAfter(InitialAcc(), prev)
		f.accIn[0] = fe(777) // the salt the previous chunk drew
		return f
	}

	return []attack{
		// Define: the packed public inputs.
		{"the pool range check: a pool input of 2^248, which encodes no pool id, is refused", "rc.Check(c.P.Pool, PoolBits)", func(*testing.T) *forgery {
			f := honestForgery(p, goodRecords(p, 5))
			f.edit = func(c *Circuit) { c.P.Pool = fe(pow2(PoolBits)) }
			return f
		}},
		{"the chunk index range check: a header re-read as index 2^32 and epoch e-1 can not disclose epoch e-1's records as epoch e", "rc.Check(c.F.ChunkIndex, IndexBits)", func(t *testing.T) *forgery {
			rs := goodRecords(p, 5)
			for i := range rs {
				rs[i].Time -= uint32(L) // every record in epoch e-1
			}
			f := honestForgery(p, rs)
			f.index = fe(pow2(IndexBits))
			f.epoch = fe(uint64(testEpoch - 1))
			w, _ := f.build()
			requireHeader(t, w, p, true, 0, testEpoch)
			return f
		}},
		{"the epoch range check: a header re-read as index 2^25 and epoch e-2^-7 can not shift the day back by 675 s", "rc.Check(c.F.Epoch, EpochBits)", func(t *testing.T) *forgery {
			if L != 86400 {
				t.Fatalf("the attack is computed for daily epochs, not %d s", L)
			}
			rs := goodRecords(p, 5)
			rs[0].Time = uint32(start - 1) // the last second of epoch e-1
			f := honestForgery(p, rs)
			f.index = fe(pow2(25))
			f.epoch = fsub(fe(uint64(testEpoch)), finv(fe(128)))
			w, _ := f.build()
			requireHeader(t, w, p, true, 0, testEpoch)
			return f
		}},
		{"the header: a chunk of epoch e can not be claimed for epoch e+1", "api.AssertIsEqual(header, c.P.Header)", func(*testing.T) *forgery {
			f := honestForgery(p, goodRecords(p, 5))
			f.edit = func(c *Circuit) { c.P.Header = fe(testHeader(p, true, false, 0, testEpoch+1)) }
			return f
		}},
		{"the metric range checks: an accumulator of 2^64-1 Wh can not carry the energy total into revenue", "rc.Check(m, MetricWidths[j])", func(*testing.T) *forgery {
			f := middle(goodRecords(p, 5))
			f.accIn[2] = fe(uint64(1<<64 - 1))
			return f
		}},
		{"the metric range checks: an accumulator of 2^48-1 records can not carry the swaps into energy", "rc.Check(m, MetricWidths[j])", func(*testing.T) *forgery {
			f := middle(goodRecords(p, 5))
			f.accIn[1] = fe(uint64(1<<48 - 1))
			return f
		}},
		{"the metric range checks: an accumulator of 2^48-1 cabinets can not carry active cabinets into health", "rc.Check(m, MetricWidths[j])", func(*testing.T) *forgery {
			f := middle(goodRecords(p, 5))
			f.accIn[4] = fe(uint64(1<<48 - 1))
			return f
		}},
		{"the metric range checks: an accumulator of 2^64-1 cents can not carry revenue into active cabinets", "rc.Check(m, MetricWidths[j])", func(*testing.T) *forgery {
			f := middle(goodRecords(p, 5))
			f.accIn[3] = fe(uint64(1<<64 - 1))
			return f
		}},
		{"the metrics: a chunk can not claim one more swap than it counts", "api.AssertIsEqual(metrics, c.P.Metrics)", func(*testing.T) *forgery {
			f := honestForgery(p, goodRecords(p, 5))
			f.edit = func(c *Circuit) {
				m := Aggregate(goodRecords(p, 5)).Mask(p.Disclose)
				m.Swaps++
				packed, _ := PackMetrics(m.Values())
				c.P.Metrics = fe(packed)
			}
			return f
		}},

		// constrain: the policy.
		{"the policy hash: four cabinets can not pass k = 5 with the parameters of a k = 1 policy", "api.AssertIsEqual(h.Sum(), s.PolicyHash)", func(*testing.T) *forgery {
			f := honestForgery(p, fourCabinets(p))
			f.params = withParam(p, policy.ParamMinActiveCabinets, fe(1))
			f.edit = func(c *Circuit) { c.P.PolicyHash = p.Hash().Fr() }
			return f
		}},
		{"the k range check: a policy with k = r-1 does not pass k-anonymity with one cabinet", "rc.Check(k, 32)", func(*testing.T) *forgery {
			rs := goodRecords(p, 5)
			for i := range rs {
				rs[i].Cabinet, rs[i].Seq = 1, uint64(i)
			}
			f := honestForgery(p, rs)
			f.params = withParam(p, policy.ParamMinActiveCabinets, rMinus(1))
			return f
		}},
		{"the min-energy range check: a policy with min energy -1 mod r can not count a record of -1 Wh", "rc.Check(minE, commit.WidthEnergy)", func(*testing.T) *forgery {
			f := honestForgery(p, goodRecords(p, 5))
			f.params = withParam(p, policy.ParamMinEnergyWh, rMinus(1))
			f.leaves[2][fEnergy] = rMinus(1) // the leaf holds 2^32-1 Wh borrowed from its time
			return f
		}},
		{"the max-energy range check: a policy with max energy 2^32+50 can not count a record's 10 Wh as 2^32+10", "rc.Check(maxE, commit.WidthEnergy)", func(*testing.T) *forgery {
			// A full chunk: a padding leaf would check max energy itself.
			rs := goodRecords(p, 8)
			f := honestForgery(p, rs)
			f.params = withParam(p, policy.ParamMaxEnergyWh, fe(uint64(1<<32+50)))
			// The leaf holds 10 Wh and time t+1; the hint reads 2^32+10 Wh at t.
			f.leaves[3][fEnergy] = fe(uint64(1<<32 + 10))
			return f
		}},
		{"the min-health range check: a policy with min health -23 mod r can not accept a health of -5", "rc.Check(minSoH, commit.WidthSoH)", func(*testing.T) *forgery {
			rs := goodRecords(p, 5)
			rs[2].SoCOut, rs[2].SoCIn, rs[2].FeeCents = 0, 0, 0
			f := honestForgery(p, rs)
			f.params = withParam(p, policy.ParamMinSoHPermille, rMinus(23))
			// Health is withheld: the minimum of -5 is never range-checked.
			f.params[policy.ParamDisclosed] = fe(uint64(policy.NewMetricSet(policy.Swaps, policy.EnergyWh, policy.RevenueCents, policy.ActiveCabinets)))
			// The leaf reads health 1019, charge 127 % and a fee of 2^32-1
			// cents that revenue never counts.
			f.leaves[2][fSoH] = rMinus(5)
			f.less = func(soh, minH *big.Int) int64 { // compares -5 as -5
				if signed(soh).Cmp(signed(minH)) < 0 {
					return 1
				}
				return 0
			}
			return f
		}},
		{"the disclosed bitmask decomposition: a policy that withholds energy, revenue and health can not have them disclosed", "disclosed := api.ToBinary(p[policy.ParamDisclosed], NumMetrics)", func(*testing.T) *forgery {
			f := honestForgery(p, goodRecords(p, 5))
			f.params = withParam(p, policy.ParamDisclosed, fe(uint64(policy.NewMetricSet(policy.Swaps, policy.ActiveCabinets))))
			f.disclosed = []int64{1, 1, 1, 1, 1}
			return f
		}},

		// constrain: the epoch.
		{"the epoch end range check: in the epoch straddling 2^32 s a 1970 record can not pass as time+2^32 with seq-1", "rc.Check(last, commit.WidthTime)", func(t *testing.T) *forgery {
			const epoch = (1 << 32) / 86400 // 49710: [4294944000, 4295030399]
			if L != 86400 {
				t.Fatalf("the attack is computed for daily epochs, not %d s", L)
			}
			rs := goodRecords(p, 5)
			for i := range rs {
				rs[i].Time = uint32(epoch*L) + uint32(i)*60
			}
			f := honestForgery(p, rs)
			f.epoch = fe(uint64(epoch))
			// The leaf holds time 100 (1970) and seq 8; the hint reads
			// 2^32+100 and seq 7.
			f.leaves[4][fTime] = fe(uint64(1<<32 + 100))
			return f
		}},

		// constrain: the accumulator.
		{"the final flag's boolean check: a full chunk flagged 4 can not disclose quadrupled metrics", "api.AssertIsBoolean(s.Final)", func(t *testing.T) *forgery {
			f := honestForgery(p, goodRecords(p, 8))
			f.final = fe(4)
			w, _ := f.build()
			requireHeader(t, w, p, false, 1, testEpoch) // read as chunk 1, not final
			return f
		}},
		{"the initial accumulator: a first chunk of two cabinets can not start from 40 records of 3 cabinets", "api.AssertIsEqual(api.Mul(isFirst, api.Sub(v, initVals[i].BigInt(new(big.Int)))), 0)", func(*testing.T) *forgery {
			rs := goodRecords(p, 4)
			rs[2].Cabinet, rs[3].Cabinet = 2, 2
			rs[1].Seq, rs[2].Seq, rs[3].Seq = 1, 2, 3
			f := honestForgery(p, rs)
			f.accIn[1], f.accIn[2], f.accIn[3], f.accIn[4] = fe(40), fe(60000), fe(10000), fe(3)
			return f
		}},
		{"the accumulator hash: a middle chunk can not start from totals its acc_in does not hash", "api.AssertIsEqual(accIn, s.AccIn)", func(*testing.T) *forgery {
			f := middle(fourCabinets(p))
			honest := commit.Sponge(AccIV(), f.accIn[:])
			f.accIn[1] = fadd(f.accIn[1], fe(100))
			f.edit = func(c *Circuit) { c.P.AccIn = honest }
			return f
		}},

		// constrain: the leaves.
		{"the leaf recomposition: a leaf of 1000 Wh can not be read as 5000 Wh", "api.AssertIsEqual(sum, leaf)", func(*testing.T) *forgery {
			rs := goodRecords(p, 5)
			f := honestForgery(p, rs)
			f.leafAt = map[int]fr.Element{2: fieldsOf(rs[2], 1).leaf()}
			f.leaves[2][fEnergy] = fe(5000)
			return f
		}},
		{"the empty padding leaf: a padding leaf can not carry 5000 Wh and 5000 cents into the sums", "api.AssertIsEqual(api.Mul(leaf, api.Sub(1, tag)), 0)", func(*testing.T) *forgery {
			f := honestForgery(p, goodRecords(p, 5))
			f.leaves = append(f.leaves, fieldsOf(commit.Record{EnergyWh: 5000, FeeCents: 5000, SoHPermille: 1000}, 0))
			return f
		}},
		{"the non-increasing tags: a record after an empty leaf can not count record 2 twice", "api.AssertIsEqual(api.Mul(tag, api.Sub(1, prevF)), 0)", func(*testing.T) *forgery {
			rs := goodRecords(p, 5)
			f := honestForgery(p, rs)
			f.leaves = append(f.leaves, leafFields{}, fieldsOf(rs[2], 1))
			return f
		}},
		{"the boolean kind: a kind of 2 after a swap of the same cabinet can not take a swap off the count", "api.AssertIsBoolean(hb)", func(t *testing.T) *forgery {
			rs := goodRecords(p, testCapacity-1)
			f := honestForgery(p, rs)
			// The chunk's last leaf (no padding compares health after it), of
			// the last cabinet after its swap, swap fields 0, kind 2:
			// swap = 1 - 2 = -1 takes one off the swaps and no cabinet off
			// the active ones (the run had its swap); the least health
			// doubles (-1 · (minH - 0) is added), within its 16 bits.
			lastRec := rs[len(rs)-1]
			hb := fieldsOf(commit.Record{Cabinet: lastRec.Cabinet, Seq: lastRec.Seq + 1, Time: lastRec.Time}, 1)
			hb[fKind] = fe(2)
			f.leaves = append(f.leaves, hb)
			if out, _ := f.outputs(); !out[1].Equal(ptr(fe(uint64(len(rs) - 1)))) {
				t.Fatalf("the forged swaps are %s, want %d", bigOf(out[1]), len(rs)-1)
			}
			return f
		}},
		{"the empty swap fields of a heartbeat: a heartbeat can not add 4000 Wh and 4000 cents", "api.AssertIsEqual(api.Mul(hb, swapPart), 0)", func(t *testing.T) *forgery {
			rs := goodRecords(p, 5)
			f := honestForgery(p, rs)
			f.leaves = append(f.leaves, fieldsOf(commit.Record{
				Kind: telemetry.KindHeartbeat, Cabinet: rs[4].Cabinet, Seq: rs[4].Seq + 1, Time: rs[4].Time,
				EnergyWh: 4000, FeeCents: 4000,
			}, 1))
			want := Aggregate(rs)
			if out, _ := f.outputs(); !out[1].Equal(ptr(fe(want.Swaps))) || !out[3].Equal(ptr(fe(want.RevenueCents+4000))) {
				t.Fatalf("the forged totals %s swaps, %s cents do not add the heartbeat's cents alone", bigOf(out[1]), bigOf(out[3]))
			}
			return f
		}},
		{"the health lower bound: a battery of 50 % health can not be handed out", "rc.Check(api.Sub(soh, api.Mul(swap, minSoH)), commit.WidthSoH)", func(*testing.T) *forgery {
			rs := goodRecords(p, 5)
			rs[1].SoHPermille = 500
			return honestForgery(p, rs)
		}},
		{"the health upper bound: a leaf of health 76 can not be read as 1100 with soc_out one less", "rc.Check(api.Sub(telemetry.MaxSoH, soh), commit.WidthSoH)", func(*testing.T) *forgery {
			rs := goodRecords(p, 5)
			rs[1].SoHPermille = 76
			f := honestForgery(p, rs)
			f.leaves[1][fSoH] = fe(1100)
			f.leaves[1][fSoCOut] = fsub(f.leaves[1][fSoCOut], fe(1))
			return f
		}},
		{"the soc_out range check: a charge of -1 mod r can not be handed out (the leaf reads 127 %)", "rc.Check(socOut, commit.WidthSoCOut)", func(*testing.T) *forgery {
			f := honestForgery(p, goodRecords(p, 5))
			f.leaves[1][fSoCOut] = rMinus(1)
			return f
		}},
		{"the soc_out upper bound: a battery handed out at 127 % can not be accepted", "rc.Check(api.Sub(telemetry.MaxSoC, socOut), commit.WidthSoCOut)", func(*testing.T) *forgery {
			f := honestForgery(p, goodRecords(p, 5))
			f.leaves[1][fSoCOut] = fe(127)
			return f
		}},
		{"the soc_in range check: a charge of -1 mod r can not be taken in (the leaf reads 127 %)", "rc.Check(socIn, commit.WidthSoCIn)", func(*testing.T) *forgery {
			f := honestForgery(p, goodRecords(p, 5))
			f.leaves[1][fSoCIn] = rMinus(1)
			return f
		}},
		{"the soc_in upper bound: a battery taken in at 127 % can not be accepted", "rc.Check(api.Sub(telemetry.MaxSoC, socIn), commit.WidthSoCIn)", func(*testing.T) *forgery {
			f := honestForgery(p, goodRecords(p, 5))
			f.leaves[1][fSoCIn] = fe(127)
			return f
		}},
		{"the fee range check: a fee of -100 mod r can not lower revenue", "rc.Check(fee, commit.WidthFee)", func(*testing.T) *forgery {
			f := honestForgery(p, goodRecords(p, 5))
			f.leaves[1][fFee] = rMinus(100) // the leaf holds 2^32-100 cents
			return f
		}},
		{"the fee upper bound: a fee above the policy's maximum can not be accepted", "rc.Check(api.Sub(maxFee, fee), commit.WidthFee)", func(*testing.T) *forgery {
			rs := goodRecords(p, 5)
			rs[1].FeeCents = b.MaxFeeCents + 1000
			return honestForgery(p, rs)
		}},
		{"the energy lower bound: a swap below the policy's minimum energy can not be accepted", "rc.Check(api.Sub(e, api.Mul(swap, minE)), commit.WidthEnergy)", func(*testing.T) *forgery {
			rs := goodRecords(p, 5)
			rs[1].EnergyWh = b.MinEnergyWh - 50
			return honestForgery(p, rs)
		}},
		{"the energy upper bound: a leaf of 50 Wh can not be read as 2^32+50 Wh with time one less", "rc.Check(api.Sub(maxE, e), commit.WidthEnergy)", func(*testing.T) *forgery {
			f := honestForgery(p, goodRecords(p, 5))
			// Below minE+2^32, so the lower bound holds: the leaf reads 50 Wh at t.
			f.leaves[1][fEnergy] = fe(uint64(1<<32 + 50))
			f.leaves[1][fTime] = fsub(f.leaves[1][fTime], fe(1))
			return f
		}},
		{"the epoch start: a record of the previous epoch's last second can not be counted", "rc.Check(api.Sub(t, api.Mul(tag, start)), EpochSecondsBits)", func(*testing.T) *forgery {
			rs := goodRecords(p, 5)
			rs[0].Time = uint32(start - 1)
			return honestForgery(p, rs)
		}},
		{"the epoch end: a record of the next epoch's first second can not be counted", "rc.Check(api.Sub(api.Mul(tag, last), t), EpochSecondsBits)", func(*testing.T) *forgery {
			rs := goodRecords(p, 5)
			rs[4].Time = uint32(last + 1)
			return honestForgery(p, rs)
		}},
		{"the seq range check: a leaf re-split as seq+2^64 and cabinet-1 can not count a fifth cabinet", "rc.Check(seq, commit.WidthSeq)", func(*testing.T) *forgery {
			f := honestForgery(p, fourCabinets(p)) // cabinet 4 seq 7, then cabinet 4 seq 8
			f.leaves[4][fCabinet] = fe(3)
			f.leaves[4][fSeq] = fadd(f.leaves[4][fSeq], fe(pow2(64)))
			return f
		}},
		{"the cabinet range check: a leaf re-split as seq+1 and cabinet-2^-64 can not count a fifth cabinet", "rc.Check(cab, commit.WidthCabinet)", func(*testing.T) *forgery {
			f := honestForgery(p, fourCabinets(p))
			f.leaves[4][fCabinet] = fsub(fe(4), finv(fe(pow2(64))))
			f.leaves[4][fSeq] = fadd(f.leaves[4][fSeq], fe(1))
			return f
		}},
		{"the key order: cabinet 1 after cabinet 4 can not be counted as a fifth cabinet", "rc.Check(api.Mul(gate, api.Sub(key, prevKey, 1)), KeyBits)", func(*testing.T) *forgery {
			rs := goodRecords(p, 5)
			rs[4].Cabinet, rs[4].Seq = 1, 8
			return honestForgery(p, rs)
		}},
		{"the chunk's first key: a middle chunk can not repeat the previous chunk's last record", "gate = api.Mul(tag, notFirst)", func(*testing.T) *forgery {
			f := middle(goodRecords(p, 5))
			f.accIn[6], f.accIn[7] = f.leaves[0][fCabinet], f.leaves[0][fSeq]
			return f
		}},
		{"the chunk's first cabinet: a cabinet straddling two chunks can not be counted twice", "same = api.Mul(notFirst, same)", func(*testing.T) *forgery {
			rs := fourCabinets(p)
			f := middle(rs)
			f.accIn[6], f.accIn[7] = fe(1), fe(1) // cabinet 1 ended the previous chunk
			// Claim one more active cabinet than the circuit counts.
			f.edit = func(c *Circuit) {
				out, _ := f.outputs()
				m := [NumMetrics]uint64{}
				for j, v := range []fr.Element{out[1], out[2], out[3], out[4], out[5]} {
					m[j] = bigOf(v).Uint64()
				}
				m[policy.ActiveCabinets]++
				packed, _ := PackMetrics(m)
				c.F.Metrics[policy.ActiveCabinets] = fe(m[policy.ActiveCabinets])
				c.P.Metrics = fe(packed)
			}
			return f
		}},
		{"the less-than hint's boolean check: an output of 2 can not drop the minimum health below every record", "api.AssertIsBoolean(b)", func(*testing.T) *forgery {
			f := honestForgery(p, goodRecords(p, 5)) // health 900..896
			f.less = func(soh, minH *big.Int) int64 {
				if minH.Cmp(big.NewInt(telemetry.MaxSoH)) == 0 {
					return 2 // min becomes 2*900-1000 = 800
				}
				if soh.Cmp(minH) < 0 {
					return 1
				}
				return 0
			}
			return f
		}},
		{"the less-than hint's slack check: a minimum health of 1000 can not be claimed over a record of 700", "rc.Check(api.Sub(api.Mul(api.Sub(api.Mul(b, 2), 1), diff), b), commit.WidthSoH)", func(*testing.T) *forgery {
			return lyingMinimum(p, func(*big.Int) bool { return true })
		}},
		{"the less-than hint's slack check: a minimum health of 850 can not be claimed over a record of 700", "rc.Check(api.Sub(api.Mul(api.Sub(api.Mul(b, 2), 1), diff), b), commit.WidthSoH)", func(*testing.T) *forgery {
			return lyingMinimum(p, func(soh *big.Int) bool { return soh.Int64() <= 800 })
		}},
		{"the less-than hint's slack check: a minimum health of 800 can not be claimed over a record of 700", "rc.Check(api.Sub(api.Mul(api.Sub(api.Mul(b, 2), 1), diff), b), commit.WidthSoH)", func(*testing.T) *forgery {
			return lyingMinimum(p, func(soh *big.Int) bool { return soh.Int64() == 700 })
		}},

		// constrain: the chunk.
		{"the full non-final chunk: a middle chunk of three records can not hand on an accumulator", "api.AssertIsEqual(api.Mul(api.Sub(1, s.Final), api.Sub(count, capacity)), 0)", func(*testing.T) *forgery {
			f := middle(goodRecords(p, 3))
			f.final, f.saltOut = fe(0), fe(99)
			return f
		}},
		{"the chunk root: a record changed after the seal can not be proven under the sealed root", "api.AssertIsEqual(root, s.ChunkRoot)", func(*testing.T) *forgery {
			sealed, _ := honestForgery(p, goodRecords(p, 5)).build()
			rs := goodRecords(p, 5)
			rs[2].EnergyWh += 3000
			f := honestForgery(p, rs)
			f.edit = func(c *Circuit) { c.P.ChunkRoot = sealed.P.ChunkRoot }
			return f
		}},
		{"the accumulator out: a non-final chunk of eight can not hand on a count of 100", "api.AssertIsEqual(s.AccOut, api.Mul(api.Sub(1, s.Final), accOut))", func(*testing.T) *forgery {
			f := honestForgery(p, goodRecords(p, 8))
			f.final, f.saltOut = fe(0), fe(99)
			f.edit = func(c *Circuit) {
				out, _ := f.outputs()
				out[1] = fe(100)
				c.P.AccOut = commit.Sponge(AccIV(), out[:])
			}
			return f
		}},
		{"k-anonymity: four cabinets can not be disclosed under k = 5", "rc.Check(api.Mul(shown, api.Sub(active, kk)), ActiveSlackBits)", func(*testing.T) *forgery {
			return honestForgery(p, fourCabinets(p))
		}},
		{"suppression: an epoch of five cabinets (k = 5) can not be suppressed to hide its figures", "rc.Check(api.Mul(s.Suppressed, api.Sub(kk, 1, active)), ActiveSlackBits)", func(*testing.T) *forgery {
			f := honestForgery(p, goodRecords(p, 5))
			f.suppressed = fe(1)
			return f
		}},
		{"k is at least 1: an epoch without records can not be shown as zero figures under a k = 0 policy", "kk := api.Add(k, api.IsZero(k))", func(*testing.T) *forgery {
			f := honestForgery(p, nil)
			f.params = withParam(p, policy.ParamMinActiveCabinets, fe(0))
			return f
		}},
		{"the suppressed flag's boolean check: a final chunk at index 1 flagged suppressed 2 can not pass as a shown chunk 2 of a below-k epoch", "api.AssertIsBoolean(s.Suppressed)", func(t *testing.T) *forgery {
			// Revenue alone disclosed, every fee 0: the shown figures are
			// −0, in range. Cabinet 0 (a full chunk before) then cabinet 1:
			// two active cabinets, below k = 5.
			rs := goodRecords(p, 3)
			for i := range rs {
				rs[i].FeeCents, rs[i].Cabinet, rs[i].Seq = 0, 1, uint64(i)
			}
			f := middle(rs)
			f.params = withParam(p, policy.ParamDisclosed, fe(uint64(policy.NewMetricSet(policy.RevenueCents))))
			for i := range f.leaves {
				f.leaves[i][fFee] = fe(0)
			}
			f.accIn[3] = fe(0) // the previous chunk's revenue
			f.suppressed = fe(2)
			w, _ := f.build()
			want := fe(Header{Final: true, Index: 2, Epoch: testEpoch, EpochSeconds: uint32(L),
				Disclosed: policy.NewMetricSet(policy.RevenueCents)}.Pack())
			if got := w.P.Header.(fr.Element); !got.Equal(&want) {
				t.Fatalf("the forged header %s is not the honest header of a shown final chunk 2", bigOf(got))
			}
			return f
		}},
		{"the disclosed metrics: energy withheld by the policy can not be disclosed", "api.AssertIsEqual(s.Metrics[j], api.Mul(api.Mul(shown, disclosed[j]), vals[j]))", func(*testing.T) *forgery {
			f := honestForgery(p, goodRecords(p, 5))
			f.params = withParam(p, policy.ParamDisclosed, fe(uint64(policy.NewMetricSet(policy.Swaps, policy.ActiveCabinets))))
			f.edit = func(c *Circuit) {
				e := Aggregate(goodRecords(p, 5)).EnergyWh
				c.F.Metrics[policy.EnergyWh] = fe(e)
				c.P.Metrics = fadd(c.P.Metrics.(fr.Element), fmul(fe(e), fpow2(MetricOffsets[policy.EnergyWh])))
			}
			return f
		}},
	}
}

// lyingMinimum returns the records of health 900, 850, 800, 700 and 950
// (cabinets 1..5) with a LessHint that answers "not less" where lie says
// so, and "less" honestly elsewhere.
func lyingMinimum(p *policy.Policy, lie func(soh *big.Int) bool) *forgery {
	rs := goodRecords(p, 5)
	for i, h := range []uint16{900, 850, 800, 700, 950} {
		rs[i].SoHPermille = h
	}
	f := honestForgery(p, rs)
	f.less = func(soh, minH *big.Int) int64 {
		if soh.Cmp(minH) < 0 && !lie(soh) {
			return 1
		}
		return 0
	}
	return f
}

// TestEachConstraintAloneStopsAnAttack runs, for every constraint of the
// chunk circuit, an attack whose public inputs agree with its forged
// witness: only the named constraint rejects it.
func TestEachConstraintAloneStopsAnAttack(t *testing.T) {
	p := defaultPolicy(t)
	for _, a := range attacks(p) {
		t.Run(a.name, func(t *testing.T) {
			if err := a.forge(t).solve(t); err == nil {
				t.Fatalf("solved: %s does not stop the attack", a.constraint)
			}
		})
	}
}

// TestHonestForgeriesSolve checks the attacks' machinery: the forgery of
// honest records, built field by field with the attacker's hints answering
// honestly, solves, so an attack fails only for what it changes.
func TestHonestForgeriesSolve(t *testing.T) {
	p := defaultPolicy(t)
	tests := []struct {
		name string
		f    *forgery
	}{
		{"a first and final chunk of five cabinets", honestForgery(p, goodRecords(p, 5))},
		{"a full first chunk that hands on its accumulator", func() *forgery {
			f := honestForgery(p, goodRecords(p, 8))
			f.final, f.saltOut = fe(0), fe(99)
			return f
		}()},
		{"a final middle chunk after one record", func() *forgery {
			f := honestForgery(p, fourCabinets(p))
			f.index = fe(3)
			f.accIn = accAfter(InitialAcc(), []commit.Record{{Cabinet: 0, Seq: 1}})
			f.accIn[0] = fe(5)
			return f
		}()},
		{"a final middle chunk of no records", func() *forgery {
			f := honestForgery(p, nil)
			f.index = fe(1)
			rs := goodRecords(p, 5)
			f.accIn = accAfter(InitialAcc(), rs)
			return f
		}()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.f.solve(t); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// edgeEvent returns a valid event of testPool at time tm.
func edgeEvent(p *policy.Policy, cab uint32, seq uint64, tm uint64) telemetry.Event {
	b := p.RecordBounds
	return telemetry.Event{
		Pool: testPool, Cabinet: cab, Seq: seq, Time: int64(tm),
		EnergyWh: b.MinEnergyWh, FeeCents: 100, SoCIn: 10, SoCOut: 90, SoHPermille: 950,
		BatteryIn: "BAT-IN-SECRET", BatteryOut: "BAT-OUT-SECRET",
	}
}

// TestCircuitAcceptsHonestEdgeRecords summarizes honest epochs at the edges
// of every field with the native twin and solves each chunk: an over-eager
// constraint (the first record's ordering gate, the first record's new
// cabinet) refuses one of them.
func TestCircuitAcceptsHonestEdgeRecords(t *testing.T) {
	p := defaultPolicy(t)
	start, last, _ := EpochBounds(p, testEpoch)
	kOne := *p
	kOne.MinActiveCabinets = 1
	const maxCab, maxSeq = 1<<32 - 1, 1<<64 - 1
	ev := func(cab uint32, seq uint64) telemetry.Event { return edgeEvent(p, cab, seq, start+100) }
	tests := []struct {
		name   string
		policy *policy.Policy
		events []telemetry.Event
	}{
		{"a first record of cabinet 0 and seq 0", p, []telemetry.Event{ev(0, 0), ev(1, 0), ev(2, 0), ev(3, 0), ev(4, 0)}},
		{"cabinet 0 alone with seq 0 under k = 1", &kOne, []telemetry.Event{ev(0, 0), ev(0, 1), ev(0, 2)}},
		{"cabinet 0 seq 0 straddling two chunks", p, []telemetry.Event{
			ev(0, 0), ev(0, 1), ev(0, 2), ev(0, 3), ev(0, 4), ev(0, 5), ev(0, 6), ev(0, 7), ev(0, 8), ev(1, 0), ev(2, 0), ev(3, 0), ev(4, 0),
		}},
		{"a last record of cabinet 2^32-1 and seq 2^64-1", p, []telemetry.Event{ev(1, 5), ev(2, 5), ev(3, 5), ev(4, 5), ev(maxCab, maxSeq)}},
		{"seq 2^64-1 followed by the next cabinet's seq 0", p, []telemetry.Event{ev(1, maxSeq), ev(2, 0), ev(3, 0), ev(4, 0), ev(5, 0)}},
		{"cabinet 2^32-1 with seq 0 and seq 2^64-1", p, []telemetry.Event{ev(1, 0), ev(2, 0), ev(3, 0), ev(4, 0), ev(maxCab, 0), ev(maxCab, maxSeq)}},
		{"records at the epoch's first and last second", p, []telemetry.Event{
			edgeEvent(p, 1, 1, start), edgeEvent(p, 2, 1, last), edgeEvent(p, 3, 1, start), edgeEvent(p, 4, 1, last), edgeEvent(p, 5, 1, start),
		}},
		{"one cabinet under k = 1", &kOne, []telemetry.Event{ev(7, 1)}},
		{"the extreme keys straddling a chunk boundary", p, []telemetry.Event{
			ev(0, 0), ev(1, maxSeq), ev(2, 0), ev(3, 0), ev(4, 0), ev(5, 0), ev(6, 0), ev(maxCab, 0), ev(maxCab, maxSeq),
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := summarize(t, tc.policy, testCapacity, tc.events)
			if !s.Disclosable {
				t.Fatalf("%d active cabinets, k = %d", s.Totals.ActiveCabinets, tc.policy.MinActiveCabinets)
			}
			for i := range s.Chunks {
				if err := solveWith(t, assignment(t, s, i)); err != nil {
					t.Fatalf("chunk %d of %d: %v", i, len(s.Chunks), err)
				}
			}
		})
	}
}
