package keys

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/rwabridge/rwabridge/circuits/summary"
	"github.com/rwabridge/rwabridge/internal/atomicfile"
	"github.com/rwabridge/rwabridge/internal/field"
)

// Kind is how a key set was set up.
type Kind string

// The setup kinds.
const (
	// KindDev is a single-party local setup: INSECURE, for development.
	KindDev Kind = "dev-insecure"
	// KindCeremony is a multi-party ceremony's output.
	KindCeremony Kind = "mpc-ceremony"
)

// Insecure reports whether keys of this kind can be forged by whoever
// made them.
func (k Kind) Insecure() bool { return k != KindCeremony }

// Warning is the line every command prints when it uses dev keys.
const Warning = "WARNING: INSECURE development keys (single-party setup): whoever ran the setup can forge proofs; production keys come from a multi-party ceremony (rwabridge ceremony)"

// Errors.
var (
	// ErrCeremonyRequired: non-development keys need a multi-party ceremony.
	ErrCeremonyRequired = errors.New("production keys come from a multi-party ceremony among the consortium's orgs: run rwabridge ceremony init, then each org rwabridge ceremony contribute (see rwabridge ceremony --help); use --dev only for insecure development keys")
	// ErrMismatch: files on disk do not match their metadata (hash, capacity,
	// circuit version or kind).
	ErrMismatch = errors.New("key files do not match their metadata")
	// ErrNotFound: no key set (or no file) where one was expected.
	ErrNotFound = errors.New("key set not found")
	// ErrMalformed: a key file or metadata does not decode.
	ErrMalformed = errors.New("malformed key file")
)

// File extensions of a set.
const (
	ExtCCS      = ".ccs"
	ExtPK       = ".pk"
	ExtVK       = ".vk"
	ExtSolidity = ".sol"
	ExtMeta     = ".json"
)

// BaseName is the file name of a set without extension: summary-C, plus
// ".dev-insecure" for dev keys.
func BaseName(capacity int, kind Kind) string {
	b := fmt.Sprintf("summary-%d", capacity)
	if kind == KindDev {
		b += "." + string(KindDev)
	}
	return b
}

// FileInfo is one file of a set.
type FileInfo struct {
	Name   string `json:"name"`
	SHA256 string `json:"sha256"`
	Size   int64  `json:"size"`
}

// Metadata describes a key set; it is written last, so a set without it is
// incomplete.
type Metadata struct {
	Circuit        string              `json:"circuit"`
	CircuitVersion int                 `json:"circuit_version"`
	Capacity       int                 `json:"capacity"`
	Setup          Kind                `json:"setup"`
	Insecure       bool                `json:"insecure"`
	Warning        string              `json:"warning,omitempty"`
	Constraints    int                 `json:"constraints"`
	PublicInputs   int                 `json:"public_inputs"`
	Commitments    int                 `json:"commitments"`
	GnarkVersion   string              `json:"gnark_version"`
	Created        time.Time           `json:"created"`
	VKHash         field.Digest        `json:"vk_hash"`
	Files          map[string]FileInfo `json:"files"` // by extension
	// Ceremony describes the ceremony a KindCeremony set comes from (nil
	// for any other kind): a claim to check against its transcript with
	// rwabridge ceremony verify, not a proof by itself.
	Ceremony *CeremonyInfo `json:"ceremony,omitempty"`
}

// CeremonyInfo is what a ceremony's key set says of the ceremony.
type CeremonyInfo struct {
	ID field.Digest `json:"id"` // SHA-256 of the ceremony's plan
	// Phase1 are the contributors of the powers of tau, in order; empty
	// when phase 1 was imported (Phase1Import then says from where).
	Phase1       []Contributor `json:"phase1"`
	Phase1Import string        `json:"phase1_import,omitempty"`
	Phase2       []Contributor `json:"phase2"`  // the circuit-specific contributors, in order
	Beacons      []string      `json:"beacons"` // each closing beacon: "phase N: <hex> (<announced source>)"
}

// Contributor is one contribution of a ceremony.
type Contributor struct {
	Org          string       `json:"org"`     // MSP id
	Address      string       `json:"address"` // the key that signed it
	Contribution field.Digest `json:"contribution"`
}

// Orgs returns the distinct orgs that contributed, in order of first
// contribution.
func (c *CeremonyInfo) Orgs() []string {
	var out []string
	for _, x := range append(append([]Contributor{}, c.Phase1...), c.Phase2...) {
		if !slices.Contains(out, x.Org) {
			out = append(out, x.Org)
		}
	}
	return out
}

// Set is a loaded key set. CCS and PK are nil when only the verifying key
// was loaded.
type Set struct {
	Dir  string
	Meta Metadata
	CCS  constraint.ConstraintSystem
	PK   groth16.ProvingKey
	VK   groth16.VerifyingKey
}

// GnarkVersion returns the gnark module version this binary was built with.
func GnarkVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == "github.com/consensys/gnark" {
				return d.Version
			}
		}
	}
	return "v0.16.3"
}

// Compile compiles the summary circuit of the given capacity.
func Compile(capacity int) (constraint.ConstraintSystem, error) {
	c, err := summary.New(capacity)
	if err != nil {
		return nil, err
	}
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		return nil, fmt.Errorf("keys: compile: %w", err)
	}
	return ccs, nil
}

// Stage names reported to the progress callback.
const (
	StageCompile = "compile circuit"
	StageSetup   = "groth16 setup"
	StageWrite   = "write keys"
	StageCheck   = "check existing keys"
)

// Options of Setup.
type Options struct {
	// Progress is called at the start of each stage (may be nil).
	Progress func(stage string)
	// Now gives the creation time (nil: time.Now).
	Now func() time.Time
}

// Setup returns the key set of the given capacity and kind in dir: the
// existing one when present and matching (reused = true), else a new one,
// compiled, set up and written. Only KindDev can be set up here; any other
// kind fails with ErrCeremonyRequired. A set of another circuit version
// (one an older build set up) is set up anew in its place: no proof of
// this build could use it. Any other set present but not matching is
// ErrMismatch (remove it to set up anew).
func Setup(ctx context.Context, dir string, capacity int, kind Kind, opts Options) (set *Set, reused bool, err error) {
	progress := opts.Progress
	if progress == nil {
		progress = func(string) {}
	}
	if kind != KindDev {
		return nil, false, ErrCeremonyRequired
	}
	if err := summary.CheckCapacity(capacity); err != nil {
		return nil, false, err
	}
	if _, err := os.Stat(metaPath(dir, capacity, kind)); err == nil {
		progress(StageCheck)
		s, err := Load(dir, capacity, kind)
		if err == nil || !otherVersion(metaPath(dir, capacity, kind)) {
			return s, err == nil, err
		}
		// Development keys of another circuit version: no proof of this
		// build can use them, so they are set up anew in their place.
	}
	progress(StageCompile)
	ccs, err := Compile(capacity)
	if err != nil {
		return nil, false, err
	}
	if err := ctx.Err(); err != nil {
		return nil, false, err
	}
	progress(StageSetup)
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		return nil, false, fmt.Errorf("keys: setup: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, false, err
	}
	progress(StageWrite)
	now := time.Now
	if opts.Now != nil {
		now = opts.Now
	}
	s := &Set{Dir: dir, CCS: ccs, PK: pk, VK: vk}
	if err := Write(s, capacity, kind, now()); err != nil {
		return nil, false, err
	}
	return s, false, nil
}

// otherVersion reports whether the metadata file at path is that of the
// summary circuit at a version other than this build's.
func otherVersion(path string) bool {
	data, err := os.ReadFile(path)
	if err != nil {
		return false
	}
	var m struct {
		Circuit        string `json:"circuit"`
		CircuitVersion int    `json:"circuit_version"`
	}
	return json.Unmarshal(data, &m) == nil && m.Circuit == "summary" && m.CircuitVersion != summary.Version
}

func metaPath(dir string, capacity int, kind Kind) string {
	return filepath.Join(dir, BaseName(capacity, kind)+ExtMeta)
}

// Write writes s (CCS, PK and VK set) to s.Dir under the names of capacity
// and kind, with the Solidity verifier, then the metadata, and fills s.Meta.
// A KindCeremony set takes its ceremony's description from s.Meta.Ceremony,
// which must be set; any other kind must have none.
func Write(s *Set, capacity int, kind Kind, created time.Time) error {
	if err := os.MkdirAll(s.Dir, 0o755); err != nil {
		return fmt.Errorf("keys: %w", err)
	}
	if (kind == KindCeremony) != (s.Meta.Ceremony != nil) {
		return fmt.Errorf("%w: a %s set with ceremony description %t", ErrMalformed, kind, s.Meta.Ceremony != nil)
	}
	vkHash, err := VKHash(s.VK)
	if err != nil {
		return err
	}
	m := Metadata{Ceremony: s.Meta.Ceremony,
		Circuit: "summary", CircuitVersion: summary.Version, Capacity: capacity, Setup: kind,
		Insecure: kind.Insecure(), Constraints: s.CCS.GetNbConstraints(),
		PublicInputs: s.CCS.GetNbPublicVariables() - 1, Commitments: len(s.CCS.GetCommitments().CommitmentIndexes()),
		GnarkVersion: GnarkVersion(), Created: created.UTC(), VKHash: field.Digest(vkHash),
		Files: map[string]FileInfo{},
	}
	if kind.Insecure() {
		m.Warning = Warning
	}
	base := filepath.Join(s.Dir, BaseName(capacity, kind))
	writers := []struct {
		ext string
		fn  func(io.Writer) error
	}{
		{ExtCCS, func(w io.Writer) error { _, err := s.CCS.WriteTo(w); return err }},
		{ExtPK, func(w io.Writer) error { _, err := s.PK.WriteRawTo(w); return err }},
		{ExtVK, func(w io.Writer) error { _, err := s.VK.WriteRawTo(w); return err }},
		{ExtSolidity, func(w io.Writer) error { return s.VK.ExportSolidity(w) }},
	}
	for _, x := range writers {
		fi, err := writeFile(base+x.ext, x.fn)
		if err != nil {
			return err
		}
		m.Files[x.ext] = fi
	}
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	if _, err := writeFile(base+ExtMeta, func(w io.Writer) error { _, err := w.Write(append(data, '\n')); return err }); err != nil {
		return err
	}
	s.Meta = m
	return nil
}

// writeFile writes path atomically (internal/atomicfile) and returns its
// name, hash and size.
func writeFile(path string, fn func(io.Writer) error) (FileInfo, error) {
	h := sha256.New()
	var n int64
	err := atomicfile.Write(path, 0o600, func(w io.Writer) error {
		cw := &countWriter{w: io.MultiWriter(w, h)}
		err := fn(cw)
		n = cw.n
		return err
	})
	if err != nil {
		return FileInfo{}, fmt.Errorf("keys: %w", err)
	}
	return FileInfo{Name: filepath.Base(path), SHA256: hex.EncodeToString(h.Sum(nil)), Size: n}, nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// ReadMetadata reads and checks the metadata of the set of capacity and
// kind in dir (circuit name and version, capacity, kind).
func ReadMetadata(dir string, capacity int, kind Kind) (*Metadata, error) {
	return readMetaFile(metaPath(dir, capacity, kind), capacity, kind)
}

func readMetaFile(path string, capacity int, kind Kind) (*Metadata, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s", ErrNotFound, path)
	}
	if err != nil {
		return nil, fmt.Errorf("keys: %w", err)
	}
	var m Metadata
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrMalformed, path, err)
	}
	switch {
	case m.Circuit != "summary":
		return nil, fmt.Errorf("%w: %s is for circuit %q", ErrMismatch, path, m.Circuit)
	case m.CircuitVersion != summary.Version:
		return nil, fmt.Errorf("%w: %s is for circuit version %d, this build proves version %d: run setup again", ErrMismatch, path, m.CircuitVersion, summary.Version)
	case capacity != 0 && m.Capacity != capacity:
		return nil, fmt.Errorf("%w: %s is for capacity %d, not %d", ErrMismatch, path, m.Capacity, capacity)
	case kind != "" && m.Setup != kind:
		return nil, fmt.Errorf("%w: %s is a %s set, not %s", ErrMismatch, path, m.Setup, kind)
	case (m.Setup == KindCeremony) != (m.Ceremony != nil):
		return nil, fmt.Errorf("%w: %s: a %s set must describe its ceremony exactly when it comes from one", ErrMalformed, path, m.Setup)
	case m.Setup != KindCeremony && m.Setup != KindDev:
		return nil, fmt.Errorf("%w: %s: unknown setup kind %q", ErrMalformed, path, m.Setup)
	case m.Insecure != m.Setup.Insecure():
		return nil, fmt.Errorf("%w: %s: a %s set marked insecure=%t", ErrMalformed, path, m.Setup, m.Insecure)
	}
	return &m, nil
}

// Find loads the set of capacity from dir: the ceremony keys when dir
// holds them, else the development keys. It fails with ErrNotFound, saying
// how to make keys, when dir holds neither, and with Load's errors when the
// set it found does not load.
func Find(dir string, capacity int) (*Set, error) {
	for _, k := range []Kind{KindCeremony, KindDev} {
		if _, err := ReadMetadata(dir, capacity, k); errors.Is(err, ErrNotFound) {
			continue
		}
		return Load(dir, capacity, k)
	}
	return nil, fmt.Errorf("%w: no keys for capacity %d in %s: run rwabridge setup --capacity %d --keys %s --dev (development keys), or take part in the key ceremony",
		ErrNotFound, capacity, dir, capacity, dir)
}

// Load reads the whole set of capacity and kind from dir, checking every
// file's SHA-256 against the metadata.
func Load(dir string, capacity int, kind Kind) (*Set, error) {
	m, err := ReadMetadata(dir, capacity, kind)
	if err != nil {
		return nil, err
	}
	s := &Set{Dir: dir, Meta: *m, CCS: groth16.NewCS(ecc.BN254), PK: groth16.NewProvingKey(ecc.BN254), VK: groth16.NewVerifyingKey(ecc.BN254)}
	for _, x := range []struct {
		ext string
		fn  func(io.Reader) error
	}{
		{ExtCCS, func(r io.Reader) error { _, err := s.CCS.ReadFrom(r); return err }},
		{ExtPK, func(r io.Reader) error { _, err := s.PK.UnsafeReadFrom(r); return err }},
		{ExtVK, func(r io.Reader) error { _, err := s.VK.ReadFrom(r); return err }},
	} {
		if err := readChecked(dir, m, x.ext, x.fn); err != nil {
			return nil, err
		}
	}
	if err := checkVKHash(s.VK, m); err != nil {
		return nil, err
	}
	if s.CCS.GetNbConstraints() != m.Constraints {
		return nil, fmt.Errorf("%w: constraint system has %d constraints, metadata says %d", ErrMismatch, s.CCS.GetNbConstraints(), m.Constraints)
	}
	return s, nil
}

// readChecked reads one file of the set, hashing it as it goes, and fails
// with ErrMismatch when the hash or size differs from the metadata.
func readChecked(dir string, m *Metadata, ext string, fn func(io.Reader) error) error {
	fi, ok := m.Files[ext]
	if !ok || strings.ContainsAny(fi.Name, `/\`) {
		return fmt.Errorf("%w: metadata lists no valid %s file", ErrMalformed, ext)
	}
	path := filepath.Join(dir, fi.Name)
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("%w: %s", ErrNotFound, path)
	}
	if err != nil {
		return fmt.Errorf("keys: %w", err)
	}
	defer f.Close()
	h := sha256.New()
	r := io.TeeReader(io.LimitReader(f, fi.Size+1), h)
	decodeErr := fn(r)
	// Hash the rest (all of it when decoding stopped early): a file that
	// differs from its metadata is reported as such, even when it also
	// fails to decode.
	if _, err := io.Copy(io.Discard, r); err != nil {
		return fmt.Errorf("keys: %w", err)
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != fi.SHA256 {
		return fmt.Errorf("%w: %s has SHA-256 %s, metadata says %s", ErrMismatch, path, got, fi.SHA256)
	}
	if decodeErr != nil {
		return fmt.Errorf("%w: %s: %w", ErrMalformed, path, decodeErr)
	}
	return nil
}

func checkVKHash(vk groth16.VerifyingKey, m *Metadata) error {
	h, err := VKHash(vk)
	if err != nil {
		return err
	}
	if got := field.Digest(h); got != m.VKHash {
		return fmt.Errorf("%w: verifying key hash %s, metadata says %s", ErrMismatch, got, m.VKHash)
	}
	return nil
}

// LoadVK reads a verifying key: path is a key directory (holding exactly
// one set's metadata, or the one matching capacity when several) or a .vk
// file next to its metadata. The file hash and VK hash are checked against
// the metadata.
func LoadVK(path string) (groth16.VerifyingKey, *Metadata, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrNotFound, err)
	}
	var metaFile string
	if st.IsDir() {
		matches, _ := filepath.Glob(filepath.Join(path, "summary-*"+ExtMeta))
		if len(matches) != 1 {
			return nil, nil, fmt.Errorf("%w: %s holds %d key sets; name the .vk file", ErrNotFound, path, len(matches))
		}
		metaFile = matches[0]
	} else {
		metaFile = strings.TrimSuffix(path, ExtVK) + ExtMeta
	}
	m, err := readMetaFile(metaFile, 0, "")
	if err != nil {
		return nil, nil, err
	}
	vk := groth16.NewVerifyingKey(ecc.BN254)
	if err := readChecked(filepath.Dir(metaFile), m, ExtVK, func(r io.Reader) error { _, err := vk.ReadFrom(r); return err }); err != nil {
		return nil, nil, err
	}
	if err := checkVKHash(vk, m); err != nil {
		return nil, nil, err
	}
	return vk, m, nil
}

// VKHash returns SHA-256 of the verifying key in the EVM encoding described
// in the package documentation.
func VKHash(vk groth16.VerifyingKey) ([32]byte, error) {
	v, ok := vk.(*groth16bn254.VerifyingKey)
	if !ok {
		return [32]byte{}, fmt.Errorf("%w: not a BN254 verifying key", ErrMalformed)
	}
	h := sha256.New()
	g1 := func(p *bn254.G1Affine) {
		x, y := p.X.Bytes(), p.Y.Bytes()
		h.Write(x[:])
		h.Write(y[:])
	}
	g2 := func(p *bn254.G2Affine) {
		for _, c := range []interface{ Bytes() [32]byte }{&p.X.A1, &p.X.A0, &p.Y.A1, &p.Y.A0} {
			b := c.Bytes()
			h.Write(b[:])
		}
	}
	word := func(n int) {
		b := new(big.Int).SetInt64(int64(n)).FillBytes(make([]byte, 32))
		h.Write(b)
	}
	g1(&v.G1.Alpha)
	g2(&v.G2.Beta)
	g2(&v.G2.Gamma)
	g2(&v.G2.Delta)
	word(len(v.G1.K))
	for i := range v.G1.K {
		g1(&v.G1.K[i])
	}
	word(len(v.CommitmentKeys))
	for i := range v.CommitmentKeys {
		g2(&v.CommitmentKeys[i].G)
		g2(&v.CommitmentKeys[i].GSigmaNeg)
	}
	var out [32]byte
	copy(out[:], h.Sum(nil))
	return out, nil
}
