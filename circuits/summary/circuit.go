package summary

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	p2hash "github.com/consensys/gnark/std/hash/poseidon2"

	"github.com/rwabridge/rwabridge/circuits/commit"
	"github.com/rwabridge/rwabridge/circuits/gadget"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies/policy"
)

func init() { solver.RegisterHint(UnpackHint, LessHint) }

// StatementVars are the values of a Statement in the circuit, unpacked.
type StatementVars struct {
	Pool       frontend.Variable
	Epoch      frontend.Variable
	PolicyHash frontend.Variable
	ChunkIndex frontend.Variable
	Final      frontend.Variable
	Suppressed frontend.Variable
	ChunkRoot  frontend.Variable
	AccIn      frontend.Variable
	AccOut     frontend.Variable
	Metrics    [NumMetrics]frontend.Variable
}

// PublicVars are the circuit's public inputs, in Statement.PublicInputs
// order.
type PublicVars struct {
	Pool       frontend.Variable
	PolicyHash frontend.Variable
	ChunkRoot  frontend.Variable
	AccIn      frontend.Variable
	AccOut     frontend.Variable
	Header     frontend.Variable
	Metrics    frontend.Variable
}

// PackedVars are the private fields of the packed inputs Header and
// Metrics.
type PackedVars struct {
	Epoch      frontend.Variable
	ChunkIndex frontend.Variable
	Final      frontend.Variable
	Suppressed frontend.Variable
	Metrics    [NumMetrics]frontend.Variable
}

// AccVars is an Acc in the circuit.
type AccVars struct {
	Salt           frontend.Variable
	Swaps          frontend.Variable
	EnergyWh       frontend.Variable
	RevenueCents   frontend.Variable
	ActiveCabinets frontend.Variable
	MinSoHPermille frontend.Variable
	LastCabinet    frontend.Variable
	LastSeq        frontend.Variable
	LastSwapped    frontend.Variable
}

func (a *AccVars) list() []frontend.Variable {
	return []frontend.Variable{a.Salt, a.Swaps, a.EnergyWh, a.RevenueCents, a.ActiveCabinets, a.MinSoHPermille, a.LastCabinet, a.LastSeq, a.LastSwapped}
}

// WitnessVars are the private inputs: the policy's circuit parameters
// (policy.Policy.CircuitParams), the accumulator before the chunk, the salt
// of the accumulator after it, and the chunk's packed leaves (commit.Pack,
// then empty leaves).
type WitnessVars struct {
	Params  [policy.NumParams]frontend.Variable
	AccIn   AccVars
	SaltOut frontend.Variable
	Leaves  []frontend.Variable
}

// Circuit is the epoch-summary chunk circuit over a chunk of len(W.Leaves)
// records. Its NumPublic public inputs are P (Statement.PublicInputs); F
// holds the fields packed into P.Header and P.Metrics; W is the rest of the
// witness. Build the shape with New and an assignment with
// Summary.Assignment.
type Circuit struct {
	P PublicVars `gnark:",public"`
	F PackedVars
	W WitnessVars

	ranges gadget.RangeKind
}

// Option configures a circuit.
type Option func(*Circuit)

// WithRanges selects the range-check implementation (gadget.Lookup by
// default; gadget.Bits is the baseline measured in the package
// documentation).
func WithRanges(k gadget.RangeKind) Option { return func(c *Circuit) { c.ranges = k } }

// New returns the circuit shape for the given chunk capacity, for
// frontend.Compile, or ErrCapacity.
func New(capacity int, opts ...Option) (*Circuit, error) {
	if err := CheckCapacity(capacity); err != nil {
		return nil, err
	}
	c := &Circuit{W: WitnessVars{Leaves: make([]frontend.Variable, capacity)}}
	for _, o := range opts {
		o(c)
	}
	return c, nil
}

// CheckCapacity reports ErrCapacity unless capacity is a valid chunk
// capacity (commit.CheckCapacity) whose sums provably never wrap the field:
// 2^IndexBits · capacity · 2^32 < r.
func CheckCapacity(capacity int) error {
	if err := commit.CheckCapacity(capacity); err != nil {
		return fmt.Errorf("%w: %w", ErrCapacity, err)
	}
	if sumBound(capacity).Cmp(ecc.BN254.ScalarField()) >= 0 {
		return fmt.Errorf("%w: sums over %d records may wrap the field", ErrCapacity, capacity)
	}
	return nil
}

// Define implements frontend.Circuit.
func (c *Circuit) Define(api frontend.API) error {
	s := StatementVars{
		Pool: c.P.Pool, Epoch: c.F.Epoch, PolicyHash: c.P.PolicyHash,
		ChunkIndex: c.F.ChunkIndex, Final: c.F.Final, Suppressed: c.F.Suppressed,
		ChunkRoot: c.P.ChunkRoot, AccIn: c.P.AccIn, AccOut: c.P.AccOut, Metrics: c.F.Metrics,
	}
	if err := constrain(api, c.ranges, &s, &c.W); err != nil {
		return err
	}
	// The packed inputs: each field range-checked to its width (Final and
	// Suppressed are boolean, the epoch length below 2^21 and the disclosed
	// set below 2^5 by constrain), so the packing is injective.
	rc := gadget.NewRanger(api, c.ranges)
	// The pool takes part in no other constraint (records do not carry
	// it): this check also makes the proof bind it (a Groth16 public input
	// in no constraint is not bound).
	rc.Check(c.P.Pool, PoolBits)
	rc.Check(c.F.ChunkIndex, IndexBits)
	rc.Check(c.F.Epoch, EpochBits)
	header := api.Add(c.F.Final,
		api.Mul(c.F.Suppressed, pow2(OffsetSuppressed)),
		api.Mul(c.F.ChunkIndex, pow2(OffsetIndex)),
		api.Mul(c.F.Epoch, pow2(OffsetEpoch)),
		api.Mul(c.W.Params[policy.ParamEpochSeconds], pow2(OffsetEpochLength)),
		api.Mul(c.W.Params[policy.ParamDisclosed], pow2(OffsetDisclosed)))
	api.AssertIsEqual(header, c.P.Header)
	metrics := frontend.Variable(0)
	for j, m := range c.F.Metrics {
		rc.Check(m, MetricWidths[j])
		metrics = api.Add(metrics, api.Mul(m, pow2(MetricOffsets[j])))
	}
	api.AssertIsEqual(metrics, c.P.Metrics)
	return nil
}

func pow2(n int) *big.Int { return new(big.Int).Lsh(big.NewInt(1), uint(n)) }

// Bit widths of the in-circuit checks that are not leaf fields.
const (
	// EpochSecondsBits bounds the epoch length: 1 ≤ L ≤ 2^20 s (policies
	// allow at most 7 days = 604 800 s).
	EpochSecondsBits = 20
	// KeyBits is the width of the canonical order key cabinet·2^64+seq.
	KeyBits = commit.WidthKey
	// PoolBits bounds telemetry.PoolID.Field: at most 31 bytes.
	PoolBits = 8 * telemetry.MaxPoolIDLen
	// ActiveSlackBits bounds active_cabinets − k in the final chunk; totals
	// stay below 2^56 (2^32 chunks of at most 2^24 records).
	ActiveSlackBits = 64
)

var two64 = new(big.Int).Lsh(big.NewInt(1), 64)

// constrain holds every constraint but the digest: it is shared by Circuit
// and the measurement variant whose statement values are public inputs.
func constrain(api frontend.API, kind gadget.RangeKind, s *StatementVars, w *WitnessVars) error {
	capacity := len(w.Leaves)
	if err := CheckCapacity(capacity); err != nil {
		return err
	}
	rc := gadget.NewRanger(api, kind)

	// The policy: recompute its hash from the private parameters.
	p := w.Params
	h, err := p2hash.New(api)
	if err != nil {
		return fmt.Errorf("summary: %w", err)
	}
	h.Write(p[:]...)
	api.AssertIsEqual(h.Sum(), s.PolicyHash)
	epochLen := p[policy.ParamEpochSeconds]
	k := p[policy.ParamMinActiveCabinets]
	minE, maxE := p[policy.ParamMinEnergyWh], p[policy.ParamMaxEnergyWh]
	maxFee, minSoH := p[policy.ParamMaxFeeCents], p[policy.ParamMinSoHPermille]
	rc.Check(api.Sub(epochLen, 1), EpochSecondsBits)
	rc.Check(k, 32)
	rc.Check(minE, commit.WidthEnergy)
	rc.Check(maxE, commit.WidthEnergy)
	rc.Check(api.Sub(maxE, minE), commit.WidthEnergy)
	rc.Check(maxFee, commit.WidthFee)
	rc.Check(minSoH, commit.WidthSoH)
	rc.Check(api.Sub(telemetry.MaxSoH, minSoH), commit.WidthSoH)
	disclosed := api.ToBinary(p[policy.ParamDisclosed], NumMetrics)

	// The epoch: [start, last] with last = start + L - 1 < 2^32.
	start := api.Mul(s.Epoch, epochLen)
	last := api.Add(start, epochLen, -1)
	rc.Check(last, commit.WidthTime)

	// The accumulator: the first chunk starts from InitialAcc.
	api.AssertIsBoolean(s.Final)
	// Only a final chunk is suppressed.
	api.AssertIsBoolean(s.Suppressed)
	api.AssertIsEqual(api.Mul(s.Suppressed, api.Sub(1, s.Final)), 0)
	isFirst := api.IsZero(s.ChunkIndex)
	notFirst := api.Sub(1, isFirst)
	init := InitialAcc()
	initVals := init.elements()
	for i, v := range w.AccIn.list() {
		api.AssertIsEqual(api.Mul(isFirst, api.Sub(v, initVals[i].BigInt(new(big.Int)))), 0)
	}
	accIn, err := gadget.Sponge(api, AccIV(), w.AccIn.list())
	if err != nil {
		return err
	}
	api.AssertIsEqual(accIn, s.AccIn)

	// The records.
	layout := commit.Layout()
	count, swaps := frontend.Variable(0), w.AccIn.Swaps
	energy, revenue := w.AccIn.EnergyWh, w.AccIn.RevenueCents
	active, minH := w.AccIn.ActiveCabinets, w.AccIn.MinSoHPermille
	prevCab, prevSeq, swapped := w.AccIn.LastCabinet, w.AccIn.LastSeq, w.AccIn.LastSwapped
	var prevF frontend.Variable
	for i, leaf := range w.Leaves {
		f, err := api.Compiler().NewHint(UnpackHint, len(layout), leaf)
		if err != nil {
			return fmt.Errorf("summary: %w", err)
		}
		soh, socOut, socIn, fee, e := f[0], f[1], f[2], f[3], f[4]
		t, seq, cab, tag, hb := f[5], f[6], f[7], f[8], f[9]

		// Unique decomposition: each field below 2^width (the checks below),
		// recomposed to the leaf; the tag is the "real record" flag.
		sum := frontend.Variable(0)
		for j, fl := range layout {
			sum = api.Add(sum, api.Mul(f[j], new(big.Int).Lsh(big.NewInt(1), uint(fl.Offset))))
		}
		api.AssertIsEqual(sum, leaf)
		api.AssertIsBoolean(tag)
		// Padding is the empty leaf, and only past the count.
		api.AssertIsEqual(api.Mul(leaf, api.Sub(1, tag)), 0)
		if i > 0 {
			api.AssertIsEqual(api.Mul(tag, api.Sub(1, prevF)), 0)
		}
		// A heartbeat (kind 1; padding has kind 0 as the empty leaf) has
		// every swap field 0, so it adds nothing to the sums; swap is 1 for
		// the real records that are swaps.
		api.AssertIsBoolean(hb)
		swapPart := frontend.Variable(0)
		for j, fl := range layout {
			if fl.Offset < commit.SwapBits {
				swapPart = api.Add(swapPart, api.Mul(f[j], new(big.Int).Lsh(big.NewInt(1), uint(fl.Offset))))
			}
		}
		api.AssertIsEqual(api.Mul(hb, swapPart), 0)
		swap := api.Sub(tag, hb)

		// Fields and the policy's per-record bounds, which are per swap:
		// padding and heartbeats (swap fields 0) pass them since every
		// lower bound is multiplied by swap.
		rc.Check(api.Sub(soh, api.Mul(swap, minSoH)), commit.WidthSoH)
		rc.Check(api.Sub(telemetry.MaxSoH, soh), commit.WidthSoH)
		rc.Check(socOut, commit.WidthSoCOut)
		rc.Check(api.Sub(telemetry.MaxSoC, socOut), commit.WidthSoCOut)
		rc.Check(socIn, commit.WidthSoCIn)
		rc.Check(api.Sub(telemetry.MaxSoC, socIn), commit.WidthSoCIn)
		rc.Check(fee, commit.WidthFee)
		rc.Check(api.Sub(maxFee, fee), commit.WidthFee)
		rc.Check(api.Sub(e, api.Mul(swap, minE)), commit.WidthEnergy)
		rc.Check(api.Sub(maxE, e), commit.WidthEnergy)
		// Time in [start, last]: both slacks below the epoch length's width.
		rc.Check(api.Sub(t, api.Mul(tag, start)), EpochSecondsBits)
		rc.Check(api.Sub(api.Mul(tag, last), t), EpochSecondsBits)
		rc.Check(seq, commit.WidthSeq)
		rc.Check(cab, commit.WidthCabinet)

		// Strictly increasing key among real records, across chunks too.
		gate := tag
		if i == 0 {
			gate = api.Mul(tag, notFirst)
		}
		key := api.Add(api.Mul(cab, two64), seq)
		prevKey := api.Add(api.Mul(prevCab, two64), prevSeq)
		rc.Check(api.Mul(gate, api.Sub(key, prevKey, 1)), KeyBits)

		// A cabinet's run starts at every change of cabinet (the order makes
		// cabinets non-decreasing), and at the epoch's first record. It is
		// active from its first swap: seen says the run had a swap before
		// this record, and a swap with none before counts the cabinet.
		same := api.IsZero(api.Sub(cab, prevCab))
		if i == 0 {
			same = api.Mul(notFirst, same)
		}
		seen := api.Mul(same, swapped)
		newActive := api.Mul(swap, api.Sub(1, seen))
		active = api.Add(active, newActive)

		// Running minimum of health: less = soh < minH, proven by a
		// 10-bit slack either way.
		less, err := api.Compiler().NewHint(LessHint, 1, soh, minH)
		if err != nil {
			return fmt.Errorf("summary: %w", err)
		}
		b := less[0]
		api.AssertIsBoolean(b)
		diff := api.Sub(minH, soh)
		rc.Check(api.Sub(api.Mul(api.Sub(api.Mul(b, 2), 1), diff), b), commit.WidthSoH)
		minH = api.Sub(minH, api.Mul(api.Mul(swap, b), diff))

		count = api.Add(count, tag)
		swaps = api.Add(swaps, swap)
		energy = api.Add(energy, e)
		revenue = api.Add(revenue, fee)
		// Padding overwrites these, but only the final chunk has padding and
		// its accumulator out is 0.
		prevCab, prevSeq, swapped, prevF = cab, seq, api.Add(seen, newActive), tag
	}
	// All chunks but the last are full, as commit.Builder fills them: the
	// count is private (the last chunk's would give the epoch's swaps).
	api.AssertIsEqual(api.Mul(api.Sub(1, s.Final), api.Sub(count, capacity)), 0)

	// The chunk root.
	in := append(append(make([]frontend.Variable, 0, capacity+1), w.Leaves...), count)
	root, err := gadget.Sponge(api, commit.ChunkIV(capacity), in)
	if err != nil {
		return err
	}
	api.AssertIsEqual(root, s.ChunkRoot)

	// The accumulator after the chunk, 0 in the final chunk.
	out := AccVars{w.SaltOut, swaps, energy, revenue, active, minH, prevCab, prevSeq, swapped}
	accOut, err := gadget.Sponge(api, AccIV(), out.list())
	if err != nil {
		return err
	}
	api.AssertIsEqual(s.AccOut, api.Mul(api.Sub(1, s.Final), accOut))

	// The policy: k-anonymity over the epoch, and only disclosed metrics.
	// With kk = max(1, k), a final chunk either shows the figures of an
	// epoch with at least kk active cabinets, or is suppressed: fewer than
	// kk (none, for an epoch without records) and every metric 0.
	// shown = Final·(1−Suppressed) = Final − Suppressed (Suppressed ⇒ Final).
	kk := api.Add(k, api.IsZero(k))
	shown := api.Sub(s.Final, s.Suppressed)
	rc.Check(api.Mul(shown, api.Sub(active, kk)), ActiveSlackBits)
	rc.Check(api.Mul(s.Suppressed, api.Sub(kk, 1, active)), ActiveSlackBits)
	vals := [NumMetrics]frontend.Variable{swaps, energy, revenue, active, minH}
	for j := range vals {
		api.AssertIsEqual(s.Metrics[j], api.Mul(api.Mul(shown, disclosed[j]), vals[j]))
	}
	return nil
}

// UnpackHint splits a leaf into the fields of commit.Layout, in layout
// order. It is a hint: the circuit recomposes and range-checks its outputs.
func UnpackHint(_ *big.Int, inputs, outputs []*big.Int) error {
	layout := commit.Layout()
	if len(inputs) != 1 || len(outputs) != len(layout) {
		return errors.New("summary: UnpackHint takes one leaf")
	}
	for j, f := range layout {
		v := new(big.Int).Rsh(inputs[0], uint(f.Offset))
		outputs[j].And(v, new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(f.Width)), big.NewInt(1)))
	}
	return nil
}

// LessHint returns 1 when inputs[0] < inputs[1], else 0. It is a hint: the
// circuit checks the matching slack.
func LessHint(_ *big.Int, inputs, outputs []*big.Int) error {
	if len(inputs) != 2 || len(outputs) != 1 {
		return errors.New("summary: LessHint takes two inputs")
	}
	if inputs[0].Cmp(inputs[1]) < 0 {
		outputs[0].SetInt64(1)
	} else {
		outputs[0].SetInt64(0)
	}
	return nil
}
