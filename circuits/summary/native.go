package summary

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/rwabridge/rwabridge/circuits/commit"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// Input is one sealed (pool, epoch) to summarize: its committed events in
// canonical order (commit.CheckCanonical), under one policy, split into
// chunks of Capacity records.
type Input struct {
	Pool     telemetry.PoolID
	Epoch    uint64
	Policy   *policy.Policy
	Capacity int
	Events   []telemetry.Event
	// Salt draws the salt of each non-final chunk's accumulator; nil uses
	// crypto/rand. Single-chunk epochs draw none.
	Salt func() (fr.Element, error)
}

// Chunk is one chunk proof's statement and private witness.
type Chunk struct {
	Statement Statement
	AccIn     Acc
	SaltOut   fr.Element
	Leaves    []fr.Element // Capacity leaves: packed records, then empty leaves
}

// Summary is the native twin of the circuit over a whole epoch: the
// commitment, the epoch totals, what the policy discloses, and one Chunk per
// chunk of the commitment, in order.
type Summary struct {
	Pool       telemetry.PoolID
	Epoch      uint64
	PolicyHash fr.Element
	Capacity   int
	Commitment *commit.Commitment
	Totals     Metrics // every metric, undisclosed ones included
	Disclosed  Metrics // Totals masked by the policy's disclosed metrics
	// Disclosable: Totals.ActiveCabinets ≥ max(1, min_active_cabinets), so
	// the final statement shows Disclosed; otherwise it is Suppressed and
	// shows nothing.
	Disclosable bool
	Chunks      []Chunk

	params []fr.Element
}

// EpochBounds returns the epoch's first and last second as the circuit
// computes them (start = epoch·L, last = start + L − 1), or ErrOverflow when
// last does not fit the 32-bit record time.
func EpochBounds(p *policy.Policy, epoch uint64) (start, last uint64, err error) {
	l := p.EpochSeconds()
	if l == 0 || l > 1<<EpochSecondsBits {
		return 0, 0, fmt.Errorf("%w: epoch length %d s", ErrOverflow, l)
	}
	if epoch > (telemetry.MaxTime+1)/l-1 {
		return 0, 0, fmt.Errorf("%w: epoch %d of %d s ends after the last 32-bit record time", ErrOverflow, epoch, l)
	}
	start = epoch * l
	return start, start + l - 1, nil
}

// CheckRecord reports whether r satisfies every per-record rule of the
// circuit: time in [start, last] (ErrOutsideEpoch) and, for a swap, the
// policy's bounds (ErrOutOfBounds); the model ranges (a heartbeat's swap
// fields 0 among them) are commit.Record.Validate's.
func CheckRecord(p *policy.Policy, start, last uint64, r commit.Record) error {
	if err := r.Validate(); err != nil {
		return err
	}
	b := p.RecordBounds
	switch {
	case uint64(r.Time) < start || uint64(r.Time) > last:
		return fmt.Errorf("%w: cabinet %d seq %d: time %d, epoch is [%d, %d]", ErrOutsideEpoch, r.Cabinet, r.Seq, r.Time, start, last)
	case !r.IsSwap():
		return nil
	case r.EnergyWh < b.MinEnergyWh || r.EnergyWh > b.MaxEnergyWh:
		return fmt.Errorf("%w: cabinet %d seq %d: energy_wh %d, allowed [%d, %d]", ErrOutOfBounds, r.Cabinet, r.Seq, r.EnergyWh, b.MinEnergyWh, b.MaxEnergyWh)
	case r.FeeCents > b.MaxFeeCents:
		return fmt.Errorf("%w: cabinet %d seq %d: fee_cents %d, at most %d", ErrOutOfBounds, r.Cabinet, r.Seq, r.FeeCents, b.MaxFeeCents)
	case r.SoHPermille < b.MinSoHPermille:
		return fmt.Errorf("%w: cabinet %d seq %d: soh_permille %d, at least %d", ErrOutOfBounds, r.Cabinet, r.Seq, r.SoHPermille, b.MinSoHPermille)
	}
	return nil
}

// Aggregate returns the metrics over records in canonical order, swaps
// only (a heartbeat counts in no figure): their number, the sums of energy
// and fees, the number of distinct cabinets with a swap, and the least
// health (telemetry.MaxSoH over no swap). It is what Summarize's final
// statement discloses, before masking, and what the auditor recomputes.
func Aggregate(records []commit.Record) Metrics {
	m := Metrics{MinSoHPermille: telemetry.MaxSoH}
	last := -1 // the cabinet of the last swap (records are in cabinet order)
	for _, r := range records {
		if !r.IsSwap() {
			continue
		}
		m.Swaps++
		m.EnergyWh += uint64(r.EnergyWh)
		m.RevenueCents += uint64(r.FeeCents)
		if int(r.Cabinet) != last {
			m.ActiveCabinets++
			last = int(r.Cabinet)
		}
		m.MinSoHPermille = min(m.MinSoHPermille, uint64(r.SoHPermille))
	}
	return m
}

// Summarize checks the epoch's events as the circuit does and computes the
// commitment, the totals, and every chunk's statement and witness. It fails
// with the commitment's errors (ErrNotCanonical, ErrDuplicate,
// ErrPoolMismatch, ErrOutOfRange), ErrOutsideEpoch, ErrOutOfBounds,
// ErrCapacity or ErrOverflow. An epoch below the k-anonymity threshold
// (or without records) is summarized with Disclosable false and a
// Suppressed final statement: its proof says only that.
func Summarize(in Input) (*Summary, error) {
	if err := CheckCapacity(in.Capacity); err != nil {
		return nil, err
	}
	if in.Policy == nil {
		return nil, fmt.Errorf("%w: no policy", ErrBadStatement)
	}
	start, last, err := EpochBounds(in.Policy, in.Epoch)
	if err != nil {
		return nil, err
	}
	com, err := commit.EpochCommitment(in.Pool, in.Capacity, in.Events)
	if err != nil {
		return nil, err
	}
	if uint64(len(com.Chunks)) > 1<<IndexBits {
		return nil, fmt.Errorf("%w: %d chunks", ErrOverflow, len(com.Chunks))
	}
	records := make([]commit.Record, len(in.Events))
	for i := range in.Events {
		if records[i], err = commit.RecordOf(&in.Events[i]); err != nil {
			return nil, err
		}
		if err := CheckRecord(in.Policy, start, last, records[i]); err != nil {
			return nil, fmt.Errorf("event %d: %w", i, err)
		}
	}
	s := &Summary{
		Pool: in.Pool, Epoch: in.Epoch, PolicyHash: in.Policy.Hash().Fr(), Capacity: in.Capacity,
		Commitment: com, Totals: Aggregate(records), params: in.Policy.CircuitParams(),
	}
	s.Disclosed = s.Totals.Mask(in.Policy.Disclose)
	s.Disclosable = in.Policy.Shows(s.Totals.ActiveCabinets)
	salt := in.Salt
	if salt == nil {
		salt = randomSalt
	}
	acc := InitialAcc()
	for i, ci := range com.Chunks {
		rs := records[i*in.Capacity : i*in.Capacity+ci.Count]
		ch := Chunk{AccIn: acc, Leaves: make([]fr.Element, in.Capacity)}
		for j, r := range rs {
			if ch.Leaves[j], err = r.Pack(); err != nil {
				return nil, err
			}
		}
		final := i == len(com.Chunks)-1
		next := advance(acc, rs, i == 0)
		ch.Statement = Statement{
			Pool: in.Pool, Epoch: in.Epoch, EpochSeconds: uint32(in.Policy.EpochSeconds()), Disclosed: in.Policy.Disclose,
			PolicyHash: s.PolicyHash, ChunkIndex: uint32(i), Final: final,
			ChunkRoot: ci.Root, AccIn: acc.Hash(),
		}
		if final {
			ch.Statement.Suppressed = !s.Disclosable
			if s.Disclosable {
				ch.Statement.Metrics = s.Disclosed
			}
		} else {
			if next.Salt, err = salt(); err != nil {
				return nil, fmt.Errorf("summary: salt: %w", err)
			}
			ch.SaltOut = next.Salt
			ch.Statement.AccOut = next.Hash()
		}
		s.Chunks = append(s.Chunks, ch)
		acc = next
	}
	return s, nil
}

// advance returns the accumulator after records (its salt unset); first
// says a holds no record yet (the epoch's first chunk), as the circuit's
// chunk index 0 does.
func advance(a Acc, rs []commit.Record, first bool) Acc {
	for j, r := range rs {
		seen := !(first && j == 0) && r.Cabinet == a.LastCabinet && a.LastSwapped
		if r.IsSwap() {
			if !seen {
				a.ActiveCabinets++
			}
			a.Swaps++
			a.EnergyWh += uint64(r.EnergyWh)
			a.RevenueCents += uint64(r.FeeCents)
			a.MinSoHPermille = min(a.MinSoHPermille, uint64(r.SoHPermille))
		}
		a.LastCabinet, a.LastSeq, a.LastSwapped = r.Cabinet, r.Seq, seen || r.IsSwap()
	}
	a.Salt = fr.Element{}
	return a
}

func randomSalt() (fr.Element, error) {
	var x fr.Element
	_, err := x.SetRandom()
	return x, err
}

// Statements returns the chunk statements in order.
func (s *Summary) Statements() []Statement {
	out := make([]Statement, len(s.Chunks))
	for i := range s.Chunks {
		out[i] = s.Chunks[i].Statement
	}
	return out
}

// Assignment returns the full witness of chunk i for the circuit of
// s.Capacity, or ErrBadStatement for an index out of range.
func (s *Summary) Assignment(i int) (*Circuit, error) {
	if i < 0 || i >= len(s.Chunks) {
		return nil, fmt.Errorf("%w: chunk %d of %d", ErrBadStatement, i, len(s.Chunks))
	}
	ch := &s.Chunks[i]
	c, err := circuitValues(&ch.Statement)
	if err != nil {
		return nil, err
	}
	for j := range s.params {
		c.W.Params[j] = s.params[j]
	}
	c.W.AccIn = accVars(&ch.AccIn)
	c.W.SaltOut = ch.SaltOut
	c.W.Leaves = make([]frontend.Variable, len(ch.Leaves))
	for j := range ch.Leaves {
		c.W.Leaves[j] = ch.Leaves[j]
	}
	return c, nil
}

// circuitValues assigns the public inputs and packed fields of st.
func circuitValues(st *Statement) (*Circuit, error) {
	in, err := st.PublicInputs()
	if err != nil {
		return nil, err
	}
	c := &Circuit{P: PublicVars{in[0], in[1], in[2], in[3], in[4], in[5], in[6]}}
	c.F = PackedVars{Epoch: st.Epoch, ChunkIndex: st.ChunkIndex, Final: bit(st.Final), Suppressed: bit(st.Suppressed)}
	for j, m := range st.Metrics.Values() {
		c.F.Metrics[j] = new(big.Int).SetUint64(m)
	}
	return c, nil
}

func bit(b bool) int {
	if b {
		return 1
	}
	return 0
}

func accVars(a *Acc) AccVars {
	e := a.elements()
	return AccVars{e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7], e[8]}
}
