// Package prover turns the summary of an epoch (circuits/summary.Summarize)
// into a proof bundle: it refuses keys of another capacity
// (ErrKeyMismatch), proves an epoch below the policy's k-anonymity
// threshold (or without records) as suppressed (no figures), proves every chunk with the summary circuit's keys
// (Groth16 over BN254, hash-to-field targeting the Solidity verifier),
// verifies each fresh proof, reports progress per chunk and stage, and
// assembles a bundle.Bundle.
//
// Chunks are independent once the summary is built: ProveChunks proves any
// subset of them, several at a time (gnark's prover already spreads one
// proof over every core, so workers beyond one mostly overlap the serial
// parts of proofs), and NewBundle gives the bundle they join into, the same
// one Prove makes, so proofs made by other processes or machines assemble
// into it (bridge/prove does, checking each).
//
// It does not read the ledger or compare seals (bridge/prove proves an
// epoch from the ledger and calls it), hold keys (circuits/keys) or verify
// bundles for third parties (circuits/bundle).
package prover
