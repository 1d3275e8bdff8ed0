// Package relay owns the relayer: it carries every sealed, attested epoch
// of the onshore ledger to the L2 DisclosureRegistry exactly once, through
// a durable state machine per (pool, epoch) kept in a bridge/outbox:
//
//	sealed → proved → attested → submitted → confirmed → exported
//
// for every epoch: one below the policy's k-anonymity threshold (or
// without records) is proved, attested and disclosed suppressed, with no
// figures, since the registry takes every epoch of a pool in order
//
// and back: attested or submitted → proved when the registry's committee
// changed (signatures collected again), submitted → attested after a
// refusal that passes by waiting, and any of sealed, proved, attested,
// submitted → failed (stuck: the pool's queue stops) → back to the queue
// when an operator re-queues it.
//
// # Crash safety
//
// Every step persists what it learnt before it acts on it, and every step
// can be repeated:
//
//   - proved: the bundle is written to a file (fsync, rename) and then
//     recorded. A crash between the two leaves a file that the next run
//     adopts (same pool, epoch, root, count, policy) instead of proving
//     again; a failed post never sends the epoch back to the prover.
//   - attested: the quorum is read from the ledger and checked (digest of
//     the bundle's message in this chain's and registry's domain, recovered
//     signer, committee membership, distinct signers); below the registry's
//     threshold the epoch waits.
//   - submitted: before broadcasting, the signed raw transaction, its hash,
//     nonce and fee caps are recorded. A restart re-broadcasts the same
//     bytes. A nonce is taken only by writing the record that holds it
//     (outbox.NextNonce is derived from the records and the chain), and the
//     outbox refuses two epochs with one nonce, so a nonce never carries
//     other data. A stuck transaction is replaced with the same nonce and
//     data at ≥ +BumpPercent tip and fee cap (capped by FeeCapMaxWei).
//   - confirmed: the receipt's block must still be canonical (its hash at
//     that height) and Confirmations deep (and finalized when Finalized is
//     set and the node has the tag). A receipt that disappears or moves
//     before that is a reorg: the entry forgets the inclusion and
//     re-broadcasts.
//   - Before proving and before sending, the registry is asked whether the
//     epoch is already disclosed (record(pool, epoch)); if so, and it is
//     this epoch's disclosure (the same struct hash; before proving, the
//     seal's root and policy), the epoch is done — already posted, not an
//     error — and its export names the transaction found in the
//     DisclosureAccepted log. Another disclosure of the epoch stops the
//     pool's queue (below).
//   - exported: RecordExport on the ledger is idempotent.
//
// # Epochs in parts
//
// An epoch of more than Config.ChunksPerTx chunks (default 128, at most
// 220 under the 2^24 gas cap) is disclosed in parts (the registry's
// submitDisclosurePart), one transaction each and one at a time: each part
// is recorded in the outbox before it is broadcast (Entry.Part: its chunk
// range, beside the nonce and raw transaction), tracked like a whole epoch
// to Confirmations depth, then appended to Entry.Parts, and the epoch goes
// back to attested for the next. Where the next part starts is read from
// the registry before every send (pendingEpoch): it continues the pending
// epoch when that is this disclosure under the current committee with this
// bundle's accumulator at its next chunk — so a restarted relayer never
// sends a confirmed part again, and a part another sender landed is
// skipped — and starts from chunk 0 otherwise (another proof of the epoch,
// another committee, nothing pending). Later epochs of the pool wait until
// the final part is in a block. The registry's refusals of parts:
// PartOutOfOrder, PendingMismatch and PendingCommitteeChanged (the pending
// epoch moved: read again, retried) and PendingHeld (another sender holds
// a live one: retried with backoff until it is an hour old and may be
// restarted) wait; PartRangeInvalid stops.
//
// # Refusals
//
// Every revert of the registry, at estimation or mined, is decoded to its
// custom error and arguments (a mined one by re-running the call with
// eth_call at the end of its block, with its gas), recorded in the entry
// (outbox.Revert: error, arguments, where, since, count, what to do),
// logged, counted (reverts_total, refused_epochs) and acted on by name, so
// it works across registry versions that keep the names:
//
//   - it passes by waiting (EnforcedPause, EpochNotEnded, PoolNotActive,
//     out of gas, a revert whose call passes at the end of its block): the
//     epoch stays attested at the head of its pool's queue and is tried
//     again after Config.RevertBackoff, growing with each refusal; after
//     any revert the relayer estimates even with gas_limit set;
//   - DuplicateEpoch: confirmed when the registry's record is this
//     epoch's disclosure, else it stops;
//   - InvalidSignature or InsufficientSignatures after the committee
//     version moved: the signatures are dropped and collected again from
//     the new committee (also whenever the committee's version differs
//     from the one the signatures were gathered under, read before every
//     send), so old signatures are never submitted again;
//   - anything else (ProofInvalid, PolicyNotAllowed, SanityBoundExceeded,
//     GrowthBoundExceeded, EpochOutOfOrder or EpochNotNext, another
//     record, unknown errors): the epoch is failed and stays at the head
//     of its pool's queue; no later epoch of that pool is sent past it
//     (other pools go on) until an operator fixes the cause and re-queues
//     it (`rwabridge relay retry`, outbox.Requeue).
//
// A mined revert is acted on only once its block is Confirmations deep: a
// reorg that drops it leaves the transaction to be included again or
// re-broadcast, as any other. A transaction acted on is kept in
// Entry.Reverted and never broadcast again; its nonce is spent.
//
// Epochs of a pool are submitted in order: an epoch is sent only once the
// earlier ones of its pool are in a block without reverting (a refusal of
// an earlier one would otherwise let it land past it). Chain and ledger
// calls are retried with exponential backoff.
//
// # Batches
//
// Pools go together: the attested epochs at the head of their pools'
// queues are held until the end of the pass, each is tried alone on the
// node (an estimate of its own submission), and those that would pass —
// single-chunk, signed under the current committee, of pools on one
// verifier contract — go out in one transaction (the registry's
// submitDisclosures, one pairing check for all), at most Config.BatchMax
// (batch_max, default 16; 1 turns batches off) to a transaction. One that
// would be refused, a multi-chunk epoch, one refused before and a lone one
// are sent alone, as without batches, so a refusal always names its
// epoch. Crash safety is that of one epoch: the batch's signed raw
// transaction and nonce are recorded in every entry of the batch, in one
// outbox write (the outbox lets exactly the entries of one batch share a
// nonce), before the broadcast; a restart re-broadcasts the same bytes; a
// replacement is recorded in all of them together; each entry follows
// the transaction's receipt and is confirmed by it. A batch mined reverted
// can not say whose epoch was refused: its epochs go back to attested
// (the transaction kept in Reverted) and are sent alone at once, where
// the refusal names its epoch.
//
// # When it passes
//
// Run passes at start and then on the cron schedule. Given a seal source
// (Deps.SealEvents: on Fabric the ledger connection's seal listener,
// resumed from Config.SealCheckpoint) it also passes as soon as a seal is
// created, so a new epoch starts proving without waiting for the schedule.
// The schedule stays: it retries what waits (attestations, confirmations,
// transient failures) and carries on alone when the source is missing,
// fails or ends. Healthy says whether the ledger and the L2 node answer
// (the command serves it on /healthz; a log line and the dependency_up
// gauge mark every change).
//
// Deps.CrashPoint is called at each durable step (the Point* names): the
// fault tests kill the process there.
//
// It does not prove by itself (a Prover, bridge/prove in production),
// sign attestations (bridge/attest), listen to ledger events
// (onshore/ledger/backend does), or read flags and environment
// (`rwabridge relay` does).
package relay
