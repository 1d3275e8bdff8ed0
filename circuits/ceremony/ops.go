package ceremony

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	cs "github.com/consensys/gnark/constraint/bn254"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/circuits/summary"
	"github.com/rwabridge/rwabridge/internal/field"
)

// Options are what every step takes besides its own arguments.
type Options struct {
	// Progress is told what the step is doing as it goes (may be nil).
	Progress func(msg string)
	// Now gives the time written into files (nil: time.Now).
	Now func() time.Time
}

func (o Options) progress(format string, a ...any) {
	if o.Progress != nil {
		o.Progress(fmt.Sprintf(format, a...))
	}
}

func (o Options) now() time.Time {
	if o.Now != nil {
		return o.Now().UTC()
	}
	return time.Now().UTC()
}

// InitOptions say what ceremony to start.
type InitOptions struct {
	Options
	Capacity     int           // the chunk capacity of the summary circuit
	Participants []Participant // the orgs that may contribute, with their signing addresses
	// Phase1Beacon and Phase2Beacon announce where each phase's closing
	// beacon will come from; Phase1Beacon is empty when Import is set.
	Phase1Beacon, Phase2Beacon string
	// Import takes Phase 1 from an existing powers of tau instead of
	// running it (nil: run it).
	Import *ImportFile
}

// ImportFile names an existing Phase 1 result to import.
type ImportFile struct {
	Kind   string // "ptau" (a snarkjs .ptau file) or "gnark" (a sealed gnark SrsCommons)
	Path   string
	Source string // what it is, for the record (e.g. "Perpetual Powers of Tau, response 0071, beacon")
}

// compile compiles the summary circuit of capacity and returns it with
// the SHA-256 of its encoding.
func compile(capacity int) (*cs.R1CS, field.Digest, error) {
	ccs, err := keys.Compile(capacity)
	if err != nil {
		return nil, field.Digest{}, err
	}
	r1cs, ok := ccs.(*cs.R1CS)
	if !ok {
		return nil, field.Digest{}, fmt.Errorf("ceremony: the summary circuit compiled to %T, not a BN254 R1CS", ccs)
	}
	return r1cs, hashOf(r1cs), nil
}

// Init starts a ceremony in dir, which must not exist or be empty: it
// compiles the circuit, writes the plan and, when Phase 1 is imported,
// the SRS and Phase 2's initial state (the long part: Initialize's point
// FFTs).
func Init(ctx context.Context, dir string, o InitOptions) (*Transcript, error) {
	if err := summary.CheckCapacity(o.Capacity); err != nil {
		return nil, err
	}
	if names, err := os.ReadDir(dir); err == nil && len(names) > 0 {
		return nil, fmt.Errorf("%w: %s is not empty: a ceremony starts in a new directory", ErrPhase, dir)
	} else if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("ceremony: %w", err)
	}
	o.progress("compiling the summary circuit at capacity %d", o.Capacity)
	r1cs, ccsHash, err := compile(o.Capacity)
	if err != nil {
		return nil, err
	}
	plan := &Plan{
		Format: Format, Circuit: "summary", CircuitVersion: summary.Version, Capacity: o.Capacity,
		Constraints: r1cs.GetNbConstraints(), Domain: ecc.NextPowerOfTwo(uint64(r1cs.GetNbConstraints())),
		CCSSHA256: ccsHash, GnarkVersion: keys.GnarkVersion(), Created: o.now(),
	}
	for _, p := range o.Participants {
		if common.IsHexAddress(p.Address) {
			p.Address = common.HexToAddress(p.Address).Hex()
		}
		plan.Participants = append(plan.Participants, p)
	}
	plan.Beacons.Phase1 = strings.TrimSpace(o.Phase1Beacon)
	plan.Beacons.Phase2 = strings.TrimSpace(o.Phase2Beacon)
	var commons *mpcsetup.SrsCommons
	if o.Import != nil {
		imp, c, err := importPhase1(o.Import, plan.Domain, o.Options)
		if err != nil {
			return nil, err
		}
		plan.Phase1Import, commons = imp, c
	}
	if err := plan.check(); err != nil {
		return nil, err
	}
	_, statErr := os.Stat(dir)
	created := errors.Is(statErr, os.ErrNotExist)
	if err := writePlan(ctx, dir, plan, r1cs, commons, o.Options); err != nil {
		// Leave nothing behind: the directory as it was (absent or empty).
		os.RemoveAll(filepath.Join(dir, Phase1Dir))
		os.RemoveAll(filepath.Join(dir, Phase2Dir))
		if created {
			os.Remove(dir)
		}
		return nil, err
	}
	return Open(dir)
}

// writePlan writes a new ceremony's folders, the imported SRS and Phase 2's
// initial state when commons is set, and the plan, last: a directory
// without it is no ceremony.
func writePlan(ctx context.Context, dir string, plan *Plan, r1cs *cs.R1CS, commons *mpcsetup.SrsCommons, o Options) error {
	for _, d := range []string{dir, filepath.Join(dir, Phase1Dir), filepath.Join(dir, Phase2Dir)} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return fmt.Errorf("ceremony: %w", err)
		}
	}
	if commons != nil {
		if _, err := writeFile(filepath.Join(dir, Phase1Dir, SRSFile), commons); err != nil {
			return err
		}
		if err := startPhase2(ctx, dir, r1cs, commons, o); err != nil {
			return err
		}
	}
	return writeJSON(filepath.Join(dir, PlanFile), plan)
}

// startPhase2 runs Phase 2's Initialize over the sealed SRS and writes its
// initial state and the circuit's evaluations.
func startPhase2(ctx context.Context, dir string, r1cs *cs.R1CS, commons *mpcsetup.SrsCommons, o Options) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	o.progress("initializing phase 2 for %d constraints (point FFTs over the SRS: the long step)", r1cs.GetNbConstraints())
	var p mpcsetup.Phase2
	evals := p.Initialize(r1cs, commons)
	o.progress("writing phase 2's initial state and the circuit's evaluations")
	if _, err := writeFile(filepath.Join(dir, Phase2Dir, EvalsFile), &evalsFile{evals}); err != nil {
		return err
	}
	_, err := writeFile(filepath.Join(dir, Phase2Dir, InitialFile), &p)
	return err
}

// phaseObject is a Phase1 or a Phase2.
type phaseObject interface {
	ReadFrom(r io.Reader) (int64, error)
	WriteTo(w io.Writer) (int64, error)
}

// newPhaseObject returns an empty object of phase to decode into.
func newPhaseObject(phase int) phaseObject {
	if phase == 1 {
		return new(mpcsetup.Phase1)
	}
	return new(mpcsetup.Phase2)
}

// predecessor returns the object contribution index of phase builds on
// (the phase's initial state for index 1, else contribution index-1,
// checked against its statement's hash and signature) and its hash.
func (t *Transcript) predecessor(phase, index int) (phaseObject, field.Digest, error) {
	if index == 1 {
		if phase == 1 {
			p := mpcsetup.NewPhase1(t.Plan.Domain)
			return p, hashOf(p), nil
		}
		p := new(mpcsetup.Phase2)
		sum, err := decodeFile(filepath.Join(t.Dir, Phase2Dir, InitialFile), p, nil)
		return p, sum, err
	}
	e := t.Entries(phase)[index-2]
	part, err := t.Plan.Participant(e.Org)
	if err != nil {
		return nil, field.Digest{}, err
	}
	if err := e.checkSignature(part.Address); err != nil {
		return nil, field.Digest{}, err
	}
	p := newPhaseObject(phase)
	sum, err := decodeFile(e.Path, p, &e.Contribution)
	return p, sum, err
}

// ContributeOptions say who contributes.
type ContributeOptions struct {
	Options
	Org string            // the contributing org's MSP id, as the plan lists it
	Key *ecdsa.PrivateKey // the key the plan lists for Org
}

// Contribute adds Org's contribution to the open phase of dir's ceremony:
// it reads the latest contribution (checking its hash and signature, not
// its proof: Verify does that), contributes fresh randomness from
// crypto/rand, and writes the new contribution and its signed statement.
// The randomness exists only in memory during the call.
func Contribute(ctx context.Context, dir string, o ContributeOptions) (*Entry, error) {
	t, err := Open(dir)
	if err != nil {
		return nil, err
	}
	phase := t.OpenPhase()
	if phase == 0 {
		return nil, fmt.Errorf("%w: both phases of %s are closed; the keys are in %s", ErrPhase, dir, filepath.Join(dir, KeysDir))
	}
	part, err := t.Plan.Participant(o.Org)
	if err != nil {
		return nil, err
	}
	if o.Key == nil {
		return nil, fmt.Errorf("%w: no key to sign %s's contribution with", ErrSignature, o.Org)
	}
	if got := crypto.PubkeyToAddress(o.Key.PublicKey); !strings.EqualFold(got.Hex(), part.Address) {
		return nil, fmt.Errorf("%w: the key given is %s's, the plan lists %s for %s", ErrSignature, got.Hex(), part.Address, o.Org)
	}
	entries := t.Entries(phase)
	for _, e := range entries {
		if e.Org == o.Org {
			return nil, fmt.Errorf("%w: %s already contributed to phase %d (contribution %d; rwabridge ceremony record logs it on the ledger)", ErrReplayed, o.Org, phase, e.Index)
		}
	}
	index := len(entries) + 1
	o.progress("reading phase %d's latest state (contribution %d)", phase, index-1)
	prev, prevHash, err := t.predecessor(phase, index)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	o.progress("contributing to phase %d as %s (randomness from crypto/rand)", phase, o.Org)
	switch p := prev.(type) {
	case *mpcsetup.Phase1:
		p.Contribute()
	case *mpcsetup.Phase2:
		p.Contribute()
	}
	base := filepath.Join(phaseDir(dir, phase), entryBase(index, o.Org))
	o.progress("writing %s", base+phaseExt(phase))
	sum, err := writeFile(base+phaseExt(phase), prev)
	if err != nil {
		return nil, err
	}
	s := Statement{Ceremony: t.ID, Phase: phase, Index: index, Org: o.Org, Previous: prevHash, Contribution: sum}
	if err := s.Sign(o.Key); err != nil {
		return nil, err
	}
	if err := writeJSON(base+ExtStatement, &s); err != nil {
		return nil, err
	}
	return &Entry{Statement: s, Path: base + phaseExt(phase)}, nil
}

// OwnEntries returns org's contributions in dir's transcript, checked to
// be signed by key, the key the plan lists for org (what rwabridge
// ceremony record logs on the ledger). ErrPhase when there is none.
func OwnEntries(dir, org string, key *ecdsa.PrivateKey) ([]Entry, error) {
	t, err := Open(dir)
	if err != nil {
		return nil, err
	}
	part, err := t.Plan.Participant(org)
	if err != nil {
		return nil, err
	}
	if key == nil || !strings.EqualFold(crypto.PubkeyToAddress(key.PublicKey).Hex(), part.Address) {
		return nil, fmt.Errorf("%w: the key given is not the one the plan lists for %s (%s)", ErrSignature, org, part.Address)
	}
	var out []Entry
	for phase := 1; phase <= 2; phase++ {
		for _, e := range t.Entries(phase) {
			if e.Org != org {
				continue
			}
			if err := e.checkSignature(part.Address); err != nil {
				return nil, fmt.Errorf("%s: %w", e.Path, err)
			}
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: %s has not contributed to %s", ErrPhase, org, dir)
	}
	return out, nil
}

// checkBeacon refuses an empty or oversized beacon value.
func checkBeacon(b []byte) error {
	if len(b) < 16 || len(b) > 64 {
		return fmt.Errorf("%w: a beacon value is 16–64 bytes (a block hash is 32), got %d", ErrBeacon, len(b))
	}
	return nil
}

// Close closes the open phase of dir's ceremony with the beacon value
// (announced in the plan, published after the phase's last contribution).
// Closing Phase 1 seals the SRS and initializes Phase 2; closing Phase 2
// seals the keys and writes them, a key set of kind mpc-ceremony, into
// dir/keys. A phase closes only with at least two contributions.
func Close(ctx context.Context, dir string, beacon []byte, o Options) (*Seal, error) {
	if err := checkBeacon(beacon); err != nil {
		return nil, err
	}
	t, err := Open(dir)
	if err != nil {
		return nil, err
	}
	phase := t.OpenPhase()
	if phase == 0 {
		return nil, fmt.Errorf("%w: both phases of %s are closed", ErrPhase, dir)
	}
	entries := t.Entries(phase)
	if len(entries) < minPerPhase {
		return nil, fmt.Errorf("%w: phase %d has %d contribution(s); it closes after at least %d orgs contributed", ErrPhase, phase, len(entries), minPerPhase)
	}
	r1cs, ccsHash, err := compile(t.Plan.Capacity)
	if err != nil {
		return nil, err
	}
	if err := t.Plan.fits(r1cs, ccsHash); err != nil {
		return nil, err
	}
	o.progress("reading phase %d's last contribution (%s)", phase, entries[len(entries)-1].Org)
	last, _, err := t.predecessor(phase, len(entries)+1)
	if err != nil {
		return nil, err
	}
	seal := &Seal{Phase: phase, Beacon: beacon, Closed: o.now()}
	if phase == 1 {
		seal.Source = t.Plan.Beacons.Phase1
		o.progress("sealing phase 1 with the beacon")
		commons := last.(*mpcsetup.Phase1).Seal(beacon)
		if seal.Result, err = writeFile(filepath.Join(dir, Phase1Dir, SRSFile), &commons); err != nil {
			return nil, err
		}
		if err := startPhase2(ctx, dir, r1cs, &commons, o); err != nil {
			return nil, err
		}
	} else {
		seal.Source = t.Plan.Beacons.Phase2
		commons, evals, err := t.phase2Inputs(nil)
		if err != nil {
			return nil, err
		}
		o.progress("sealing phase 2 with the beacon")
		pk, vk := last.(*mpcsetup.Phase2).Seal(commons, evals, beacon)
		t.Phase2Seal = seal
		info := t.info()
		o.progress("writing the keys into %s", filepath.Join(dir, KeysDir))
		set := &keys.Set{Dir: filepath.Join(dir, KeysDir), CCS: r1cs, PK: pk, VK: vk, Meta: keys.Metadata{Ceremony: info}}
		if err := keys.Write(set, t.Plan.Capacity, keys.KindCeremony, seal.Closed); err != nil {
			return nil, err
		}
		seal.Result = set.Meta.VKHash
	}
	if err := writeJSON(filepath.Join(phaseDir(dir, phase), SealFile), seal); err != nil {
		return nil, err
	}
	return seal, nil
}

// phase2Inputs reads the sealed SRS and the circuit's evaluations. With
// srsHash set, the SRS file must have that hash.
func (t *Transcript) phase2Inputs(srsHash *field.Digest) (*mpcsetup.SrsCommons, *mpcsetup.Phase2Evaluations, error) {
	var commons mpcsetup.SrsCommons
	if _, err := decodeFile(filepath.Join(t.Dir, Phase1Dir, SRSFile), &commons, srsHash); err != nil {
		return nil, nil, err
	}
	var evals evalsFile
	if _, err := decodeFile(filepath.Join(t.Dir, Phase2Dir, EvalsFile), &evals, nil); err != nil {
		return nil, nil, err
	}
	return &commons, &evals.Phase2Evaluations, nil
}

// fits checks the plan is for the circuit this build compiles.
func (p *Plan) fits(r1cs *cs.R1CS, ccsHash field.Digest) error {
	switch {
	case p.Circuit != "summary" || p.CircuitVersion != summary.Version:
		return fmt.Errorf("%w: the ceremony is for circuit %s version %d, this build proves summary version %d", ErrWrongCircuit, p.Circuit, p.CircuitVersion, summary.Version)
	case p.Constraints != r1cs.GetNbConstraints() || p.CCSSHA256 != ccsHash:
		return fmt.Errorf("%w: the ceremony's constraint system (%d constraints, SHA-256 %s) is not the one this build compiles at capacity %d (%d, %s)",
			ErrWrongCircuit, p.Constraints, p.CCSSHA256, p.Capacity, r1cs.GetNbConstraints(), ccsHash)
	case p.Domain != ecc.NextPowerOfTwo(uint64(r1cs.GetNbConstraints())):
		return fmt.Errorf("%w: domain %d for %d constraints", ErrWrongCircuit, p.Domain, p.Constraints)
	}
	return nil
}

// info describes the transcript for its key set's metadata.
func (t *Transcript) info() *keys.CeremonyInfo {
	in := &keys.CeremonyInfo{ID: t.ID, Phase1: []keys.Contributor{}, Phase2: []keys.Contributor{}}
	for _, e := range t.Phase1 {
		in.Phase1 = append(in.Phase1, keys.Contributor{Org: e.Org, Address: e.Signer, Contribution: e.Contribution})
	}
	for _, e := range t.Phase2 {
		in.Phase2 = append(in.Phase2, keys.Contributor{Org: e.Org, Address: e.Signer, Contribution: e.Contribution})
	}
	if imp := t.Plan.Phase1Import; imp != nil {
		in.Phase1Import = fmt.Sprintf("%s file %s (SHA-256 %s)", imp.Kind, imp.Source, imp.SHA256)
	}
	for _, s := range []*Seal{t.Phase1Seal, t.Phase2Seal} {
		if s != nil && len(s.Beacon) > 0 {
			in.Beacons = append(in.Beacons, fmt.Sprintf("phase %d: %s (%s)", s.Phase, s.Beacon, s.Source))
		}
	}
	return in
}
