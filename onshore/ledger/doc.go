// Package ledger owns the onshore ledger's contract logic — the device
// registry, ingest of signed cabinet events (swaps and heartbeats),
// sealing (pool, epoch) with a commitment, attestations, the export log and
// the contribution logs of key ceremonies — and the typed Client every
// other part uses to call it. One deterministic implementation runs in both
// back ends: as Fabric chaincode and inside the embedded ledger. Both call
// Contract.Dispatch(tx, fn, args) with a TxContext (state.go); the embedded
// ledger records fn and args in its blocks and replays them through Dispatch
// to re-derive its state.
//
// It does not own the engines (onshore/ledger/embedded, the Fabric
// chaincode server and Gateway invoker), Fabric plumbing (endorsement
// policies, collection configs, identities), the event model and its
// validation (onshore/telemetry), the commitment (circuits/commit) or
// policies (policies/policy); it reuses those.
//
// # Calls
//
// Each function takes one argument and returns one result: JSON, except
// SubmitBatch's argument and Records' result, which are frame lists
// (EncodeBatch): a version byte, a uvarint count and length-prefixed items,
// each item telemetry's canonical signed encoding. Queries (IsQuery) never
// write. Errors leave Dispatch in wire form, "rwabridge:<code>: message"
// (Code, Codes); the Client reads the code back with FromWire, so
// errors.Is(err, ErrEpochSealed) holds whichever back end carried it.
//
// SubmitBatch answers per event (EventResult): stored, duplicate (the exact
// bytes are already stored: safe to forget) or rejected with a class — a
// telemetry class (malformed, unknown_device, revoked_device, bad_signature,
// out_of_range, clock_skew) or a contract code (conflict: the same (pool,
// cabinet, seq) with other bytes; epoch_sealed: the event's hour is sealed).
// Only a broken frame list fails the whole call. Signatures are verified on
// runtime.NumCPU() goroutines, each result in its own slot; the outcome does
// not depend on scheduling. The clock-skew window is measured from the
// transaction's time, never the local clock.
//
// # Key layout
//
// All numbers are fixed-width lowercase hex, so byte order is numeric order;
// pool ids never contain '/'.
//
//	channel (public) state
//	g/registry                               registry id (bound into every device signature), set once
//	d/<cabinet:08x>                          DeviceEntry JSON: pool, first ed25519 key, registered at, rotations (at, key), revoked at
//	k/<pool>/<cabinet:08x>/<seq:016x>        dedupe: SHA-256 of the record's bytes ‖ its hour (u32)
//	sh/<pool>/<hour:08x>                     sealed-hour marker → the seal's key
//	pe/<pool>                                the pool's epoch length, pinned by its first seal
//	s/<pool>/<epoch:016x>                    Seal JSON
//	a/<pool>/<epoch:016x>/<msp>              Attestation JSON, one per org
//	x/<pool>/<epoch:016x>/<l2 tx hash>       Export JSON
//	c/<ceremony>/<phase>/<index:04x>         Contribution JSON (ceremony: its id's 64 hex digits; phase 1 or 2)
//
//	private collection Config.RecordsCollection
//	r/<pool>/<hour:08x>/<cabinet:08x>/<seq:016x>   the record: canonical signed encoding
//
// Why: the epoch length is known only at sealing (it is the policy's), so
// records are bucketed by UTC hour, which every allowed epoch length is a
// multiple of and every epoch starts on. Within a bucket, keys sort in
// canonical (cabinet, seq) order. Sealing epoch [start, end) is a k-way
// merge of its hour buckets (24 for a day, 168 for a week): each bucket is
// read in pages that grow from 16 records, a heap picks the least (cabinet,
// seq), and records stream into commit.Builder — memory holds a page per
// bucket, never the epoch. Records pages the same merge from a token (the
// last (cabinet, seq) returned).
//
// Replay protection is key uniqueness: the dedupe key k/… tells, with one
// read per event, whether a record exists, whether it is byte-identical
// (duplicate) or not (conflict), and in which hour bucket it lives. There is
// no "last seq" per cabinet and no counter: ingest touches only keys of its
// own events, so concurrent agents do not conflict (no hot keys). Seal
// writes a marker per hour of the epoch, so ingest checks one key per event
// hour for ErrEpochSealed. Only hashes and positions of records are on the
// channel; their contents stay in the collection.
//
// Pinning the epoch length (pe/) makes epoch numbers, and so seal keys, mean
// one thing per pool: a policy with another epoch length for that pool is
// ErrPolicyMismatch; new versions with the same length are fine.
//
// # Device keys
//
// RegisterDevices, RotateDeviceKey and RevokeDevice change the device
// registry; each needs an admin of Config.OperatorMSP (on Fabric the
// chaincode's endorsement policy applies to them as to every transaction).
// A device keeps its key history (telemetry.Device): its first key from its
// registration, then each rotated-in key from its rotation on; ingest checks
// every event against the key of its time, so the old key signs nothing
// dated after a rotation and events it signed before stay valid. A key
// change dated at must leave everything the ledger holds as it verified:
// at is after the current key's start, at or after the end of the pool's
// last sealed epoch and after every record of the cabinet (found by
// reading the cabinet's records in the hour buckets from at up to the
// transaction's time plus Config.MaxSkew, as Seal reads them), else
// ErrBackdated; at most Config.MaxSkew after the transaction's time, else
// ErrBadArgs. A rotation's key must be new to the registry (ErrKeyInUse:
// another cabinet's, now or before, or one the cabinet had); a revoked
// cabinet is not re-keyed (ErrRevokedDevice) nor revoked again at another
// time (ErrConflict). Repeating a recorded change returns the device
// unchanged, so a retried transaction is harmless. RegisterDevices of a
// devices file whose history the ledger holds more of changes nothing
// (the file may lag); rotations or a revocation the ledger lacks are
// recorded under the same rules; a history that differs is ErrConflict.
//
// # Sealing
//
// Seal(pool, epoch, policy YAML) parses the policy, requires transaction time
// ≥ EpochEnd + Config.Grace (ErrEpochNotEnded) and no seal yet
// (ErrAlreadySealed), then commits the epoch's records that satisfy the
// policy's record bounds (records accepted under the ledger's wider ingest
// bounds but outside the policy's are counted in OutOfBounds, not
// committed). Heartbeats are stored, deduplicated and committed like swaps
// (the bounds are a swap's; a heartbeat has no swap fields) and count
// toward nothing but completeness. It computes the disclosed aggregates
// over the committed swaps (min_soh_permille over none is 1000),
// k-anonymity (cabinets with a committed swap), completeness (devices
// registered before the end and not revoked at the start, against cabinets
// that reported, a heartbeat enough),
// stores the Seal and emits EventSealCreated with it. Records of a sealed
// epoch returns exactly the committed records, so the prover and auditors
// recompute the same root.
//
// # Ceremony log
//
// The keys the prover uses come from a multi-party trusted-setup ceremony
// among the consortium's orgs (circuits/ceremony). RecordContribution
// records, for each contribution, the SHA-256 of its file and of the file
// it builds on, who made it and its signature, so the consortium's own
// ledger testifies who contributed and in what order; CeremonyLog reads it
// back, phase 1 in index order, then phase 2. The caller must belong to the
// org it records for (as for attestations). The log of a (ceremony, phase)
// is one chain: indices run 1, 2, … up to MaxContributions with no gap
// (ErrOutOfOrder), each entry's Previous is the entry before's Contribution
// (a fork is ErrConflict), no file appears twice and an org contributes at
// most once per phase (ErrConflict naming the recorded entry). The same
// request again returns the recorded entry and writes nothing. The two
// phases are separate chains: the ledger does not tie phase 2's first
// entry to phase 1's log, and phase 2 may be logged without phase 1 (one
// imported from elsewhere). Each contribution reads its phase's keys with
// a range, so of two contributions racing for one index Fabric commits one
// (the other fails phantom-read validation). The ledger verifies neither
// the signature nor the files: the signed statement is encoded by
// circuits/ceremony, which this package does not import, and rwabridge
// ceremony verify checks the log against the transcript.
//
// # Requirements on back ends
//
//   - A failed Dispatch must leave no write behind.
//   - Reads need not see the transaction's own writes (Fabric's semantics);
//     the contract never relies on them.
//   - Range and RangePrivate must stop when visit returns an error and
//     return that error (wrapped or not); the contract stops ranges early.
//     visit's value may be reused after visit returns; the contract copies.
//   - Every peer, and every replay, must use the same Config.
//   - On Fabric, range reads of private data are not checked for phantoms
//     at commit: an event endorsed while a Seal of its epoch is in flight
//     and committed just before it can be stored unsealed-over. The
//     sealed-hour markers catch the other order; Config.Grace makes the
//     window rare. The Fabric back end should serialise Seal behind ingest
//     of that epoch (for example, seal only after agents report drained
//     queues for it), and auditors compare Records' count with the seal.
package ledger
