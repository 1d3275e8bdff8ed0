package audit

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/rwabridge/rwabridge/circuits/summary"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// Records is the onshore ledger as an auditor org with onshore access
// reads it; *ledger.Client satisfies it.
type Records interface {
	Records(ctx context.Context, pool telemetry.PoolID, epoch uint64, visit func(telemetry.SignedEvent) error) error
}

// Devices is the onshore ledger's device registry, key histories
// included, as the auditor reads it; *ledger.Client satisfies it.
type Devices interface {
	Registry(ctx context.Context) (*telemetry.Registry, error)
}

// ErrLedger wraps every failure to read the onshore ledger.
var ErrLedger = errors.New("reading the onshore ledger failed")

// ErrRecordSignature marks a disclosure one of whose records does not
// verify against the ledger's device registry: not signed by the key its
// cabinet's history gives for the record's time (telemetry.ErrRetiredKey,
// telemetry.ErrKeyNotYetValid, telemetry.ErrBadSignature), or from a cabinet
// unknown, revoked or of another pool at that time. It is an ErrOnshore.
var ErrRecordSignature = fmt.Errorf("%w: a record does not verify against its cabinet's key of its time", ErrOnshore)

// CheckOnshore recomputes, for every disclosure of rep that passed Verify,
// the epoch's commitment and figures from the raw records (circuits/summary
// Summarize, the native twin of the circuit, over circuits/commit) under
// the disclosure's policy and the key's capacity, and marks the result
// ErrOnshore when the root, the record count, the chunk roots' hash or the
// disclosed metrics differ. When src also gives the device registry
// (Devices; *ledger.Client does), every record is first verified against
// it — the key its cabinet's history gives for the record's time, so
// records signed before a key rotation verify under the old key and after
// it only under the new one — and a record that fails marks the result
// ErrRecordSignature. It fails as a whole (ErrLedger) when the ledger can
// not be read.
func CheckOnshore(ctx context.Context, src Records, rep *Report, known Policies) error {
	var reg *telemetry.Registry
	if d, ok := src.(Devices); ok {
		var err error
		if reg, err = d.Registry(ctx); err != nil {
			return fmt.Errorf("%w: device registry: %w", ErrLedger, err)
		}
	}
	for i := range rep.Results {
		r := &rep.Results[i]
		if r.Err != nil {
			continue
		}
		if err := checkOnshore(ctx, src, reg, r, known); err != nil {
			if errors.Is(err, ErrLedger) {
				return err
			}
			r.Err = err
		}
	}
	return nil
}

func checkOnshore(ctx context.Context, src Records, reg *telemetry.Registry, r *Result, known Policies) error {
	pool, err := telemetry.PoolIDFromField(r.PoolField)
	if err != nil {
		return fmt.Errorf("%w: pool %s: %w", ErrOnshore, r.Pool, err)
	}
	if r.Capacity == 0 {
		return fmt.Errorf("%w: the key's chunk capacity is unknown: give the key file", ErrOnshore)
	}
	h, err := field.FromBig(r.PolicyHash)
	p, ok := known[h]
	if err != nil || !ok {
		return fmt.Errorf("%w: no known policy has hash %s", ErrPolicy, field.Word(r.PolicyHash))
	}
	var events []telemetry.Event
	var bad error // the first record that does not verify
	if err := src.Records(ctx, pool, r.Epoch, func(e telemetry.SignedEvent) error {
		if reg != nil && bad == nil {
			if err := reg.Verify(&e); err != nil {
				bad = fmt.Errorf("%w: %s epoch %d: cabinet %d seq %d: %w", ErrRecordSignature, pool, r.Epoch, e.Cabinet, e.Seq, err)
			}
		}
		events = append(events, e.Event)
		return nil
	}); err != nil {
		return fmt.Errorf("%w: records of %s epoch %d: %w", ErrLedger, pool, r.Epoch, err)
	}
	if bad != nil {
		return bad
	}
	s, err := summary.Summarize(summary.Input{Pool: pool, Epoch: r.Epoch, Policy: p, Capacity: r.Capacity, Events: events})
	if err != nil {
		return fmt.Errorf("%w: %s epoch %d: the records do not summarize: %w", ErrOnshore, pool, r.Epoch, err)
	}
	roots := make([]*big.Int, len(s.Commitment.Chunks))
	for i, c := range s.Commitment.Chunks {
		roots[i] = c.Root.BigInt(new(big.Int))
	}
	// What the registry must show: the disclosed figures, or none for an
	// epoch below the policy's k (suppressed).
	want := s.Disclosed.Values()
	if !s.Disclosable {
		want = [summary.NumMetrics]uint64{}
	}
	switch {
	case s.Commitment.Root.BigInt(new(big.Int)).Cmp(r.Root) != 0:
		return fmt.Errorf("%w: %s epoch %d: %d records make root %s, the disclosure says %s", ErrOnshore, pool, r.Epoch, len(events), field.Element(s.Commitment.Root), field.Word(r.Root))
	case disclosure.ChunkRootsHash(roots) != r.ChunkRootsHash:
		return fmt.Errorf("%w: %s epoch %d: the records' chunk roots do not hash to the disclosure's", ErrOnshore, pool, r.Epoch)
	case r.Suppressed == s.Disclosable:
		return fmt.Errorf("%w: %s epoch %d: the records have %d active cabinets (k = %d), the disclosure says suppressed %t",
			ErrOnshore, pool, r.Epoch, s.Totals.ActiveCabinets, p.MinActiveCabinets, r.Suppressed)
	case want != r.Metrics:
		return fmt.Errorf("%w: %s epoch %d: the records give metrics %v, the disclosure says %v", ErrOnshore, pool, r.Epoch, want, r.Metrics)
	}
	return nil
}
