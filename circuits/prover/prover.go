package prover

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/frontend"

	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/circuits/summary"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// Errors.
var (
	// ErrKeyMismatch: the keys are for another capacity than the summary's
	// chunks.
	ErrKeyMismatch = errors.New("keys do not fit the seal")
)

// Event is one progress report: chunk Index of Total entered Stage
// (after Elapsed since the proof of that chunk started).
type Event struct {
	Index, Total int
	Stage        string
	Elapsed      time.Duration
}

// The stages of one chunk proof.
const (
	StageWitness = "witness"
	StageProve   = "prove"
	StageVerify  = "verify"
	StageDone    = "done"
)

// Prove proves every chunk of s with set, one at a time, and returns the
// bundle. It fails with ErrKeyMismatch when the keys are not for
// s.Capacity and with bundle.ErrProof if a fresh proof does not verify. An
// epoch below the k-anonymity threshold (or without records) gets a
// suppressed bundle: no figures, a proof of exactly that.
func Prove(ctx context.Context, set *keys.Set, s *summary.Summary, p *policy.Policy, progress func(Event)) (*bundle.Bundle, error) {
	b, err := NewBundle(set, s, p)
	if err != nil {
		return nil, err
	}
	if b.Chunks, err = ProveChunks(ctx, set, s, nil, 1, progress); err != nil {
		return nil, err
	}
	return b, nil
}

// NewBundle returns the bundle of s without its chunk proofs: everything
// Prove writes but the proofs, so that chunk proofs made elsewhere
// (ProveChunks, in other processes) are joined into exactly the bundle
// Prove would make. It fails with ErrKeyMismatch when set can not prove s.
func NewBundle(set *keys.Set, s *summary.Summary, p *policy.Policy) (*bundle.Bundle, error) {
	if set.Meta.Capacity != s.Capacity {
		return nil, fmt.Errorf("%w: keys for capacity %d, seal chunks of %d", ErrKeyMismatch, set.Meta.Capacity, s.Capacity)
	}
	if set.CCS == nil || set.PK == nil || set.VK == nil {
		return nil, fmt.Errorf("%w: the key set has no proving key", ErrKeyMismatch)
	}
	b := &bundle.Bundle{
		Format: bundle.Format, Version: bundle.Version, Circuit: "summary", CircuitVersion: summary.Version,
		Capacity: s.Capacity, Setup: set.Meta.Setup, VKHash: set.Meta.VKHash,
		Pool: string(s.Pool), Epoch: s.Epoch,
		Policy:     bundle.PolicyRef{ID: p.ID, Version: p.Version, Hash: p.Hash(), EpochSeconds: uint32(p.EpochSeconds())},
		Root:       field.Element(s.Commitment.Root),
		Suppressed: !s.Disclosable,
	}
	if s.Disclosable {
		b.Metrics = s.Disclosed
	}
	if set.Meta.Setup.Insecure() {
		b.Warning = keys.Warning
	}
	for _, m := range p.Disclose.Metrics() {
		b.Disclosed = append(b.Disclosed, m.String())
	}
	return b, nil
}

// ProveChunks proves the chunks of s named by indices (every chunk, in
// order, when indices is nil) with up to workers proofs at a time (at
// least 1), and returns their proofs in the order of indices. Each fresh
// proof is verified (bundle.ErrProof otherwise). progress, when set, hears
// every chunk's stages, one call at a time: with several workers the
// chunks' events interleave and chunks finish in any order. The first
// failure, or ctx's end, stops the chunks not yet started and is returned;
// once every chunk is proven the proofs are returned, even if ctx ended
// meanwhile.
func ProveChunks(ctx context.Context, set *keys.Set, s *summary.Summary, indices []int, workers int, progress func(Event)) ([]bundle.ChunkProof, error) {
	if set.Meta.Capacity != s.Capacity || set.CCS == nil || set.PK == nil || set.VK == nil {
		return nil, fmt.Errorf("%w: keys for capacity %d (proving key present: %t), seal chunks of %d", ErrKeyMismatch, set.Meta.Capacity, set.PK != nil, s.Capacity)
	}
	total := len(s.Chunks)
	if indices == nil {
		indices = make([]int, total)
		for i := range indices {
			indices[i] = i
		}
	}
	for _, i := range indices {
		if i < 0 || i >= total {
			return nil, fmt.Errorf("%w: chunk %d of %d", summary.ErrBadStatement, i, total)
		}
	}
	var mu sync.Mutex
	report := func(Event) {}
	if progress != nil {
		report = func(e Event) {
			mu.Lock()
			defer mu.Unlock()
			progress(e)
		}
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	out := make([]bundle.ChunkProof, len(indices))
	var proven atomic.Int64
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(1, min(workers, len(indices))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range next {
				if ctx.Err() != nil {
					continue
				}
				i := indices[k]
				cp, err := proveChunk(set, s, i, func(stage string, d time.Duration) {
					report(Event{Index: i, Total: total, Stage: stage, Elapsed: d})
				})
				if err != nil {
					cancel(fmt.Errorf("chunk %d of %d: %w", i, total, err))
					continue
				}
				out[k] = *cp
				proven.Add(1)
			}
		}()
	}
feed:
	for k := range indices {
		select {
		case next <- k:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	if proven.Load() < int64(len(indices)) {
		return nil, context.Cause(ctx) // a chunk's error, or the caller's cancellation
	}
	return out, nil
}

func proveChunk(set *keys.Set, s *summary.Summary, i int, progress func(string, time.Duration)) (*bundle.ChunkProof, error) {
	start := time.Now()
	progress(StageWitness, 0)
	a, err := s.Assignment(i)
	if err != nil {
		return nil, err
	}
	w, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
	if err != nil {
		return nil, fmt.Errorf("prover: witness: %w", err)
	}
	progress(StageProve, time.Since(start))
	proof, err := groth16.Prove(set.CCS, set.PK, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		return nil, fmt.Errorf("prover: prove: %w", err)
	}
	progress(StageVerify, time.Since(start))
	pub, err := w.Public()
	if err != nil {
		return nil, err
	}
	if err := groth16.Verify(proof, set.VK, pub, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
		return nil, fmt.Errorf("%w: a fresh proof does not verify: %w", bundle.ErrProof, err)
	}
	bp, ok := proof.(*groth16bn254.Proof)
	if !ok {
		return nil, fmt.Errorf("prover: unexpected proof type %T", proof)
	}
	var raw bytes.Buffer
	if _, err := bp.WriteRawTo(&raw); err != nil {
		return nil, err
	}
	st := &s.Chunks[i].Statement
	in, err := st.PublicInputs()
	if err != nil {
		return nil, err
	}
	cp := &bundle.ChunkProof{
		Index: i, Final: st.Final,
		Root: field.Element(st.ChunkRoot), AccIn: field.Element(st.AccIn), AccOut: field.Element(st.AccOut),
		Proof:      field.EncodeHex(bp.MarshalSolidity()),
		GnarkProof: field.EncodeHex(raw.Bytes()),
	}
	for _, x := range in {
		cp.PublicInputs = append(cp.PublicInputs, field.Element(x))
	}
	progress(StageDone, time.Since(start))
	return cp, nil
}
