package ledger

import (
	"errors"
	"strings"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// The errors of the contract. Every error Dispatch returns wraps one of them
// (or is an engine failure, code "internal"); per-event results of
// SubmitBatch name one of them or a telemetry class. Match with errors.Is.
var (
	ErrBadArgs        = errors.New("bad arguments")
	ErrNotAuthorized  = errors.New("not authorized")
	ErrNotFound       = errors.New("not found")
	ErrConflict       = errors.New("conflicts with what the ledger holds")
	ErrEpochSealed    = errors.New("epoch already sealed")
	ErrAlreadySealed  = errors.New("seal exists")
	ErrEpochNotEnded  = errors.New("epoch not ended (plus grace)")
	ErrBadPolicy      = errors.New("invalid policy")
	ErrPolicyMismatch = errors.New("policy does not match the pool's sealed epochs")
	// ErrOutOfOrder is a ceremony contribution whose index is not the next
	// one of its phase's log (a gap: an earlier contribution is missing).
	ErrOutOfOrder = errors.New("out of order")

	// The device registry's refusals are telemetry's: a key of another
	// cabinet or one this cabinet had (ErrKeyInUse, "key_in_use"); a
	// rotation or revocation dated before the current key's start, before
	// a record of the cabinet the ledger holds, or inside or before the
	// pool's last sealed epoch (ErrBackdated, "backdated"); a change to a
	// revoked cabinet (ErrRevokedDevice, "revoked_device", also a per-event
	// class).
	ErrKeyInUse      = telemetry.ErrKeyInUse
	ErrBackdated     = telemetry.ErrBackdated
	ErrRevokedDevice = telemetry.ErrRevokedDevice

	// ErrClockSkew is telemetry's: an event dated more than Config.MaxSkew
	// after the transaction's time (a per-event class, "clock_skew").
	ErrClockSkew = telemetry.ErrClockSkew
)

// CodeInternal is the code of an error that wraps none of the sentinels: a
// failure of the ledger engine, not of the call.
const CodeInternal = "internal"

// wirePrefix starts the string form of every error that crosses Dispatch:
// "rwabridge:<code>: <message>".
const wirePrefix = "rwabridge:"

// codes gives each sentinel its stable, machine-readable code. The order is
// the matching order of Code.
var codes = []struct {
	err  error
	code string
}{
	{ErrEpochSealed, "epoch_sealed"},
	{ErrAlreadySealed, "already_sealed"},
	{ErrEpochNotEnded, "epoch_not_ended"},
	{ErrConflict, "conflict"},
	{ErrNotAuthorized, "not_authorized"},
	{ErrNotFound, "not_found"},
	{ErrBadPolicy, "bad_policy"},
	{ErrPolicyMismatch, "policy_mismatch"},
	{ErrOutOfOrder, "out_of_order"},
	{ErrKeyInUse, "key_in_use"},
	{ErrBackdated, "backdated"},
	{ErrRevokedDevice, "revoked_device"},
	{ErrBadArgs, "bad_args"},
}

// Code returns the stable code of err's contract sentinel ("epoch_sealed",
// "conflict", …), or CodeInternal when it wraps none.
func Code(err error) string {
	for _, c := range codes {
		if errors.Is(err, c.err) {
			return c.code
		}
	}
	return CodeInternal
}

// Codes returns every sentinel code, in a fixed order.
func Codes() []string {
	out := make([]string, len(codes))
	for i, c := range codes {
		out[i] = c.code
	}
	return out
}

func sentinelOf(code string) error {
	for _, c := range codes {
		if c.code == code {
			return c.err
		}
	}
	return nil
}

// Error is a contract error as it crosses a back end: a stable code and the
// message. It matches its sentinel with errors.Is (and, on the client side,
// the transport error it was read from).
type Error struct {
	Code string // one of Codes(), or CodeInternal
	Msg  string // the whole message, "rwabridge:<code>: …"

	sentinel error
	cause    error
}

func (e *Error) Error() string { return e.Msg }

// Unwrap returns the sentinel and the underlying error.
func (e *Error) Unwrap() []error {
	var out []error
	if e.sentinel != nil {
		out = append(out, e.sentinel)
	}
	if e.cause != nil {
		out = append(out, e.cause)
	}
	return out
}

// inWireForm reports whether err needs no conversion to or from the wire
// form: nil, or an *Error already.
func inWireForm(err error) bool {
	var we *Error
	return err == nil || errors.As(err, &we)
}

// toWire gives err its wire form. Errors already in wire form pass through.
func toWire(err error) error {
	if inWireForm(err) {
		return err
	}
	code := Code(err)
	return &Error{Code: code, Msg: wirePrefix + code + ": " + err.Error(), sentinel: sentinelOf(code), cause: err}
}

// FromWire reads a contract error back from what a back end returned: it
// finds "rwabridge:<code>:" in err's message (a Fabric Gateway error carries
// the chaincode message inside its own) and returns an *Error matching that
// code's sentinel and err. It matches by code only, never by message text.
// Errors without a known code are returned unchanged.
func FromWire(err error) error {
	if inWireForm(err) {
		return err
	}
	s := err.Error()
	for off := 0; ; {
		i := strings.Index(s[off:], wirePrefix)
		if i < 0 {
			return err
		}
		rest := s[off+i+len(wirePrefix):]
		if j := strings.IndexByte(rest, ':'); j > 0 {
			code := rest[:j]
			if sentinel := sentinelOf(code); sentinel != nil || code == CodeInternal {
				return &Error{Code: code, Msg: s[off+i:], sentinel: sentinel, cause: err}
			}
		}
		off += i + len(wirePrefix)
	}
}

// eventSentinel maps a per-event class (a telemetry class or a contract
// code) to its sentinel.
func eventSentinel(class string) error {
	if s := sentinelOf(class); s != nil {
		return s
	}
	for _, c := range []error{
		telemetry.ErrMalformed, telemetry.ErrUnknownDevice, telemetry.ErrRevokedDevice, telemetry.ErrBadSignature,
		telemetry.ErrDuplicate, telemetry.ErrOutOfRange, telemetry.ErrClockSkew,
	} {
		if telemetry.Class(c) == class {
			return c
		}
	}
	return nil
}

// eventClass names the class of a per-event rejection: the contract code of
// err when it wraps a contract sentinel, else its telemetry class.
func eventClass(err error) string {
	if c := Code(err); c != CodeInternal {
		return c
	}
	return telemetry.Class(err)
}
