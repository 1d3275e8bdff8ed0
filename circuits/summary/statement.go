package summary

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/rwabridge/rwabridge/circuits/commit"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// Version is the circuit version: it changes whenever the constraint system
// of a given capacity, the statement encoding or the accumulator changes, and
// is written into key metadata and bundles.
const Version = 4

// Metrics are the five figures of policy.Metric, in metric bit order. Over
// no records MinSoHPermille is telemetry.MaxSoH (1000), the identity of min
// over its range, as in the ledger's seal.
type Metrics struct {
	Swaps          uint64 `json:"swaps"`
	EnergyWh       uint64 `json:"energy_wh"`
	RevenueCents   uint64 `json:"revenue_cents"`
	ActiveCabinets uint64 `json:"active_cabinets"`
	MinSoHPermille uint64 `json:"min_soh_permille"`
}

// Values returns the metrics in metric bit order.
func (m Metrics) Values() [NumMetrics]uint64 {
	return [NumMetrics]uint64{m.Swaps, m.EnergyWh, m.RevenueCents, m.ActiveCabinets, m.MinSoHPermille}
}

// Get returns one metric.
func (m Metrics) Get(x policy.Metric) uint64 { return m.Values()[x] }

// Mask returns m with every metric outside set replaced by 0: what a proof
// discloses.
func (m Metrics) Mask(set policy.MetricSet) Metrics {
	v := m.Values()
	for i := range v {
		if !set.Has(policy.Metric(i)) {
			v[i] = 0
		}
	}
	return Metrics{v[0], v[1], v[2], v[3], v[4]}
}

// NumMetrics is the number of metrics a statement carries.
const NumMetrics = 5

// The packed public inputs. Header and Metrics pack small integers, least
// significant first, each range-checked in the circuit to its width:
//
//	Header  = final | suppressed<<1 | chunk_index<<2 | epoch<<34 |
//	          epoch_seconds<<98 | disclosed<<119                      (124 bits)
//	Metrics = swaps | energy_wh<<48 | revenue_cents<<112 |
//	          active_cabinets<<176 | min_soh_permille<<224              (240 bits)
//
// epoch_seconds and disclosed are the policy's epoch length and disclosed
// metrics (a MetricSet): the registry fills them in from the pool's epoch
// length and the policy's terms, so a proof made under a policy of another
// epoch length or another disclosed set does not verify there. suppressed
// (final chunk only) says the epoch had fewer active cabinets than
// max(1, min_active_cabinets): its figures stay withheld (all 0).
//
// A chunk's record count is not public: every chunk but the last is full
// (the circuit enforces it), and the last one's count would give the
// epoch's swaps, which a policy may withhold.
const (
	FinalBits       = 1
	SuppressedBits  = 1
	IndexBits       = 32
	EpochBits       = 64
	EpochLengthBits = EpochSecondsBits + 1 // 1 ≤ L ≤ 2^20
	DisclosedBits   = NumMetrics

	OffsetSuppressed  = FinalBits
	OffsetIndex       = OffsetSuppressed + SuppressedBits
	OffsetEpoch       = OffsetIndex + IndexBits
	OffsetEpochLength = OffsetEpoch + EpochBits
	OffsetDisclosed   = OffsetEpochLength + EpochLengthBits
	HeaderBits        = OffsetDisclosed + DisclosedBits // 124
)

// MetricWidths are the bit widths of the metrics in Metrics, in metric bit
// order: counts of records and cabinets fit 48 bits (an epoch has at most
// 2^20 chunks of at most 2^24 records), sums 64, health 16. A metric beyond
// its width has no proof.
var MetricWidths = [NumMetrics]int{48, 64, 64, 48, 16}

// MetricOffsets are the metrics' bit offsets in Metrics.
var MetricOffsets = [NumMetrics]int{0, 48, 112, 176, 224}

// NumPublic is the number of public inputs of the chunk circuit.
const NumPublic = 7

// Statement is what one chunk proof proves, its public values. A chunk
// proof shows that ChunkRoot commits (commit.ChunkRoot at the circuit's
// capacity) to records of pool Pool — exactly the capacity unless the chunk
// is Final; how many is private — that all lie in epoch Epoch of
// the policy with hash PolicyHash, in canonical order after the last record
// of the previous chunk, inside the policy's per-record bounds; that AccIn
// and AccOut are the epoch's running totals before and after the chunk; and,
// in the epoch's final chunk (Final), either that Metrics are the epoch's
// totals masked by the policy's disclosed metrics (Disclosed), with at least
// max(1, min_active_cabinets) active cabinets, or (Suppressed) that the
// epoch had fewer and Metrics are 0. EpochSeconds and Disclosed are the
// policy's, bound by PolicyHash. See the package documentation.
type Statement struct {
	Pool         telemetry.PoolID
	Epoch        uint64
	EpochSeconds uint32 // the policy's epoch length
	Disclosed    policy.MetricSet
	PolicyHash   fr.Element
	ChunkIndex   uint32
	Final        bool
	Suppressed   bool // final chunk of an epoch below max(1, k): no figures
	ChunkRoot    fr.Element
	AccIn        fr.Element
	AccOut       fr.Element // 0 in the final chunk
	Metrics      Metrics    // 0 except in the final chunk of a shown epoch
}

// Header returns the packed header input.
func (s *Statement) Header() *big.Int {
	return Header{Final: s.Final, Suppressed: s.Suppressed, Index: uint64(s.ChunkIndex), Epoch: s.Epoch,
		EpochSeconds: s.EpochSeconds, Disclosed: s.Disclosed}.Pack()
}

// Header is the fields of the packed header input.
type Header struct {
	Final        bool
	Suppressed   bool
	Index        uint64
	Epoch        uint64
	EpochSeconds uint32
	Disclosed    policy.MetricSet
}

// Pack packs the header input: final | suppressed<<1 | index<<2 |
// epoch<<34 | epoch_seconds<<98 | disclosed<<119. The registry
// (offshore/disclosure) packs it the same way. A field beyond its width
// overlaps the next: the circuit's range checks reject such a header, and
// so does the registry.
func (h Header) Pack() *big.Int {
	x := new(big.Int).SetUint64(uint64(h.Disclosed))
	x.Lsh(x, EpochLengthBits).Or(x, new(big.Int).SetUint64(uint64(h.EpochSeconds)))
	x.Lsh(x, EpochBits).Or(x, new(big.Int).SetUint64(h.Epoch))
	x.Lsh(x, IndexBits).Or(x, new(big.Int).SetUint64(h.Index))
	x.Lsh(x, SuppressedBits)
	if h.Suppressed {
		x.SetBit(x, 0, 1)
	}
	x.Lsh(x, FinalBits)
	if h.Final {
		x.SetBit(x, 0, 1)
	}
	return x
}

// PackedMetrics returns the packed metrics input, or ErrOverflow when a
// metric exceeds its width.
func (s *Statement) PackedMetrics() (*big.Int, error) { return PackMetrics(s.Metrics.Values()) }

// PackMetrics packs metric values (metric bit order) into the metrics
// input, each at MetricOffsets[i] in MetricWidths[i] bits; a value beyond
// its width is ErrOverflow. The registry (offshore/disclosure) packs it the
// same way.
func PackMetrics(values [NumMetrics]uint64) (*big.Int, error) {
	m := new(big.Int)
	for i, v := range values {
		if w := MetricWidths[i]; w < 64 && v >= 1<<w {
			return nil, fmt.Errorf("%w: %s = %d exceeds %d bits", ErrOverflow, policy.Metric(i), v, w)
		}
		m.Or(m, new(big.Int).Lsh(new(big.Int).SetUint64(v), uint(MetricOffsets[i])))
	}
	return m, nil
}

// PublicInputs returns the NumPublic public inputs of the chunk proof, in
// the order the verifier takes them (Solidity: uint256[7] input):
//
//	0 pool         telemetry.PoolID.Field (the id's bytes as a big-endian integer)
//	1 policy_hash  policy.Policy.Hash
//	2 chunk_root   commit.ChunkRoot of the chunk
//	3 acc_in       accumulator hash before the chunk (Acc.Hash)
//	4 acc_out      accumulator hash after it, 0 in the final chunk
//	5 header       Header.Pack: final, suppressed, chunk_index, epoch,
//	               epoch_seconds, disclosed
//	6 metrics      swaps | energy_wh<<48 | revenue_cents<<112 |
//	               active_cabinets<<176 | min_soh_permille<<224
//
// It fails with ErrBadStatement for an invalid pool id and ErrOverflow for a
// metric beyond its width.
func (s *Statement) PublicInputs() ([]fr.Element, error) {
	if err := s.Pool.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadStatement, err)
	}
	m, err := s.PackedMetrics()
	if err != nil {
		return nil, err
	}
	out := make([]fr.Element, NumPublic)
	out[0].SetBigInt(s.Pool.Field())
	out[1] = s.PolicyHash
	out[2] = s.ChunkRoot
	out[3] = s.AccIn
	out[4] = s.AccOut
	out[5].SetBigInt(s.Header())
	out[6].SetBigInt(m)
	return out, nil
}

// Acc is the running state of an epoch between chunk proofs: totals over
// the swaps of the chunks before, the last record's key and whether its
// cabinet had a swap in the epoch up to it (heartbeats count in no total),
// and a random salt that hides the totals behind AccHash (a non-final chunk
// discloses only the hash). The first chunk starts from InitialAcc.
type Acc struct {
	Salt           fr.Element
	Swaps          uint64
	EnergyWh       uint64
	RevenueCents   uint64
	ActiveCabinets uint64
	MinSoHPermille uint64
	LastCabinet    uint32
	LastSeq        uint64
	LastSwapped    bool // LastCabinet's records up to LastSeq include a swap
}

// InitialAcc is the state before the first chunk: nothing counted, minimum
// health at its identity (1000), salt 0.
func InitialAcc() Acc { return Acc{MinSoHPermille: telemetry.MaxSoH} }

// InitialAccHash is InitialAcc's hash: chunk 0's acc_in, which the L2
// registry is deployed with (initialAccHash) and passes to the verifier.
func InitialAccHash() fr.Element {
	a := InitialAcc()
	return a.Hash()
}

// AccKind is the domain-separation kind of the accumulator sponge, in the
// IV layout of circuits/commit (DomainPrefix<<32 | Version<<16 | kind); it
// is far from commit's kinds (1 chunk, 2 node).
const AccKind = 0x5301

// AccIV is the IV of the accumulator sponge.
func AccIV() fr.Element {
	var x fr.Element
	x.SetUint64(commit.DomainPrefix<<32 | commit.Version<<16 | AccKind)
	return x
}

// elements returns the hashed fields, in order.
func (a *Acc) elements() []fr.Element {
	e := make([]fr.Element, 9)
	e[0] = a.Salt
	for i, v := range []uint64{a.Swaps, a.EnergyWh, a.RevenueCents, a.ActiveCabinets, a.MinSoHPermille, uint64(a.LastCabinet), a.LastSeq, uint64(bit(a.LastSwapped))} {
		e[i+1].SetUint64(v)
	}
	return e
}

// Hash returns commit.Sponge(AccIV(), salt, swaps, energy_wh, revenue_cents,
// active_cabinets, min_soh_permille, last_cabinet, last_seq, last_swapped):
// one permutation.
func (a *Acc) Hash() fr.Element { return commit.Sponge(AccIV(), a.elements()) }

// maxSumBits bounds every running total in bits: at most 2^IndexBits
// chunks of at most commit.MaxCapacity records of at most 2^32 each.
const maxSumBits = IndexBits + maxCapacityLog + 32

// The sums never wrap the field: 2^maxSumBits (= 2^32 chunks · 2^24
// records · 2^32) < 2^253 < r. The constant below fails to compile (a
// negative uint) if a change to the widths breaks this.
const _ uint = 253 - maxSumBits - 1

// maxCapacityLog is log2(commit.MaxCapacity), checked in init.
const maxCapacityLog = 24

func init() {
	if commit.MaxCapacity != 1<<maxCapacityLog {
		panic("summary: commit.MaxCapacity changed: update maxSumBits")
	}
}

// sumBound returns 2^32 · capacity · 2^32 as an integer, the bound on every
// running total, for the compile-time check in Define.
func sumBound(capacity int) *big.Int {
	b := new(big.Int).Lsh(big.NewInt(int64(capacity)), 64)
	return b
}
