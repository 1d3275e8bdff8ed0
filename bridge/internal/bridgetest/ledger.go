package bridgetest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/rwabridge/rwabridge/circuits/summary"
	"github.com/rwabridge/rwabridge/internal/atomicfile"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// Ledger is a fake onshore ledger kept in one JSON file: every call reads
// it, every write replaces it (temporary file and rename), so processes
// that take turns see each other's writes. Hooks let tests tamper with
// what it returns.
type Ledger struct {
	path string
	mu   sync.Mutex
	// TamperSeal, when set, changes every seal ListSeals returns.
	TamperSeal func(*ledger.Seal)
}

type ledgerState struct {
	Seals        []ledger.Seal                   `json:"seals"`
	Records      map[string][]telemetry.Event    `json:"records"`
	Attestations map[string][]ledger.Attestation `json:"attestations"`
	Exports      []ledger.Export                 `json:"exports"`
}

func refKey(pool telemetry.PoolID, epoch uint64) string { return fmt.Sprintf("%s/%d", pool, epoch) }

// NewLedger creates an empty ledger file at path (or opens an existing
// one).
func NewLedger(path string) (*Ledger, error) {
	l := &Ledger{path: path}
	if _, err := os.Stat(path); os.IsNotExist(err) {
		if err := l.save(&ledgerState{}); err != nil {
			return nil, err
		}
	}
	return l, nil
}

func (l *Ledger) load() (*ledgerState, error) {
	data, err := os.ReadFile(l.path)
	if err != nil {
		return nil, err
	}
	var s ledgerState
	if err := json.Unmarshal(data, &s); err != nil {
		return nil, err
	}
	if s.Records == nil {
		s.Records = map[string][]telemetry.Event{}
	}
	if s.Attestations == nil {
		s.Attestations = map[string][]ledger.Attestation{}
	}
	return &s, nil
}

func (l *Ledger) save(s *ledgerState) error {
	data, err := json.Marshal(s)
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(l.path, data, 0o600)
}

func (l *Ledger) update(f func(*ledgerState) error) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	s, err := l.load()
	if err != nil {
		return err
	}
	if err := f(s); err != nil {
		return err
	}
	return l.save(s)
}

// AddSeal stores a seal and its committed records.
func (l *Ledger) AddSeal(seal *ledger.Seal, events []telemetry.Event) error {
	return l.update(func(s *ledgerState) error {
		s.Seals = append(s.Seals, *seal)
		s.Records[refKey(seal.Pool, seal.Epoch)] = events
		return nil
	})
}

// ListSeals implements the bridge's ledger interfaces.
func (l *Ledger) ListSeals(_ context.Context, pool telemetry.PoolID) ([]ledger.Seal, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	s, err := l.load()
	if err != nil {
		return nil, err
	}
	var out []ledger.Seal
	for _, x := range s.Seals {
		if pool == "" || x.Pool == pool {
			if l.TamperSeal != nil {
				l.TamperSeal(&x)
			}
			out = append(out, x)
		}
	}
	return out, nil
}

// Records implements the bridge's ledger interfaces.
func (l *Ledger) Records(_ context.Context, pool telemetry.PoolID, epoch uint64, visit func(telemetry.SignedEvent) error) error {
	l.mu.Lock()
	s, err := l.load()
	l.mu.Unlock()
	if err != nil {
		return err
	}
	evs, ok := s.Records[refKey(pool, epoch)]
	if !ok {
		return fmt.Errorf("%w: no seal of %s epoch %d", ledger.ErrNotFound, pool, epoch)
	}
	for _, e := range evs {
		if err := visit(telemetry.SignedEvent{Event: e}); err != nil {
			return err
		}
	}
	return nil
}

// Attestations implements the bridge's ledger interfaces.
func (l *Ledger) Attestations(_ context.Context, pool telemetry.PoolID, epoch uint64) ([]ledger.Attestation, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	s, err := l.load()
	if err != nil {
		return nil, err
	}
	return s.Attestations[refKey(pool, epoch)], nil
}

// RecordAttestation implements the attestor's ledger interface with the
// contract's idempotence: the same attestation again is a no-op, another
// one by the same org is ErrConflict.
func (l *Ledger) RecordAttestation(_ context.Context, a ledger.AttestationRequest) (*ledger.Attestation, error) {
	var out ledger.Attestation
	err := l.update(func(s *ledgerState) error {
		k := refKey(a.Pool, a.Epoch)
		for _, x := range s.Attestations[k] {
			if x.Org == a.Org {
				if x.Digest == a.Digest && x.Signer != a.Signer { // the org's new key (as the ledger's contract)
					break
				}
				if x.Digest != a.Digest || string(x.Signature) != string(a.Signature) {
					return fmt.Errorf("%w: %s already attested", ledger.ErrConflict, a.Org)
				}
				out = x
				return nil
			}
		}
		out = ledger.Attestation{AttestationRequest: a, RecordedAt: time.Now().UTC(), TxID: fmt.Sprintf("fake-%d", len(s.Attestations[k]))}
		s.Attestations[k] = slices.DeleteFunc(s.Attestations[k], func(x ledger.Attestation) bool { return x.Org == a.Org })
		s.Attestations[k] = append(s.Attestations[k], out)
		slices.SortFunc(s.Attestations[k], func(x, y ledger.Attestation) int { return strings.Compare(x.Org, y.Org) })
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &out, nil
}

// RecordExport implements the relayer's ledger interface (idempotent per
// (pool, epoch, tx)).
func (l *Ledger) RecordExport(_ context.Context, x ledger.ExportRequest) (*ledger.Export, error) {
	var out ledger.Export
	err := l.update(func(s *ledgerState) error {
		for _, e := range s.Exports {
			if e.Pool == x.Pool && e.Epoch == x.Epoch && e.TxHash == x.TxHash {
				out = e
				return nil
			}
		}
		out = ledger.Export{ExportRequest: x, RecordedBy: "RelayerMSP", RecordedAt: time.Now().UTC()}
		s.Exports = append(s.Exports, out)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &out, nil
}

// Exports returns every export logged.
func (l *Ledger) Exports() ([]ledger.Export, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	s, err := l.load()
	if err != nil {
		return nil, err
	}
	return s.Exports, nil
}

// SealFor computes the seal the ledger contract would write for events
// (canonical order) of pool's epoch under p, with chunks of capacity.
func SealFor(pool telemetry.PoolID, p *policy.Policy, epoch uint64, capacity int, events []telemetry.Event) (*ledger.Seal, *summary.Summary, error) {
	s, err := summary.Summarize(summary.Input{Pool: pool, Epoch: epoch, Policy: p, Capacity: capacity, Events: events})
	if err != nil {
		return nil, nil, err
	}
	seal := &ledger.Seal{
		Pool: pool, Epoch: epoch, EpochSeconds: p.EpochSeconds(),
		Start: p.EpochStart(epoch).UTC(), End: p.EpochEnd(epoch).UTC(),
		PolicyID: p.ID, PolicyVersion: p.Version, PolicyHash: p.Hash(),
		Root: field.Element(s.Commitment.Root), Count: s.Commitment.Count, ChunkCapacity: capacity,
		ActiveCabinets: s.Totals.ActiveCabinets, MinActiveCabinets: p.MinActiveCabinets, Disclosable: s.Disclosable,
		SealedAt: time.Now().UTC(), TxID: "fake-seal",
	}
	for _, c := range s.Commitment.Chunks {
		seal.Chunks = append(seal.Chunks, ledger.Chunk{Root: field.Element(c.Root), Count: c.Count})
	}
	for _, m := range p.Disclose.Metrics() {
		seal.Metrics = append(seal.Metrics, ledger.MetricValue{Metric: m.String(), Value: s.Totals.Get(m)})
	}
	return seal, s, nil
}
