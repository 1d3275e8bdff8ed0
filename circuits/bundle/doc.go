// Package bundle owns the proof bundle of one disclosure — the JSON file
// the prover writes, the relayer posts and an auditor checks — and its
// offline verification.
//
// A Bundle holds, for one (pool, epoch, policy): the epoch root, the
// disclosed metrics, and one proof per chunk of the epoch, each with its
// public inputs (summary.Statement.PublicInputs, as 0x-hex), its proof in
// the layout the Solidity verifier takes (MarshalSolidity: A | B | C |
// commitment | proof of knowledge) and in gnark's raw encoding, the chunk
// root, and the accumulator hashes that chain the chunks. It carries the
// verifying-key hash (keys.VKHash) and the setup kind. It never carries a
// record, a cabinet id, a record time, a withheld field or a record count:
// the count of an epoch is its swaps, which a policy may withhold (only the
// number of chunks is public; see policies/policy, "What a disclosure
// reveals").
//
// Verify checks a bundle against a verifying key without trusting anything
// the producer computed: the VK hash; the structure (chunk indices in
// order, only the last final, the epoch root recomputed
// from the chunk roots with circuits/commit, the accumulator chain starting
// from summary.InitialAcc); the public inputs recomputed from the stated
// values (a changed metric digit no longer matches); and each Groth16 proof
// against the recomputed inputs with gnark, targeting the Solidity
// verifier's hash-to-field (VerifyChunk, which also checks one chunk proof
// on its own against the statement it should prove). Failures wrap ErrMalformedBundle,
// ErrVKMismatch, ErrPublicInputs or ErrProof.
//
// Decode reads at most MaxSize bytes and rejects unknown fields, more than
// MaxChunks chunks and proofs of unexpected size.
//
// The package does not prove (circuits/prover), hold keys (circuits/keys)
// or talk to a chain.
package bundle
