package prove

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/circuits/prover"
	"github.com/rwabridge/rwabridge/internal/atomicfile"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// ChunkFormat and ChunkVersion identify a chunk proof file.
const (
	ChunkFormat  = "rwabridge.chunk-proof"
	ChunkVersion = 1
	// maxChunkFile bounds a chunk proof file (one proof is about 2.5 KB).
	maxChunkFile = 64 << 10
)

// The errors of Merge, each naming the file or chunk and what to do.
var (
	// ErrChunkMissing: a chunk of the epoch has no proof in the directory.
	ErrChunkMissing = errors.New("chunk proof missing")
	// ErrChunkDuplicate: two files hold a proof of the same chunk.
	ErrChunkDuplicate = errors.New("chunk proof given twice")
	// ErrChunkForeign: a file is not a chunk proof of this seal (another
	// pool, epoch, root, policy, chunk count or capacity, other keys), or
	// not a chunk proof file at all.
	ErrChunkForeign = errors.New("chunk proof of another seal")
	// ErrChunkInputs: a chunk proof of this seal whose public inputs are
	// not the recomputed ones: it chains other accumulators, made with
	// another salt seed.
	ErrChunkInputs = errors.New("chunk proof with other public inputs")
	// ErrChunkProof: a chunk proof that does not verify (wraps
	// bundle.ErrProof).
	ErrChunkProof = errors.New("chunk proof does not verify")
)

// ChunkFile is one chunk's proof, written by a part (ProvePart) for Merge
// to join into the bundle. Besides the proof in the bundle's chunk format
// it names the seal it belongs to (pool, epoch, epoch root, policy hash,
// the number of chunks and their capacity) and the keys it was proven with,
// so a stray file of another seal is refused, not merged. It holds nothing
// a bundle does not publish.
type ChunkFile struct {
	Format     string        `json:"format"`
	Version    int           `json:"version"`
	Pool       string        `json:"pool"`
	Epoch      uint64        `json:"epoch"`
	PolicyHash field.Element `json:"policy_hash"`
	Root       field.Element `json:"root"` // the seal's epoch root
	Chunks     int           `json:"chunks"`
	Capacity   int           `json:"capacity"`
	Setup      keys.Kind     `json:"setup"`
	VKHash     field.Digest  `json:"vk_hash"`

	Chunk bundle.ChunkProof `json:"chunk"`
}

// ChunkFileName is the name of chunk index's proof file of (pool, epoch):
// POOL@EPOCH.chunk-NNNNN.json ('@' is in no pool id, so one directory can
// hold the chunks of many epochs).
func ChunkFileName(pool telemetry.PoolID, epoch uint64, index int) string {
	return fmt.Sprintf("%s@%d.chunk-%05d.json", pool, epoch, index)
}

// chunkFilePattern matches every chunk proof file of (pool, epoch).
func chunkFilePattern(pool telemetry.PoolID, epoch uint64) string {
	return fmt.Sprintf("%s@%d.chunk-*.json", pool, epoch)
}

// ReadChunkFile reads and strictly decodes a chunk proof file (unknown
// fields and trailing data refused, size bounded); a malformed one is
// ErrChunkForeign.
func ReadChunkFile(path string) (*ChunkFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxChunkFile+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxChunkFile {
		return nil, fmt.Errorf("%w: %s: more than %d bytes, not a chunk proof file", ErrChunkForeign, path, maxChunkFile)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var c ChunkFile
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("%w: %s is not a chunk proof file: %w", ErrChunkForeign, path, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: %s: trailing data after the chunk proof", ErrChunkForeign, path)
	}
	if c.Format != ChunkFormat || c.Version != ChunkVersion {
		return nil, fmt.Errorf("%w: %s is not a chunk proof file: format %q version %d, want %q version %d", ErrChunkForeign, path, c.Format, c.Version, ChunkFormat, ChunkVersion)
	}
	return &c, nil
}

// write writes c into dir under its ChunkFileName, atomically and durably
// (mode 0644: nothing in it is private), and returns the path.
func (c *ChunkFile) write(dir string) (string, error) {
	path := filepath.Join(dir, ChunkFileName(telemetry.PoolID(c.Pool), c.Epoch, c.Chunk.Index))
	err := atomicfile.Write(path, 0o644, func(w io.Writer) error {
		data, err := json.MarshalIndent(c, "", "  ")
		if err != nil {
			return err
		}
		_, err = w.Write(append(data, '\n'))
		return err
	})
	if err != nil {
		return "", fmt.Errorf("prove: chunk proof: %w", err)
	}
	return path, nil
}

// Part is one of Of parts of an epoch's chunks: part I proves the chunks i
// with i mod Of = I. Round robin rather than contiguous ranges: the
// mapping needs no chunk count (a Job is made before anyone counts), part
// I of Of ≥ n chunks proves exactly chunk I (one pod per chunk index), and
// every part but the one with the last, smaller chunk does the same work.
type Part struct{ Index, Of int }

// Validate reports a part outside 0 ≤ Index < Of.
func (p Part) Validate() error {
	if p.Of < 1 || p.Index < 0 || p.Index >= p.Of {
		return fmt.Errorf("prove: part %d of %d: want 0 ≤ part < parts", p.Index, p.Of)
	}
	return nil
}

// Chunks returns the part's chunk indices among n chunks (none when
// Index ≥ n).
func (p Part) Chunks(n int) []int {
	var out []int
	for i := p.Index; i < n; i += p.Of {
		out = append(out, i)
	}
	return out
}

// ProvePart recomputes the seal with the prover's SaltSeed (required: parts
// in other processes must derive the same accumulators) and proves the
// part's chunks, Workers at a time, writing each chunk's ChunkFile into dir
// as soon as it and the others proven with it are done (an existing file
// of the chunk is replaced). It returns the paths written, none when the
// epoch has fewer chunks than part.Index+1, and on an error those written
// before it.
func (p *Prover) ProvePart(ctx context.Context, seal *ledger.Seal, part Part, dir string) ([]string, error) {
	if err := part.Validate(); err != nil {
		return nil, err
	}
	if p.SaltSeed == nil {
		return nil, fmt.Errorf("%w: proving a part needs the salt seed every part and the merge share", ErrSaltSeed)
	}
	e, err := p.prepare(ctx, seal)
	if err != nil {
		return nil, err
	}
	idx := part.Chunks(len(e.summary.Chunks))
	if len(idx) == 0 {
		return nil, nil
	}
	// Proven Workers at a time and written as they are done: a part killed
	// midway keeps what it finished.
	batch := max(1, p.Workers)
	var paths []string
	for start := 0; start < len(idx); start += batch {
		proofs, err := prover.ProveChunks(ctx, e.set, e.summary, idx[start:min(start+batch, len(idx))], p.Workers, p.Progress)
		if err != nil {
			return paths, fmt.Errorf("prove: %s epoch %d: %w", seal.Pool, seal.Epoch, err)
		}
		for _, cp := range proofs {
			cf := &ChunkFile{
				Format: ChunkFormat, Version: ChunkVersion, Pool: string(seal.Pool), Epoch: seal.Epoch,
				PolicyHash: seal.PolicyHash, Root: seal.Root, Chunks: len(e.summary.Chunks), Capacity: seal.ChunkCapacity,
				Setup: e.set.Meta.Setup, VKHash: e.set.Meta.VKHash, Chunk: cp,
			}
			path, err := cf.write(dir)
			if err != nil {
				return paths, err
			}
			paths = append(paths, path)
		}
	}
	return paths, nil
}

// Merge joins the chunk proofs the parts wrote into dir into the epoch's
// bundle, exactly the bundle Prove makes with the same salts but for the
// proofs themselves (Groth16 proofs are randomised). It recomputes the seal
// with the SaltSeed (required) and checks, before assembling: every file of
// the epoch in dir belongs to this seal and these keys (ErrChunkForeign),
// no chunk has two files (ErrChunkDuplicate), every chunk has one
// (ErrChunkMissing), each chunk's public inputs are the recomputed ones
// (ErrChunkInputs) and its proof verifies (ErrChunkProof); then
// bundle.Verify checks the whole.
func (p *Prover) Merge(ctx context.Context, seal *ledger.Seal, dir string) (*bundle.Bundle, error) {
	if p.SaltSeed == nil {
		return nil, fmt.Errorf("%w: merging needs the salt seed the parts proved with", ErrSaltSeed)
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return nil, fmt.Errorf("prove: chunk directory %s: not a directory (%v)", dir, err)
	}
	e, err := p.prepare(ctx, seal)
	if err != nil {
		return nil, err
	}
	n := len(e.summary.Chunks)
	paths, err := filepath.Glob(filepath.Join(dir, chunkFilePattern(seal.Pool, seal.Epoch)))
	if err != nil {
		return nil, err
	}
	files := make([]*ChunkFile, n)
	where := make([]string, n)
	for _, path := range paths {
		c, err := ReadChunkFile(path)
		if err != nil {
			if errors.Is(err, ErrChunkForeign) {
				return nil, fmt.Errorf("%w; remove it", err)
			}
			return nil, fmt.Errorf("prove: %w", err)
		}
		if err := belongs(c, seal, n, e.set); err != nil {
			return nil, fmt.Errorf("%w: %s %s; remove it, or merge it with the seal and keys it was proven for", ErrChunkForeign, path, err)
		}
		i := c.Chunk.Index
		if files[i] != nil {
			return nil, fmt.Errorf("%w: chunk %d of %s epoch %d is in %s and %s; remove one", ErrChunkDuplicate, i, seal.Pool, seal.Epoch, where[i], path)
		}
		files[i], where[i] = c, path
	}
	var missing []string
	for i := range files {
		if files[i] == nil {
			missing = append(missing, strconv.Itoa(i))
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("%w: %s epoch %d has %d chunk(s); no proof of chunk %s in %s: run the parts that prove them (part = chunk mod parts) again, then merge",
			ErrChunkMissing, seal.Pool, seal.Epoch, n, strings.Join(missing, ", "), dir)
	}
	b := e.bundle
	for i, c := range files {
		st := &e.summary.Chunks[i].Statement
		cp := &c.Chunk
		if cp.Final != st.Final || cp.Root != field.Element(st.ChunkRoot) || cp.AccIn != field.Element(st.AccIn) || cp.AccOut != field.Element(st.AccOut) {
			return nil, fmt.Errorf("%w: %s: its chunk root or accumulators are not the recomputed ones: it was proven with another salt seed; prove it again with this one", ErrChunkInputs, where[i])
		}
		switch err := bundle.VerifyChunk(cp, st, e.set.VK); {
		case errors.Is(err, bundle.ErrPublicInputs):
			return nil, fmt.Errorf("%w: %s: %w; prove it again", ErrChunkInputs, where[i], err)
		case err != nil:
			return nil, fmt.Errorf("%w: %s: %w; prove it again", ErrChunkProof, where[i], err)
		}
		b.Chunks = append(b.Chunks, *cp)
	}
	if err := bundle.Verify(b, e.set.VK); err != nil {
		return nil, fmt.Errorf("prove: the merged bundle of %s epoch %d: %w", seal.Pool, seal.Epoch, err)
	}
	return b, nil
}

// belongs says how c is not a chunk of seal (of n chunks) proven with set,
// or nil.
func belongs(c *ChunkFile, seal *ledger.Seal, n int, set *keys.Set) error {
	switch {
	case c.Pool != string(seal.Pool) || c.Epoch != seal.Epoch:
		return fmt.Errorf("is of %s epoch %d", c.Pool, c.Epoch)
	case c.Root != seal.Root || c.PolicyHash != seal.PolicyHash:
		return fmt.Errorf("is of root %s under policy %s, the seal has root %s under %s", c.Root, c.PolicyHash, seal.Root, seal.PolicyHash)
	case c.Chunks != n || c.Capacity != seal.ChunkCapacity:
		return fmt.Errorf("is of %d chunk(s) of %d, the seal has %d of %d", c.Chunks, c.Capacity, n, seal.ChunkCapacity)
	case c.VKHash != set.Meta.VKHash || c.Setup != set.Meta.Setup:
		return fmt.Errorf("was proven with %s keys %s, merging with %s keys %s", c.Setup, c.VKHash, set.Meta.Setup, set.Meta.VKHash)
	case c.Chunk.Index < 0 || c.Chunk.Index >= n:
		return fmt.Errorf("is chunk %d, the seal has %d", c.Chunk.Index, n)
	}
	return nil
}
