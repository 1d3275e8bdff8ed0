package policy

import (
	"crypto/sha256"
	"encoding/binary"
	"slices"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"

	"github.com/rwabridge/rwabridge/internal/field"
)

// HashDomain is the domain tag that starts the policy hash, as text. Its
// bytes, read as a big-endian integer, are the first hashed element. A new
// hash layout gets a new tag.
const HashDomain = "rwabridge.policy.v1"

// canonicalMagic starts the canonical encoding.
const canonicalMagic = "rwabridge.policy.canonical.v2\x00"

// Positions of the circuit parameters in CircuitParams, in hashing order.
const (
	ParamDomain            = iota // DomainTag(): HashDomain as an integer
	ParamEpochSeconds             // epoch length in seconds
	ParamMinActiveCabinets        // k-anonymity threshold
	ParamMinEnergyWh              // record_bounds.min_energy_wh
	ParamMaxEnergyWh              // record_bounds.max_energy_wh
	ParamMaxFeeCents              // record_bounds.max_fee_cents
	ParamMinSoHPermille           // record_bounds.min_soh_permille
	ParamDisclosed                // disclosed metrics as a MetricSet bitmask
	ParamDigest                   // Digest(): the whole policy, canonically encoded
	NumParams                     // number of hashed elements
)

// DomainTag returns HashDomain as a field element (its bytes read as a
// big-endian integer).
func DomainTag() fr.Element {
	var e fr.Element
	e.SetBytes([]byte(HashDomain))
	return e
}

// CircuitParams returns the NumParams field elements the policy hash is
// computed over, in order (see the Param… constants). A circuit takes the
// parameters it enforces as private witnesses, uses them, and recomputes the
// hash with gnark's std/hash/poseidon2 to compare it with the public policy
// hash, so the thresholds need not be public inputs of their own.
func (p *Policy) CircuitParams() []fr.Element {
	b := p.RecordBounds
	vals := [NumParams]uint64{
		ParamEpochSeconds:      p.EpochSeconds(),
		ParamMinActiveCabinets: uint64(p.MinActiveCabinets),
		ParamMinEnergyWh:       uint64(b.MinEnergyWh),
		ParamMaxEnergyWh:       uint64(b.MaxEnergyWh),
		ParamMaxFeeCents:       uint64(b.MaxFeeCents),
		ParamMinSoHPermille:    uint64(b.MinSoHPermille),
		ParamDisclosed:         uint64(p.Disclose),
	}
	elems := make([]fr.Element, NumParams)
	for i, v := range vals {
		elems[i].SetUint64(v)
	}
	elems[ParamDomain] = DomainTag()
	elems[ParamDigest] = p.Digest()
	return elems
}

// HashElements hashes field elements with Poseidon2 (BN254, width 2) in the
// Merkle–Damgård mode of gnark-crypto, from a zero initial state: one
// compression per element, no length padding (the number of elements is
// fixed by the domain tag). In a circuit, the same value is
// poseidon2.New(api) from gnark's std/hash/poseidon2, fed the same elements
// with Write, then Sum.
func HashElements(elems []fr.Element) fr.Element {
	h := poseidon2.NewMerkleDamgardHasher()
	for i := range elems {
		b := elems[i].Bytes()
		if _, err := h.Write(b[:]); err != nil {
			// A canonical 32-byte element is always accepted.
			panic("policy: poseidon2: " + err.Error())
		}
	}
	var out fr.Element
	out.SetBytes(h.Sum(nil))
	return out
}

// Hash returns the canonical policy hash: HashElements(CircuitParams()). It
// is a public input of every disclosure proof and is pinned in the L2
// registry's list of allowed policies.
func (p *Policy) Hash() field.Element { return field.Element(HashElements(p.CircuitParams())) }

// Digest returns the first 248 bits of SHA-256 over CanonicalEncoding, as a
// field element (a 31-byte big-endian integer, below the BN254 modulus). It
// binds every field of the policy into the hash, including those the circuit
// does not use.
func (p *Policy) Digest() fr.Element {
	sum := sha256.Sum256(p.CanonicalEncoding())
	var e fr.Element
	e.SetBytes(sum[:31])
	return e
}

// CanonicalEncoding returns the policy as bytes that depend only on its
// values, never on how its YAML was written (key order, comments, style, the
// order of the disclose and withheld lists). Integers are big-endian; strings
// and lists carry a uvarint length first:
//
//	"rwabridge.policy.canonical.v2" 0x00
//	id                  string
//	version             u32
//	asset               string
//	epoch seconds       u64
//	disclosed metrics   u8 (MetricSet bitmask)
//	min_active_cabinets u32
//	min_energy_wh       u32
//	max_energy_wh       u32
//	max_fee_cents       u32
//	min_soh_permille    u16
//	sanity              uvarint count, then per metric in bit order: u8 metric, u64 max, u32 max_growth_bp, u32 max_drop_bp
//	payout_share_bp     u32
//	withheld            uvarint count, then each name (string) in byte order
func (p *Policy) CanonicalEncoding() []byte {
	str := func(b []byte, s string) []byte {
		return append(binary.AppendUvarint(b, uint64(len(s))), s...)
	}
	b := []byte(canonicalMagic)
	b = str(b, p.ID)
	b = binary.BigEndian.AppendUint32(b, p.Version)
	b = str(b, string(p.Asset))
	b = binary.BigEndian.AppendUint64(b, p.EpochSeconds())
	b = append(b, byte(p.Disclose))
	b = binary.BigEndian.AppendUint32(b, p.MinActiveCabinets)
	b = binary.BigEndian.AppendUint32(b, p.RecordBounds.MinEnergyWh)
	b = binary.BigEndian.AppendUint32(b, p.RecordBounds.MaxEnergyWh)
	b = binary.BigEndian.AppendUint32(b, p.RecordBounds.MaxFeeCents)
	b = binary.BigEndian.AppendUint16(b, p.RecordBounds.MinSoHPermille)
	metrics := make([]Metric, 0, len(p.Sanity))
	for m := range p.Sanity {
		metrics = append(metrics, m)
	}
	slices.Sort(metrics)
	b = binary.AppendUvarint(b, uint64(len(metrics)))
	for _, m := range metrics {
		b = append(b, byte(m))
		b = binary.BigEndian.AppendUint64(b, p.Sanity[m].Max)
		b = binary.BigEndian.AppendUint32(b, p.Sanity[m].MaxGrowthBP)
		b = binary.BigEndian.AppendUint32(b, p.Sanity[m].MaxDropBP)
	}
	b = binary.BigEndian.AppendUint32(b, p.PayoutShareBP)
	withheld := slices.Clone(p.Withheld)
	slices.Sort(withheld)
	b = binary.AppendUvarint(b, uint64(len(withheld)))
	for _, f := range withheld {
		b = str(b, f)
	}
	return b
}
