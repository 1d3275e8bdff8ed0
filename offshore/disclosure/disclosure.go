// Package disclosure is the Go twin of what the DisclosureRegistry checks
// about a disclosure's content: the EIP-712 message the committee signs
// (Disclosure, Digest; it binds the epoch's chunk roots through
// ChunkRootsHash; FromSummary builds it from an attestor's own
// recomputation), the per-chunk evidence submitDisclosure takes with it
// (Submission: chunk roots, intermediate accumulators, proofs;
// FromBundle builds it from a proof bundle), the public inputs the registry
// hands the verifier for each chunk (Submission.PublicInputs, packed with
// circuits/summary's layout), and the signature list it accepts (Sign,
// Quorum). The attestor, the relayer and the auditor use it; tests compare
// it with the contract's own view functions.
//
// Nothing here carries a record count: the epoch's count is its swaps,
// which a policy may withhold. Every chunk but the last is full (the
// circuit enforces it), so the registry needs no counts; only the number of
// chunks is public.
//
// It imports no contract bindings, so an attestor that signs with it links
// none: the registry call itself (calldata, events, records) is
// offshore/registry's. It does not own the statement (circuits/summary),
// the contracts (offshore/contracts) or transport (the relayer).
package disclosure

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/circuits/summary"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// NumMetrics is the number of metrics: swaps, energy_wh, revenue_cents,
// active_cabinets, min_soh_permille (policy.Metric order).
const NumMetrics = summary.NumMetrics

// Name and Version are the EIP-712 domain's name and version.
const (
	Name    = "rwabridge DisclosureRegistry"
	Version = "1"
)

// TypeString is the EIP-712 type of the signed message.
const TypeString = "Disclosure(uint256 pool,uint64 epoch,uint256 policyHash,uint256 root,uint32 chunks," +
	"bytes32 chunkRootsHash,bool suppressed," +
	"uint64 swaps,uint64 energyWh,uint64 revenueCents,uint64 activeCabinets,uint64 minSohPermille)"

// Errors.
var (
	// ErrMetricWidth: a metric does not fit its width in the packed input.
	ErrMetricWidth = errors.New("metric exceeds its packed width")
	// ErrQuorum: too few signatures, or a signer twice.
	ErrQuorum = errors.New("signatures do not form a quorum")
)

// Disclosure is an epoch's disclosed figures, as the registry takes them
// and the committee signs them. Root is the epoch root (commit.EpochRoot:
// the Poseidon2 tree over the chunk roots, equal to the chunk root for a
// single chunk); Chunks and ChunkRootsHash name the chunk roots the
// attestors recomputed that root from (SetChunkRoots fills both).
type Disclosure struct {
	Pool           *big.Int // telemetry.PoolID.Field
	Epoch          uint64
	PolicyHash     *big.Int
	Root           *big.Int
	Chunks         uint32             // number of chunks, ≥ 1
	ChunkRootsHash [32]byte           // ChunkRootsHash of the chunk roots, in order
	Suppressed     bool               // below max(1, k) active cabinets: every metric 0
	Metrics        [NumMetrics]uint64 // undisclosed ones are 0
}

// Terms are what the registry adds to every chunk's header input from its
// own state: the pool's epoch length and the disclosed metrics of the
// policy's terms (allowPolicy). A proof made under a policy with another
// epoch length or disclosed set does not verify with them.
type Terms struct {
	EpochSeconds uint32
	Disclosed    policy.MetricSet
}

// TermsOf returns the terms a registry configured for p holds.
func TermsOf(p *policy.Policy) Terms {
	return Terms{EpochSeconds: uint32(p.EpochSeconds()), Disclosed: p.Disclose}
}

// header returns chunk index's header input of d (final when last).
func (d *Disclosure) header(t Terms, index uint64, last bool) *big.Int {
	return summary.Header{Final: last, Suppressed: last && d.Suppressed, Index: index, Epoch: d.Epoch,
		EpochSeconds: t.EpochSeconds, Disclosed: t.Disclosed}.Pack()
}

// ChunkRootsHash returns keccak256 of the chunk roots as 32-byte big-endian
// words in order: what Disclosure.ChunkRootsHash holds and the registry
// recomputes from the submitted roots.
func ChunkRootsHash(roots []*big.Int) [32]byte {
	buf := make([]byte, 0, 32*len(roots))
	for _, r := range roots {
		buf = append(buf, word(r)...)
	}
	return [32]byte(crypto.Keccak256(buf))
}

// SetChunkRoots sets d.Chunks and d.ChunkRootsHash for the epoch's chunk
// roots, in order.
func (d *Disclosure) SetChunkRoots(roots []*big.Int) {
	d.Chunks = uint32(len(roots))
	d.ChunkRootsHash = ChunkRootsHash(roots)
}

// Domain is the EIP-712 domain: the registry on one chain.
type Domain struct {
	ChainID  *big.Int
	Registry common.Address
}

var (
	typeHash   = crypto.Keccak256([]byte(TypeString))
	domainType = crypto.Keccak256([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
)

// Separator returns the EIP-712 domain separator.
func (dom Domain) Separator() [32]byte {
	return [32]byte(crypto.Keccak256(domainType, crypto.Keccak256([]byte(Name)), crypto.Keccak256([]byte(Version)),
		word(dom.ChainID), common.LeftPadBytes(dom.Registry.Bytes(), 32)))
}

// StructHash returns hashStruct(Disclosure).
func (d *Disclosure) StructHash() [32]byte {
	buf := make([]byte, 0, 32*13)
	buf = append(buf, typeHash...)
	buf = append(buf, word(d.Pool)...)
	buf = append(buf, word(new(big.Int).SetUint64(d.Epoch))...)
	buf = append(buf, word(d.PolicyHash)...)
	buf = append(buf, word(d.Root)...)
	buf = append(buf, word(new(big.Int).SetUint64(uint64(d.Chunks)))...)
	buf = append(buf, d.ChunkRootsHash[:]...)
	var sup int64
	if d.Suppressed {
		sup = 1
	}
	buf = append(buf, word(big.NewInt(sup))...)
	for _, m := range d.Metrics {
		buf = append(buf, word(new(big.Int).SetUint64(m))...)
	}
	return [32]byte(crypto.Keccak256(buf))
}

// Digest returns the EIP-712 digest the committee signs.
func (d *Disclosure) Digest(dom Domain) [32]byte {
	sep, sh := dom.Separator(), d.StructHash()
	return [32]byte(crypto.Keccak256([]byte{0x19, 0x01}, sep[:], sh[:]))
}

// PackedMetrics returns the packed metrics input, or ErrMetricWidth.
func (d *Disclosure) PackedMetrics() (*big.Int, error) {
	m, err := summary.PackMetrics(d.Metrics)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMetricWidth, err)
	}
	return m, nil
}

// InitialAcc returns the circuit's initial accumulator hash
// (summary.InitialAccHash), which the registry is deployed with and passes
// as chunk 0's acc_in.
func InitialAcc() *big.Int {
	h := summary.InitialAccHash()
	return h.BigInt(new(big.Int))
}

// FromSummary returns the message of a recomputed epoch (an attestor's own
// summary of the sealed records): pool, epoch, policy hash, epoch root,
// chunk count and chunk roots hash, and the disclosed metrics (undisclosed
// ones 0).
func FromSummary(s *summary.Summary) (*Disclosure, error) {
	if s.Commitment == nil || len(s.Commitment.Chunks) == 0 {
		return nil, fmt.Errorf("disclosure: summary of %s epoch %d has no commitment", s.Pool, s.Epoch)
	}
	roots := make([]*big.Int, len(s.Commitment.Chunks))
	for i, c := range s.Commitment.Chunks {
		roots[i] = c.Root.BigInt(new(big.Int))
	}
	d := &Disclosure{
		Pool: s.Pool.Field(), Epoch: s.Epoch,
		PolicyHash: s.PolicyHash.BigInt(new(big.Int)), Root: s.Commitment.Root.BigInt(new(big.Int)),
		Suppressed: !s.Disclosable,
	}
	if s.Disclosable {
		d.Metrics = s.Disclosed.Values()
	}
	d.SetChunkRoots(roots)
	return d, nil
}

// PublicInputs returns the seven inputs the registry passes the verifier
// for a single-chunk epoch's one proof: those of circuits/summary
// Statement.PublicInputs for the epoch's single, final chunk (root d.Root,
// index 0, acc_in initialAcc, acc_out 0), with initialAcc the
// registry's initialAccHash, and t the registry's terms. For any number
// of chunks use Submission.PublicInputs.
func (d *Disclosure) PublicInputs(initialAcc *big.Int, t Terms) ([7]*big.Int, error) {
	m, err := d.PackedMetrics()
	if err != nil {
		return [7]*big.Int{}, err
	}
	header := d.header(t, 0, true)
	return [7]*big.Int{
		new(big.Int).Set(d.Pool), new(big.Int).Set(d.PolicyHash), new(big.Int).Set(d.Root),
		new(big.Int).Set(initialAcc), new(big.Int), header, m,
	}, nil
}

// Signature is one committee member's signature over a digest.
type Signature struct {
	Signer common.Address
	Sig    []byte // 65 bytes: r | s | v (v = 27 or 28), low s
}

// Sign signs d's digest with key.
func Sign(d *Disclosure, dom Domain, key *ecdsa.PrivateKey) (Signature, error) {
	h := d.Digest(dom)
	sig, err := crypto.Sign(h[:], key)
	if err != nil {
		return Signature{}, fmt.Errorf("disclosure: sign: %w", err)
	}
	sig[64] += 27
	return Signature{Signer: crypto.PubkeyToAddress(key.PublicKey), Sig: sig}, nil
}

// Recover returns the address that signed digest with sig (65 bytes, v 27
// or 28).
func Recover(digest [32]byte, sig []byte) (common.Address, error) {
	if len(sig) != 65 || (sig[64] != 27 && sig[64] != 28) {
		return common.Address{}, fmt.Errorf("disclosure: malformed signature of %d bytes", len(sig))
	}
	s := slices.Clone(sig)
	s[64] -= 27
	pub, err := crypto.SigToPub(digest[:], s)
	if err != nil {
		return common.Address{}, fmt.Errorf("disclosure: recover: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// Quorum returns the signatures concatenated in strictly increasing signer
// order, as submitDisclosure takes them; it fails with ErrQuorum for fewer
// than threshold signatures or a repeated signer.
func Quorum(sigs []Signature, threshold int) ([]byte, error) {
	s := slices.Clone(sigs)
	slices.SortFunc(s, func(a, b Signature) int { return bytes.Compare(a.Signer[:], b.Signer[:]) })
	for i := 1; i < len(s); i++ {
		if s[i].Signer == s[i-1].Signer {
			return nil, fmt.Errorf("%w: %s signed twice", ErrQuorum, s[i].Signer)
		}
	}
	if len(s) < threshold {
		return nil, fmt.Errorf("%w: %d signatures, threshold %d", ErrQuorum, len(s), threshold)
	}
	out := make([]byte, 0, 65*len(s))
	for _, x := range s {
		out = append(out, x.Sig...)
	}
	return out, nil
}

func word(x *big.Int) []byte {
	b := make([]byte, 32)
	x.FillBytes(b)
	return b
}

// Errors of Submission and FromBundle.
var (
	// ErrBundle reports a proof bundle the registry can not take as it is.
	ErrBundle = errors.New("bundle does not fit the registry")
	// ErrChunks reports chunk lists the registry would reject before
	// verifying a proof (its Chunk* errors).
	ErrChunks = errors.New("chunk lists do not fit the disclosure")
)

// Submission is everything submitDisclosure takes but the signatures: the
// signed disclosure and the per-chunk evidence of its n = Disclosure.Chunks
// chunks (the registry's Chunks struct). Proof i is checked against
// PublicInputs(initialAcc)[i].
type Submission struct {
	Disclosure Disclosure
	// ChunkRoots are the n chunk roots in order; Disclosure.ChunkRootsHash
	// is their ChunkRootsHash, and for n == 1 the one root is
	// Disclosure.Root.
	ChunkRoots []*big.Int
	// Accs are the n−1 accumulator hashes between chunks: Accs[i] is chunk
	// i's acc_out and chunk i+1's acc_in (chunk 0 starts from the
	// registry's initialAccHash, the final chunk ends at 0).
	Accs []*big.Int
	// Proofs are the n chunk proofs in the contract's layout.
	Proofs [][]byte
	// Terms are the registry's terms the proofs were made for (the
	// policy's epoch length and disclosed metrics).
	Terms Terms
}

// Single reports whether s is a single-chunk epoch in its one valid form
// (one chunk, its root the epoch root, one proof, no accumulator or
// accumulator), which the registry's cheaper submitSingleChunkDisclosure
// takes.
func (s *Submission) Single() bool {
	return s.Disclosure.Chunks == 1 && len(s.ChunkRoots) == 1 && len(s.Proofs) == 1 && len(s.Accs) == 0 &&
		s.Disclosure.Root != nil && s.ChunkRoots[0].Cmp(s.Disclosure.Root) == 0
}

// Check runs the registry's chunk-list checks (ChunkCountInvalid,
// ChunkListsInconsistent, ChunkRootsMismatch, ChunkRootNotEpochRoot);
// errors are ErrChunks.
func (s *Submission) Check() error {
	d, n := &s.Disclosure, len(s.ChunkRoots)
	if d.Chunks == 0 || n != int(d.Chunks) {
		return fmt.Errorf("%w: the disclosure has %d chunks, %d roots given", ErrChunks, d.Chunks, n)
	}
	if len(s.Accs) != n-1 || len(s.Proofs) != n {
		return fmt.Errorf("%w: %d chunks need %d accumulators and %d proofs; got %d and %d",
			ErrChunks, n, n-1, n, len(s.Accs), len(s.Proofs))
	}
	if h := ChunkRootsHash(s.ChunkRoots); h != d.ChunkRootsHash {
		return fmt.Errorf("%w: the chunk roots hash to %x, the disclosure names %x", ErrChunks, h, d.ChunkRootsHash)
	}
	if n == 1 && s.ChunkRoots[0].Cmp(d.Root) != 0 {
		return fmt.Errorf("%w: a single chunk's root %s is not the epoch root %s", ErrChunks, field.Word(s.ChunkRoots[0]), field.Word(d.Root))
	}
	return nil
}

// PublicInputs returns the seven inputs the registry passes the verifier
// for each chunk, exactly circuits/summary Statement.PublicInputs of that
// chunk: pool, policy hash, chunk root, acc_in (initialAcc, the registry's
// initialAccHash, for chunk 0, else Accs[i−1]), acc_out (Accs[i], 0 for the
// final chunk), header (summary.Header of s.Terms) and the packed
// metrics in the final chunk (0 before it).
func (s *Submission) PublicInputs(initialAcc *big.Int) ([][7]*big.Int, error) {
	if err := s.Check(); err != nil {
		return nil, err
	}
	d := &s.Disclosure
	m, err := d.PackedMetrics()
	if err != nil {
		return nil, err
	}
	n := len(s.ChunkRoots)
	out := make([][7]*big.Int, n)
	for i := range n {
		final := i == n-1
		accIn, accOut, metrics := initialAcc, new(big.Int), new(big.Int)
		if i > 0 {
			accIn = s.Accs[i-1]
		}
		if final {
			metrics.Set(m)
		} else {
			accOut.Set(s.Accs[i])
		}
		header := d.header(s.Terms, uint64(i), final)
		out[i] = [7]*big.Int{new(big.Int).Set(d.Pool), new(big.Int).Set(d.PolicyHash), new(big.Int).Set(s.ChunkRoots[i]),
			new(big.Int).Set(accIn), accOut, header, metrics}
	}
	return out, nil
}

// FromBundle returns the submission of a bundle of any number of chunks:
// the disclosure (its chunk roots hash set from the bundle's chunks) and
// the chunk lists, after checking that the chunks are in order (index i,
// final exactly on the last, acc_in of each the acc_out of the one before,
// the first from initialAcc) and that every chunk's public inputs are
// exactly those the registry will compute (initialAcc is the registry's
// initialAccHash, InitialAcc). It does not verify proofs nor recompute the
// epoch root over the chunk roots (bundle.Verify does; attestors must
// before signing). Errors are ErrBundle.
func FromBundle(b *bundle.Bundle) (*Submission, error) {
	initialAcc := InitialAcc()
	n := len(b.Chunks)
	if n == 0 || n > bundle.MaxChunks {
		return nil, fmt.Errorf("%w: %d chunks", ErrBundle, n)
	}
	pool := telemetry.PoolID(b.Pool)
	if err := pool.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBundle, err)
	}
	s := &Submission{
		Disclosure: Disclosure{Pool: pool.Field(), Epoch: b.Epoch, PolicyHash: b.Policy.Hash.BigInt(), Root: b.Root.BigInt(),
			Suppressed: b.Suppressed, Metrics: b.Metrics.Values()},
		ChunkRoots: make([]*big.Int, n), Accs: make([]*big.Int, 0, n-1), Proofs: make([][]byte, n),
		Terms: Terms{EpochSeconds: b.Policy.EpochSeconds, Disclosed: b.DisclosedSet()},
	}
	prevOut := initialAcc
	for i, c := range b.Chunks {
		if c.Index != i || c.Final != (i == n-1) {
			return nil, fmt.Errorf("%w: chunk %d has index %d, final %t", ErrBundle, i, c.Index, c.Final)
		}
		s.ChunkRoots[i] = c.Root.BigInt()
		if c.AccIn.BigInt().Cmp(prevOut) != 0 {
			return nil, fmt.Errorf("%w: chunk %d acc_in %s does not continue %s", ErrBundle, i, c.AccIn, field.Word(prevOut))
		}
		if !c.Final {
			prevOut = c.AccOut.BigInt()
			s.Accs = append(s.Accs, prevOut)
		}
		var err error
		if s.Proofs[i], err = field.DecodeHex(c.Proof, bundle.SolidityProofSize, bundle.SolidityProofSize); err != nil {
			return nil, fmt.Errorf("%w: chunk %d proof: %w", ErrBundle, i, err)
		}
	}
	s.Disclosure.SetChunkRoots(s.ChunkRoots)
	ins, err := s.PublicInputs(initialAcc)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBundle, err)
	}
	for i, c := range b.Chunks {
		if len(c.PublicInputs) != len(ins[i]) {
			return nil, fmt.Errorf("%w: chunk %d has %d public inputs", ErrBundle, i, len(c.PublicInputs))
		}
		for j, x := range c.PublicInputs {
			if x.BigInt().Cmp(ins[i][j]) != 0 {
				return nil, fmt.Errorf("%w: chunk %d public input %d is %s, the registry computes %s", ErrBundle, i, j, x, field.Word(ins[i][j]))
			}
		}
	}
	return s, nil
}
