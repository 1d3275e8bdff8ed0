// Package prover turns a sealed epoch into a proof bundle: it checks the
// seal against the native twin (summary.Summarize), refuses on any
// disagreement with a named error, proves every chunk with the summary
// circuit's keys (Groth16 over BN254, hash-to-field targeting the Solidity
// verifier), checks each proof, and assembles a bundle.Bundle.
//
// It does not read the ledger (the CLI reads the seal and records and hands
// them over as a Seal and events), hold keys (circuits/keys) or verify
// bundles for third parties (circuits/bundle).
package prover
