// Package commit owns the commitment to an epoch's records: the leaf layout
// that packs one record into one BN254 scalar-field element, the canonical
// order check, the Poseidon2 chunk root, the epoch tree over chunk roots with
// its inclusion proofs, and a streaming Builder. It is the native twin of what
// the circuits hash: the ledger's seal, the prover and the auditor all compute
// the root with this package, and the circuit recomputes it with gnark's
// std/permutation/poseidon2 using the constants exported here.
//
// It does not own the circuits, witnesses or keys (see the rest of
// circuits/), event validation, signatures or bounds (onshore/telemetry), the
// pool and epoch binding, nor storage: it imports only the standard library,
// gnark-crypto and onshore/telemetry, so every other part may import it.
//
// # Records and order
//
// A commitment covers the events of one pool and one epoch, strictly
// increasing by (cabinet, seq) (telemetry.Less). CheckCanonical, Leaves,
// ChunkRoot and Builder reject other input with ErrNotCanonical,
// ErrDuplicate, ErrPoolMismatch, ErrOutOfRange or ErrCapacity.
//
// # Leaf layout
//
// One record is one field element, the integer below (bit 0 is the least
// significant):
//
//	field          offset  width  model range
//	soh_permille        0     10  0..1000
//	soc_out            10      7  0..100
//	soc_in             17      7  0..100
//	fee_cents          24     32  0..2^32-1
//	energy_wh          56     32  0..2^32-1
//	time               88     32  0..telemetry.MaxTime (unix seconds)
//	seq               120     64  0..2^64-1
//	cabinet           184     32  0..2^32-1
//	tag               216      1  always 1
//	kind              217      1  0 swap, 1 heartbeat
//
// A heartbeat (telemetry.KindHeartbeat) is a record like a swap, with kind 1
// and every swap field (bits [0, 88), SwapBits) 0: it carries a cabinet, a
// seq and a time, so it takes part in the order and in completeness, and in
// no figure.
//
// A leaf is below 2^218 (LeafBits), far below the 254-bit modulus, so a leaf
// recomposed from range-checked fields never wraps. Bits [120, 216) are the
// order key cabinet*2^64 + seq. Layout returns this table; the Offset*/Width*
// constants name its entries. The pool is not in the leaf: every record of a
// chunk shares it, and the circuit binds it as a public input beside the root.
// The withheld battery ids never enter a leaf.
//
// The empty leaf, used for padding, is 0. The tag bit makes every record
// nonzero, including the record whose fields are all zero (cabinet 0, seq 0,
// time 0, …), which telemetry allows; Unpack returns ErrEmptyLeaf for 0 and
// ErrNotLeaf for anything Pack cannot produce (≥ 2^218, no tag, SoC > 100,
// SoH > 1000, a heartbeat with a swap field set). The tag costs the circuit nothing: it is a constant term of
// the recomposition, or the "i < count" flag the circuit has anyway.
//
// # Hash construction
//
// Everything is hashed with one function, Sponge: Poseidon2 over BN254 with
// width 16 and gnark-crypto's reference round numbers for that width (8 full
// rounds, 57 partial rounds, x^5; HorizenLabs parameters for 128-bit security
// with the security margin). The state starts as [IV, 0, …, 0]; state[0] is
// the capacity and is never written by input; the input, zero-padded to a
// positive multiple of the rate 15, is added 15 elements at a time into
// state[1..15], each block followed by one permutation; the output is
// state[1]. With a capacity of one element (≈254 bits) the generic sponge
// bound gives ≈127-bit security against collisions and preimages. The input
// length is never absorbed: it is fixed by the IV (see below), so zero
// padding is unambiguous.
//
// Measured in R1CS (gnark v0.16.3, frontend.Compile with r1cs.NewBuilder on
// BN254, hashing N = 64 elements; testdata/constraints.json pins these):
//
//	construction                          rounds   constraints  per element
//	Merkle–Damgård, t=2 compression       6 / 50        11 905       186.0
//	binary tree, t=2 compression          6 / 50        11 719       183.1
//	sponge t=3  (rate 2)                  8 / 56         7 681       120.0
//	sponge t=4  (rate 3)                  8 / 56         5 809        90.8
//	sponge t=8  (rate 7)                  8 / 57         3 631        56.7
//	sponge t=12 (rate 11)                 8 / 57         2 755        43.0
//	sponge t=16 (rate 15)  chosen         8 / 57         2 776        43.4
//
// One permutation costs 3 constraints per S-box: 3*(8*t + 57) = 555 for t=16
// (459 for t=12); linear layers are free in R1CS. A binary tree of 2-to-1
// compressions costs N-1 compressions, about the same as Merkle–Damgård, not
// twice. At 64 inputs t=12 and t=16 tie because of block rounding; at a real
// chunk t=16 wins: a chunk of C=4096 absorbs C+1 elements in 274
// permutations, 152 070 constraints = 37.1 per record (t=12: 373
// permutations, 41.8 per record), inside the ≈85 per record the circuit
// leaves for hashing. The t=2 rows use gnark's default t=2 rounds (6/50),
// fewer than the reference instances; t=3 has no reference constants in
// gnark-crypto (its round keys are derived from a seed). A test pins the
// chosen construction at exactly 555 constraints per permutation and at most
// 40 per record.
//
// # Domain separation
//
// Each sponge's IV (its initial capacity element) names what is hashed:
//
//	IV = DomainPrefix<<32 | Version<<16 | kind  +  param<<64
//
// DomainPrefix is "rwab", Version is 1. For a chunk, kind = DomainChunk and
// param = the chunk capacity C (ChunkIV); for a tree node, kind = DomainNode
// and param = the node's level (NodeIV). Chunks of different capacities,
// chunks and nodes, and nodes of different levels therefore never share a
// hash input space.
//
// # Chunk root
//
// A chunk holds at most C records, C a power of two in [MinCapacity,
// MaxCapacity]:
//
//	ChunkRoot = Sponge(ChunkIV(C), leaf[0], …, leaf[count-1], 0, …, 0, count)
//
// with C leaves (the last C-count empty) followed by the record count: C+1
// elements, which for a power of two C fit the same ceil((C+1)/15)
// permutations as C alone. The count is bound into the root, the capacity
// into the IV: two chunks with different counts or capacities have
// different roots even over the same records. EmptyChunkRoot(C) is the root
// of a chunk with no records.
//
// # Epoch root
//
// An epoch's records fill chunks of C in order, all full but the last. The
// epoch root is a binary Merkle root over the chunk roots, padded with
// EmptyChunkRoot(C) to the next power of two; the node at level l (1 = just
// above the chunk roots) is HashNode(l, left, right) = Sponge(NodeIV(l),
// left, right), one permutation. The tree's depth is ceil(log2(chunks)), so
// a single-chunk epoch's root is its chunk root (no node hash: a circuit over
// that chunk proves against the epoch root directly). An empty epoch is one
// empty chunk: its root is EmptyChunkRoot(C) and its count 0. Each chunk root
// binds its count, so the root binds every chunk's count and thus the epoch's.
// ProveChunk and VerifyChunk give and check a chunk's path to the root; a
// verifier that knows the epoch's count should also check the index is below
// the number of chunks (a padding leaf proves only an empty chunk).
//
// Builder consumes events one at a time in canonical order and keeps one
// sponge state and the chunk roots, never the records, so an epoch of
// millions of records streams through it. Natively a chunk of 4096 records
// hashes at 140 000–250 000 records/s on one core of the shared development
// machine (BenchmarkChunkRoot4096, ≈62 µs per permutation): a million records
// in 4–7 s.
package commit
