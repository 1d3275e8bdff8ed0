package ceremony

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	cs "github.com/consensys/gnark/constraint/bn254"

	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/internal/field"
)

// VerifyOptions say what to check besides the transcript itself.
type VerifyOptions struct {
	Options
	// Beacons are the beacon values the verifier looked up from the
	// announced sources, by phase (1, 2); a phase closed with another value
	// is ErrBeacon. A phase missing here is reported, not checked.
	Beacons map[int][]byte
	// Keys is a key set directory to compare with what the transcript
	// produces; "" compares the transcript's own keys (dir/keys) when
	// present.
	Keys string
	// RecomputeInit recomputes Phase 2's initial state with gnark's
	// Initialize (minutes of point FFTs) instead of checking it with
	// CheckPhase2Init (random linear combinations: seconds); both accept
	// exactly the same states, up to CheckPhase2Init's 2^-250 error.
	RecomputeInit bool
}

// Result is what a verification established.
type Result struct {
	Transcript *Transcript
	// Complete: both phases are closed and the keys were derived.
	Complete bool
	// Unchecked lists what was not checked because the verifier gave no
	// value to check against (a beacon), in words.
	Unchecked []string
	// Info describes the ceremony as its key set's metadata does.
	Info *keys.CeremonyInfo
	// CCS, PK, VK and VKHash are the keys the transcript produces
	// (Complete) and the circuit they are for.
	CCS    *cs.R1CS
	PK     groth16.ProvingKey
	VK     groth16.VerifyingKey
	VKHash field.Digest
	// KeysChecked names the key set directory found equal to them ("" if none).
	KeysChecked string
}

// Verify checks dir's whole transcript: the plan against the circuit this
// build compiles; every contribution's signature (by the key the plan
// lists for its org), its hash, its place in the chain, and its proof of
// update; each phase's seal with its beacon; Phase 2's initial state
// against the sealed SRS and the circuit; and that the keys it produces
// are the ones in dir/keys (or opts.Keys). An open phase is verified as
// far as it goes (Result.Complete false).
func Verify(ctx context.Context, dir string, o VerifyOptions) (*Result, error) {
	t, err := Open(dir)
	if err != nil {
		return nil, err
	}
	res := &Result{Transcript: t, Info: t.info()}
	o.progress("compiling the summary circuit at capacity %d", t.Plan.Capacity)
	r1cs, ccsHash, err := compile(t.Plan.Capacity)
	if err != nil {
		return nil, err
	}
	if err := t.Plan.fits(r1cs, ccsHash); err != nil {
		return nil, err
	}
	var commons *mpcsetup.SrsCommons
	if imp := t.Plan.Phase1Import; imp != nil {
		o.progress("checking the imported phase 1 (%s)", imp.Source)
		var c mpcsetup.SrsCommons
		if _, err := decodeFile(filepath.Join(dir, Phase1Dir, SRSFile), &c, &imp.SRSSHA256); err != nil {
			return nil, err
		}
		if err := CheckSRS(&c, t.Plan.Domain); err != nil {
			return nil, err
		}
		commons = &c
	} else {
		last, err := t.verifyChain(ctx, 1, o.Options)
		if err != nil {
			return nil, err
		}
		if t.Phase1Seal == nil {
			return res, nil
		}
		if err := res.checkBeacon(t.Phase1Seal, o.Beacons); err != nil {
			return nil, err
		}
		o.progress("sealing phase 1 with its beacon")
		c := last.(*mpcsetup.Phase1).Seal(t.Phase1Seal.Beacon)
		if got := hashOf(&c); got != t.Phase1Seal.Result {
			return nil, fmt.Errorf("%w: phase 1 sealed with its beacon gives an SRS of SHA-256 %s, its seal says %s", ErrKeysMismatch, got, t.Phase1Seal.Result)
		}
		if got, err := fileHash(filepath.Join(dir, Phase1Dir, SRSFile)); err != nil {
			return nil, err
		} else if got != t.Phase1Seal.Result {
			return nil, fmt.Errorf("%w: %s is not the SRS phase 1 seals to", ErrKeysMismatch, filepath.Join(dir, Phase1Dir, SRSFile))
		}
		commons = &c
	}
	evals, err := t.checkPhase2Init(r1cs, commons, o)
	if err != nil {
		return nil, err
	}
	last, err := t.verifyChain(ctx, 2, o.Options)
	if err != nil {
		return nil, err
	}
	if t.Phase2Seal == nil {
		return res, nil
	}
	if err := res.checkBeacon(t.Phase2Seal, o.Beacons); err != nil {
		return nil, err
	}
	o.progress("sealing phase 2 with its beacon: the keys")
	res.PK, res.VK = last.(*mpcsetup.Phase2).Seal(commons, evals, t.Phase2Seal.Beacon)
	h, err := keys.VKHash(res.VK)
	if err != nil {
		return nil, err
	}
	res.CCS, res.VKHash, res.Complete = r1cs, field.Digest(h), true
	if res.VKHash != t.Phase2Seal.Result {
		return nil, fmt.Errorf("%w: the transcript gives verifying key %s, phase 2's seal says %s", ErrKeysMismatch, res.VKHash, t.Phase2Seal.Result)
	}
	keyDir := o.Keys
	if keyDir == "" {
		keyDir = filepath.Join(dir, KeysDir)
		if _, err := os.Stat(keyDir); err != nil {
			return res, nil
		}
	}
	if err := res.compareKeys(keyDir, t.Plan.Capacity); err != nil {
		return nil, err
	}
	res.KeysChecked = keyDir
	return res, nil
}

// verifyChain verifies phase's contributions in order and returns the
// last one (the phase's initial state when it has none).
func (t *Transcript) verifyChain(ctx context.Context, phase int, o Options) (phaseObject, error) {
	entries := t.Entries(phase)
	o.progress("phase %d: reading its initial state", phase)
	prev, prevHash, err := t.predecessor(phase, 1)
	if err != nil {
		return nil, err
	}
	seenOrg := map[string]int{}
	seenHash := map[field.Digest]int{prevHash: 0}
	for _, e := range entries {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		o.progress("phase %d: verifying contribution %d of %d (%s)", phase, e.Index, len(entries), e.Org)
		part, err := t.Plan.Participant(e.Org)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", e.Path, err)
		}
		if err := e.checkSignature(part.Address); err != nil {
			return nil, fmt.Errorf("%s: %w", e.Path, err)
		}
		if i, ok := seenOrg[e.Org]; ok {
			return nil, fmt.Errorf("%w: %s contributes twice to phase %d (contributions %d and %d)", ErrReplayed, e.Org, phase, i, e.Index)
		}
		if i, ok := seenHash[e.Contribution]; ok {
			return nil, fmt.Errorf("%w: %s's contribution %d of phase %d is the file of contribution %d", ErrReplayed, e.Org, e.Index, phase, i)
		}
		seenOrg[e.Org], seenHash[e.Contribution] = e.Index, e.Index
		if e.Previous != prevHash {
			return nil, fmt.Errorf("%w: %s's contribution %d of phase %d builds on %s, the state before it is %s", ErrWrongPredecessor, e.Org, e.Index, phase, e.Previous, prevHash)
		}
		next := newPhaseObject(phase)
		if _, err := decodeFile(e.Path, next, &e.Contribution); err != nil {
			return nil, err
		}
		if err := verifyStep(prev, next, e.Previous); err != nil {
			return nil, fmt.Errorf("%s's contribution %d of phase %d (%s): %w", e.Org, e.Index, phase, e.Path, err)
		}
		prev, prevHash = next, e.Contribution
	}
	return prev, nil
}

// verifyStep checks next's proofs of update against prev; next must carry
// its challenge, the hash of prev (gnark would accept an empty one).
func verifyStep(prev, next phaseObject, prevHash field.Digest) error {
	var challenge []byte
	var err error
	switch n := next.(type) {
	case *mpcsetup.Phase1:
		challenge = n.Challenge
		if bytes.Equal(challenge, prevHash[:]) {
			err = prev.(*mpcsetup.Phase1).Verify(n)
		}
	case *mpcsetup.Phase2:
		challenge = n.Challenge
		if bytes.Equal(challenge, prevHash[:]) {
			err = prev.(*mpcsetup.Phase2).Verify(n)
		}
	}
	if !bytes.Equal(challenge, prevHash[:]) {
		return fmt.Errorf("%w: its proof is bound to %x, not to the state before it", ErrWrongPredecessor, challenge)
	}
	if err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidContribution, err)
	}
	return nil
}

// checkPhase2Init checks (or recomputes) Phase 2's initial state and the
// circuit's evaluations from the sealed SRS and returns the evaluations.
func (t *Transcript) checkPhase2Init(r1cs *cs.R1CS, commons *mpcsetup.SrsCommons, o VerifyOptions) (*mpcsetup.Phase2Evaluations, error) {
	initPath, evalsPath := filepath.Join(t.Dir, Phase2Dir, InitialFile), filepath.Join(t.Dir, Phase2Dir, EvalsFile)
	if o.RecomputeInit {
		o.progress("phase 2: recomputing its initial state (Initialize: point FFTs, the long step)")
		var p mpcsetup.Phase2
		evals := p.Initialize(r1cs, commons)
		for _, x := range []struct {
			path string
			want field.Digest
		}{{initPath, hashOf(&p)}, {evalsPath, hashOf(&evalsFile{evals})}} {
			got, err := fileHash(x.path)
			if err != nil {
				return nil, err
			}
			if got != x.want {
				return nil, fmt.Errorf("%w: %s is not what Initialize gives for this circuit and SRS", ErrKeysMismatch, x.path)
			}
		}
		return &evals, nil
	}
	o.progress("phase 2: checking its initial state against the circuit and the SRS")
	var p mpcsetup.Phase2
	if _, err := decodeFile(initPath, &p, nil); err != nil {
		return nil, err
	}
	var evals evalsFile
	if _, err := decodeFile(evalsPath, &evals, nil); err != nil {
		return nil, err
	}
	if err := CheckPhase2Init(r1cs, commons, &p, &evals.Phase2Evaluations); err != nil {
		return nil, err
	}
	return &evals.Phase2Evaluations, nil
}

// checkBeacon compares a seal's beacon with the one the verifier was told.
func (r *Result) checkBeacon(s *Seal, want map[int][]byte) error {
	w, ok := want[s.Phase]
	if !ok {
		r.Unchecked = append(r.Unchecked, fmt.Sprintf("phase %d's beacon %s: check it is the value of %q", s.Phase, s.Beacon, s.Source))
		return nil
	}
	if !bytes.Equal(w, s.Beacon) {
		return fmt.Errorf("%w: phase %d was closed with beacon %s, the value of %q you gave is %s", ErrBeacon, s.Phase, s.Beacon, s.Source, "0x"+hex.EncodeToString(w))
	}
	return nil
}

// compareKeys checks the key set of capacity in dir is the one derived.
func (r *Result) compareKeys(dir string, capacity int) error {
	m, err := keys.ReadMetadata(dir, capacity, keys.KindCeremony)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrKeysMismatch, err)
	}
	if m.VKHash != r.VKHash {
		return fmt.Errorf("%w: %s holds verifying key %s, the transcript gives %s", ErrKeysMismatch, dir, m.VKHash, r.VKHash)
	}
	h := sha256.New()
	if _, err := r.PK.WriteRawTo(h); err != nil {
		return err
	}
	if got := hex.EncodeToString(h.Sum(nil)); m.Files[keys.ExtPK].SHA256 != got {
		return fmt.Errorf("%w: %s's proving key has SHA-256 %s, the transcript gives %s", ErrKeysMismatch, dir, m.Files[keys.ExtPK].SHA256, got)
	}
	if got := m.Files[keys.ExtCCS].SHA256; got != hex.EncodeToString(r.Transcript.Plan.CCSSHA256[:]) {
		return fmt.Errorf("%w: %s's constraint system has SHA-256 %s, the ceremony's is %s", ErrKeysMismatch, dir, got, r.Transcript.Plan.CCSSHA256)
	}
	if _, err := keys.Load(dir, capacity, keys.KindCeremony); err != nil {
		return fmt.Errorf("%w: %w", ErrKeysMismatch, err)
	}
	return nil
}

// fileHash is the SHA-256 of a file's bytes.
func fileHash(path string) (field.Digest, error) {
	f, err := os.Open(path)
	if err != nil {
		return field.Digest{}, fmt.Errorf("%w: %s", ErrNotFound, path)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return field.Digest{}, fmt.Errorf("ceremony: %w", err)
	}
	var d field.Digest
	copy(d[:], h.Sum(nil))
	return d, nil
}

// WriteKeys writes the keys a complete verification derived into dir, a
// key set of kind mpc-ceremony (as close writes into the transcript).
func WriteKeys(res *Result, dir string) error {
	if !res.Complete {
		return fmt.Errorf("%w: the ceremony has no keys yet", ErrPhase)
	}
	set := &keys.Set{Dir: dir, CCS: res.CCS, PK: res.PK, VK: res.VK, Meta: keys.Metadata{Ceremony: res.Info}}
	return keys.Write(set, res.Transcript.Plan.Capacity, keys.KindCeremony, res.Transcript.Phase2Seal.Closed)
}
