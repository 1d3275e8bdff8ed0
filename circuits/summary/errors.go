package summary

import "errors"

// The error classes of the summary statement and its native twin; every
// rejection wraps one of them (match with errors.Is).
var (
	// ErrOutsideEpoch: a record's time is not in [epoch start, epoch end).
	ErrOutsideEpoch = errors.New("record outside the epoch")
	// ErrOutOfBounds: a record breaks the policy's per-record bounds.
	ErrOutOfBounds = errors.New("record outside the policy's record bounds")
	// ErrKAnonymity: the epoch has fewer active cabinets than the policy's
	// min_active_cabinets; it can not be disclosed.
	ErrKAnonymity = errors.New("k-anonymity threshold not met")
	// ErrOverflow: a value does not fit its encoding (an epoch, index or
	// metric too large for the statement's fixed widths).
	ErrOverflow = errors.New("value exceeds its encoding")
	// ErrCapacity: the capacity is not a power of two in [MinCapacity,
	// MaxCapacity] or the records do not fit the epoch's chunks.
	ErrCapacity = errors.New("invalid capacity")
	// ErrBadStatement: a statement or witness is inconsistent (a chunk
	// index beyond the epoch, a final flag on a non-final chunk, …).
	ErrBadStatement = errors.New("inconsistent statement")
)
