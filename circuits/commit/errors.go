package commit

import "errors"

// The error classes of the commitment. Every rejection wraps exactly one of
// them (a few also wrap the error that caused them); match with errors.Is.
var (
	// ErrOutOfRange: a record field is outside the leaf layout or the model
	// (time before 1970 or after telemetry.MaxTime, SoC above 100, SoH above
	// 1000).
	ErrOutOfRange = errors.New("record field out of range")
	// ErrNotLeaf: a field element is not a packed record: it is not below
	// 2^LeafBits, lacks the record tag, or a field decodes out of range.
	ErrNotLeaf = errors.New("not a packed record")
	// ErrEmptyLeaf: the field element is the empty (padding) leaf, not a record.
	ErrEmptyLeaf = errors.New("empty leaf")
	// ErrNotCanonical: records are not in strictly increasing (cabinet, seq) order.
	ErrNotCanonical = errors.New("records not in canonical order")
	// ErrDuplicate: two records share a (cabinet, seq) key.
	ErrDuplicate = errors.New("duplicate record")
	// ErrPoolMismatch: a record belongs to another pool than the commitment.
	ErrPoolMismatch = errors.New("record of another pool")
	// ErrBadCapacity: a chunk capacity is not a power of two in
	// [MinCapacity, MaxCapacity].
	ErrBadCapacity = errors.New("invalid chunk capacity")
	// ErrCapacity: more records than a chunk holds, or more chunks than an
	// epoch tree holds (MaxChunks).
	ErrCapacity = errors.New("capacity exceeded")
	// ErrBadChunk: a chunk's leaves, count and padding disagree.
	ErrBadChunk = errors.New("malformed chunk")
	// ErrProof: a chunk inclusion proof is malformed or does not lead to the
	// epoch root.
	ErrProof = errors.New("invalid chunk proof")
	// ErrFinished: a Builder was used after Finish.
	ErrFinished = errors.New("builder already finished")
)
