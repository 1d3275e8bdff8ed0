// Package offshore holds rwabridge's L2 side: the Solidity contracts
// (contracts/src), their pinned compiler inputs (contracts/package.json and
// package-lock.json: solc-js 0.8.37, @openzeppelin/contracts 5.7.0,
// optimizer on, 200 runs, EVM version osaka), the compiled artifacts
// (artifacts/, generated) and the abigen v2 Go bindings (bindings/,
// generated). Nothing at run time needs node or solc.
//
// Subpackages: verifier (verifying key → constructor words, key hash, proof
// layout), disclosure (the EIP-712 message, the per-chunk submission and
// its public inputs, the signature list, in Go), onchain (sending, revert
// decoding, an Osaka simulated chain), registry (the one reader of the
// registry's events and records, and its calldata), deploy (deployment and
// its YAML config), governance (the timelock's operations: schedule, list
// in words, execute, cancel), token (the token's operator and holders: onboarding,
// transfers, payouts), devnode (a throwaway geth --dev), gasbench (the gas
// benchmark behind `rwabridge bench gas`), audit (the auditor's independent
// re-verification of every disclosure, online or from an exported evidence
// bundle), investor (the investor view: web page and terminal table) and
// chaintest (the test world: insecure test keys and proofs, a funded chain,
// deployments; for tests only).
//
// # Regenerating
//
//	(cd offshore/contracts && npm ci)   # once; scripts/install-test-deps.sh does it
//	go generate ./offshore              # compile.js, then abigen --v2
//
// TestGeneratedFilesAreUpToDate recompiles and regenerates into a temporary
// directory and fails on any difference (it skips, saying why, without node
// or node_modules): `go test ./offshore -run TestGeneratedFilesAreUpToDate`.
//
// # Contracts
//
// Groth16Verifier: Groth16 over BN254 for a circuit with seven public inputs
// and one BSB22 commitment (the shape of circuits/summary, whose lookup range
// checks add the commitment). The verifying key is a constructor argument
// (40 words, see package verifier) kept in immutables, so one bytecode serves
// every key of that shape. verifyProof(bytes proof, uint256[7] input) reverts
// with ProofInvalid, PublicInputNotInField, ProofLengthInvalid or
// CommitmentInvalid; verifyProofs(bytes[] proofs, uint256[7][] inputs)
// checks n proofs with one pairing check of n + 5 pairs (random linear
// combination with Fiat–Shamir weights; soundness argued in the contract)
// and reverts the same way, or BatchLengthInvalid for an empty or ragged
// batch; vkHash() is circuits/keys.VKHash of the key, and
// verifyingKey() returns the 40 words themselves, so an auditor can rebuild
// the key from the chain and check it against vkHash() without any key
// file. The commitment's proof of knowledge is batched into the main
// pairing with a Fiat–Shamir coefficient (6 pairs in one call; soundness
// argued in the contract); a differential test compares its verdicts with
// gnark's.
//
// DisclosureRegistry (AccessControlDefaultAdminRules with the timelock as
// default admin, GUARDIAN_ROLE, OPERATOR_ROLE: see "Who can change what";
// EIP712; Pausable) is born with a committee — its constructor's Genesis
// names the committee, the pools with their configuration and allowed
// policies, and the guardian and operator, all visible in the creation
// transaction — and keeps the committee
// (1–32 distinct nonzero signers, threshold k with n/2 < k ≤ n, a version
// raised on each change, CommitteeSet events), pools (id = telemetry
// PoolID.Field, at most 31 bytes; verifier, token, epoch length, first
// epoch, per-metric sanity maximum, growth and drop bounds in basis
// points), allowed policy hashes per pool with their payout share and
// disclosed metrics, and one record per (pool, epoch): the top 192 bits of
// the disclosure's EIP-712 struct hash, the payout share in force and the
// block it was accepted in. An epoch is accepted whole, in one transaction, by
// submitDisclosure(d, chunks, signatures) (any number of chunks) or
// submitSingleChunkDisclosure(d, proof, signatures) (one chunk, cheaper;
// see "Epochs of several chunks" below), or in parts over several
// transactions by submitDisclosurePart (see "Epochs larger than one
// transaction"), and only with:
//
//	the pool active                          PoolNotActive
//	the policy allowed in the pool           PolicyNotAllowed
//	the epoch ended: now ≥ (epoch+1)·L        EpochNotEnded
//	not yet disclosed (pool, epoch)          DuplicateEpoch (never keyed by proof bytes)
//	the pool's next epoch: its first epoch
//	(PoolConfig.firstEpoch), then the one
//	after the latest — none skipped          EpochNotNext
//	0 < root < r (the BN254 scalar field)    ZeroRoot, RootNotInField
//	suppressed: every metric 0               SuppressedWithFigures
//	shown: each metric ≤ its maximum         SanityBoundExceeded
//	shown, per metric the policy discloses,
//	once the pool has a reference r (the
//	last nonzero value shown): ≤ r + r·growth
//	and ≥ r − r·drop (basis points)          GrowthBoundExceeded, DropBoundExceeded
//	d.chunks ≥ 1 roots given (one for the
//	single-chunk entry), n−1 accumulators,
//	n proofs                                 ChunkCountInvalid, ChunkListsInconsistent
//	keccak256(roots) == d.chunkRootsHash     ChunkRootsMismatch
//	one chunk: its root is d.root            ChunkRootNotEpochRoot
//	signatures: 65-byte (r, s, v) each,
//	concatenated, signers strictly
//	increasing, low s, committee members,
//	at least k                               SignaturesMalformed, SignatureMalformed,
//	                                         SignatureHighS, InvalidSignature (not a member,
//	                                         which is also what a signature for another
//	                                         chain, registry or message recovers to),
//	                                         SignersNotAscending, InsufficientSignatures
//	every chunk's proof over its inputs      ProofInvalid, PublicInputNotInField, …
//	not paused                               EnforcedPause
//
// Every ended epoch of a pool is disclosed exactly once, in order: with
// figures, or — when it had fewer active cabinets than max(1, the
// policy's k), no records included — suppressed: suppressed = true, every
// metric 0, its proof saying exactly that (circuits/summary). An operator
// can not hide a bad day by skipping it, nor a relayer lose one: the
// pool's later epochs wait behind it. The bounds' references are per
// metric the last nonzero value shown, so neither a zero, a suppressed
// epoch, nor an epoch under a policy withholding the metric resets them
// (and no gap can). A pool's epoch length and each allowed policy's
// disclosed set (allowPolicy) enter every proof's header input, so a
// policy of another epoch length or disclosed set has no valid proof in
// the pool: "epoch ended" is checked with the length the proof used.
//
// The registry then stores the record — with the payout share the policy
// had at that moment, which acceptance(d) returns and RWAToken uses, so a
// later change of the policy's terms moves no accepted epoch's payouts —
// and emits DisclosureAccepted(pool, epoch, submitter, policyHash, root,
// chunks, chunkRootsHash, suppressed, metrics[5], committeeVersion,
// prevPlusOne): every field of d, so d can be rebuilt
// from the event for disclosedAt, payoutCap and depositPayout, and the
// pool's latest disclosed epoch before it plus one (0 for its first), so a
// pool's events form a chain in which a missing one shows (the auditor's
// evidence bundle is checked for completeness with it). Reads (working while
// paused): record, disclosedAt(d) (reverts NotDisclosed unless d is exactly
// the accepted disclosure), acceptance(d) (block and payout share),
// latestEpoch, nextEpoch, isStale (the pool's next epoch has ended),
// poolInfo, policyTerms, committee (the members' hash, threshold and
// version: the members themselves are in the CommitteeSet event of that
// version, which registry.Reader.CurrentCommittee checks against the hash,
// so a rotation writes no member list), isMember, structHash,
// disclosureDigest, publicInputs(d, chunks, i), domainSeparator.
//
// # Epochs of several chunks
//
// circuits/summary proves an epoch as n chunks of capacity C, one proof
// each, chained by a hidden salted accumulator (acc_in → acc_out); the
// epoch root is a Poseidon2 tree over the chunk roots (circuits/commit; a
// single chunk's root is the epoch root). The registry never computes
// Poseidon2. Instead the signed message carries chunks = n and
// chunkRootsHash = keccak256 of the n chunk roots as 32-byte words in
// order (disclosure.ChunkRootsHash): each attestor, which recomputes the
// seal from its own peer, vouches that root is the epoch tree over exactly
// those chunk roots (bundle.Verify checks the same offline). Everything
// else is bound by the proofs: the submitter passes
//
//	chunks.roots   n chunk roots (hashed and compared with chunkRootsHash)
//	chunks.accs    n−1 accumulator hashes, accs[i] = acc_out of chunk i = acc_in of chunk i+1
//	chunks.proofs  n proofs
//
// and the registry verifies proof i against circuits/summary
// Statement.PublicInputs of chunk i:
//
//	0 pool     1 policyHash     2 roots[i]
//	3 acc_in   = initialAccHash (i = 0) or accs[i−1]
//	4 acc_out  = accs[i], 0 in the final chunk (i = n−1)
//	5 header   = final | suppressed<<1 | i<<2 | epoch<<34 | L<<98 | disclosed<<119,
//	             final (and suppressed, for a suppressed epoch) only in the last
//	             chunk; L the pool's epoch length, disclosed the policy's declared set
//	6 metrics  = swaps | energyWh<<48 | revenueCents<<112 | activeCabinets<<176 | minSohPermille<<224
//	             in the final chunk, 0 before it
//
// initialAccHash is the constructor's summary.InitialAcc().Hash(). So the
// first chunk starts from the circuit's initial accumulator, each chunk
// continues the previous one's (a changed accumulator breaks two proofs),
// the index and final flag fix each proof to its place (a proof of chunk i
// given for chunk j, chunks reordered, or a non-final chunk's proof
// submitted as a whole epoch fail ProofInvalid), only the last chunk may
// disclose metrics, and every chunk but the last is full (the circuit
// proves it; a chunk root binds its count). The accumulators need no
// signature: a wrong one has no proof.
//
// No record count is public — not in the message, the calldata, the event
// or the inputs: an epoch's count is its swaps, which a policy may withhold.
// What stays public is the number of chunks n, which places the swaps in
// ((n−1)·C, n·C] for the chunk capacity C; policies/policy documents it
// next to the k-anonymity rule. submitDisclosure keeps no pending state:
// all n proofs are checked in the one call that records the epoch. An
// epoch too large for one transaction goes in parts (below), whose pending
// state shows no figures.
//
// submitSingleChunkDisclosure(d, proof, signatures) is the same check for
// n = 1 with the lists implied (roots = [d.root], chunkRootsHash =
// keccak256(d.root)): a single-chunk epoch — the common case when C is at
// least a pool's daily records — pays ≈5 000 gas less than through
// submitDisclosure, whose dynamic arrays cost calldata and decoding (this
// was 425 500 against 430 300 when the chunk lists still carried counts),
// and ≈1 200 more than before chunk roots were signed (423 500: two more
// message words in calldata and in the struct hash, two event words; the
// record count's word left all three since). disclosure.Submission.Calldata picks it whenever
// it applies.
//
// Cost and limits: one verifyProofs call for all of an epoch's chunks (one
// pairing check; each chunk beyond the first adds a pair, four ECMULs and
// its calldata), ≈607 000 gas for three chunks; an epoch of n chunks needs
// about 430 000 + 74 000·(n−1) gas in one transaction, so the 16.7M
// transaction cap of EIP-7825 (Osaka) holds ≈220 chunks (≈225 000 records
// at C = 1024, ≈900 000 at C = 4096). Beyond that, in parts.
//
// Rejected alternatives: computing the Poseidon2 epoch tree on-chain (no
// precompile; tens of thousands of gas per node in Solidity, and a second
// implementation of the tree to keep equal to circuits/commit); a chunk per
// transaction for every epoch (n × 21 000 base gas and a storage write per
// chunk where one transaction does: parts are for epochs that do not fit
// one); signing each chunk root separately (n words in every signature's
// message instead of one hash).
//
// # Epochs larger than one transaction
//
// submitDisclosurePart(d, chunks, from, signatures) takes chunks [from,
// from+k) of d's epoch, k = the proofs given: chunks.roots holds all n
// roots every time (checked against d.chunkRootsHash), chunks.accs the
// acc_out of each of the part's chunks but the epoch's last, and the
// proofs are checked with one pairing as in submitDisclosure. The first
// part (from = 0) makes every check above, the quorum included, and
// stores the pool's pending epoch (4 slots, pendingEpoch(pool)): the struct
// hash, the acc_out of its last proven chunk, the next chunk, the sender
// of the latest part and its time, the epoch and the committee version.
// Each later part must continue it and passes the checks governance can
// change meanwhile again; only the final part records the epoch (the same
// record, DisclosureAccepted and payout share as submitDisclosure), so no
// view, event or payout ever shows a partial epoch; earlier parts emit
// DisclosurePartAccepted(pool, epoch, submitter, from, next).
//
//	the same disclosure as the pending one   PendingMismatch (none pending: 0)
//	from = the pending epoch's next chunk     PartOutOfOrder
//	1 ≤ k ≤ n − from                          PartRangeInvalid
//	k accumulators (k − 1 in the final part)  ChunkListsInconsistent
//	the committee version of the first part   PendingCommitteeChanged
//	no signatures after the first part        SignaturesMalformed
//	a first part replacing a live pending
//	epoch: sent by the sender of its latest
//	part, or its committee changed, or no
//	progress for PENDING_TIMEOUT (1 hour)    PendingHeld(submitter, until)
//
// Anyone may continue a pending epoch (the proofs bind it); restarting one
// is limited so that replaying the public first part cannot reset a
// relayer's progress forever: its sender may (a relayer that proved the
// epoch again has another accumulator chain), anyone may once it is stale
// or its committee changed (it can never complete then). Holding passes to
// the sender of each part, so a front-runner of one part holds it only
// until the next. A whole submitDisclosure of the epoch is accepted while
// parts are pending and ends them: pendingEpoch shows a pending epoch
// only while its epoch is the pool's next, so nothing needs clearing.
// Gas: with the real circuit, parts of one chunk of a pool's later epoch
// (bridge/relay TestAnEpochOfMoreChunks…) cost 428 700 (first: quorum,
// pending state over the previous epoch's slots), 405 900 (middle) and
// 431 500 (final: the record and the event); with the Shape test key
// (offshore TestAnEpochInThreeParts…, a pool's first epoch, fresh slots)
// 583 400 for a first part of 2 chunks, 492 500 for a middle one of 2 and
// 447 000 for a final one of 1. Each part pays the 21 000 base, all the
// roots' calldata and a pairing check of its own.
// bridge/relay splits an epoch of more than chunks_per_tx chunks (default
// 128 ≈ 9.9M gas) into parts and follows pendingEpoch; offshore/audit
// reads a disclosure's parts (DisclosurePartAccepted logs, walked back from
// the final part) and verifies the epoch they make.
//
// # Who can change what
//
// No single key changes what the registry accepts, and nothing changes it
// without a public delay. RWATimelock (OpenZeppelin's TimelockController,
// administering itself) is the default admin of the DisclosureRegistry,
// the IdentityRegistry and the RWAToken; its proposers (a consortium
// multisig in production) schedule a call, which emits CallScheduled at
// once and can be executed (CallExecuted, then the contract's own event)
// only after the delay — days in production (deploy.ProductionDelay, 48 h,
// is the least `rwabridge offshore deploy` takes without a warning), 30 s
// in the demo. Until then investors see it coming and a canceller (the
// proposers and always the guardian) can cancel it. Each contract's
// default admin moves in two steps: a scheduled beginDefaultAdminTransfer,
// then, after the contract's own admin transfer delay, the new admin's
// acceptDefaultAdminTransfer (AccessControlDefaultAdminRules; a zero admin
// is refused, AccessControlInvalidDefaultAdmin; granting
// DEFAULT_ADMIN_ROLE outright is refused,
// AccessControlEnforcedDefaultAdminRules). The deployer keeps nothing: it
// holds a role only where the deployment config names its address, and no
// role holder may be zero (RoleHolderZero).
//
//	action                                      who                         delay
//	pause the registry                          guardian                    none
//	deactivate a pool                           operator or guardian        none
//	cancel a scheduled change                   proposer or guardian        none (before it runs)
//	set the committee (setCommittee)            timelock                    the timelock's delay
//	configure a new pool (configurePool)        timelock                    the timelock's delay
//	change a pool's sanity bounds               timelock                    the timelock's delay
//	upgrade a pool's verifier                   timelock                    the timelock's delay
//	allow / withdraw a policy, payout share     timelock                    the timelock's delay
//	unpause the registry                        timelock                    the timelock's delay
//	reactivate a pool (activatePool)            timelock                    the timelock's delay
//	grant / revoke GUARDIAN, OPERATOR, AGENT    timelock                    the timelock's delay
//	change the timelock's delay or members      timelock (on itself)        the timelock's delay
//	move a contract's default admin             timelock, then the new one  the timelock's delay + the admin transfer delay
//	register / delete investors; mint, burn,
//	freeze, force-transfer, pause the token     agent                       none
//	deposit a payout                            operator                    none
//	submit a disclosure                         anyone, with proof + quorum none
//	the epoch length of a pool                  nobody                      never changes
//
// configurePool takes a new pool only (PoolAlreadyConfigured): a pool's
// verifier changes by upgradeVerifier(pool, verifier, vkHash), which
// checks the new verifier's vkHash() against the hash the schedule names
// (VerifierKeyMismatch) and emits VerifierUpgraded(pool, old, new,
// vkHash); its bounds by setSanityBounds (SanityBoundsSet); its epoch
// length never; and nothing but activatePool re-activates a deactivated
// pool. offshore/governance and `rwabridge offshore govern` schedule, list
// (decoded in words, with the ready time), execute and cancel these
// changes. The guardian can stop acceptance at once but cannot make the
// registry accept anything; a compromised proposer's change waits out the
// delay in public, where the guardian cancels it.
//
// IdentityRegistry: agents register an investor's country and expiry, bound
// to the chain id; isVerified while unexpired on that chain. RWAToken (one
// per pool): ERC-20 whose transfers need a verified, unfrozen sender and
// recipient and an unpaused token (SenderNotVerified, RecipientNotVerified,
// AccountFrozen, EnforcedPause); canTransfer(from, to, amount) predicts
// exactly that; agents mint, burn, freeze, pause and force transfers
// (recipient still verified). Payouts: the operator deposits the payout
// token for a disclosed epoch (depositPayout(d, amount): d must be the
// registry's accepted disclosure of this token's pool, accepted in an
// earlier block: PoolMismatch, NotDisclosed, SnapshotNotFinal), all
// deposits of an epoch at most revenue_cents × the payout share (bp) its
// policy had when the registry accepted d × unitsPerCent / 10 000
// (payoutCap(d), from the registry's acceptance(d); PayoutAboveCap):
// withdrawing the policy later leaves the epoch payable, allowing it again
// at another share moves no accepted epoch's cap. Deposits may come in
// parts until the payout is closed (closePayout(epoch), or the deposit that
// reaches the cap; PayoutAlreadyClosed after). Deposits and closing need an
// unpaused token (EnforcedPause), deposits an unpaused registry too
// (RegistryPaused: its guardian's pause stops payouts against what it has
// accepted). Holders claim pro rata to their balance at the end of the
// disclosure's block (OpenZeppelin Checkpoints): NoPayout, NothingToClaim,
// AlreadyClaimed. A claim needs what a transfer needs: an unpaused token,
// an unfrozen (AccountFrozen) and verified (ClaimantNotVerified) claimant.
// What a frozen or de-verified holder is due stays in the contract under
// its address (claimable(epoch, holder) shows it) until it is unfrozen and
// verified again and claims; no function pays it to anyone else, and a
// forced transfer of its tokens after the snapshot does not move it.
//
// Rounding dust: with A deposited and a snapshot supply S, a holder of b is
// due floor(b·A/S) while the payout is open; once it is closed, each
// holder's next claim settles it with floor(A·(W+b)/S) − floor(A·W/S), W
// the snapshot balance of the holders settled before it: floor(b·A/S) or
// one unit more. The slices tile [0, S), so once every holder has claimed
// since the close exactly A has been paid: the dust goes to holders, one
// unit at most each, by the order they settle in (which moves a holder's
// payout by that one unit at most). The operator closes a payout with its
// last part; until then the dust, under one unit per holder, waits. No role
// can move a payout anywhere but to its holders, so what stays in the
// contract is exactly what the holders not yet settled are due; a holder
// who never claims (frozen for good, a lost key) leaves its own due there
// for ever and nothing else. An agent can still force a lost key's tokens
// to a new verified address, which then receives the epochs disclosed after
// it. Rejected: the dust (or unclaimed shares) to the operator, or a sweep
// after a deadline, would turn a freeze into a forfeit; the remainder to
// the last claimant, or telescoping while deposits still come, can pay out
// more than an epoch's deposits once a later part raises everyone's floor.
//
// TestOnlyStablecoin is a mintable stand-in for tests and the demo only.
//
// # EIP-712
//
// Domain: name "rwabridge DisclosureRegistry", version "1", chainId,
// verifyingContract = the registry. Message:
//
//	Disclosure(uint256 pool,uint64 epoch,uint256 policyHash,uint256 root,uint32 chunks,
//	           bytes32 chunkRootsHash,uint64 swaps,uint64 energyWh,
//	           uint64 revenueCents,uint64 activeCabinets,uint64 minSohPermille)
//
// pool is PoolID.Field, policyHash and root (the epoch root) the BN254
// elements (as integers), chunks the number of chunks and chunkRootsHash
// the keccak256 of their roots (32-byte big-endian words, in order), the
// metrics in policy.Metric order with undisclosed
// ones 0: the fields of a circuits/bundle Bundle (disclosure.FromBundle).
//
// # Many pools in one transaction
//
// submitDisclosures(ds, proofs, signatures) takes n ≥ 1 single-chunk
// disclosures, ds[i] with proofs[i] and signatures[i] exactly as
// submitSingleChunkDisclosure takes them, usually of different pools, and
// checks their proofs with one verifyProofs call (one pairing check). Every
// item's pool must have ds[0]'s verifier contract (pools on one key share
// one verifier). The items are checked and recorded in order, each against
// the state the items before it left, so two consecutive epochs of one
// pool may follow each other and one (pool, epoch) twice is DuplicateEpoch;
// then the proofs are verified, and a failure reverts the whole batch.
// Each item gets the checks, record and DisclosureAccepted event of a
// single submission. The batch's own errors name the item's index:
//
//	no item                                  BatchEmpty
//	a proof and a signature list per item    BatchLengthsMismatch
//	every pool on ds[0]'s verifier           BatchVerifierMismatch(index, …)
//	d.chunks == 1                            BatchChunkCountInvalid(index, …)
//	d.chunkRootsHash == keccak256(d.root)    BatchChunkRootsMismatch(index, …)
//
// An item's own checks revert with the single submission's errors (most
// name the pool and epoch; a signature error names the signature, not the
// item), and a failed pairing check is ProofInvalid for the batch: it can
// not say which proof. The relayer (bridge/relay) tries each item alone
// first and leaves out one that would revert.
//
// Gas: a steady-state disclosure in a batch of 16 pools costs about
// 165 800 (the whole transaction divided by 16), against 430 600 alone.
// Per item: the verifier's share about 80 200 (its precompiles 74 800: one
// pair and four ECMULs of its own, 6/16 of the key's and batching
// ECMULs, (45 000 + 5 × 34 000)/16 of the pairing), calldata 11 900 (the
// 384-byte proof 6 100, two signatures 2 100, the disclosure), the record
// slot and pool state 25 000, five cold reads of the pool's state 10 500,
// two ecrecovers 6 200, the event 4 900, 21 000/16 of the base, and about
// 24 000 of the registry's own execution (decoding, sanity checks, hashing,
// memory), as in a single submission. The goal of 120 000 is out
// of reach without weakening a check: the precompiles, the record slot,
// the proof's and signatures' calldata, the ecrecovers and the event alone
// come to about 116 000.
//
// # Gas (Osaka rules, `rwabridge bench gas --detail`)
//
// A steady-state single-chunk disclosure (submitSingleChunkDisclosure)
// costs about 430 600 gas (a pool's first, which also reads its first
// epoch and opens its reference slot, about 448 300; the verifier's
// batch-capable bookkeeping added about 3 000 to both: sums, bounds on the
// arrays, and no precompile call after a failed one, so a bad commitment
// still reverts by name); an epoch of three chunks (submitDisclosure)
// about 608 000, each further chunk about 74 000 (the slope from three to
// six chunks; it was 326 000 with one verifyProof per chunk). In-order epochs, suppression, the header's epoch length and
// disclosed set and the drop bounds added about 2 500 to a disclosure
// (the growth and drop references read and compared, one more signed
// word); the timelock adds nothing (it is only the admin). A bare
// verifyProof transaction is about 348 800 of it: the 6-pair pairing check
// alone is 249 000 (45 000 + 6 × 34 000), the public-input MSM about 43 000
// (seven ECMUL+ECADD, a zero input skipped) and the batching ECMULs 12 000.
// The registry adds about 81 000: the new record slot (22 100), the
// bound references and pool-state updates, nine cold storage reads, two
// ecrecovers, the chunk-roots hash, the event and calldata. The BSB22 commitment costs about
// 85 000 of the total (two pairs, one ECMUL, the batching ECMULs). A claim is about
// 108 000 (a holder's first claim of a closed payout: the pause, its freeze
// and its identity are read, its slice of the dust settled), a deposit that
// opens an epoch's payout about 172 700 (the registry's pause, poolToken and
// acceptance read). On `geth --dev`, whose dev chain also enables a later fork's state
// pricing, the same submission costs about 620 000.
package offshore
