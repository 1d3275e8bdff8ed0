package commit

import (
	"fmt"
	"math/bits"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// MaxDepth bounds the epoch tree: an epoch has at most MaxChunks chunks.
const (
	MaxDepth  = 20
	MaxChunks = 1 << MaxDepth
)

// ChunkInfo is one chunk of an epoch: its root and how many records it holds.
type ChunkInfo struct {
	Root  fr.Element
	Count int
}

// Commitment is the commitment to one (pool, epoch): the records split in
// order into chunks of Capacity (all full but the last), and Root over their
// chunk roots. An empty epoch is one empty chunk.
type Commitment struct {
	Pool     telemetry.PoolID
	Capacity int
	Count    uint64
	Root     fr.Element
	Chunks   []ChunkInfo
}

// Depth returns the height of the epoch tree: ceil(log2(len(Chunks))), 0 for
// a single chunk, whose root is then the epoch root.
func (c *Commitment) Depth() int { return depthOf(len(c.Chunks)) }

func depthOf(n int) int {
	if n <= 1 {
		return 0
	}
	return bits.Len(uint(n - 1))
}

// EpochRoot returns the root of the epoch tree over the chunk roots of one
// epoch, in order: a binary tree of depth ceil(log2(n)) whose leaves are the
// chunk roots padded with EmptyChunkRoot(capacity) to a power of two, and
// whose node at level l (1 = just above the chunk roots) is
// HashNode(l, left, right). A single chunk's root is the epoch root.
func EpochRoot(capacity int, chunkRoots []fr.Element) (fr.Element, error) {
	levels, err := tree(capacity, chunkRoots)
	if err != nil {
		return fr.Element{}, err
	}
	return levels[len(levels)-1][0], nil
}

// tree returns every level of the epoch tree, leaves (padded) first.
func tree(capacity int, chunkRoots []fr.Element) ([][]fr.Element, error) {
	if len(chunkRoots) == 0 {
		return nil, fmt.Errorf("%w: an epoch has at least one chunk (an empty epoch has one empty chunk)", ErrBadChunk)
	}
	if len(chunkRoots) > MaxChunks {
		return nil, fmt.Errorf("%w: %d chunks, at most %d", ErrCapacity, len(chunkRoots), MaxChunks)
	}
	empty, err := EmptyChunkRoot(capacity)
	if err != nil {
		return nil, err
	}
	depth := depthOf(len(chunkRoots))
	level := make([]fr.Element, 1<<depth)
	copy(level, chunkRoots)
	for i := len(chunkRoots); i < len(level); i++ {
		level[i] = empty
	}
	levels := [][]fr.Element{level}
	for l := 1; l <= depth; l++ {
		up := make([]fr.Element, len(level)/2)
		for i := range up {
			up[i] = HashNode(l, level[2*i], level[2*i+1])
		}
		levels = append(levels, up)
		level = up
	}
	return levels, nil
}

// ChunkProof shows that a chunk root is leaf Index of an epoch tree:
// Siblings are the other children on the path, from the chunk level up.
type ChunkProof struct {
	Index    int
	Siblings []fr.Element
}

// ProveChunk returns the inclusion proof of chunk i in c.Root.
func (c *Commitment) ProveChunk(i int) (ChunkProof, error) {
	if i < 0 || i >= len(c.Chunks) {
		return ChunkProof{}, fmt.Errorf("%w: chunk %d of %d", ErrProof, i, len(c.Chunks))
	}
	roots := make([]fr.Element, len(c.Chunks))
	for j := range c.Chunks {
		roots[j] = c.Chunks[j].Root
	}
	levels, err := tree(c.Capacity, roots)
	if err != nil {
		return ChunkProof{}, err
	}
	p := ChunkProof{Index: i, Siblings: make([]fr.Element, 0, len(levels)-1)}
	for _, level := range levels[:len(levels)-1] {
		p.Siblings = append(p.Siblings, level[i^1])
		i >>= 1
	}
	return p, nil
}

// VerifyChunk checks that chunkRoot is leaf p.Index of the epoch tree with
// the given root, or returns ErrProof. The tree's depth is len(p.Siblings);
// the caller who knows the epoch's record count should also check that
// p.Index is below the number of chunks it implies (a padding leaf proves
// only an empty chunk).
func VerifyChunk(root, chunkRoot fr.Element, p ChunkProof) error {
	depth := len(p.Siblings)
	if depth > MaxDepth || p.Index < 0 || p.Index >= 1<<depth {
		return fmt.Errorf("%w: index %d with %d siblings", ErrProof, p.Index, depth)
	}
	cur, i := chunkRoot, p.Index
	for l := 1; l <= depth; l++ {
		if i&1 == 0 {
			cur = HashNode(l, cur, p.Siblings[l-1])
		} else {
			cur = HashNode(l, p.Siblings[l-1], cur)
		}
		i >>= 1
	}
	if !cur.Equal(&root) {
		return fmt.Errorf("%w: chunk %d leads to %s, not the epoch root %s", ErrProof, p.Index, hexOf(&cur), hexOf(&root))
	}
	return nil
}

// Builder computes a Commitment from records streamed in canonical order,
// holding one sponge state and the chunk roots, never the records. A
// rejected event leaves the builder as it was. A Builder is not safe for
// concurrent use.
type Builder struct {
	pool     telemetry.PoolID
	capacity int
	order    order
	chunks   []ChunkInfo
	sponge   sponge
	inChunk  int
	count    uint64
	finished bool
}

// NewBuilder returns a builder for an epoch of pool with chunks of capacity.
func NewBuilder(pool telemetry.PoolID, capacity int) (*Builder, error) {
	if err := pool.Validate(); err != nil {
		return nil, fmt.Errorf("commit: %w", err)
	}
	if err := CheckCapacity(capacity); err != nil {
		return nil, err
	}
	return &Builder{pool: pool, capacity: capacity, sponge: newSponge(ChunkIV(capacity))}, nil
}

// Add appends the next event. It fails with ErrPoolMismatch, ErrOutOfRange,
// ErrNotCanonical, ErrDuplicate, ErrCapacity (beyond MaxChunks full chunks)
// or ErrFinished.
func (b *Builder) Add(e *telemetry.Event) error {
	if b.finished {
		return ErrFinished
	}
	if e.Pool != b.pool {
		return fmt.Errorf("%w: cabinet %d seq %d is of pool %q, the commitment's is %q", ErrPoolMismatch, e.Cabinet, e.Seq, string(e.Pool), string(b.pool))
	}
	if len(b.chunks) == MaxChunks {
		return fmt.Errorf("%w: %d full chunks of %d records", ErrCapacity, MaxChunks, b.capacity)
	}
	r, err := RecordOf(e)
	if err != nil {
		return err
	}
	leaf, err := r.Pack()
	if err != nil {
		return err
	}
	if err := b.order.next(r); err != nil {
		return err
	}
	b.sponge.absorb(&leaf)
	b.inChunk++
	b.count++
	if b.inChunk == b.capacity {
		b.closeChunk()
	}
	return nil
}

// Count returns how many events have been added.
func (b *Builder) Count() uint64 { return b.count }

func (b *Builder) closeChunk() {
	root := finishChunk(&b.sponge, b.inChunk, b.capacity)
	b.chunks = append(b.chunks, ChunkInfo{Root: root, Count: b.inChunk})
	b.sponge, b.inChunk = newSponge(ChunkIV(b.capacity)), 0
}

// Finish closes the last chunk and returns the commitment. The builder
// accepts nothing afterwards.
func (b *Builder) Finish() (*Commitment, error) {
	if b.finished {
		return nil, ErrFinished
	}
	b.finished = true
	if b.inChunk > 0 || len(b.chunks) == 0 {
		b.closeChunk()
	}
	roots := make([]fr.Element, len(b.chunks))
	for i := range b.chunks {
		roots[i] = b.chunks[i].Root
	}
	root, err := EpochRoot(b.capacity, roots)
	if err != nil {
		return nil, err
	}
	return &Commitment{Pool: b.pool, Capacity: b.capacity, Count: b.count, Root: root, Chunks: b.chunks}, nil
}

// EpochCommitment commits to the events of one (pool, epoch), which must be
// in canonical order (see CheckCanonical and Builder.Add for the errors).
func EpochCommitment(pool telemetry.PoolID, capacity int, events []telemetry.Event) (*Commitment, error) {
	b, err := NewBuilder(pool, capacity)
	if err != nil {
		return nil, err
	}
	for i := range events {
		if err := b.Add(&events[i]); err != nil {
			return nil, fmt.Errorf("event %d: %w", i, err)
		}
	}
	return b.Finish()
}
