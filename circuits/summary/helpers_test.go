package summary

import (
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/rwabridge/rwabridge/circuits/commit"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
	"github.com/rwabridge/rwabridge/policies/policy"
)

const testPool telemetry.PoolID = "shenzhen-north"

// testEpoch is a daily epoch (2026-11-20) of the default policy.
const testEpoch = 20412

func defaultPolicy(tb testing.TB) *policy.Policy {
	tb.Helper()
	p, err := policies.Default()
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

// randomEvents returns n valid events of testPool in the epoch, in canonical
// order, from cabinets drawn among the given number; about one in four is a
// heartbeat.
func randomEvents(rng *rand.Rand, p *policy.Policy, epoch uint64, n, cabinets int) []telemetry.Event {
	start, last, err := EpochBounds(p, epoch)
	if err != nil {
		panic(err)
	}
	b := p.RecordBounds
	evs := make([]telemetry.Event, n)
	seqs := map[uint32]uint64{}
	for i := range evs {
		cab := uint32(rng.IntN(cabinets)) + 1
		seqs[cab] += 1 + uint64(rng.IntN(3))
		evs[i] = telemetry.Event{
			Pool: testPool, Cabinet: cab, Seq: seqs[cab],
			Time:        int64(start + rng.Uint64N(last-start+1)),
			EnergyWh:    b.MinEnergyWh + rng.Uint32N(b.MaxEnergyWh-b.MinEnergyWh+1),
			FeeCents:    rng.Uint32N(b.MaxFeeCents + 1),
			SoCIn:       uint8(rng.IntN(101)),
			SoCOut:      uint8(rng.IntN(101)),
			SoHPermille: b.MinSoHPermille + uint16(rng.IntN(int(telemetry.MaxSoH-b.MinSoHPermille)+1)),
			BatteryIn:   "BAT-IN-SECRET", BatteryOut: "BAT-OUT-SECRET",
		}
		if rng.IntN(4) == 0 {
			evs[i] = telemetry.Event{Kind: telemetry.KindHeartbeat, Pool: testPool, Cabinet: cab, Seq: seqs[cab], Time: evs[i].Time}
		}
	}
	slices.SortFunc(evs, telemetry.Compare)
	return evs
}

// fixedSalt makes Summarize deterministic.
func fixedSalt() (fr.Element, error) { return fr.NewElement(12345), nil }

func summarize(tb testing.TB, p *policy.Policy, capacity int, evs []telemetry.Event) *Summary {
	tb.Helper()
	s, err := Summarize(Input{Pool: testPool, Epoch: testEpoch, Policy: p, Capacity: capacity, Events: evs, Salt: fixedSalt})
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

func assignment(tb testing.TB, s *Summary, i int) *Circuit {
	tb.Helper()
	a, err := s.Assignment(i)
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

func shape(tb testing.TB, capacity int) *Circuit {
	tb.Helper()
	c, err := New(capacity)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

func isSolved(shape, w frontend.Circuit) error {
	return test.IsSolved(shape, w, ecc.BN254.ScalarField())
}

// rawField reads a leaf field without validation.
func rawField(leaf fr.Element, off, width int) uint64 {
	var b big.Int
	leaf.BigInt(&b)
	b.Rsh(&b, uint(off))
	b.And(&b, new(big.Int).SetUint64(1<<width-1))
	return b.Uint64()
}

// leafOf packs r without validation (so out-of-model values can be built).
func leafOf(r commit.Record, tag uint64) fr.Element {
	v := new(big.Int)
	for _, f := range []struct {
		off int
		val uint64
	}{
		{commit.OffsetSoH, uint64(r.SoHPermille)}, {commit.OffsetSoCOut, uint64(r.SoCOut)}, {commit.OffsetSoCIn, uint64(r.SoCIn)},
		{commit.OffsetFee, uint64(r.FeeCents)}, {commit.OffsetEnergy, uint64(r.EnergyWh)}, {commit.OffsetTime, uint64(r.Time)},
		{commit.OffsetSeq, r.Seq}, {commit.OffsetCabinet, uint64(r.Cabinet)}, {commit.OffsetTag, tag},
		{commit.OffsetKind, uint64(r.Kind)},
	} {
		v.Add(v, new(big.Int).Lsh(new(big.Int).SetUint64(f.val), uint(f.off)))
	}
	var x fr.Element
	x.SetBigInt(v)
	return x
}

// rawAssignment builds the single-chunk (final, first) assignment over raw
// leaves with a consistent root and metrics, without any native check: the
// circuit alone must reject what is wrong in them.
func rawAssignment(p *policy.Policy, capacity int, leaves []fr.Element, count int) *Circuit {
	padded := make([]fr.Element, capacity+1)
	copy(padded, leaves)
	padded[capacity].SetUint64(uint64(count))
	root := commit.Sponge(commit.ChunkIV(capacity), padded)
	var rs []commit.Record
	for i := 0; i < count && i < len(leaves); i++ {
		l := leaves[i]
		rs = append(rs, commit.Record{
			Cabinet: uint32(rawField(l, commit.OffsetCabinet, commit.WidthCabinet)), Seq: rawField(l, commit.OffsetSeq, commit.WidthSeq),
			EnergyWh: uint32(rawField(l, commit.OffsetEnergy, commit.WidthEnergy)), FeeCents: uint32(rawField(l, commit.OffsetFee, commit.WidthFee)),
			SoHPermille: uint16(rawField(l, commit.OffsetSoH, commit.WidthSoH)),
		})
	}
	init := InitialAcc()
	st := Statement{
		Pool: testPool, Epoch: testEpoch, EpochSeconds: uint32(p.EpochSeconds()), Disclosed: p.Disclose,
		PolicyHash: p.Hash().Fr(), Final: true, ChunkRoot: root, AccIn: init.Hash(), Metrics: Aggregate(rs).Mask(p.Disclose),
	}
	c, err := circuitValues(&st)
	if err != nil {
		panic(err)
	}
	params := p.CircuitParams()
	for j := range params {
		c.W.Params[j] = params[j]
	}
	c.W.AccIn = accVars(&init)
	c.W.SaltOut = 0
	c.W.Leaves = make([]frontend.Variable, capacity)
	for j := range c.W.Leaves {
		c.W.Leaves[j] = 0
		if j < len(leaves) {
			c.W.Leaves[j] = leaves[j]
		}
	}
	return c
}

// goodRecords returns n valid records of distinct cabinets 1..n in the test
// epoch, inside the default policy's bounds.
func goodRecords(p *policy.Policy, n int) []commit.Record {
	start, _, _ := EpochBounds(p, testEpoch)
	rs := make([]commit.Record, n)
	for i := range rs {
		rs[i] = commit.Record{
			Cabinet: uint32(i + 1), Seq: 7, Time: uint32(start) + uint32(i)*60,
			EnergyWh: 1000 + uint32(i), FeeCents: 250, SoCIn: 20, SoCOut: 95, SoHPermille: 900 - uint16(i),
		}
	}
	return rs
}

func leavesOf(rs []commit.Record) []fr.Element {
	out := make([]fr.Element, len(rs))
	for i, r := range rs {
		out[i] = leafOf(r, 1)
	}
	return out
}
