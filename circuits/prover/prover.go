package prover

import (
	"bytes"
	"context"
	"errors"
	"fmt"
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

// Prove proves every chunk of s with set and returns the bundle. It
// fails with ErrKeyMismatch when the keys are not for s.Capacity and with
// bundle.ErrProof if a fresh proof does not verify. An epoch below the
// k-anonymity threshold (or without records) gets a suppressed bundle: no
// figures, a proof of exactly that.
func Prove(ctx context.Context, set *keys.Set, s *summary.Summary, p *policy.Policy, progress func(Event)) (*bundle.Bundle, error) {
	if progress == nil {
		progress = func(Event) {}
	}
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
	total := len(s.Chunks)
	for i := range s.Chunks {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		cp, err := proveChunk(set, s, i, func(stage string, d time.Duration) {
			progress(Event{Index: i, Total: total, Stage: stage, Elapsed: d})
		})
		if err != nil {
			return nil, fmt.Errorf("chunk %d of %d: %w", i, total, err)
		}
		b.Chunks = append(b.Chunks, *cp)
	}
	return b, nil
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
