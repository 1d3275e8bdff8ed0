// Package prove owns proving an epoch from the onshore ledger: reading a
// sealed epoch's committed records, recomputing everything the seal states
// with the circuit's native twin (summary.Summarize: commitment, record
// checks, aggregates, k-anonymity) and comparing it with the seal once
// (Recompute, CheckSeal; the attestor signs only what Recompute accepted),
// then proving the epoch with circuits/prover (Prover). It also says
// whether a proof bundle belongs to a seal (Match) and which policy a seal
// was made under (PolicyFor).
//
// `rwabridge prove`, the relayer and the demo all prove through Prover.
//
// # Proving apart
//
// An epoch's chunks are independent once it is summarised, so Prover proves
// Workers chunks at once, and ProvePart proves one Part of them (chunk i
// belongs to part i mod P) in a process or machine of its own, writing a
// ChunkFile per chunk; Merge checks those files against the recomputed seal
// and joins them into the bundle Prove would make. Chunks chain through
// accumulator hashes that hide partial totals behind random salts; parts in
// different processes must draw the same ones, so they derive them from a
// secret SaltSeed (SaltSeed.Salt: HMAC-SHA256, domain-separated, per seal
// and chunk). Without a seed, Prove keeps crypto/rand.
//
// It does not persist bundles (the relayer's outbox and the commands do;
// it writes only the chunk files ProvePart is asked for), make keys
// (circuits/keys) or talk to the L2.
package prove

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/circuits/prover"
	"github.com/rwabridge/rwabridge/circuits/summary"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// Errors.
var (
	// ErrSealMismatch: the seal differs from what its own records give
	// (root, count, chunk roots and counts, aggregates, policy hash,
	// k-anonymity), or the records do not pass the circuit's checks.
	ErrSealMismatch = errors.New("seal does not match the sealed records")
	// ErrUnknownPolicy: no known policy has the seal's policy hash.
	ErrUnknownPolicy = errors.New("seal names an unknown policy")
	// ErrBundleMismatch: a proof bundle is not of the seal (pool, epoch,
	// root, count or policy hash differ).
	ErrBundleMismatch = errors.New("bundle does not match the seal")
)

// Records is what recomputation needs of the ledger; *ledger.Client
// satisfies it. It visits exactly the committed records of a sealed epoch,
// in canonical order.
type Records interface {
	Records(ctx context.Context, pool telemetry.PoolID, epoch uint64, visit func(telemetry.SignedEvent) error) error
}

var _ Records = (*ledger.Client)(nil)

// PolicyFor returns the policy among known whose hash is the seal's (the
// embedded policies when known is empty).
func PolicyFor(seal *ledger.Seal, known []*policy.Policy) (*policy.Policy, error) {
	if len(known) == 0 {
		all, err := policies.All()
		if err != nil {
			return nil, fmt.Errorf("prove: embedded policies: %w", err)
		}
		known = all
	}
	for _, p := range known {
		if p.Hash() == seal.PolicyHash {
			return p, nil
		}
	}
	return nil, fmt.Errorf("%w: %s@%d (hash %s)", ErrUnknownPolicy, seal.PolicyID, seal.PolicyVersion, seal.PolicyHash)
}

// Recompute reads the seal's records and recomputes everything the seal
// states with the circuit's native twin (summary.Summarize), then compares
// the two (CheckSeal). Records the circuit would reject, or any difference,
// are ErrSealMismatch. It does not refuse an epoch below k: the summary
// says whether it is disclosable, and so does the seal (checked equal).
func Recompute(ctx context.Context, recs Records, seal *ledger.Seal, p *policy.Policy) (*summary.Summary, error) {
	return recompute(ctx, recs, seal, p, nil)
}

// recompute is Recompute with the salts of the non-final chunks' accumulators
// drawn by salt (nil: crypto/rand).
func recompute(ctx context.Context, recs Records, seal *ledger.Seal, p *policy.Policy, salt func() (fr.Element, error)) (*summary.Summary, error) {
	var events []telemetry.Event
	if err := recs.Records(ctx, seal.Pool, seal.Epoch, func(e telemetry.SignedEvent) error {
		events = append(events, e.Event)
		return nil
	}); err != nil {
		return nil, fmt.Errorf("prove: records of %s epoch %d: %w", seal.Pool, seal.Epoch, err)
	}
	s, err := summary.Summarize(summary.Input{Pool: seal.Pool, Epoch: seal.Epoch, Policy: p, Capacity: seal.ChunkCapacity, Events: events, Salt: salt})
	if err != nil {
		return nil, fmt.Errorf("%w: %s epoch %d: the sealed records: %w", ErrSealMismatch, seal.Pool, seal.Epoch, err)
	}
	if err := CheckSeal(seal, s, p); err != nil {
		return nil, err
	}
	return s, nil
}

// CheckSeal compares a seal with the summary of its records under p and
// returns the first difference as ErrSealMismatch: policy hash, chunk
// capacity, root, record count, every chunk's root and count, active
// cabinets, the disclosed aggregates, k and whether the epoch is
// disclosable.
func CheckSeal(seal *ledger.Seal, s *summary.Summary, p *policy.Policy) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s epoch %d: %s", ErrSealMismatch, seal.Pool, seal.Epoch, fmt.Sprintf(format, args...))
	}
	com := s.Commitment
	switch {
	case seal.PolicyHash != p.Hash():
		return bad("policy hash %s, policy %s@%d has %s", seal.PolicyHash, p.ID, p.Version, p.Hash())
	case seal.ChunkCapacity != s.Capacity:
		return bad("chunk capacity %d, summarized with %d", seal.ChunkCapacity, s.Capacity)
	case seal.Root != field.Element(com.Root) || seal.Count != com.Count || len(seal.Chunks) != len(com.Chunks):
		return bad("root %s, %d records in %d chunks; the records give %s, %d in %d",
			seal.Root, seal.Count, len(seal.Chunks), field.Element(com.Root), com.Count, len(com.Chunks))
	}
	for i, c := range com.Chunks {
		if seal.Chunks[i].Root != field.Element(c.Root) || seal.Chunks[i].Count != c.Count {
			return bad("chunk %d: root %s, %d records; the records give %s, %d", i, seal.Chunks[i].Root, seal.Chunks[i].Count, field.Element(c.Root), c.Count)
		}
	}
	if seal.ActiveCabinets != s.Totals.ActiveCabinets {
		return bad("%d active cabinets, the records have %d", seal.ActiveCabinets, s.Totals.ActiveCabinets)
	}
	for _, m := range p.Disclose.Metrics() {
		v, ok := seal.Metric(m.String())
		if !ok {
			return bad("no %s aggregate", m)
		}
		if want := s.Totals.Get(m); v != want {
			return bad("%s = %d, the records give %d", m, v, want)
		}
	}
	if seal.Disclosable != s.Disclosable || seal.MinActiveCabinets != uint32(p.MinActiveCabinets) {
		return bad("disclosable %t (k %d), the records give %t (k %d)", seal.Disclosable, seal.MinActiveCabinets, s.Disclosable, p.MinActiveCabinets)
	}
	return nil
}

// Match reports whether b is a proof of seal: same pool, epoch, root
// (which commits to the records and their count) and policy hash;
// ErrBundleMismatch otherwise.
func Match(b *bundle.Bundle, seal *ledger.Seal) error {
	if b.Pool != string(seal.Pool) || b.Epoch != seal.Epoch || b.Root != seal.Root || b.Policy.Hash != seal.PolicyHash {
		return fmt.Errorf("%w: bundle %s/%d root %s policy %s, seal %s/%d root %s policy %s", ErrBundleMismatch,
			b.Pool, b.Epoch, b.Root, b.Policy.Hash, seal.Pool, seal.Epoch, seal.Root, seal.PolicyHash)
	}
	return nil
}

// Prover proves sealed epochs read from the ledger.
type Prover struct {
	Records Records
	// Keys is the key set to prove with; when nil, the set of each seal's
	// chunk capacity is found in KeyDir (keys.Find: ceremony keys when
	// present, else development keys) and kept.
	Keys   *keys.Set
	KeyDir string
	// Policies are the policies seals may name; empty means the embedded
	// ones.
	Policies []*policy.Policy
	// Progress, when set, hears every chunk's stages, one call at a time.
	Progress func(prover.Event)
	// Workers is how many chunks are proven at once (less than 1: one).
	Workers int
	// SaltSeed, when set, derives the accumulators' salts (SaltSeed.Salt)
	// so that chunk proofs made by other processes with the same seed
	// chain; nil draws them from crypto/rand. ProvePart and Merge need it.
	SaltSeed *SaltSeed

	mu     sync.Mutex
	loaded map[int]*keys.Set
}

// KeysFor returns the key set the prover proves chunks of capacity with.
func (p *Prover) KeysFor(capacity int) (*keys.Set, error) {
	if p.Keys != nil {
		return p.Keys, nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if s, ok := p.loaded[capacity]; ok {
		return s, nil
	}
	s, err := keys.Find(p.KeyDir, capacity)
	if err != nil {
		return nil, fmt.Errorf("prove: %w", err)
	}
	if p.loaded == nil {
		p.loaded = map[int]*keys.Set{}
	}
	p.loaded[capacity] = s
	return s, nil
}

// Prove recomputes the seal (Recompute; with the SaltSeed's salts when
// set) and proves the epoch, Workers chunks at a time. It fails with
// ErrUnknownPolicy, ErrSealMismatch, keys.ErrNotFound (and the other key
// errors) or circuits/prover's errors, before any proving work where it
// can.
func (p *Prover) Prove(ctx context.Context, seal *ledger.Seal) (*bundle.Bundle, error) {
	e, err := p.prepare(ctx, seal)
	if err != nil {
		return nil, err
	}
	if e.bundle.Chunks, err = prover.ProveChunks(ctx, e.set, e.summary, nil, p.Workers, p.Progress); err != nil {
		return nil, fmt.Errorf("prove: %s epoch %d: %w", seal.Pool, seal.Epoch, err)
	}
	return e.bundle, nil
}

// epochWork is a recomputed seal ready to prove: its summary, the keys and
// the bundle without its chunk proofs.
type epochWork struct {
	summary *summary.Summary
	set     *keys.Set
	bundle  *bundle.Bundle
}

// prepare finds the seal's policy, recomputes the seal with the prover's
// salts, and loads the keys of its capacity.
func (p *Prover) prepare(ctx context.Context, seal *ledger.Seal) (*epochWork, error) {
	pol, err := PolicyFor(seal, p.Policies)
	if err != nil {
		return nil, err
	}
	s, err := recompute(ctx, p.Records, seal, pol, p.SaltSeed.salts(seal))
	if err != nil {
		return nil, err
	}
	set, err := p.KeysFor(seal.ChunkCapacity)
	if err != nil {
		return nil, err
	}
	b, err := prover.NewBundle(set, s, pol)
	if err != nil {
		return nil, fmt.Errorf("prove: %s epoch %d: %w", seal.Pool, seal.Epoch, err)
	}
	return &epochWork{summary: s, set: set, bundle: b}, nil
}
