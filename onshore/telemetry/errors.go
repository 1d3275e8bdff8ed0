package telemetry

import (
	"errors"
	"fmt"
)

// The error classes of telemetry validation. Every rejection wraps exactly one
// of them; match with errors.Is and name the class with Class.
var (
	ErrMalformed     = errors.New("malformed event")
	ErrUnknownDevice = errors.New("unknown device")
	ErrRevokedDevice = errors.New("revoked device")
	ErrBadSignature  = errors.New("bad signature")
	// ErrDuplicate: the exact event (same cabinet, sequence number and
	// bytes) was already taken; safe to forget. A replay is a duplicate.
	ErrDuplicate = errors.New("duplicate event")
	// ErrConflict: another event with the same cabinet and sequence
	// number, but other contents, was already taken; neither replaces the
	// other.
	ErrConflict   = errors.New("conflicting event: same cabinet and sequence number, other contents")
	ErrOutOfRange = errors.New("value out of range")
	ErrClockSkew  = errors.New("clock skew beyond the allowed window")
)

// Kinds of malformed JSON events with names of their own (each wraps
// ErrMalformed, so Class names them "malformed"): encoding/json would take
// the last of two equal keys, and the signature then fails over bytes the
// cabinet never signed, so a duplicate key is refused before that; a UTF-8
// byte-order mark is not JSON.
var (
	ErrDuplicateKey  = fmt.Errorf("%w: duplicate JSON key", ErrMalformed)
	ErrByteOrderMark = fmt.Errorf("%w: UTF-8 byte-order mark", ErrMalformed)
)

// Kinds of bad signature with names of their own (each wraps
// ErrBadSignature, so Class names them "bad_signature"): the event is signed
// by a key of its cabinet's history, but not by the one valid at its time.
var (
	ErrRetiredKey     = fmt.Errorf("%w: signed by a key replaced before the event's time", ErrBadSignature)
	ErrKeyNotYetValid = fmt.Errorf("%w: signed by a key not yet valid at the event's time", ErrBadSignature)
)

// The errors of changes to the device registry (Registry.Add, Rotate,
// Revoke; the ledger's device transactions name the same). Rotating or
// revoking a revoked cabinet is ErrRevokedDevice.
var (
	// ErrKeyInUse: the key is (or was) another cabinet's, or was this
	// cabinet's before. A key belongs to one cabinet, once.
	ErrKeyInUse = errors.New("public key already used")
	// ErrBackdated: a rotation or revocation dated before the key it
	// ends became valid (the ledger also refuses one before events it
	// holds or before its last sealed epoch).
	ErrBackdated = errors.New("key change back-dated")
	// ErrWeakKey: a public key that is not the canonical encoding of an
	// ed25519 point of large order. Signatures are checked by the rules of
	// ZIP 215 (see Registry.Verify), under which a small-order key would
	// verify forged signatures; such keys are refused at registration.
	ErrWeakKey = errors.New("public key is not a canonical ed25519 point of large order")
)

// classes lists the sentinels with their stable, machine-readable names (used
// in metrics labels, HTTP error bodies and CLI reports).
var classes = []struct {
	err  error
	name string
}{
	{ErrMalformed, "malformed"},
	{ErrUnknownDevice, "unknown_device"},
	{ErrRevokedDevice, "revoked_device"},
	{ErrBadSignature, "bad_signature"},
	{ErrDuplicate, "duplicate"},
	{ErrConflict, "conflict"},
	{ErrOutOfRange, "out_of_range"},
	{ErrClockSkew, "clock_skew"},
}

// Class returns the stable name of err's telemetry error class ("bad_signature",
// "duplicate", …), or "other" when err wraps none of them.
func Class(err error) string {
	for _, c := range classes {
		if errors.Is(err, c.err) {
			return c.name
		}
	}
	return "other"
}

// Classes returns every class name, in a fixed order.
func Classes() []string {
	out := make([]string, len(classes))
	for i, c := range classes {
		out[i] = c.name
	}
	return out
}

// RangeError says which field of an event is outside its bounds.
type RangeError struct {
	Field    string
	Value    int64
	Min, Max int64
}

func (e *RangeError) Error() string {
	return fmt.Sprintf("%s: %s = %d, allowed [%d, %d]", ErrOutOfRange, e.Field, e.Value, e.Min, e.Max)
}

func (e *RangeError) Unwrap() error { return ErrOutOfRange }
