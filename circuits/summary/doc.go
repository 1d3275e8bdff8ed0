// Package summary owns the epoch-summary circuit (gnark, Groth16 over
// BN254), its statement and public inputs, and its native twin. A proof
// discloses, for one pool, one epoch and one policy, the policy's chosen
// metrics over the records committed by the ledger's seal — swaps,
// energy_wh, revenue_cents, active_cabinets, min_soh_permille — and
// nothing else. Records are swaps and heartbeats (telemetry.KindHeartbeat,
// a signed sign of life with no swap): heartbeats are committed and ordered
// like swaps, for completeness, and count in no figure.
//
// It does not own the leaf layout or the hashes (circuits/commit), the
// gadgets (circuits/gadget), keys (circuits/keys), proving and bundles
// (circuits/prover, circuits/bundle), or the policy schema
// (policies/policy).
//
// # One circuit per chunk
//
// The circuit covers one chunk of a fixed capacity C (a power of two):
// C packed leaves (commit.Pack; padding leaves are 0) and their real count.
// For every leaf it proves:
//
//   - the leaves and the count hash to the chunk root (commit.ChunkRoot:
//     the width-16 Poseidon2 sponge, gadget.Sponge);
//   - the leaf splits into the fields of commit.Layout, each range-checked
//     to its width and recomposed to the leaf, so no value can wrap the
//     field; the tag bit is boolean, 1 exactly for the first count leaves
//     (non-increasing), and a leaf with tag 0 is the empty leaf; the kind
//     bit is boolean (1: a heartbeat), and a heartbeat's swap fields
//     (commit.SwapBits) are 0, so it adds nothing to any sum;
//   - the order key cabinet·2^64+seq strictly increases between real
//     records (96-bit slack), across chunk boundaries too;
//   - time lies in [epoch·L, epoch·L+L−1] with L the policy's epoch length
//     (≤ 2^20 s) and the last second below 2^32;
//   - the policy's per-record bounds: min_energy_wh ≤ energy ≤
//     max_energy_wh, fee ≤ max_fee_cents, min_soh_permille ≤ soh ≤ 1000,
//     soc_in, soc_out ≤ 100 (lower bounds are multiplied by swap = tag −
//     kind, so padding and heartbeats pass them);
//   - the running metrics, over swaps only: swaps = Σ swap, sums of
//     energy and fees, one new active cabinet at the first swap of each
//     cabinet's run (the run starts at every change of cabinet and at the
//     epoch's first record; a flag carries "the run had a swap", so
//     heartbeat-only cabinets are never active and never count towards
//     k), min of health (1000 over no swaps, as in the ledger's seal).
//
// The policy's parameters (policy.Policy.CircuitParams) are private
// inputs; the circuit recomputes policy.HashElements over them (gnark
// std/hash/poseidon2) and compares it with the public policy hash, so the
// thresholds need no public inputs. In the epoch's final chunk it enforces
// k-anonymity: either the figures are shown, with active_cabinets ≥
// max(1, min_active_cabinets) over the whole epoch, or the statement is
// suppressed (fewer, none included) and every metric is 0; shown, every
// metric outside the policy's disclosed bitmask is forced to 0. The header
// input carries the suppressed flag and the policy's epoch length and
// disclosed bitmask, so the registry fills them in from its own state. Withheld fields (battery ids) never enter a leaf, so no proof can see
// them.
//
// Sums never overflow: every total is below 2^IndexBits chunks ·
// commit.MaxCapacity records · 2^32 = 2^88 < r; a constant in this package
// fails to compile if the widths change so that this bound reaches 2^253,
// and CheckCapacity (called by Define) re-checks it for the actual C.
//
// # Epochs larger than one chunk: a chain of chunk proofs
//
// An epoch's records fill chunks of C in order, all full but the last, as
// commit.Builder fills them; the seal carries the chunk roots and the epoch
// root over them. Each chunk gets its own proof, and the proofs are
// chained by an accumulator: Acc holds the running totals of the chunks
// before (swaps, energy, revenue, active cabinets, min health), the last
// record's (cabinet, seq) and whether its run had a swap, and a salt
// unpredictable to anyone else (Input.Salt: crypto/rand, or derived from a
// secret seed when several machines prove one epoch's chunks, see
// bridge/prove); its hash (one width-16 Poseidon2 permutation, domain kind
// AccKind) is public. Chunk i proves
// acc_in → acc_out; chunk 0 must start from InitialAcc (enforced in the
// circuit: its hash is 0x0c5e63c3…8263); the final chunk's acc_out is 0
// and it alone discloses the epoch totals and checks k. Non-final chunks
// disclose nothing but salted accumulator hashes, so no partial figure of
// fewer than k cabinets leaks; the last key and last cabinet in the
// accumulator make order and distinct-cabinet counting exact across chunk
// boundaries (a cabinet straddling two chunks is counted once).
//
// The registry (offshore/doc.go) takes a whole epoch in one transaction,
// or, when it does not fit one (about 220 chunks), in parts over several
// (submitDisclosurePart: the registry keeps the pending epoch's running
// accumulator, and the figures appear only with the final part): the
// attestors sign the number of chunks and keccak256 of the chunk roots
// in order along with the epoch root; submitDisclosure receives the chunk
// roots, the n−1 intermediate accumulators and the n proofs, checks the
// roots against the signed hash and verifies proof i against [pool, policy
// hash, root i, acc_i, acc_{i+1}, header(final = i = n−1, i, epoch),
// metrics if final else 0] with acc_0 = InitialAcc and acc_n = 0. No
// chunk's record count is public: the last one's would give the epoch's
// swaps, which a policy may withhold, and the others are the capacity (the
// circuit proves every chunk but the last full), so only the number of
// chunks is, which places the swaps in ((n−1)·C, n·C] (policies/policy,
// "What a disclosure reveals"). No partial figures are ever stored or shown. The epoch root itself (a
// Poseidon2 tree) is never computed on-chain: each attestor recomputes it
// from the chunk roots before signing (and bundle.Verify does offline).
//
// Cost: one batched verification (one pairing check) for all chunks in one
// transaction, ≈430k + 74k·(n−1) gas (measured by rwabridge bench gas;
// Osaka's per-transaction cap allows about 220 chunks, and a larger epoch
// pays one more base and pairing per part), and n proofs, which are independent once the witnesses are built (all
// accumulators are known up front) and can run in parallel on several
// machines; single-chunk epochs — the common case at C ≥ the daily
// records of a pool — cost one proof and ≈425k gas. Rejected
// alternatives: one proof of the whole epoch (a 16 384-record circuit
// already needs ≈4.3 GB to prove here); per-chunk plain metrics summed by
// the registry, de-duplicating straddling cabinets with first/last cabinet
// ids (leaks sub-k per-chunk figures and exposes cabinet ids); recursive
// aggregation (BN254-in-BN254 needs emulated pairings, millions of
// constraints per verified proof).
//
// # Public inputs: a gas decision
//
// The verifier takes NumPublic = 7 public inputs (Statement.PublicInputs):
// pool, policy hash, chunk root, acc_in, acc_out, a packed header
// (final | index<<1 | epoch<<33) and the packed metrics
// (swaps | energy<<48 | revenue<<112 | active<<176 | min_soh<<224). Every
// packed field is range-checked, so packing is injective; the pool is
// range-checked to 248 bits, which also binds it (a Groth16 input in no
// constraint is not bound — a test proves a changed pool fails).
//
// Measured (R1CS constraints; testdata/constraints.json pins them):
//
//	variant                                   C=64      C=1024    per record (1024)  commitments
//	chosen: lookup ranges, 7 packed inputs    12 622    140 737   137.4              1
//	bit ranges, 7 packed inputs               35 769    ≈509 000  ≈497               0
//	lookup ranges, 13 plain inputs            12 539    —         ≈137               1
//	lookup ranges, 1 SHA-256 digest input    283 776    —         +265 (fixed +271k) 1
//
// The chosen circuit costs 133.4 constraints per record at the margin plus
// ≈4 100 fixed (policy hash, accumulators, the lookup table of 2^10
// entries gnark's range checker picks): 137.4 per record at C=1024. Of the
// marginal cost, 37.4 is the Poseidon2 chunk-root sponge (69 permutations of
// 555 at C=1024) and ≈96 the unpacking, 16 range checks, order, bounds and
// metrics; heartbeats (the kind bit, their empty swap fields, activity
// from the first swap) cost 4 of them (133.4 before).
//
// Gas, from the prototype figures in VERSIONS.md (verifyProof transaction,
// Osaka: ≈207.6k for the pairing check and calldata with no input, ≈6.7k
// per public input, ≈123k for the BSB22 commitment's extra pairing, ≈33k
// for a wrapper that stores a digest and emits an event):
//
//	chosen (lookup, 7 inputs, 1 commitment)      ≈378k  (≈411k all in)
//	  … with the commitment's proof of knowledge batched into the main
//	  pairing (one ecPairing of 6 pairs instead of 4 + 2)  ≈345k  (≈378k all in)
//	bits, 7 inputs, no commitment                ≈255k  (≈288k all in)
//	lookup, 1 SHA-256 digest input               ≈337k  (≈370k all in)
//	lookup, 13 plain inputs                      ≈418k
//
// The SHA-256 digest saves six inputs (≈40k gas) but gnark's std/hash/sha2
// costs ≈271k constraints (its byte lookups need 2^16-entry tables),
// tripling the circuit at C=1024; rejected. Bit-decomposition range checks
// avoid the commitment (−123k gas) but cost ≈3.7× the constraints and the
// prover time. Neither variant reaches 255k all in: the pairing check
// alone is ≈181k. The chosen variant meets the prover targets (≤150
// constraints per record; see the benchmark below) and the registry can
// claw back ≈33k by batching the commitment pairing. WithRanges(gadget.Bits)
// switches to the no-commitment variant (same statement and public inputs,
// other keys) should gas matter more than proving time.
//
// The proof must be made with solidity.WithProverTargetSolidityVerifier
// and checked with solidity.WithVerifierTargetSolidityVerifier (keccak
// hash-to-field for the commitment), or proofs that verify in Go revert
// on-chain.
//
// # Native twin
//
// Summarize checks an epoch's events exactly as the circuit does and
// returns the commitment (commit.EpochCommitment), the totals (Aggregate),
// the disclosed metrics, whether k is met, and every chunk's Statement and
// witness (Summary.Assignment). The ledger's seal and the auditor use
// Aggregate; the prover uses Summarize. A differential test solves 1000
// random epochs with the compiled constraint system against it.
//
// # Soundness
//
// soundness_test.go proves every constraint necessary: for each one an
// attack whose public inputs agree with its forged witness (lying hints
// compute the attacker's values), so that this constraint and no other
// rejects it, and honest edge records (cabinet 0 and 2^32−1, seq 0 and
// 2^64−1, the epoch's first and last second, k = 1) that must solve. The
// constraints other constraints imply are listed there with the reason.
// `make mutation` checks it: it removes or weakens each constraint in turn
// (testdata/mutants.json, through go test -overlay), runs the tests but the
// golden ones and prints what was caught, ending in the score.
//
// # Performance
//
// BenchmarkProve1024 and BenchmarkProve4096 (the latter only when named)
// report constraints per record, setup and prove seconds, records per
// second (wall, and per CPU-second times the cores, the idle-machine rate)
// and peak RSS while proving, for the chosen and the bit-decomposition
// variants. On this 2-core machine shared with other work (load average
// 5–13), one full chunk of 1024 records (go test ./circuits/summary -run
// '^$' -bench Prove1024 -benchtime 2x):
//
//	variant   constraints/record  setup    prove (wall)  prove CPU  records/s idle  peak RSS
//	lookup    133.4                92 s    6.4 s         5.5 s      370             373 MB
//	bits      493.1               375 s   16.9 s         8.5 s      241             1182 MB
//
// against the prototype's 300 records/s and 248 constraints per record.
// The goal of 850 records/s is not reached: the Groth16 prover's
// multi-scalar multiplications (G1 and G2, over every wire) bound it at
// ≈25k constraints per CPU-second here, so 850 records/s on two cores would
// need ≈60 constraints per record, less than the chunk-root hash and the
// range checks of a record already cost. Chunks prove independently, so
// an epoch's chunks can be spread over machines.
package summary
