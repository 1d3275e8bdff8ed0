// Package telemetry owns the model of what cabinets report: the Event (a
// battery swap or a heartbeat), its canonical binary encoding and JSON Lines
// form, device identities (an ed25519 key per cabinet in a Registry), and
// validation with named errors (ErrMalformed, ErrUnknownDevice,
// ErrRevokedDevice, ErrBadSignature, ErrDuplicate, ErrConflict,
// ErrOutOfRange, ErrClockSkew). A device's key may be rotated: see Key
// history.
//
// # Contiguous sequence numbers and heartbeats
//
// A cabinet numbers its events: its first event after registration has seq
// 1, and each event, swap or heartbeat, advances it by exactly one (seq 0
// is out of range for every event). A gap in a cabinet's sequence is an
// event withheld or lost, and a registered cabinet with no event at all is
// silent; so completeness is provable from the sequence numbers and the
// device registry. A cabinet with no event for the heartbeat period (set by
// the policy, e.g. an hour) signs a heartbeat (Kind KindHeartbeat): a signed
// event with a sequence number and a time and no swap (every swap field
// zero, no battery id; CheckModel refuses one that sets any), so an idle
// cabinet is not mistaken for a silent one. Heartbeats are validated,
// deduplicated and stored like swaps and count toward nothing but
// completeness: Bounds.Check passes them, and no swap figure includes them.
// A heartbeat has its own encoding version (HeartbeatEncodingVersion, 2; a
// swap's is EncodingVersion, 1) inside the signed bytes, so a signature over
// one kind never verifies the other. Its JSON form is exactly
// {"v":2,"kind":"heartbeat","pool":…,"cabinet":…,"seq":…,"time":…,"sig":…};
// a swap's has no "kind" key.
//
// Events are taken in any order: a cabinet flushing a backlog, an MQTT
// redelivery or two gateways reorder them, and a late event is as genuine as
// an early one. What identifies an event is its (cabinet, seq): the same
// bytes again are a duplicate (ErrDuplicate, safe to forget; a replay is
// one), other bytes a conflict (ErrConflict). The ledger applies the same
// rule by (pool, cabinet, seq) and refuses an event of a sealed hour.
//
// A device signs SigningBytes: a domain tag, the registry id and the
// canonical encoding, so a signature is bound to one message and one
// registry. Battery ids are withheld fields: signed and stored onshore, never
// committed, proven or sent offshore.
//
// # One signature rule everywhere
//
// Signatures are verified by the rules of ZIP 215
// (github.com/hdevalence/ed25519consensus): cofactored, s canonical,
// point encodings taken as they come. Under them a batch verifies exactly
// when each of its signatures does, so Registry.VerifyAll checks a batch in
// one multi-scalar multiplication (about a third of the cost per signature
// at 128) and falls back to one by one only when the batch fails, naming
// each bad event as Verify does. The agent (Validator.CheckAll), the
// embedded ledger and the chaincode all verify through it, so no two nodes
// can disagree on an edge case: crypto/ed25519's cofactorless check, for
// one, refuses a signature whose R has a small-order component that ZIP 215
// accepts (sigtest builds such cases; a test feeds them to all three).
// Since a small-order key would verify forged signatures under these rules,
// a Registry refuses any key that is not the canonical encoding of a point
// of large order (ErrWeakKey), at registration and rotation.
//
// # Key history
//
// A cabinet keeps its id for life; its key may change. A Device holds its
// key history: PublicKey from RegisteredAt, then each Rotation's key from its
// At until the next one (Keys gives the intervals, [From, Until)), and an
// optional RevokedAt that ends the last key and the device. Verify checks
// an event against the key valid at the event's time: an event signed
// before a rotation keeps verifying under the old key, and the old key
// signs nothing dated at or after it (ErrRetiredKey; a new key used before
// its rotation is ErrKeyNotYetValid; both wrap ErrBadSignature). A
// registry refuses a key two cabinets share, or one cabinet twice
// (ErrKeyInUse), a rotation or revocation not after the current key's
// start (ErrBackdated) and a change to a revoked cabinet
// (ErrRevokedDevice). devices.yaml writes the history as an optional
// "rotations" list ({at, public_key}) per device; a device without it has
// one key valid from registered_at on, so files without rotations read as
// before. Keys are written in one form (EncodeKey: standard base64), times
// in one (FormatTime: RFC 3339 UTC).
//
// It does not own storage, batching or sources (see onshore/agent), nor the
// commitment over records (see circuits/commit).
package telemetry
