package audit

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/circuits/commit"
	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/circuits/summary"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/onchain"
	"github.com/rwabridge/rwabridge/offshore/registry"
	"github.com/rwabridge/rwabridge/offshore/verifier"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// The failure classes: every failed check wraps exactly one of them.
var (
	// ErrProof: a chunk proof does not verify against the public inputs
	// recomputed from the decoded values (or is not a proof: bytes off the
	// curve, inputs outside the field, metrics beyond their widths).
	ErrProof = errors.New("chunk proof does not verify")
	// ErrVK: the verifying key is not the one the pool's verifier pins, or
	// the registry's initial accumulator is not the circuit's.
	ErrVK = errors.New("verifying key does not match the on-chain verifier")
	// ErrPolicy: the policy hash is no known policy's, or a metric the
	// policy does not disclose is not 0.
	ErrPolicy = errors.New("policy unknown or not matching")
	// ErrSignatures: the signatures are not a quorum of the committee in
	// force at the disclosure's block.
	ErrSignatures = errors.New("signatures are not a quorum of the committee")
	// ErrEventMismatch: the DisclosureAccepted log's figures are not the
	// calldata's.
	ErrEventMismatch = errors.New("event does not match the calldata")
	// ErrChunks: the chunk lists do not fit the disclosure (keccak256 of
	// the chunk roots, the epoch root over them, list lengths, counts).
	ErrChunks = errors.New("chunk roots do not match the disclosure")
	// ErrMalformed: the evidence does not decode, breaks a size limit or is
	// inconsistent with itself.
	ErrMalformed = errors.New("malformed evidence")
	// ErrOnshore: the onshore ledger's raw records do not give the
	// disclosed root, count, chunk roots or metrics (CheckOnshore).
	ErrOnshore = errors.New("onshore records do not give the disclosed figures")
	// ErrIncomplete: the evidence leaves out a disclosure the registry
	// holds: a pool's events do not chain (each names its predecessor),
	// or they end before the pool's latest epoch at the evidence's last
	// block.
	ErrIncomplete = errors.New("the evidence leaves out disclosures")
)

// ErrNoKey reports that Verify has no verifying key for a verifier: the
// evidence carries neither its verifyingKey() words (a verifier that
// predates that function) nor a key file's key, and no key file was given.
var ErrNoKey = errors.New("no verifying key: the verifier returned none (verifyingKey()) and no key file was given")

// Classes are the failure classes in the order Verify checks them (the
// table of names and exit codes in report.go).
var Classes = func() []error {
	out := make([]error, len(classes))
	for i, c := range classes {
		out[i] = c.err
	}
	return out
}()

// ClassOf returns the failure class err wraps, or nil.
func ClassOf(err error) error {
	for _, c := range classes {
		if errors.Is(err, c.err) {
			return c.err
		}
	}
	return nil
}

var (
	registryABI = onchain.MustABI(&bindings.DisclosureRegistryMetaData)
)

// Call is a decoded registry call.
type Call struct {
	Function   string // submitDisclosure, submitSingleChunkDisclosure or submitDisclosures
	Submission *disclosure.Submission
	Signatures []byte
}

// DecodeCalldata decodes the input of a submitDisclosure or
// submitSingleChunkDisclosure transaction, within MaxCalldata bytes and
// MaxChunks chunks. Errors are ErrMalformed.
func DecodeCalldata(data []byte) (call *Call, err error) {
	if len(data) > MaxCalldata {
		return nil, fmt.Errorf("%w: calldata of %d bytes, at most %d", ErrMalformed, len(data), MaxCalldata)
	}
	if len(data) < 4 {
		return nil, fmt.Errorf("%w: calldata of %d bytes has no function selector", ErrMalformed, len(data))
	}
	m, err := registryABI.MethodById(data[:4])
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	if m.Name != "submitDisclosure" && m.Name != "submitSingleChunkDisclosure" {
		return nil, fmt.Errorf("%w: calldata calls %s, not a submit function", ErrMalformed, m.Name)
	}
	vals, err := m.Inputs.Unpack(data[4:])
	if err != nil {
		return nil, fmt.Errorf("%w: %s arguments: %w", ErrMalformed, m.Name, err)
	}
	defer func() {
		if r := recover(); r != nil {
			call, err = nil, fmt.Errorf("%w: %s arguments: %v", ErrMalformed, m.Name, r)
		}
	}()
	d := *abi.ConvertType(vals[0], new(bindings.DisclosureRegistryDisclosure)).(*bindings.DisclosureRegistryDisclosure)
	s := &disclosure.Submission{Disclosure: registry.FromBinding(d)}
	var sigs []byte
	if m.Name == "submitSingleChunkDisclosure" {
		s.ChunkRoots = []*big.Int{d.Root}
		s.Proofs = [][]byte{vals[1].([]byte)}
		sigs = vals[2].([]byte)
	} else {
		c := *abi.ConvertType(vals[1], new(bindings.DisclosureRegistryChunks)).(*bindings.DisclosureRegistryChunks)
		if len(c.Roots) > MaxChunks || len(c.Proofs) > MaxChunks || len(c.Accs) > MaxChunks {
			return nil, fmt.Errorf("%w: more than %d chunks", ErrMalformed, MaxChunks)
		}
		s.ChunkRoots, s.Accs, s.Proofs = c.Roots, c.Accs, c.Proofs
		sigs = vals[2].([]byte)
	}
	return &Call{Function: m.Name, Submission: s, Signatures: sigs}, nil
}

// Env is what a submission is checked against: the registry's domain and
// initial accumulator, the committee in force, the verifying key and the
// hash the pool's verifier pins, the known policies.
type Env struct {
	Domain     disclosure.Domain
	InitialAcc *big.Int // the registry's initialAccHash
	Committee  Committee
	VK         groth16.VerifyingKey
	VKErr      error    // why there is no usable key (VK nil)
	VKHash     [32]byte // the verifier's vkHash()
	// Capacity is the key's chunk capacity; 0 when unknown, and then the
	// epoch root of a multi-chunk epoch is not recomputed.
	Capacity int
	Policies Policies
}

// Policies are known policies by hash.
type Policies map[field.Element]*policy.Policy

// NewPolicies indexes ps by hash.
func NewPolicies(ps []*policy.Policy) Policies {
	out := Policies{}
	for _, p := range ps {
		out[p.Hash()] = p
	}
	return out
}

// EmbeddedPolicies returns the policies compiled into the binary.
func EmbeddedPolicies() (Policies, error) {
	ps, err := policies.All()
	if err != nil {
		return nil, fmt.Errorf("audit: embedded policies: %w", err)
	}
	return NewPolicies(ps), nil
}

// Checked reports which checks of a submission ran.
type Checked struct {
	EpochRoot bool // the epoch root was recomputed over the chunk roots
}

// CheckCalldata decodes calldata and runs CheckSubmission.
func CheckCalldata(calldata []byte, env *Env) (Checked, error) {
	call, err := DecodeCalldata(calldata)
	if err != nil {
		return Checked{}, err
	}
	return CheckSubmission(call.Submission, call.Signatures, env)
}

// CheckSubmission runs every check of a submission that needs no log, in
// this order: chunk lists (ErrChunks), policy (ErrPolicy), quorum
// (ErrSignatures), key (ErrVK), proofs (ErrProof). It returns the first
// failure.
func CheckSubmission(s *disclosure.Submission, sigs []byte, env *Env) (Checked, error) {
	var ck Checked
	if err := s.Check(); err != nil {
		return ck, fmt.Errorf("%w: %w", ErrChunks, err)
	}
	d := &s.Disclosure
	if d.Root == nil || d.Root.Sign() == 0 {
		return ck, fmt.Errorf("%w: zero epoch root", ErrChunks)
	}
	if d.Root.Cmp(modulus) >= 0 {
		return ck, fmt.Errorf("%w: epoch root %s is not in the scalar field", ErrChunks, field.Word(d.Root))
	}
	var err error
	if ck.EpochRoot, err = checkEpochRoot(s, env.Capacity); err != nil {
		return ck, err
	}
	if err := checkPolicy(d, env.Policies); err != nil {
		return ck, err
	}
	if err := CheckQuorum(d, sigs, env.Domain, env.Committee); err != nil {
		return ck, err
	}
	if err := checkKey(env); err != nil {
		return ck, err
	}
	return ck, checkProofs(s, env)
}

var modulus = ecc.BN254.ScalarField()

func element(x *big.Int, what string) (fr.Element, error) {
	var e fr.Element
	if x == nil || x.Sign() < 0 || x.Cmp(modulus) >= 0 {
		return e, fmt.Errorf("%w: %s %v is not in the scalar field", ErrProof, what, x)
	}
	e.SetBigInt(x)
	return e, nil
}

// guessCapacities bounds the chunk capacities checkEpochRoot tries when
// the key's is unknown: the empty chunk roots up to 2^16 cost ≈9 000
// Poseidon2 permutations in all.
const guessCapacities = 1 << 16

// checkEpochRoot recomputes the epoch root over the chunk roots
// (circuits/commit.EpochRoot): a single chunk's root is the epoch root
// (Submission.Check); more need the chunk capacity (for the empty chunk
// roots that pad the tree), which is the key's. When the key's is unknown
// (a key read from the chain carries none) and the tree needs padding, it
// tries every capacity up to guessCapacities: the epoch root is checked
// when one of them gives it, and not checked (false, no error) when none
// does — the chunks are not counted in public, so the capacity can not be
// read off the disclosure.
func checkEpochRoot(s *disclosure.Submission, capacity int) (bool, error) {
	n := len(s.ChunkRoots)
	if n == 1 {
		return true, nil
	}
	roots := make([]fr.Element, n)
	for i, r := range s.ChunkRoots {
		if r.Cmp(modulus) >= 0 {
			return false, nil // no proof can take it: checkProofs reports it
		}
		roots[i].SetBigInt(r)
	}
	want := s.Disclosure.Root
	candidates := []int{capacity}
	if capacity == 0 {
		// Without padding (n a power of two) any capacity gives the same root.
		candidates = []int{commit.MinCapacity}
		if n&(n-1) != 0 {
			candidates = nil
			for c := commit.MinCapacity; c <= guessCapacities; c *= 2 {
				candidates = append(candidates, c)
			}
		}
	}
	var root fr.Element
	for _, c := range candidates {
		var err error
		if root, err = commit.EpochRoot(c, roots); err != nil {
			return false, fmt.Errorf("%w: %w", ErrChunks, err)
		}
		if root.BigInt(new(big.Int)).Cmp(want) == 0 {
			return true, nil
		}
	}
	if capacity == 0 && len(candidates) > 1 {
		return false, nil
	}
	return false, fmt.Errorf("%w: the %d chunk roots make epoch root %s, the disclosure says %s",
		ErrChunks, n, field.Element(root), field.Word(want))
}

func checkPolicy(d *disclosure.Disclosure, known Policies) error {
	h, err := field.FromBig(d.PolicyHash)
	if err != nil {
		return fmt.Errorf("%w: policy hash %s is not a field element", ErrPolicy, field.Word(d.PolicyHash))
	}
	p, ok := known[h]
	if !ok {
		return fmt.Errorf("%w: no known policy has hash %s", ErrPolicy, field.Word(d.PolicyHash))
	}
	for i, v := range d.Metrics {
		if v != 0 && d.Suppressed {
			return fmt.Errorf("%w: a suppressed disclosure shows %s = %d", ErrPolicy, policy.Metric(i), v)
		}
		if v != 0 && !p.Disclose.Has(policy.Metric(i)) {
			return fmt.Errorf("%w: policy %s does not disclose %s, yet it is %d", ErrPolicy, p.ID, policy.Metric(i), v)
		}
	}
	return nil
}

var (
	secp256k1N     = crypto.S256().Params().N
	secp256k1HalfN = new(big.Int).Rsh(secp256k1N, 1)
)

// CheckQuorum checks signatures as the registry does, against committee:
// 65-byte (r, s, v) signatures over d's EIP-712 digest in dom, concatenated;
// low s, v 27 or 28; signers committee members in strictly increasing
// order; at least the threshold of them. Errors are ErrSignatures.
func CheckQuorum(d *disclosure.Disclosure, sigs []byte, dom disclosure.Domain, committee Committee) error {
	if len(sigs)%65 != 0 {
		return fmt.Errorf("%w: %d bytes of signatures is not a multiple of 65", ErrSignatures, len(sigs))
	}
	n := len(sigs) / 65
	if n < int(committee.Threshold) || committee.Threshold == 0 {
		return fmt.Errorf("%w: %d signatures, committee version %d needs %d", ErrSignatures, n, committee.Version, committee.Threshold)
	}
	digest := d.Digest(dom)
	var last common.Address
	for i := range n {
		sig := sigs[65*i : 65*i+65]
		r, s, v := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64]), sig[64]
		if s.Cmp(secp256k1HalfN) > 0 {
			return fmt.Errorf("%w: signature %d has a high s", ErrSignatures, i)
		}
		if (v != 27 && v != 28) || !crypto.ValidateSignatureValues(v-27, r, s, true) {
			return fmt.Errorf("%w: signature %d is malformed", ErrSignatures, i)
		}
		signer, err := disclosure.Recover(digest, sig)
		if err != nil {
			return fmt.Errorf("%w: signature %d: %w", ErrSignatures, i, err)
		}
		if !slices.Contains(committee.Members, signer) {
			return fmt.Errorf("%w: signature %d recovers to %s, not a member of committee version %d", ErrSignatures, i, signer, committee.Version)
		}
		if bytes.Compare(signer[:], last[:]) <= 0 {
			return fmt.Errorf("%w: signer %d (%s) is not above the one before", ErrSignatures, i, signer)
		}
		last = signer
	}
	return nil
}

func checkKey(env *Env) error {
	if env.InitialAcc == nil || env.InitialAcc.Cmp(disclosure.InitialAcc()) != 0 {
		return fmt.Errorf("%w: the registry's initial accumulator %s is not the circuit's %s", ErrVK, field.Word(env.InitialAcc), field.Word(disclosure.InitialAcc()))
	}
	if env.VK == nil {
		if env.VKErr != nil {
			return env.VKErr
		}
		return fmt.Errorf("%w: %w", ErrVK, ErrNoKey)
	}
	h, err := keys.VKHash(env.VK)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrVK, err)
	}
	if h != env.VKHash {
		return fmt.Errorf("%w: the key hashes to %#x, the verifier pins %#x", ErrVK, h, env.VKHash)
	}
	return nil
}

// checkProofs verifies every chunk proof with gnark against the inputs of
// circuits/summary.Statement built from the decoded values and the known
// policy's epoch length and disclosed set (checkPolicy found it): the
// registry's own terms of an accepted disclosure, since its proofs bind
// the policy hash and the header both.
func checkProofs(s *disclosure.Submission, env *Env) error {
	d := &s.Disclosure
	pool, err := telemetry.PoolIDFromField(d.Pool)
	if err != nil {
		return fmt.Errorf("%w: pool: %w", ErrMalformed, err)
	}
	ph, err := element(d.PolicyHash, "policy hash")
	if err != nil {
		return err
	}
	p, ok := env.Policies[field.Element(ph)]
	if !ok {
		return fmt.Errorf("%w: no known policy has hash %s", ErrPolicy, field.Word(d.PolicyHash))
	}
	terms := disclosure.TermsOf(p)
	n := len(s.ChunkRoots)
	for i := range n {
		final := i == n-1
		st := summary.Statement{Pool: pool, Epoch: d.Epoch, EpochSeconds: terms.EpochSeconds, Disclosed: terms.Disclosed,
			PolicyHash: ph, ChunkIndex: uint32(i), Final: final, Suppressed: final && d.Suppressed}
		if st.ChunkRoot, err = element(s.ChunkRoots[i], fmt.Sprintf("chunk %d root", i)); err != nil {
			return err
		}
		accIn := env.InitialAcc
		if i > 0 {
			accIn = s.Accs[i-1]
		}
		if st.AccIn, err = element(accIn, fmt.Sprintf("chunk %d acc_in", i)); err != nil {
			return err
		}
		if final {
			st.Metrics = summary.Metrics{Swaps: d.Metrics[0], EnergyWh: d.Metrics[1], RevenueCents: d.Metrics[2],
				ActiveCabinets: d.Metrics[3], MinSoHPermille: d.Metrics[4]}
		} else {
			if st.AccOut, err = element(s.Accs[i], fmt.Sprintf("chunk %d acc_out", i)); err != nil {
				return err
			}
		}
		in, err := st.PublicInputs()
		if err != nil {
			return fmt.Errorf("%w: chunk %d: %w", ErrProof, i, err)
		}
		proof, err := verifier.ParseProof(s.Proofs[i])
		if err != nil {
			return fmt.Errorf("%w: chunk %d: %w", ErrProof, i, err)
		}
		w, err := bundle.PublicWitness(in)
		if err != nil {
			return fmt.Errorf("%w: chunk %d: %w", ErrProof, i, err)
		}
		if err := groth16.Verify(proof, env.VK, w, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
			return fmt.Errorf("%w: chunk %d: %w", ErrProof, i, err)
		}
	}
	return nil
}

// Options of Verify.
type Options struct {
	// VK is the verifying key to check proofs with (a key file); nil: the
	// keys the evidence carries (a key file's, else the one rebuilt from
	// the verifier's verifyingKey() words). Its hash must be the
	// verifier's vkHash().
	VK groth16.VerifyingKey
	// Capacity is VK's chunk capacity (0: the evidence's).
	Capacity int
	// Policies are the known policies (nil: the embedded ones).
	Policies Policies
	// Pools, when set, restrict the check to these pools (their field
	// values); each must be configured on the registry (ErrNoPool).
	Pools []*big.Int
	// FromEpoch skips earlier epochs.
	FromEpoch uint64
	// Ceremony, when set, is the ceremony whose keys every verifier of the
	// audited pools must pin (Report.Ceremony; ErrCeremonyKey).
	Ceremony *Ceremony
}

// wants reports whether the check covers pool (every pool when Pools is
// empty).
func (o *Options) wants(pool *big.Int) bool {
	return len(o.Pools) == 0 || slices.ContainsFunc(o.Pools, func(p *big.Int) bool { return p.Cmp(pool) == 0 })
}

// Result is the verdict on one disclosure.
type Result struct {
	TxHash           common.Hash
	Block            uint64
	Function         string
	Pool             string   // the pool id, or its field value in hex
	PoolField        *big.Int // the pool as the registry keys it
	Epoch            uint64
	Chunks           uint32
	Suppressed       bool // below the policy's k: no figures
	Metrics          [5]uint64
	CommitteeVersion uint64
	PolicyHash       *big.Int
	Root             *big.Int
	ChunkRootsHash   [32]byte
	Capacity         int // of the key the proofs were checked with, 0 when unknown
	KeySource        KeySource
	EpochRootChecked bool
	Err              error // nil: every check passed
}

// Report is the verdict on every disclosure of the evidence.
type Report struct {
	ChainID  *big.Int
	Registry common.Address
	Results  []Result
	// The blocks the evidence covers (Evidence.FromBlock, ToBlock and
	// ToBlockHash).
	FromBlock, ToBlock uint64
	ToBlockHash        common.Hash
	// Gaps are the disclosures the evidence leaves out (ErrIncomplete),
	// by pool; empty when it is complete for its range.
	Gaps []error
	// Ceremony is the check of the verifiers against Options.Ceremony
	// (nil without one).
	Ceremony *CeremonyCheck
}

// Err returns the first failed disclosure's error, else the first gap,
// else a verifier that does not pin the ceremony's key; nil when all
// passed, nothing is missing and every verifier pins it.
func (r *Report) Err() error {
	for _, x := range r.Results {
		if x.Err != nil {
			return x.Err
		}
	}
	if len(r.Gaps) > 0 {
		return r.Gaps[0]
	}
	if r.Ceremony != nil {
		return r.Ceremony.Err
	}
	return nil
}

// Failed counts the failed disclosures.
func (r *Report) Failed() int {
	n := 0
	for _, x := range r.Results {
		if x.Err != nil {
			n++
		}
	}
	return n
}

type keyOf struct {
	vk       groth16.VerifyingKey
	err      error
	capacity int
	hash     [32]byte
	source   KeySource
}

// Verify checks every disclosure of e (see the package documentation)
// with no network. It fails as a whole only for evidence that breaks its
// shape (ErrMalformed) and for a missing key (ErrNoKey: no key file, and
// the evidence carries neither a key nor the verifier's key words); every
// disclosure's own verdict is in the report.
func Verify(e *Evidence, opts Options) (*Report, error) {
	if err := e.CheckShape(); err != nil {
		return nil, err
	}
	for _, want := range opts.Pools {
		if slices.ContainsFunc(e.PoolConfigs, func(c PoolConfig) bool { return c.Pool.ToInt().Cmp(want) == 0 }) {
			continue
		}
		var ids []string
		for _, c := range e.PoolConfigs {
			if id := poolName(c.Pool.ToInt()); !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
		return nil, fmt.Errorf("%w: %s is not configured on registry %s; it has: %s", ErrNoPool, poolName(want), e.Registry, strings.Join(ids, ", "))
	}
	known := opts.Policies
	if known == nil {
		var err error
		if known, err = EmbeddedPolicies(); err != nil {
			return nil, err
		}
	}
	var fileHash [32]byte
	if opts.VK != nil {
		var err error
		if fileHash, err = keys.VKHash(opts.VK); err != nil {
			return nil, fmt.Errorf("audit: %w", err)
		}
	}
	keysBy := map[common.Address]*keyOf{}
	for _, v := range e.Verifiers {
		k := &keyOf{capacity: v.Capacity, hash: v.VKHash}
		switch {
		case opts.VK != nil && fileHash != v.VKHash:
			// Not this verifier's key: nothing of it is used (not even
			// its capacity for the epoch root), the key check fails.
			k.source = KeyFromFile
			k.err = fmt.Errorf("%w: the key file hashes to %#x, verifier %s pins %#x", ErrVK, fileHash, v.Address, v.VKHash)
		case opts.VK != nil:
			k.vk, k.source = opts.VK, KeyFromFile
			if opts.Capacity != 0 {
				k.capacity = opts.Capacity
			}
		case len(v.VK) > 0:
			k.source = KeyFromBundle
			vk := groth16.NewVerifyingKey(ecc.BN254)
			if _, err := vk.ReadFrom(bytes.NewReader(v.VK)); err != nil {
				k.err = fmt.Errorf("%w: verifier %s: the bundle's key does not decode: %w", ErrVK, v.Address, err)
			} else {
				k.vk = vk
			}
		case len(v.VKWords) > 0:
			k.source = KeyFromVerifier
			w, err := wordsOf(v.VKWords)
			if err == nil {
				k.vk, err = KeyFromWords(w, v.VKHash)
			}
			if err != nil {
				k.err = fmt.Errorf("verifier %s: %w", v.Address, err)
			}
		default:
			return nil, fmt.Errorf("audit: verifier %s: %w", v.Address, ErrNoKey)
		}
		keysBy[v.Address] = k
	}
	rep := &Report{ChainID: bigOf(e.ChainID), Registry: e.Registry, FromBlock: e.FromBlock, ToBlock: e.ToBlock, ToBlockHash: e.ToBlockHash}
	dom := disclosure.Domain{ChainID: bigOf(e.ChainID), Registry: e.Registry}
	for i := range e.Disclosures {
		r := &e.Disclosures[i]
		res, skip := e.verifyRecord(r, dom, keysBy, known, &opts)
		if !skip {
			rep.Results = append(rep.Results, res)
		}
	}
	rep.Gaps = e.gaps(&opts)
	if opts.Ceremony != nil {
		rep.Ceremony = e.checkCeremony(opts.Ceremony, &opts)
	}
	return rep, nil
}

// gaps checks that the evidence holds every disclosure the registry
// accepted in its range: for each pool of Latest (Options.Pools only, when
// set), the pool's DisclosureAccepted events in log order must chain —
// each one's prevPlusOne is the epoch before it plus one, and the first
// one's is 0 unless the pool was configured before the range (or the
// epoch before is below Options.FromEpoch) — and end at the pool's latest
// epoch. Events that do not decode are left to verifyRecord.
func (e *Evidence) gaps(opts *Options) []error {
	type link struct{ epoch, prevPlusOne uint64 }
	chains := map[string][]link{}
	for i := range e.Disclosures {
		r := &e.Disclosures[i]
		ev, err := registry.ABI.UnpackDisclosureAcceptedEvent(r.Event.types(r))
		if err != nil || r.Event.Address != e.Registry {
			continue
		}
		k := ev.Pool.String()
		chains[k] = append(chains[k], link{ev.Epoch, ev.PrevPlusOne})
	}
	var out []error
	for _, l := range e.Latest {
		pool := l.Pool.ToInt()
		if !opts.wants(pool) {
			continue
		}
		name := poolName(pool)
		chain := chains[pool.String()]
		configuredInRange := slices.ContainsFunc(e.PoolConfigs, func(c PoolConfig) bool {
			return c.Pool.ToInt().Cmp(pool) == 0 && c.Block >= e.FromBlock
		})
		gap := func(format string, args ...any) {
			out = append(out, fmt.Errorf("%w: pool %s: %s", ErrIncomplete, name, fmt.Sprintf(format, args...)))
		}
		switch {
		case !l.Disclosed && len(chain) > 0:
			gap("the registry had disclosed nothing at block %d, yet the evidence holds %d disclosures", e.ToBlock, len(chain))
			continue
		case !l.Disclosed:
			continue
		case len(chain) == 0:
			gap("the registry's latest epoch at block %d is %d; the evidence holds none of its disclosures", e.ToBlock, l.Epoch)
			continue
		}
		for i, c := range chain {
			if c.epoch < opts.FromEpoch {
				continue
			}
			switch {
			case i > 0 && c.prevPlusOne != chain[i-1].epoch+1:
				gap("epoch %d follows epoch %d on the registry; the evidence goes from epoch %d to it", c.epoch, int64(c.prevPlusOne)-1, chain[i-1].epoch)
			case i == 0 && c.prevPlusOne != 0 && configuredInRange && c.prevPlusOne-1 >= opts.FromEpoch:
				gap("epoch %d follows epoch %d on the registry, which the evidence does not hold", c.epoch, c.prevPlusOne-1)
			}
		}
		if last := chain[len(chain)-1].epoch; last != l.Epoch {
			gap("the registry's latest epoch at block %d is %d; the evidence ends at epoch %d", e.ToBlock, l.Epoch, last)
		}
	}
	return out
}

func (e *Evidence) verifyRecord(r *Record, dom disclosure.Domain, keysBy map[common.Address]*keyOf, known Policies, opts *Options) (res Result, skip bool) {
	res = Result{TxHash: r.TxHash, Block: r.Block}
	fail := func(err error) (Result, bool) {
		res.Err = err
		return res, false
	}
	if r.Event.Address != e.Registry {
		return fail(fmt.Errorf("%w: log emitted by %s, not the registry %s", ErrMalformed, r.Event.Address, e.Registry))
	}
	ev, err := registry.ABI.UnpackDisclosureAcceptedEvent(r.Event.types(r))
	if err != nil {
		return fail(fmt.Errorf("%w: DisclosureAccepted log: %w", ErrMalformed, err))
	}
	if len(r.Event.Topics) != 4 || r.Event.Topics[1] != common.BigToHash(ev.Pool) ||
		r.Event.Topics[2] != common.BigToHash(new(big.Int).SetUint64(ev.Epoch)) || r.Event.Topics[3] != common.BytesToHash(ev.Submitter[:]) {
		return fail(fmt.Errorf("%w: DisclosureAccepted log topics are not canonical", ErrMalformed))
	}
	if !opts.wants(ev.Pool) || ev.Epoch < opts.FromEpoch {
		return res, true
	}
	if r.To != e.Registry {
		return fail(fmt.Errorf("%w: transaction %s was sent to %s, not the registry: its inner call is not in the evidence", ErrMalformed, r.TxHash, r.To))
	}
	if ev.Submitter != r.From {
		return fail(fmt.Errorf("%w: submitter is %s in the log, the transaction is from %s", ErrEventMismatch, ev.Submitter, r.From))
	}
	res.Pool, res.PoolField = poolName(ev.Pool), ev.Pool
	res.Epoch, res.Chunks, res.Metrics, res.CommitteeVersion = ev.Epoch, ev.Chunks, ev.Metrics, ev.CommitteeVersion
	res.Suppressed = ev.Suppressed
	res.PolicyHash, res.Root, res.ChunkRootsHash = ev.PolicyHash, ev.Root, ev.ChunkRootsHash
	call, err := r.call()
	if err != nil {
		return fail(err)
	}
	res.Function = call.Function
	if err := matchEvent(ev, &call.Submission.Disclosure); err != nil {
		return fail(err)
	}
	env := &Env{Domain: dom, InitialAcc: bigOf(e.InitialAccHash), Policies: known}
	c, ok := e.committeeAt(ev.CommitteeVersion, r)
	if !ok {
		return fail(fmt.Errorf("%w: no CommitteeSet of version %d before block %d", ErrSignatures, ev.CommitteeVersion, r.Block))
	}
	env.Committee = c
	pc, ok := e.poolConfigAt(ev.Pool, r)
	if !ok {
		return fail(fmt.Errorf("%w: no PoolConfigured for pool %s before block %d", ErrVK, res.Pool, r.Block))
	}
	k, ok := keysBy[pc.Verifier]
	switch {
	case !ok:
		return fail(fmt.Errorf("%w: the evidence has no vkHash() of verifier %s", ErrVK, pc.Verifier))
	case k.hash != pc.VKHash:
		return fail(fmt.Errorf("%w: verifier %s returns vkHash %#x, the pool was configured with %#x", ErrVK, pc.Verifier, k.hash, pc.VKHash))
	}
	env.VK, env.VKErr, env.VKHash, env.Capacity = k.vk, k.err, k.hash, k.capacity
	res.Capacity, res.KeySource = k.capacity, k.source
	ck, err := CheckSubmission(call.Submission, call.Signatures, env)
	res.EpochRootChecked = ck.EpochRoot
	if err != nil {
		return fail(err)
	}
	if err := matchTransaction(r, bigOf(e.ChainID)); err != nil {
		return fail(err)
	}
	if err := checkParts(r, e.Registry, ev.Pool, ev.Epoch, bigOf(e.ChainID)); err != nil {
		return fail(err)
	}
	if err := matchDecoded(r.Decoded, call); err != nil {
		return fail(err)
	}
	return res, false
}

// matchTransaction checks that the raw transaction hashes to the record's
// hash and carries its calldata, sender and recipient.
func matchTransaction(r *Record, chainID *big.Int) error {
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(r.RawTx); err != nil {
		return fmt.Errorf("%w: transaction %s: %w", ErrMalformed, r.TxHash, err)
	}
	if tx.Hash() != r.TxHash {
		return fmt.Errorf("%w: the raw transaction hashes to %s, the record says %s", ErrMalformed, tx.Hash(), r.TxHash)
	}
	if !bytes.Equal(tx.Data(), r.Calldata) || tx.To() == nil || *tx.To() != r.To {
		return fmt.Errorf("%w: transaction %s does not carry the record's calldata and recipient", ErrMalformed, r.TxHash)
	}
	from, err := types.Sender(types.LatestSignerForChainID(chainID), tx)
	if err != nil || from != r.From {
		return fmt.Errorf("%w: transaction %s is not from %s", ErrMalformed, r.TxHash, r.From)
	}
	return nil
}

func poolName(x *big.Int) string {
	if p, err := telemetry.PoolIDFromField(x); err == nil {
		return string(p)
	}
	return field.Word(x)
}

func matchEvent(ev *bindings.DisclosureRegistryDisclosureAccepted, d *disclosure.Disclosure) error {
	type pair struct {
		what      string
		log, call any
	}
	for _, p := range []pair{
		{"pool", ev.Pool.String(), d.Pool.String()},
		{"epoch", ev.Epoch, d.Epoch},
		{"policy hash", ev.PolicyHash.String(), d.PolicyHash.String()},
		{"root", ev.Root.String(), d.Root.String()},
		{"chunks", ev.Chunks, d.Chunks},
		{"chunk roots hash", ev.ChunkRootsHash, d.ChunkRootsHash},
		{"suppressed", ev.Suppressed, d.Suppressed},
		{"metrics", ev.Metrics, d.Metrics},
	} {
		if p.log != p.call {
			return fmt.Errorf("%w: %s is %v in the log, %v in the calldata", ErrEventMismatch, p.what, p.log, p.call)
		}
	}
	return nil
}

// committeeAt returns the committee of the given version, set before r.
func (e *Evidence) committeeAt(version uint64, r *Record) (Committee, bool) {
	for _, c := range e.Committees {
		if c.Version == version && before(c.Block, c.LogIndex, r) {
			return c, true
		}
	}
	return Committee{}, false
}

// poolConfigAt returns the pool's last configuration before r.
func (e *Evidence) poolConfigAt(pool *big.Int, r *Record) (PoolConfig, bool) {
	var out PoolConfig
	found := false
	for _, p := range e.PoolConfigs {
		if p.Pool.ToInt().Cmp(pool) == 0 && before(p.Block, p.LogIndex, r) {
			if !found || !before(p.Block, p.LogIndex, &Record{Block: out.Block, LogIndex: out.LogIndex}) {
				out, found = p, true
			}
		}
	}
	return out, found
}

func before(block uint64, index uint, r *Record) bool {
	return block < r.Block || block == r.Block && index < r.LogIndex
}

// DecodedOf returns the human-readable values of a decoded call.
func DecodedOf(call *Call) *Decoded {
	d := &call.Submission.Disclosure
	out := &Decoded{
		Function: call.Function, Pool: poolName(d.Pool), Epoch: d.Epoch, PolicyHash: (*hexutil.Big)(d.PolicyHash),
		Root: (*hexutil.Big)(d.Root), Chunks: d.Chunks, ChunkRootsHash: d.ChunkRootsHash, Suppressed: d.Suppressed, Metrics: d.Metrics,
		Signatures: len(call.Signatures) / 65,
	}
	for _, r := range call.Submission.ChunkRoots {
		out.ChunkRoots = append(out.ChunkRoots, (*hexutil.Big)(r))
	}
	return out
}

func matchDecoded(got *Decoded, call *Call) error {
	if got == nil {
		return fmt.Errorf("%w: no decoded values", ErrMalformed)
	}
	a, err := json.Marshal(got)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	b, err := json.Marshal(DecodedOf(call))
	if err != nil {
		return fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	if !bytes.Equal(a, b) {
		return fmt.Errorf("%w: the decoded values are not the calldata's", ErrMalformed)
	}
	return nil
}
