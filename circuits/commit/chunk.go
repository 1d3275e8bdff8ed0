package commit

import (
	"fmt"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// Chunk capacities are powers of two in [MinCapacity, MaxCapacity].
const (
	MinCapacity = 1
	MaxCapacity = 1 << 24
)

// CheckCapacity reports ErrBadCapacity unless capacity is a power of two in
// [MinCapacity, MaxCapacity].
func CheckCapacity(capacity int) error {
	if capacity < MinCapacity || capacity > MaxCapacity || capacity&(capacity-1) != 0 {
		return fmt.Errorf("%w: %d is not a power of two in [%d, %d]", ErrBadCapacity, capacity, MinCapacity, MaxCapacity)
	}
	return nil
}

// order tracks the canonical order of a stream of records.
type order struct {
	last Record
	seen bool
}

// next accepts r if it comes strictly after the last accepted record.
func (o *order) next(r Record) error {
	if o.seen && !o.last.Before(r) {
		if o.last.Cabinet == r.Cabinet && o.last.Seq == r.Seq {
			return fmt.Errorf("%w: cabinet %d seq %d appears twice", ErrDuplicate, r.Cabinet, r.Seq)
		}
		return fmt.Errorf("%w: cabinet %d seq %d after cabinet %d seq %d", ErrNotCanonical, r.Cabinet, r.Seq, o.last.Cabinet, o.last.Seq)
	}
	o.last, o.seen = r, true
	return nil
}

// CheckCanonical reports whether events can be committed as given: all of
// pool (ErrPoolMismatch), every committed field representable
// (ErrOutOfRange), and strictly increasing by (cabinet, seq) (ErrNotCanonical,
// or ErrDuplicate for a repeated key).
func CheckCanonical(pool telemetry.PoolID, events []telemetry.Event) error {
	_, err := records(pool, events)
	return err
}

func records(pool telemetry.PoolID, events []telemetry.Event) ([]Record, error) {
	if err := pool.Validate(); err != nil {
		return nil, fmt.Errorf("commit: %w", err)
	}
	out := make([]Record, len(events))
	var o order
	for i := range events {
		e := &events[i]
		if e.Pool != pool {
			return nil, fmt.Errorf("%w: event %d (cabinet %d seq %d) is of pool %q, the commitment's is %q", ErrPoolMismatch, i, e.Cabinet, e.Seq, string(e.Pool), string(pool))
		}
		r, err := RecordOf(e)
		if err != nil {
			return nil, fmt.Errorf("event %d: %w", i, err)
		}
		if err := o.next(r); err != nil {
			return nil, fmt.Errorf("event %d: %w", i, err)
		}
		out[i] = r
	}
	return out, nil
}

// Leaves returns the capacity leaves of one chunk: the packed events in order,
// then empty leaves. It checks the events as CheckCanonical does and fails
// with ErrCapacity when there are more than capacity.
func Leaves(pool telemetry.PoolID, capacity int, events []telemetry.Event) ([]fr.Element, error) {
	if err := CheckCapacity(capacity); err != nil {
		return nil, err
	}
	if len(events) > capacity {
		return nil, fmt.Errorf("%w: %d events for a chunk of %d", ErrCapacity, len(events), capacity)
	}
	rs, err := records(pool, events)
	if err != nil {
		return nil, err
	}
	leaves := make([]fr.Element, capacity)
	for i, r := range rs {
		if leaves[i], err = r.Pack(); err != nil {
			return nil, err
		}
	}
	return leaves, nil
}

// ChunkRoot commits to one chunk:
//
//	Sponge(ChunkIV(capacity), leaves[0..capacity-1] ‖ count)
//
// where leaves[count:] are empty (0). leaves may be shorter than capacity
// (the rest is padding) but not shorter than count. The first count leaves
// must be packed records in canonical order (ErrBadChunk, ErrNotCanonical,
// ErrDuplicate), the rest empty (ErrBadChunk).
func ChunkRoot(leaves []fr.Element, count, capacity int) (fr.Element, error) {
	if err := CheckCapacity(capacity); err != nil {
		return fr.Element{}, err
	}
	if count < 0 || count > capacity || len(leaves) > capacity {
		return fr.Element{}, fmt.Errorf("%w: %d leaves, count %d, chunk capacity %d", ErrCapacity, len(leaves), count, capacity)
	}
	if len(leaves) < count {
		return fr.Element{}, fmt.Errorf("%w: %d leaves for a count of %d", ErrBadChunk, len(leaves), count)
	}
	var o order
	s := newSponge(ChunkIV(capacity))
	for i := range leaves {
		if i >= count {
			if !leaves[i].IsZero() {
				return fr.Element{}, fmt.Errorf("%w: leaf %d is past the count %d but not empty", ErrBadChunk, i, count)
			}
			continue
		}
		r, err := Unpack(leaves[i])
		if err != nil {
			return fr.Element{}, fmt.Errorf("%w: leaf %d: %w", ErrBadChunk, i, err)
		}
		if err := o.next(r); err != nil {
			return fr.Element{}, fmt.Errorf("leaf %d: %w", i, err)
		}
		s.absorb(&leaves[i])
	}
	return finishChunk(&s, count, capacity), nil
}

// finishChunk absorbs the padding after count leaves, then the count, and
// squeezes the chunk root.
func finishChunk(s *sponge, count, capacity int) fr.Element {
	s.absorbZeros(capacity - count)
	var c fr.Element
	c.SetUint64(uint64(count))
	s.absorb(&c)
	return s.squeeze()
}

var emptyRoots sync.Map // capacity -> fr.Element

// EmptyChunkRoot is the root of a chunk with no records; it pads the epoch
// tree and is the root of an empty epoch.
func EmptyChunkRoot(capacity int) (fr.Element, error) {
	if err := CheckCapacity(capacity); err != nil {
		return fr.Element{}, err
	}
	if v, ok := emptyRoots.Load(capacity); ok {
		return v.(fr.Element), nil
	}
	s := newSponge(ChunkIV(capacity))
	root := finishChunk(&s, 0, capacity)
	emptyRoots.Store(capacity, root)
	return root, nil
}
