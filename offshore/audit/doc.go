// Package audit re-verifies, independently of the code that produced them,
// the disclosures a DisclosureRegistry accepted: the library behind
// `rwabridge audit verify` and `rwabridge audit export`.
//
// The auditor trusts nothing the registry reports about its own checks. It
// gathers the raw evidence (Collect): every DisclosureAccepted log, the
// calldata of the transaction that caused it (any submit function; of a
// submitDisclosures batch, the item of the log's pool and epoch), the
// committee history (CommitteeSet logs), the pools' verifier history
// (PoolConfigured and VerifierUpgraded logs) and each verifier's vkHash() and verifyingKey()
// (the key's 40 constructor words). That evidence is an
// Evidence value, which Encode writes as a versioned JSON bundle and Decode
// reads back with size limits (it is untrusted input). Verify then checks,
// for each disclosure, with no network:
//
//	the log and the calldata decode (bounded)            ErrMalformed
//	the log's figures are the calldata's                 ErrEventMismatch
//	chunk lists, keccak256(chunk roots), the epoch root
//	as the Poseidon2 tree over the chunk roots            ErrChunks
//	the policy hash is a known policy's, undisclosed
//	metrics are 0                                        ErrPolicy
//	a quorum of the committee in force at that block
//	(its version from the log, members and threshold
//	from the CommitteeSet history): 65-byte signatures,
//	v 27/28, low s, members, strictly ascending, ≥ k      ErrSignatures
//	the verifying key's hash is the pool's verifier's
//	vkHash() at that block (and the key file's)           ErrVK
//	every chunk proof, verified with gnark against public
//	inputs recomputed from the decoded values through
//	circuits/summary.Statement (never the registry's
//	publicInputs view)                                   ErrProof
//
// and, last, that the signed raw transaction hashes to the record's
// transaction hash and carries its calldata, sender and recipient, and that
// the bundle's human-readable decoded values are the calldata's
// (ErrMalformed): so one flipped byte of a record, padding included, fails
// a check. CheckSubmission runs the calldata checks alone (no log): the
// differential test compares its verdict with an eth_call of the same
// calldata on a registry where the epoch is not yet disclosed.
//
// The evidence is complete for the blocks it names (FromBlock to ToBlock,
// with ToBlock's hash, all read at one block): it records each configured
// pool's latest disclosed epoch at ToBlock, and each DisclosureAccepted
// event names the pool's epoch before it (prevPlusOne), so Verify sees a
// pool's events that do not chain, or end before its latest epoch, as
// ErrIncomplete (Report.Gaps; exit code 18) — a bundle with a disclosure
// deleted no longer verifies as "n disclosures, 0 failed". What it can not
// see offline is a bundle cut short with its latest epochs edited to
// match: ToBlockHash names the block, and an auditor compares it with a
// node they trust (audit verify --rpc reads the chain itself).
//
// The verifying key is, in this order of preference: a key file (Options.VK,
// `--vk`), the key file an exporter embedded, or — needing no file at all —
// the key rebuilt from the pool's verifier's own verifyingKey() words
// (offshore/verifier.Words.Key, KeyFromWords), whose keys.VKHash must be that
// verifier's vkHash(). A key file is optional and, when given, must hash to
// vkHash() too. ReadVerifierKey reads and checks such a key for other
// readers of the chain (offshore/investor).
//
// Keys from a multi-party ceremony (Options.Ceremony, which the caller
// established: a transcript verified with circuits/ceremony.Verify, or a
// key set's description found on the onshore ledger's ceremony log) add
// one check: every verifier of the audited pools — each PoolConfigured
// log's and each VerifierUpgraded log's, as the log names its hash and as
// its vkHash() returns it — pins the verifying key the ceremony produces
// (ErrCeremonyKey, naming the verifier and the pool; exit code 20). The
// report names the ceremony's contributors per phase, its beacons (and
// those not checked), and which verifier of which pool pins its vk_hash.
//
// An auditor org with onshore access then runs CheckOnshore: each
// disclosure that passed is recomputed from the ledger's raw records
// (circuits/summary.Summarize over circuits/commit, at the key's chunk
// capacity) and its root, record count, chunk roots and metrics compared
// (ErrOnshore).
//
// Offline, a bundle's committee history, registry address, verifier hashes,
// block numbers and log indices are its roots of trust (a bundle proves
// nothing about which chain it came from; its key words only prove that
// they hash to its vkHash): compare them with the chain (verify with a
// node) or pin the key with a key file.
//
// It does not own the contracts' Go twin (offshore/disclosure), the
// circuit's statement (circuits/summary) or the command line
// (cmd/rwabridge); it reads no flags or environment.
package audit
