package prover

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
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
	"github.com/rwabridge/rwabridge/policies/policy"
)

// Errors.
var (
	// ErrSealMismatch: the seal disagrees with what the native twin computes
	// from the sealed records (root, count, chunks, aggregates, policy).
	ErrSealMismatch = errors.New("seal does not match the sealed records")
	// ErrKeyMismatch: the keys are for another capacity than the seal's chunks.
	ErrKeyMismatch = errors.New("keys do not fit the seal")
	// ErrNotDisclosable: the epoch is below the policy's k-anonymity threshold.
	ErrNotDisclosable = errors.New("epoch not disclosable")
)

// Seal is what the ledger sealed for one (pool, epoch), as the prover
// checks it: hex roots as in the ledger's JSON, metric values by name.
type Seal struct {
	PolicyHash     string            // policy.Policy.HashHex
	Root           string            // epoch root, 0x-hex
	Count          uint64            // committed records
	Capacity       int               // chunk capacity
	ChunkRoots     []string          // 0x-hex, in order
	ChunkCounts    []int             // records per chunk
	Metrics        map[string]uint64 // disclosed aggregates by metric name
	ActiveCabinets uint64            // distinct cabinets, disclosed or not
}

// Check compares the seal with the native twin's summary and returns the
// first difference as ErrSealMismatch.
func (sl *Seal) Check(s *summary.Summary, p *policy.Policy) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrSealMismatch, fmt.Sprintf(format, args...))
	}
	if !strings.EqualFold(sl.PolicyHash, p.HashHex()) {
		return bad("policy hash %s, policy %s has %s", sl.PolicyHash, p.ID, p.HashHex())
	}
	if sl.Capacity != s.Capacity {
		return bad("chunk capacity %d, summarized with %d", sl.Capacity, s.Capacity)
	}
	if got := bundle.Hex(s.Commitment.Root); !strings.EqualFold(sl.Root, got) {
		return bad("root %s, the records give %s", sl.Root, got)
	}
	if sl.Count != s.Commitment.Count {
		return bad("count %d, the ledger returned %d records", sl.Count, s.Commitment.Count)
	}
	if len(sl.ChunkRoots) != len(s.Chunks) || len(sl.ChunkCounts) != len(s.Chunks) {
		return bad("%d chunks, the records make %d", len(sl.ChunkRoots), len(s.Chunks))
	}
	for i, c := range s.Commitment.Chunks {
		if !strings.EqualFold(sl.ChunkRoots[i], bundle.Hex(c.Root)) || sl.ChunkCounts[i] != c.Count {
			return bad("chunk %d differs", i)
		}
	}
	if sl.ActiveCabinets != s.Totals.ActiveCabinets {
		return bad("%d active cabinets, the records have %d", sl.ActiveCabinets, s.Totals.ActiveCabinets)
	}
	for _, m := range p.Disclose.Metrics() {
		v, ok := sl.Metrics[m.String()]
		if !ok {
			return bad("no %s aggregate", m)
		}
		if want := s.Totals.Get(m); v != want {
			return bad("%s = %d, the records give %d", m, v, want)
		}
	}
	return nil
}

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
// fails with ErrKeyMismatch when the keys are not for s.Capacity, with
// ErrNotDisclosable below the k-anonymity threshold, and with
// bundle.ErrProof if a fresh proof does not verify.
func Prove(ctx context.Context, set *keys.Set, s *summary.Summary, p *policy.Policy, progress func(Event)) (*bundle.Bundle, error) {
	if progress == nil {
		progress = func(Event) {}
	}
	if !s.Disclosable {
		return nil, fmt.Errorf("%w: %d active cabinets, the policy needs %d (%w)", ErrNotDisclosable, s.Totals.ActiveCabinets, p.MinActiveCabinets, summary.ErrKAnonymity)
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
		Policy: bundle.PolicyRef{ID: p.ID, Version: p.Version, Hash: p.HashHex()},
		Root:   bundle.Hex(s.Commitment.Root), Count: s.Commitment.Count,
		Metrics: s.Disclosed,
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
		Index: i, Count: st.ChunkCount, Final: st.Final,
		Root: bundle.Hex(st.ChunkRoot), AccIn: bundle.Hex(st.AccIn), AccOut: bundle.Hex(st.AccOut),
		Proof:      "0x" + fmt.Sprintf("%x", bp.MarshalSolidity()),
		GnarkProof: "0x" + fmt.Sprintf("%x", raw.Bytes()),
	}
	for _, x := range in {
		cp.PublicInputs = append(cp.PublicInputs, bundle.Hex(x))
	}
	progress(StageDone, time.Since(start))
	return cp, nil
}
