// Package gadget holds the in-circuit building blocks of rwabridge's
// circuits, each the twin of a native function elsewhere:
//
//   - Sponge: the Poseidon2 width-16 sponge of circuits/commit (commit.Sponge,
//     commit.ChunkIV, commit.NodeIV), with the same state layout, padding and
//     output;
//   - Ranger: range checks on field elements, in two interchangeable
//     implementations: Lookup (gnark std/rangecheck, a log-derivative lookup
//     argument that adds one BSB22 commitment to a Groth16 proof) and Bits
//     (one boolean constraint per bit, no commitment).
//
// It owns no circuit and no statement: see circuits/summary. It reads no
// flags or environment and does no I/O.
package gadget
