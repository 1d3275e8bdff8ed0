package ceremony

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rwabridge/rwabridge/internal/field"
)

// Format is the plan's format name; a plan of another format is refused.
const Format = "rwabridge-ceremony/1"

// File and folder names of a transcript directory.
const (
	PlanFile     = "ceremony.json"
	Phase1Dir    = "phase1"
	Phase2Dir    = "phase2"
	KeysDir      = "keys"
	SealFile     = "seal.json"        // in each phase folder, once the phase is closed
	SRSFile      = "srs.bin"          // phase1/: the sealed (or imported) SRS, gnark SrsCommons encoding
	InitialFile  = "0000-initial.ph2" // phase2/: Phase2 as Initialize leaves it
	EvalsFile    = "evaluations.bin"  // phase2/: Initialize's circuit evaluations
	ExtPhase1    = ".ph1"             // a phase 1 contribution (gnark Phase1 encoding)
	ExtPhase2    = ".ph2"             // a phase 2 contribution (gnark Phase2 encoding)
	ExtStatement = ".json"            // a contribution's signed statement
	maxOrgLen    = 64
	minPerPhase  = 2 // contributions a phase needs before it closes: n ≥ 2 orgs
)

// Participant is an org the plan admits: its MSP id and the Ethereum
// address of the key it signs its contributions with (its attestor key,
// the one the L2 committee lists).
type Participant struct {
	Org     string `json:"org"`
	Address string `json:"address"` // 0x-hex, EIP-55
}

// Import describes a Phase 1 taken from elsewhere instead of run here.
type Import struct {
	Kind          string       `json:"kind"`   // "ptau" (snarkjs) or "gnark" (a sealed gnark SrsCommons)
	Source        string       `json:"source"` // what the file is, as the ceremony's initiator named it
	SHA256        field.Digest `json:"sha256"` // of the file imported
	Power         int          `json:"power,omitempty"`
	Contributions int          `json:"contributions,omitempty"`
	SRSSHA256     field.Digest `json:"srs_sha256"` // of phase1/srs.bin, the imported SRS cut to the domain
}

// Plan is ceremony.json: what the ceremony is for, who may contribute, and
// where each phase's closing beacon will come from. It is written once,
// at init; its SHA-256 is the ceremony's id, which every contribution
// signs, so nothing in it can change afterwards.
type Plan struct {
	Format         string        `json:"format"`
	Circuit        string        `json:"circuit"`
	CircuitVersion int           `json:"circuit_version"`
	Capacity       int           `json:"capacity"`
	Constraints    int           `json:"constraints"`
	Domain         uint64        `json:"domain"` // N, the FFT domain: the power of two ≥ constraints
	CCSSHA256      field.Digest  `json:"ccs_sha256"`
	GnarkVersion   string        `json:"gnark_version"`
	Participants   []Participant `json:"participants"`
	// Beacons name, in advance, where each phase's closing beacon value
	// comes from (e.g. "hash of Ethereum mainnet block 24100000"): a value
	// nobody can know before the phase's last contribution. Phase1 is
	// empty when Phase 1 is imported.
	Beacons struct {
		Phase1 string `json:"phase1,omitempty"`
		Phase2 string `json:"phase2"`
	} `json:"beacons"`
	Phase1Import *Import   `json:"phase1_import,omitempty"`
	Created      time.Time `json:"created"`
}

// Participant returns the participant org, or ErrNotParticipant.
func (p *Plan) Participant(org string) (Participant, error) {
	i := slices.IndexFunc(p.Participants, func(x Participant) bool { return x.Org == org })
	if i < 0 {
		names := make([]string, len(p.Participants))
		for j, x := range p.Participants {
			names[j] = x.Org
		}
		return Participant{}, fmt.Errorf("%w: %q (the plan lists %s)", ErrNotParticipant, org, strings.Join(names, ", "))
	}
	return p.Participants[i], nil
}

var orgPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)

// check validates the plan's own fields (not that it fits this build).
func (p *Plan) check() error {
	var errs []error
	bad := func(format string, a ...any) { errs = append(errs, fmt.Errorf(format, a...)) }
	if p.Format != Format {
		bad("format %q, want %q", p.Format, Format)
	}
	if p.Domain == 0 || p.Domain&(p.Domain-1) != 0 || p.Domain < uint64(p.Constraints) {
		bad("domain %d is not a power of two ≥ the %d constraints", p.Domain, p.Constraints)
	}
	if len(p.Participants) < minPerPhase {
		bad("%d participants: a ceremony needs at least %d orgs", len(p.Participants), minPerPhase)
	}
	seenOrg, seenAddr := map[string]bool{}, map[string]bool{}
	for _, x := range p.Participants {
		if len(x.Org) > maxOrgLen || !orgPattern.MatchString(x.Org) {
			bad("participant %q: an MSP id is 1–%d letters, digits, '.', '_' or '-'", x.Org, maxOrgLen)
		}
		if !common.IsHexAddress(x.Address) || common.HexToAddress(x.Address) == (common.Address{}) {
			bad("participant %s: address %q is not a nonzero 0x-hex address", x.Org, x.Address)
		}
		a := strings.ToLower(x.Address)
		if seenOrg[x.Org] || seenAddr[a] {
			bad("participant %s (%s) is listed twice", x.Org, x.Address)
		}
		seenOrg[x.Org], seenAddr[a] = true, true
	}
	if strings.TrimSpace(p.Beacons.Phase2) == "" {
		bad("no phase 2 beacon source announced")
	}
	if (p.Phase1Import == nil) == (strings.TrimSpace(p.Beacons.Phase1) == "") {
		bad("phase 1 needs either a beacon source (run here) or an import, not both")
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("%w: %s: %w", ErrMalformed, PlanFile, err)
	}
	return nil
}

// ReadPlan reads dir's plan and returns it with the ceremony's id.
func ReadPlan(dir string) (*Plan, field.Digest, error) {
	path := filepath.Join(dir, PlanFile)
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, field.Digest{}, fmt.Errorf("%w: no %s in %s (start one with rwabridge ceremony init)", ErrNotFound, PlanFile, dir)
	}
	if err != nil {
		return nil, field.Digest{}, fmt.Errorf("ceremony: %w", err)
	}
	var p Plan
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return nil, field.Digest{}, fmt.Errorf("%w: %s: %w", ErrMalformed, path, err)
	}
	if err := p.check(); err != nil {
		return nil, field.Digest{}, err
	}
	return &p, field.Digest(sha256.Sum256(data)), nil
}
