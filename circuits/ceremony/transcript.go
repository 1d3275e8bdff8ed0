package ceremony

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/rwabridge/rwabridge/internal/atomicfile"
	"github.com/rwabridge/rwabridge/internal/field"
)

// Entry is one contribution of a transcript: its signed statement and the
// file it signs.
type Entry struct {
	Statement
	Path string // the contribution file
}

// Seal is a phase's seal.json, written when the phase closes: the beacon
// value that made its final, public, contribution, and what came out.
type Seal struct {
	Phase  int           `json:"phase"`
	Source string        `json:"source"` // the beacon source the plan announced
	Beacon hexutil.Bytes `json:"beacon"`
	// Result: phase 1, the SHA-256 of srs.bin; phase 2, the verifying
	// key's hash (circuits/keys.VKHash), the one an L2 verifier pins.
	Result field.Digest `json:"result"`
	Closed time.Time    `json:"closed"`
}

// Transcript is a ceremony directory as read from disk, without checking
// any cryptography: the plan, each phase's contributions in order, and
// each phase's seal once closed. Verify checks it all.
type Transcript struct {
	Dir        string
	Plan       *Plan
	ID         field.Digest
	Phase1     []Entry
	Phase1Seal *Seal
	Phase2     []Entry
	Phase2Seal *Seal
}

// OpenPhase is the phase taking contributions: 1, 2, or 0 when both are
// closed.
func (t *Transcript) OpenPhase() int {
	switch {
	case t.Phase1Seal == nil:
		return 1
	case t.Phase2Seal == nil:
		return 2
	}
	return 0
}

// Entries returns the contributions of phase (1 or 2).
func (t *Transcript) Entries(phase int) []Entry {
	if phase == 1 {
		return t.Phase1
	}
	return t.Phase2
}

var entryName = regexp.MustCompile(`^([0-9]{4})-([A-Za-z0-9][A-Za-z0-9._-]*)\.json$`)

// Open reads dir's transcript: plan, statements and seals. Statements
// must be numbered 0001, 0002, … without a gap, each naming its own
// position, phase and ceremony; each contribution file must exist.
func Open(dir string) (*Transcript, error) {
	plan, id, err := ReadPlan(dir)
	if err != nil {
		return nil, err
	}
	t := &Transcript{Dir: dir, Plan: plan, ID: id}
	for phase, list := range map[int]*[]Entry{1: &t.Phase1, 2: &t.Phase2} {
		entries, err := readEntries(dir, id, phase)
		if err != nil {
			return nil, err
		}
		*list = entries
	}
	if t.Phase1Seal, err = readSeal(dir, 1); err != nil {
		return nil, err
	}
	if t.Phase2Seal, err = readSeal(dir, 2); err != nil {
		return nil, err
	}
	switch {
	case plan.Phase1Import != nil && len(t.Phase1) > 0:
		return nil, fmt.Errorf("%w: phase 1 is imported, yet %s holds contributions", ErrPhase, filepath.Join(dir, Phase1Dir))
	case plan.Phase1Import == nil && t.Phase1Seal == nil && len(t.Phase2) > 0:
		return nil, fmt.Errorf("%w: phase 2 has contributions but phase 1 is not closed", ErrPhase)
	case t.Phase2Seal != nil && t.Phase1Seal == nil && plan.Phase1Import == nil:
		return nil, fmt.Errorf("%w: phase 2 is sealed but phase 1 is not", ErrPhase)
	}
	if plan.Phase1Import != nil && t.Phase1Seal == nil {
		// An imported phase 1 has no seal of ours: it is closed from the start.
		t.Phase1Seal = &Seal{Phase: 1, Source: "imported: " + plan.Phase1Import.Source, Result: plan.Phase1Import.SRSSHA256, Closed: plan.Created}
	}
	return t, nil
}

func phaseDir(dir string, phase int) string {
	return filepath.Join(dir, map[int]string{1: Phase1Dir, 2: Phase2Dir}[phase])
}

func phaseExt(phase int) string { return map[int]string{1: ExtPhase1, 2: ExtPhase2}[phase] }

// entryBase is the base name of contribution index of org.
func entryBase(index int, org string) string { return fmt.Sprintf("%04d-%s", index, org) }

func readEntries(dir string, id field.Digest, phase int) ([]Entry, error) {
	pd := phaseDir(dir, phase)
	names, err := os.ReadDir(pd)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("ceremony: %w", err)
	}
	type named struct {
		index int
		name  string
	}
	var found []named
	for _, de := range names {
		m := entryName.FindStringSubmatch(de.Name())
		if m == nil {
			continue
		}
		n, _ := strconv.Atoi(m[1])
		if n == 0 {
			continue
		}
		found = append(found, named{n, de.Name()})
	}
	sort.Slice(found, func(i, j int) bool { return found[i].index < found[j].index })
	out := make([]Entry, 0, len(found))
	for i, f := range found {
		path := filepath.Join(pd, f.name)
		if f.index != i+1 {
			return nil, fmt.Errorf("%w: phase %d: %s follows contribution %d: a contribution is missing or numbered twice", ErrMalformed, phase, path, i)
		}
		var s Statement
		if err := readJSON(path, &s); err != nil {
			return nil, err
		}
		base := entryBase(f.index, s.Org)
		switch {
		case s.Ceremony != id:
			return nil, fmt.Errorf("%w: %s was signed for ceremony %s, this is %s", ErrWrongCeremony, path, s.Ceremony, id)
		case s.Phase != phase || s.Index != f.index || base+ExtStatement != f.name:
			return nil, fmt.Errorf("%w: %s states contribution %d of phase %d by %s, but sits at %d of phase %d", ErrReplayed, path, s.Index, s.Phase, s.Org, f.index, phase)
		}
		data := filepath.Join(pd, base+phaseExt(phase))
		if _, err := os.Stat(data); err != nil {
			return nil, fmt.Errorf("%w: %s: the contribution its statement signs: %w", ErrNotFound, data, err)
		}
		out = append(out, Entry{Statement: s, Path: data})
	}
	return out, nil
}

func readSeal(dir string, phase int) (*Seal, error) {
	path := filepath.Join(phaseDir(dir, phase), SealFile)
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	var s Seal
	if err := readJSON(path, &s); err != nil {
		return nil, err
	}
	if s.Phase != phase || len(s.Beacon) == 0 {
		return nil, fmt.Errorf("%w: %s: phase %d, beacon of %d bytes", ErrMalformed, path, s.Phase, len(s.Beacon))
	}
	return &s, nil
}

func readJSON(path string, v any) error {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("%w: %s", ErrNotFound, path)
	}
	if err != nil {
		return fmt.Errorf("ceremony: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%w: %s: %w", ErrMalformed, path, err)
	}
	return nil
}

func writeJSON(path string, v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(path, append(data, '\n'), 0o644)
}

// decodeFile decodes path into obj and returns the SHA-256 of its bytes.
// With expect set, a file of another hash is ErrTampered whether or not it
// decodes (the bytes are not those signed). Otherwise a file that ends
// early is ErrTruncated, one that does not decode or has bytes after the
// object ErrMalformed, and one whose bytes are not gnark's own encoding of
// what they decode to (not canonical) ErrMalformed too: so the file's hash
// is the hash gnark binds the next contribution to.
func decodeFile(path string, obj interface {
	io.ReaderFrom
	io.WriterTo
}, expect *field.Digest) (field.Digest, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return field.Digest{}, fmt.Errorf("%w: %s", ErrNotFound, path)
	}
	if err != nil {
		return field.Digest{}, fmt.Errorf("ceremony: %w", err)
	}
	defer f.Close()
	h := sha256.New()
	r := io.TeeReader(bufio.NewReaderSize(f, 1<<20), h)
	_, decodeErr := obj.ReadFrom(r)
	trailing, err := io.Copy(io.Discard, r)
	if err != nil {
		return field.Digest{}, fmt.Errorf("ceremony: %w", err)
	}
	var sum field.Digest
	copy(sum[:], h.Sum(nil))
	truncated := decodeErr != nil && (errors.Is(decodeErr, io.EOF) || errors.Is(decodeErr, io.ErrUnexpectedEOF))
	switch {
	case truncated && expect != nil && sum != *expect:
		return field.Digest{}, fmt.Errorf("%w: %s ends early (%w), so it is not the file its statement signs (%w)", ErrTruncated, path, decodeErr, ErrTampered)
	case expect != nil && sum != *expect:
		return field.Digest{}, fmt.Errorf("%w: %s has SHA-256 %s, its statement signs %s", ErrTampered, path, sum, *expect)
	case truncated:
		return field.Digest{}, fmt.Errorf("%w: %s ends early: %w", ErrTruncated, path, decodeErr)
	case decodeErr != nil:
		return field.Digest{}, fmt.Errorf("%w: %s: %w", ErrMalformed, path, decodeErr)
	case trailing > 0:
		return field.Digest{}, fmt.Errorf("%w: %s has %d bytes after its contents", ErrMalformed, path, trailing)
	}
	if canon := hashOf(obj); canon != sum {
		return field.Digest{}, fmt.Errorf("%w: %s is not in gnark's canonical encoding", ErrMalformed, path)
	}
	return sum, nil
}

// hashOf is SHA-256 of obj's gnark encoding: gnark's challenge for the
// contribution that follows obj.
func hashOf(obj io.WriterTo) field.Digest {
	h := sha256.New()
	if _, err := obj.WriteTo(h); err != nil {
		panic(fmt.Sprintf("ceremony: encoding into a hash: %v", err))
	}
	var d field.Digest
	copy(d[:], h.Sum(nil))
	return d
}

// writeFile writes obj's gnark encoding to path atomically and returns
// its SHA-256.
func writeFile(path string, obj io.WriterTo) (field.Digest, error) {
	h := sha256.New()
	err := atomicfile.Write(path, 0o644, func(w io.Writer) error {
		bw := bufio.NewWriterSize(io.MultiWriter(w, h), 1<<20)
		if _, err := obj.WriteTo(bw); err != nil {
			return err
		}
		return bw.Flush()
	})
	if err != nil {
		return field.Digest{}, fmt.Errorf("ceremony: %w", err)
	}
	var d field.Digest
	copy(d[:], h.Sum(nil))
	return d, nil
}
