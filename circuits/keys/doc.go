// Package keys owns the Groth16 keys of the summary circuit: running the
// setup, writing and reading a key set (constraint system, proving key,
// verifying key, metadata, exported Solidity verifier) in one directory,
// reusing a set that is present and matches, and the verifying-key hash
// that bundles carry and the L2 registry pins.
//
// # Files
//
// A set for capacity C and setup kind K lives in one directory under the
// base name summary-C plus, for a development setup, ".dev-insecure" (so the
// file names themselves say the keys are insecure):
//
//	summary-1024.dev-insecure.ccs   constraint system (gnark WriteTo)
//	summary-1024.dev-insecure.pk    proving key (gnark WriteRawTo, uncompressed; read with UnsafeReadFrom)
//	summary-1024.dev-insecure.vk    verifying key (gnark WriteRawTo, uncompressed)
//	summary-1024.dev-insecure.sol   Solidity verifier for this key (gnark ExportSolidity)
//	summary-1024.dev-insecure.json  Metadata: capacity, circuit version, setup kind,
//	                                constraint count, gnark version, creation time,
//	                                SHA-256 of every other file, VK hash
//
// Proving keys and constraint systems are large and never committed to
// the repository (.gitignore has *.pk and *.ccs).
//
// # Setup kinds
//
// Dev is a single-party setup on this machine: whoever ran it knows the
// toxic waste and can forge proofs. It is for trying rwabridge and for
// tests, and every file name, the metadata and every command that uses it
// say so. Production keys come from a multi-party ceremony among the
// consortium orgs (package circuits/ceremony, on gnark's
// backend/groth16/bn254/mpcsetup, one per capacity); Setup refuses any
// other kind with ErrCeremonyRequired, which points there. The file layout
// is the same for both kinds: a ceremony writes its output with Write
// under KindCeremony, and its metadata then also describes the ceremony
// (Metadata.Ceremony: its id, contributors and beacons), a claim that
// rwabridge ceremony verify checks against the transcript.
//
// # VK hash
//
// VKHash is SHA-256 over the verifying key in the EVM's encoding, each
// coordinate a 32-byte big-endian integer, G2 coordinates in EIP-197 order
// (x.a1, x.a0, y.a1, y.a0):
//
//	alpha (G1: x, y) | beta (G2) | gamma (G2) | delta (G2) |
//	uint256 number of IC points n | IC[0..n-1] (G1 each) |
//	uint256 number of commitment keys m | per key: G (G2), GSigmaNeg (G2)
//
// These are exactly the constants of the exported Solidity verifier
// (ALPHA_X, …, PUB_*, the Pedersen keys), so a registry can expose the
// hash of the key it verifies with and anyone can recompute it from the
// .vk file or the verifier source.
//
// # Solidity verifier
//
// The .sol file is gnark's exported verifier for the key:
// verifyProof(bytes proof, uint256[7] input), reverting on failure, with
// proof = MarshalSolidity (A | B | C | commitment | proof of knowledge,
// 384 bytes). Its commitment hash-to-field is keccak256, matching proofs
// made with solidity.WithProverTargetSolidityVerifier; gnark v0.16.3 logs
// a stale warning that only sha256 is supported when exporting a key with
// a commitment — the template it fills uses keccak256. A registry may
// batch the commitment's proof-of-knowledge pairing into the main pairing
// check (one ecPairing of six pairs with a random combination) to save
// ≈30k gas.
//
// The package reads no flags or environment; progress is reported through
// a callback.
package keys
