// Package telemetry owns the model of what cabinets report: the swap Event,
// its canonical binary encoding and JSON Lines form, device identities (an
// ed25519 key per cabinet in a Registry), and validation with named errors
// (ErrMalformed, ErrUnknownDevice, ErrRevokedDevice, ErrBadSignature,
// ErrReplay, ErrOutOfRange, ErrClockSkew).
//
// A device signs SigningBytes: a domain tag, the registry id and the
// canonical encoding, so a signature is bound to one message and one
// registry. Battery ids are withheld fields: signed and stored onshore, never
// committed, proven or sent offshore.
//
// It does not own storage, batching or sources (see onshore/agent), nor the
// commitment over records (see circuits/commit).
package telemetry
