// Package ceremony runs the multi-party Groth16 setup of the summary
// circuit (gnark's backend/groth16/bn254/mpcsetup: Phase 1 powers of tau,
// Phase 2 per circuit, which also randomises the BSB22 commitment key the
// circuit's range checks need) as a transcript directory passed from org
// to org, and verifies such a transcript from nothing but its files.
//
// The keys it produces can be forged only by someone who knows every
// contribution's randomness: one honest contributing org suffices, and
// each phase ends with a public beacon named in advance, so the last
// contributor cannot bias the result either.
//
// # Transcript
//
// A ceremony directory holds (names in plan.go):
//
//	ceremony.json             the Plan: circuit, version, capacity, constraint
//	                          system hash, domain N, participants (MSP id and
//	                          signing address), the two beacon sources, or an
//	                          imported phase 1. Its SHA-256 is the ceremony id.
//	phase1/NNNN-ORG.ph1       contribution NNNN of phase 1 (gnark Phase1.WriteTo)
//	phase1/NNNN-ORG.json      its Statement, signed by ORG's key
//	phase1/srs.bin            the sealed (or imported) SRS (SrsCommons.WriteTo)
//	phase1/seal.json          the beacon phase 1 was closed with
//	phase2/0000-initial.ph2   Phase2 as Initialize leaves it
//	phase2/evaluations.bin    Initialize's circuit evaluations (evals.go)
//	phase2/NNNN-ORG.ph2/.json contributions of phase 2, as in phase 1
//	phase2/seal.json          the beacon phase 2 was closed with
//	keys/summary-C.*          the key set (circuits/keys, kind mpc-ceremony)
//
// A Statement binds, under the org's secp256k1 key (its attestor key: the
// address the L2 committee lists), the ceremony id, the phase, the index,
// the org, the SHA-256 of the file it builds on and that of its own file.
// Both hashes are of gnark's canonical encoding (non-canonical files are
// refused), so the previous hash is also the challenge gnark's proofs of
// update are bound to. Hence whoever passes the directory on can drop a
// contribution but cannot forge, reorder, replay or alter one: a dropped
// one still shows on the onshore ledger's log, where each org records its
// own contribution (CheckLog).
//
// # Steps
//
// Init writes the plan (and, with an imported phase 1 — a snarkjs .ptau,
// ReadPtau, or a sealed gnark SRS, ReadSRS — checked by CheckSRS, the SRS
// and Phase 2's initial state). Contribute adds an org's contribution to
// the open phase. Close applies the phase's beacon: phase 1 seals the SRS
// and initializes Phase 2 (the long step: Initialize's point FFTs);
// phase 2 seals the keys and writes them. Verify checks all of it: the
// plan against the circuit this build compiles, every statement's
// signature, hash and place in the chain, every proof of update, the
// seals and their beacons (against the values the verifier looked up),
// Phase 2's initial state (CheckPhase2Init: random linear combinations
// over scalar FFTs and MSMs, instead of recomputing Initialize), and that
// the keys are those the transcript gives.
//
// Pitfalls of gnark's mpcsetup handled here: Seal and Verify modify the
// last contribution object (each is used once); verification relies on
// ReadFrom's subgroup checks (everything that arrives is deserialised);
// Phase2.Verify accepts an empty challenge (Verify requires the signed
// previous hash); contribution randomness always comes from crypto/rand.
//
// Every error wraps one of the package's named errors (errors.go); the
// rwabridge ceremony command gives each its own exit code.
package ceremony
