// Package offshore holds rwabridge's L2 side: the Solidity contracts
// (contracts/src), their pinned compiler inputs (contracts/package.json and
// package-lock.json: solc-js 0.8.37, @openzeppelin/contracts 5.7.0,
// optimizer on, 200 runs, EVM version osaka), the compiled artifacts
// (artifacts/, generated) and the abigen v2 Go bindings (bindings/,
// generated). Nothing at run time needs node or solc.
//
// Subpackages: verifier (verifying key → constructor words, key hash, proof
// layout), disclosure (the EIP-712 message, public inputs and signature
// list, in Go), onchain (sending, revert decoding, an Osaka simulated
// chain), deploy (deployment and its YAML config), devnode (a throwaway
// geth --dev), testprover (insecure test keys and proofs), gasbench (the
// gas benchmark behind `rwabridge bench gas`). The investor view
// (offshore/investor) is a later issue.
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
// CommitmentInvalid; vkHash() is circuits/keys.VKHash of the key. The
// commitment's proof of knowledge is batched into the main pairing with a
// Fiat–Shamir coefficient (6 pairs in one call; soundness argued in the
// contract); a differential test compares its verdicts with gnark's.
//
// DisclosureRegistry (AccessControl: admin, GUARDIAN_ROLE pauses,
// OPERATOR_ROLE (de)activates pools; EIP712; Pausable) keeps the committee
// (1–32 distinct nonzero signers, threshold k with n/2 < k ≤ n, a version
// raised on each change, CommitteeSet events), pools (id = telemetry
// PoolID.Field, at most 31 bytes; verifier, token, epoch length, per-metric
// sanity maximum and growth bound in basis points), allowed policy hashes
// per pool with their payout share, and one record per (pool, epoch):
// the top 192 bits of the disclosure's EIP-712 struct hash and the block it
// was accepted in. submitDisclosure(d, proof, signatures) accepts only:
//
//	the pool active                          PoolNotActive
//	the policy allowed in the pool           PolicyNotAllowed
//	the epoch ended: now ≥ (epoch+1)·L        EpochNotEnded
//	not yet disclosed (pool, epoch)          DuplicateEpoch (never keyed by proof bytes)
//	after the latest disclosed epoch         EpochOutOfOrder
//	root ≠ 0, count < 2^32                   ZeroRoot, CountOutOfRange
//	each metric ≤ its maximum                SanityBoundExceeded
//	growth over the previous epoch, when it
//	is the latest disclosed and above 0      GrowthBoundExceeded
//	signatures: 65-byte (r, s, v) each,
//	concatenated, signers strictly
//	increasing, low s, committee members,
//	at least k                               SignaturesMalformed, SignatureMalformed,
//	                                         SignatureHighS, InvalidSignature (not a member,
//	                                         which is also what a signature for another
//	                                         chain, registry or message recovers to),
//	                                         SignersNotAscending, InsufficientSignatures
//	the proof over the public inputs          ProofInvalid, PublicInputNotInField, …
//	not paused                               EnforcedPause
//
// and then stores the record and emits DisclosureAccepted(pool, epoch,
// submitter, policyHash, root, count, metrics[5], committeeVersion). Reads
// (working while paused): record, disclosedAt(d) (reverts NotDisclosed
// unless d is exactly the accepted disclosure), latestEpoch, isStale (the
// epoch after the latest disclosed one has ended, or nothing disclosed yet),
// poolInfo, policyTerms, committee, structHash, disclosureDigest,
// publicInputs, domainSeparator.
//
// One proof per epoch: the registry takes an epoch proven by a single,
// final chunk of the summary circuit (chunk index 0, acc_out 0, acc_in the
// constructor's initialAccHash = summary.InitialAcc().Hash()), so the
// attested root is that chunk's root (commit: a single chunk's root is the
// epoch root). Several chunks per epoch would need the epoch tree (Poseidon2)
// on-chain or the chunk roots in the signed message; disclosure.FromBundle
// refuses such bundles with ErrBundle.
//
// The public inputs (circuits/summary Statement.PublicInputs):
//
//	0 pool     1 policyHash     2 root     3 initialAccHash     4 0
//	5 header = 1 | count<<1 | 0<<33 | epoch<<65
//	6 metrics = swaps | energyWh<<48 | revenueCents<<112 | activeCabinets<<176 | minSohPermille<<224
//
// IdentityRegistry: agents register an investor's country and expiry, bound
// to the chain id; isVerified while unexpired on that chain. RWAToken (one
// per pool): ERC-20 whose transfers need a verified, unfrozen sender and
// recipient and an unpaused token (SenderNotVerified, RecipientNotVerified,
// AccountFrozen, EnforcedPause); canTransfer(from, to, amount) predicts
// exactly that; agents mint, burn, freeze, pause and force transfers
// (recipient still verified). Payouts: the operator deposits the payout
// token for a disclosed epoch (depositPayout(d, amount): d must be the
// registry's accepted disclosure, accepted in an earlier block), all
// deposits of an epoch at most revenue_cents × payout share (bp) ×
// unitsPerCent / 10 000 (PayoutAboveCap); holders claim pro rata to their
// balance at the end of the disclosure's block (OpenZeppelin Checkpoints),
// each share once (AlreadyClaimed, NothingToClaim, NoPayout).
// TestOnlyStablecoin is a mintable stand-in for tests and the demo only.
//
// # EIP-712
//
// Domain: name "rwabridge DisclosureRegistry", version "1", chainId,
// verifyingContract = the registry. Message:
//
//	Disclosure(uint256 pool,uint64 epoch,uint256 policyHash,uint256 root,uint64 count,
//	           uint64 swaps,uint64 energyWh,uint64 revenueCents,uint64 activeCabinets,
//	           uint64 minSohPermille)
//
// pool is PoolID.Field, policyHash and root the BN254 elements (as integers),
// count the epoch's records, the metrics in policy.Metric order with
// undisclosed ones 0: the fields of a circuits/bundle Bundle.
//
// # Gas (Osaka rules, `rwabridge bench gas --detail`)
//
// A steady-state submitDisclosure costs about 423 000 gas (a pool's first,
// which also opens its latest-metrics slot, about 437 000). A bare
// verifyProof transaction is about 346 000 of it: the 6-pair pairing check
// alone is 249 000 (45 000 + 6 × 34 000), the public-input MSM about 43 000
// (seven ECMUL+ECADD, a zero input skipped) and the batching ECMULs 12 000.
// The registry adds about 77 000: the new record slot (22 100), the
// latest-metrics and pool-state updates, nine cold storage reads, two
// ecrecovers, the event and calldata. The BSB22 commitment costs about
// 85 000 of the total (two pairs, one ECMUL, the batching ECMULs); a claim is about
// 93 000. On `geth --dev`, whose dev chain also enables a later fork's state
// pricing, the same submission costs about 620 000.
package offshore
