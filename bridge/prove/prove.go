// Package prove owns prover orchestration for the bridge: reading a sealed
// epoch's committed records from the onshore ledger, recomputing the
// commitment and aggregates with the circuit's native twin
// (circuits/summary) and comparing them with the seal (Recompute, shared
// with the attestor), then proving the epoch with circuits/prover (Prover).
//
// It does not hold keys (circuits/keys), persist bundles (the relayer's
// outbox does) or talk to the L2.
package prove

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/circuits/commit"
	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/circuits/prover"
	"github.com/rwabridge/rwabridge/circuits/summary"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// Errors.
var (
	// ErrSealMismatch: the seal differs from what its own records give
	// (root, count, chunk roots and counts, aggregates, policy hash), or the
	// records do not pass the circuit's checks. It is circuits/prover's.
	ErrSealMismatch = prover.ErrSealMismatch
	// ErrNotDisclosable: the epoch is below its policy's k-anonymity
	// threshold; no proof exists for it and nobody signs it.
	ErrNotDisclosable = prover.ErrNotDisclosable
	// ErrUnknownPolicy: no known policy has the seal's policy hash.
	ErrUnknownPolicy = errors.New("seal names an unknown policy")
)

// Records is what recomputation needs of the ledger; *ledger.Client
// satisfies it. It visits exactly the committed records of a sealed epoch,
// in canonical order.
type Records interface {
	Records(ctx context.Context, pool telemetry.PoolID, epoch uint64, visit func(telemetry.SignedEvent) error) error
}

// PolicyFor returns the policy among known whose hash is the seal's
// (the embedded policies when known is empty).
func PolicyFor(seal *ledger.Seal, known []*policy.Policy) (*policy.Policy, error) {
	if len(known) == 0 {
		all, err := policies.All()
		if err != nil {
			return nil, fmt.Errorf("prove: embedded policies: %w", err)
		}
		known = all
	}
	for _, p := range known {
		if strings.EqualFold(p.HashHex(), seal.PolicyHash) {
			return p, nil
		}
	}
	return nil, fmt.Errorf("%w: %s@%d (hash %s)", ErrUnknownPolicy, seal.PolicyID, seal.PolicyVersion, seal.PolicyHash)
}

// Recompute reads the seal's records and recomputes everything the seal
// states: root, count, chunk roots and counts with a commit.Builder fed as
// the records stream in, then every record check, the aggregates and
// k-anonymity with the circuit's native twin (summary.Summarize). Any difference, or records the circuit would
// reject, is ErrSealMismatch. It does not check k: the summary says
// whether the epoch is disclosable, and so does the seal (checked equal).
func Recompute(ctx context.Context, recs Records, seal *ledger.Seal, p *policy.Policy) (*summary.Summary, error) {
	b, err := commit.NewBuilder(seal.Pool, seal.ChunkCapacity)
	if err != nil {
		return nil, fmt.Errorf("%w: %s epoch %d: chunk capacity %d: %w", ErrSealMismatch, seal.Pool, seal.Epoch, seal.ChunkCapacity, err)
	}
	var events []telemetry.Event
	errBuild := errors.New("records do not build a commitment")
	if err := recs.Records(ctx, seal.Pool, seal.Epoch, func(e telemetry.SignedEvent) error {
		if err := b.Add(&e.Event); err != nil {
			return fmt.Errorf("%w: record (%d, %d): %w", errBuild, e.Event.Cabinet, e.Event.Seq, err)
		}
		events = append(events, e.Event)
		return nil
	}); err != nil {
		if errors.Is(err, errBuild) {
			return nil, fmt.Errorf("%w: %s epoch %d: %w", ErrSealMismatch, seal.Pool, seal.Epoch, err)
		}
		return nil, fmt.Errorf("prove: records of %s epoch %d: %w", seal.Pool, seal.Epoch, err)
	}
	// The commitment, streamed as the records arrive, against the seal.
	com, err := b.Finish()
	if err != nil {
		return nil, fmt.Errorf("%w: %s epoch %d: %w", ErrSealMismatch, seal.Pool, seal.Epoch, err)
	}
	if got := bundle.Hex(com.Root); !strings.EqualFold(got, seal.Root) || com.Count != seal.Count || len(com.Chunks) != len(seal.Chunks) {
		return nil, fmt.Errorf("%w: %s epoch %d: seal root %s count %d in %d chunks, the records give %s, %d in %d", ErrSealMismatch,
			seal.Pool, seal.Epoch, seal.Root, seal.Count, len(seal.Chunks), got, com.Count, len(com.Chunks))
	}
	for i, c := range com.Chunks {
		if !strings.EqualFold(bundle.Hex(c.Root), seal.Chunks[i].Root) || c.Count != seal.Chunks[i].Count {
			return nil, fmt.Errorf("%w: %s epoch %d: chunk %d differs", ErrSealMismatch, seal.Pool, seal.Epoch, i)
		}
	}
	// Then the circuit's native twin: every record check, the aggregates
	// and k-anonymity.
	s, err := summary.Summarize(summary.Input{Pool: seal.Pool, Epoch: seal.Epoch, Policy: p, Capacity: seal.ChunkCapacity, Events: events})
	if err != nil {
		return nil, fmt.Errorf("%w: %s epoch %d: the sealed records: %w", ErrSealMismatch, seal.Pool, seal.Epoch, err)
	}
	if err := SealOf(seal).Check(s, p); err != nil {
		return nil, fmt.Errorf("%s epoch %d: %w", seal.Pool, seal.Epoch, err)
	}
	if s.Disclosable != seal.Disclosable || uint32(p.MinActiveCabinets) != seal.MinActiveCabinets {
		return nil, fmt.Errorf("%w: %s epoch %d: disclosable %t (k %d), the records give %t (k %d)", ErrSealMismatch,
			seal.Pool, seal.Epoch, seal.Disclosable, seal.MinActiveCabinets, s.Disclosable, p.MinActiveCabinets)
	}
	return s, nil
}

// SealOf converts the ledger's seal for prover.Seal.Check.
func SealOf(s *ledger.Seal) *prover.Seal {
	ps := &prover.Seal{
		PolicyHash: s.PolicyHash, Root: s.Root, Count: s.Count, Capacity: s.ChunkCapacity,
		Metrics: map[string]uint64{}, ActiveCabinets: s.ActiveCabinets,
	}
	for _, c := range s.Chunks {
		ps.ChunkRoots = append(ps.ChunkRoots, c.Root)
		ps.ChunkCounts = append(ps.ChunkCounts, c.Count)
	}
	for _, m := range s.Metrics {
		ps.Metrics[m.Metric] = m.Value
	}
	return ps
}

// Prover proves sealed epochs read from the ledger.
type Prover struct {
	Records Records
	// Keys is the key set to prove with; when nil, the set of the seal's
	// chunk capacity is loaded from KeyDir (ceremony keys when present,
	// else dev keys) and kept.
	Keys   *keys.Set
	KeyDir string
	// Policies are the policies seals may name; empty means the embedded
	// ones.
	Policies []*policy.Policy

	mu     sync.Mutex
	loaded map[int]*keys.Set
}

// ErrNoKeys: no key set for the seal's chunk capacity.
var ErrNoKeys = errors.New("no circuit keys for the chunk capacity")

func (p *Prover) keysFor(capacity int) (*keys.Set, error) {
	if p.Keys != nil {
		return p.Keys, nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if s, ok := p.loaded[capacity]; ok {
		return s, nil
	}
	for _, k := range []keys.Kind{keys.KindCeremony, keys.KindDev} {
		if _, err := keys.ReadMetadata(p.KeyDir, capacity, k); err != nil {
			continue
		}
		s, err := keys.Load(p.KeyDir, capacity, k)
		if err != nil {
			return nil, fmt.Errorf("prove: %w", err)
		}
		if p.loaded == nil {
			p.loaded = map[int]*keys.Set{}
		}
		p.loaded[capacity] = s
		return s, nil
	}
	return nil, fmt.Errorf("%w: capacity %d in %q (rwabridge setup --capacity %d)", ErrNoKeys, capacity, p.KeyDir, capacity)
}

// Prove recomputes the seal (Recompute) and proves the epoch. It fails with
// ErrSealMismatch, ErrNotDisclosable, ErrUnknownPolicy or circuits/prover's
// errors.
func (p *Prover) Prove(ctx context.Context, seal *ledger.Seal) (*bundle.Bundle, error) {
	pol, err := PolicyFor(seal, p.Policies)
	if err != nil {
		return nil, err
	}
	s, err := Recompute(ctx, p.Records, seal, pol)
	if err != nil {
		return nil, err
	}
	if !s.Disclosable {
		return nil, fmt.Errorf("prove: %s epoch %d: %w", seal.Pool, seal.Epoch, ErrNotDisclosable)
	}
	set, err := p.keysFor(seal.ChunkCapacity)
	if err != nil {
		return nil, err
	}
	b, err := prover.Prove(ctx, set, s, pol, nil)
	if err != nil {
		return nil, fmt.Errorf("prove: %s epoch %d: %w", seal.Pool, seal.Epoch, err)
	}
	return b, nil
}
