package bundle

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/backend/witness"

	"github.com/rwabridge/rwabridge/circuits/commit"
	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/circuits/summary"
	"github.com/rwabridge/rwabridge/internal/atomicfile"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// Format and Version identify the bundle encoding.
const (
	Format  = "rwabridge.proof-bundle"
	Version = 3
)

// Limits of Decode.
const (
	MaxSize   = 4 << 20 // bytes of JSON
	MaxChunks = 4096    // chunk proofs in one bundle
	// SolidityProofSize is the size of MarshalSolidity for the summary
	// circuit: A (64) | B (128) | C (64) | one commitment (64) | its proof of
	// knowledge (64).
	SolidityProofSize = 384
	// maxRawProof bounds gnark's raw proof encoding.
	maxRawProof = 1024
)

// The error classes of Verify and Decode.
var (
	ErrMalformedBundle = errors.New("malformed proof bundle")
	ErrVKMismatch      = errors.New("verifying key does not match the bundle")
	ErrPublicInputs    = errors.New("public inputs do not match the bundle's stated values")
	ErrProof           = errors.New("invalid proof")
)

// PolicyRef names the policy a bundle was proven under.
type PolicyRef struct {
	ID      string        `json:"id"`
	Version uint32        `json:"version"`
	Hash    field.Element `json:"hash"` // policy.Policy.Hash
	// EpochSeconds is the policy's epoch length, part of every chunk's
	// header input (the registry fills in its pool's).
	EpochSeconds uint32 `json:"epoch_seconds"`
}

// ChunkProof is the proof of one chunk.
type ChunkProof struct {
	Index        int             `json:"index"`
	Final        bool            `json:"final"`
	Root         field.Element   `json:"root"` // commit.ChunkRoot
	AccIn        field.Element   `json:"acc_in"`
	AccOut       field.Element   `json:"acc_out"` // 0 when final
	PublicInputs []field.Element `json:"public_inputs"`
	// Proof is MarshalSolidity, 0x-hex: what verifyProof(bytes, uint256[7]) takes.
	Proof string `json:"proof"`
	// GnarkProof is the same proof in gnark's raw encoding, 0x-hex.
	GnarkProof string `json:"gnark_proof"`
}

// Bundle is the proof bundle of one (pool, epoch). See the package
// documentation.
type Bundle struct {
	Format         string       `json:"format"`
	Version        int          `json:"version"`
	Circuit        string       `json:"circuit"`
	CircuitVersion int          `json:"circuit_version"`
	Capacity       int          `json:"capacity"`
	Setup          keys.Kind    `json:"setup"`
	Warning        string       `json:"warning,omitempty"`
	VKHash         field.Digest `json:"vk_hash"`

	Pool   string        `json:"pool"`
	Epoch  uint64        `json:"epoch"`
	Policy PolicyRef     `json:"policy"`
	Root   field.Element `json:"root"` // epoch root (commit.EpochRoot)

	Disclosed []string `json:"disclosed"` // the policy's disclosed metric names, bit order
	// Suppressed: the epoch had fewer active cabinets than max(1, the
	// policy's k); every metric is 0 and the proof says only that.
	Suppressed bool            `json:"suppressed"`
	Metrics    summary.Metrics `json:"metrics"` // undisclosed ones are 0

	Chunks []ChunkProof `json:"chunks"`
}

// Decode reads a bundle from r: at most MaxSize bytes of JSON, unknown
// fields rejected, sizes bounded. It checks the encoding, not the proofs.
func Decode(r io.Reader) (*Bundle, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("bundle: %w", err)
	}
	if len(data) > MaxSize {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrMalformedBundle, MaxSize)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var b Bundle
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformedBundle, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: trailing data after the bundle", ErrMalformedBundle)
	}
	if err := b.checkShape(); err != nil {
		return nil, err
	}
	return &b, nil
}

// Encode writes b as indented JSON.
func (b *Bundle) Encode(w io.Writer) error {
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}

// WriteFile writes b to path (mode 0644: a bundle holds nothing private)
// atomically and durably.
func (b *Bundle) WriteFile(path string) error {
	if err := atomicfile.Write(path, 0o644, b.Encode); err != nil {
		return fmt.Errorf("bundle: %w", err)
	}
	return nil
}

// ReadFile reads and decodes the bundle at path (Decode).
func ReadFile(path string) (*Bundle, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("bundle: %w", err)
	}
	defer f.Close()
	return Decode(f)
}

// checkShape checks everything that needs no key: format, sizes and chunk
// order.
func (b *Bundle) checkShape() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrMalformedBundle, fmt.Sprintf(format, args...))
	}
	switch {
	case b.Format != Format || b.Version != Version:
		return bad("format %q version %d, want %q version %d", b.Format, b.Version, Format, Version)
	case b.Circuit != "summary" || b.CircuitVersion != summary.Version:
		return bad("circuit %q version %d, this build verifies summary version %d", b.Circuit, b.CircuitVersion, summary.Version)
	case summary.CheckCapacity(b.Capacity) != nil:
		return bad("capacity %d", b.Capacity)
	case len(b.Chunks) == 0 || len(b.Chunks) > MaxChunks:
		return bad("%d chunk proofs, want 1 to %d", len(b.Chunks), MaxChunks)
	case telemetry.PoolID(b.Pool).Validate() != nil:
		return bad("pool %q", b.Pool)
	}
	for i, c := range b.Chunks {
		switch {
		case c.Index != i:
			return bad("chunk %d has index %d", i, c.Index)
		case c.Final != (i == len(b.Chunks)-1):
			return bad("chunk %d of %d has final = %v", i, len(b.Chunks), c.Final)
		case len(c.PublicInputs) != summary.NumPublic:
			return bad("chunk %d has %d public inputs, want %d", i, len(c.PublicInputs), summary.NumPublic)
		case len(c.Proof) != 2+2*SolidityProofSize:
			return bad("chunk %d: proof of %d hex digits, want %d bytes", i, len(c.Proof)-2, SolidityProofSize)
		case len(c.GnarkProof) > 2+2*maxRawProof:
			return bad("chunk %d: gnark proof longer than %d bytes", i, maxRawProof)
		}
	}
	for _, name := range b.Disclosed {
		if _, err := policy.ParseMetric(name); err != nil {
			return bad("disclosed: %v", err)
		}
	}
	return nil
}

// WithoutProofs returns a copy of b with every chunk's proof bytes removed:
// what it states. Groth16 proofs are randomised, so two proofs of one epoch
// with the same salts (one process, or parts proven apart and merged) have
// equal WithoutProofs and differ only in the proof bytes.
func (b *Bundle) WithoutProofs() *Bundle {
	c := *b
	c.Chunks = make([]ChunkProof, len(b.Chunks))
	for i, ch := range b.Chunks {
		ch.PublicInputs = append([]field.Element(nil), ch.PublicInputs...)
		ch.Proof, ch.GnarkProof = "", ""
		c.Chunks[i] = ch
	}
	c.Disclosed = append([]string(nil), b.Disclosed...)
	return &c
}

// DisclosedSet returns the set of Disclosed metrics (names it can not
// parse are left out; Decode refuses them).
func (b *Bundle) DisclosedSet() policy.MetricSet {
	var s policy.MetricSet
	for _, name := range b.Disclosed {
		m, _ := policy.ParseMetric(name)
		s |= policy.NewMetricSet(m)
	}
	return s
}

// Statements returns the chunk statements the bundle's stated values
// describe (not its public inputs).
func (b *Bundle) Statements() ([]summary.Statement, error) {
	if err := b.checkShape(); err != nil {
		return nil, err
	}
	out := make([]summary.Statement, len(b.Chunks))
	for i, c := range b.Chunks {
		s := summary.Statement{
			Pool: telemetry.PoolID(b.Pool), Epoch: b.Epoch, EpochSeconds: b.Policy.EpochSeconds, Disclosed: b.DisclosedSet(),
			PolicyHash: b.Policy.Hash.Fr(), ChunkIndex: uint32(i), Final: c.Final,
			ChunkRoot: c.Root.Fr(), AccIn: c.AccIn.Fr(), AccOut: c.AccOut.Fr(),
		}
		if c.Final {
			s.Suppressed = b.Suppressed
			s.Metrics = b.Metrics
		}
		out[i] = s
	}
	return out, nil
}

// CheckSetup checks the bundle's setup label against the kind of the key
// it is verified with (the key's metadata, bound to the key by its hash):
// the label is a claim of the prover's, never trusted on its own. A bundle
// that says "mpc-ceremony" for a development key is ErrVKMismatch.
func CheckSetup(b *Bundle, key keys.Kind) error {
	if b.Setup != key {
		return fmt.Errorf("%w: the bundle says setup %q, the verifying key is %q", ErrVKMismatch, b.Setup, key)
	}
	return nil
}

// Verify checks b against vk; see the package documentation. It returns
// nil only when every chunk proof verifies against public inputs
// recomputed from the bundle's stated values.
func Verify(b *Bundle, vk groth16.VerifyingKey) error {
	sts, err := b.Statements()
	if err != nil {
		return err
	}
	h, err := keys.VKHash(vk)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrVKMismatch, err)
	}
	if got := field.Digest(h); got != b.VKHash {
		return fmt.Errorf("%w: the key's hash is %s, the bundle was proven with %s", ErrVKMismatch, got, b.VKHash)
	}
	// The metrics: undisclosed ones are 0 (the proof forces it too).
	if b.Metrics != b.Metrics.Mask(b.DisclosedSet()) {
		return fmt.Errorf("%w: a metric outside %v is not 0", ErrPublicInputs, b.Disclosed)
	}
	// The epoch root over the chunk roots, and the accumulator chain.
	roots := make([]fr.Element, len(sts))
	for i := range sts {
		roots[i] = sts[i].ChunkRoot
	}
	root, err := commit.EpochRoot(b.Capacity, roots)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrMalformedBundle, err)
	}
	if field.Element(root) != b.Root {
		return fmt.Errorf("%w: the chunk roots make epoch root %s, the bundle says %s", ErrPublicInputs, field.Element(root), b.Root)
	}
	init := summary.InitialAcc()
	prev := init.Hash()
	for i := range sts {
		if sts[i].AccIn != prev {
			return fmt.Errorf("%w: chunk %d's acc_in does not continue the chain", ErrPublicInputs, i)
		}
		prev = sts[i].AccOut
	}
	if !prev.IsZero() {
		return fmt.Errorf("%w: the final chunk's acc_out is not 0", ErrPublicInputs)
	}
	for i := range sts {
		if err := VerifyChunk(&b.Chunks[i], &sts[i], vk); err != nil {
			return fmt.Errorf("chunk %d: %w", i, err)
		}
	}
	return nil
}

// VerifyChunk checks one chunk proof against the statement st it should
// prove: its public inputs are exactly st's (ErrPublicInputs), its two
// encodings are of one proof and it verifies against them with vk
// (ErrProof). Verify calls it for every chunk once the bundle's structure
// holds; it alone says nothing about the chunk's place in an epoch.
func VerifyChunk(c *ChunkProof, st *summary.Statement, vk groth16.VerifyingKey) error {
	want, err := st.PublicInputs()
	if err != nil {
		return fmt.Errorf("%w: %w", ErrPublicInputs, err)
	}
	if len(c.PublicInputs) != len(want) {
		return fmt.Errorf("%w: %d public inputs, want %d", ErrPublicInputs, len(c.PublicInputs), len(want))
	}
	for j := range want {
		if got := c.PublicInputs[j]; got != field.Element(want[j]) {
			return fmt.Errorf("%w: public input %d is %s, the stated values give %s", ErrPublicInputs, j, got, field.Element(want[j]))
		}
	}
	raw, err := field.DecodeHex(c.GnarkProof, 1, maxRawProof)
	if err != nil {
		return fmt.Errorf("%w: gnark proof: %w", ErrMalformedBundle, err)
	}
	proof := new(groth16bn254.Proof)
	if _, err := proof.ReadFrom(bytes.NewReader(raw)); err != nil {
		return fmt.Errorf("%w: gnark proof: %w", ErrMalformedBundle, err)
	}
	sol, err := field.DecodeHex(c.Proof, SolidityProofSize, SolidityProofSize)
	if err != nil {
		return fmt.Errorf("%w: proof: %w", ErrMalformedBundle, err)
	}
	if !bytes.Equal(proof.MarshalSolidity(), sol) {
		return fmt.Errorf("%w: the Solidity proof bytes are not the gnark proof's", ErrProof)
	}
	pw, err := PublicWitness(want)
	if err != nil {
		return err
	}
	if err := groth16.Verify(proof, vk, pw, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
		return fmt.Errorf("%w: %w", ErrProof, err)
	}
	return nil
}

// PublicWitness returns the gnark public witness of the given inputs.
func PublicWitness(inputs []fr.Element) (witness.Witness, error) {
	w, err := witness.New(ecc.BN254.ScalarField())
	if err != nil {
		return nil, err
	}
	ch := make(chan any, len(inputs))
	for i := range inputs {
		ch <- new(big.Int).Set(inputs[i].BigInt(new(big.Int)))
	}
	close(ch)
	if err := w.Fill(len(inputs), 0, ch); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrPublicInputs, err)
	}
	return w, nil
}
