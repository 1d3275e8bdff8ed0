// Package disclosure is the Go twin of what the DisclosureRegistry checks
// about a disclosure's content: the EIP-712 message the committee signs
// (Digest), the public inputs the registry hands the verifier
// (PublicInputs), and the signature list it accepts (Sign, Quorum). The
// attestor, the relayer and the auditor use it; tests compare it with the
// contract's own view functions.
//
// It does not own the statement (circuits/summary), the contracts
// (offshore/contracts) or transport (the relayer).
package disclosure

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// NumMetrics is the number of metrics: swaps, energy_wh, revenue_cents,
// active_cabinets, min_soh_permille (policy.Metric order).
const NumMetrics = 5

// Name and Version are the EIP-712 domain's name and version.
const (
	Name    = "rwabridge DisclosureRegistry"
	Version = "1"
)

// TypeString is the EIP-712 type of the signed message.
const TypeString = "Disclosure(uint256 pool,uint64 epoch,uint256 policyHash,uint256 root,uint64 count," +
	"uint64 swaps,uint64 energyWh,uint64 revenueCents,uint64 activeCabinets,uint64 minSohPermille)"

// metric bit widths and offsets of the packed metrics input (circuits/summary).
var (
	metricWidths  = [NumMetrics]uint{48, 64, 64, 48, 16}
	metricOffsets = [NumMetrics]uint{0, 48, 112, 176, 224}
)

// Errors.
var (
	// ErrMetricWidth: a metric does not fit its width in the packed input.
	ErrMetricWidth = errors.New("metric exceeds its packed width")
	// ErrQuorum: too few signatures, or a signer twice.
	ErrQuorum = errors.New("signatures do not form a quorum")
)

// Disclosure is an epoch's disclosed figures, as the registry takes them.
type Disclosure struct {
	Pool       *big.Int // telemetry.PoolID.Field
	Epoch      uint64
	PolicyHash *big.Int
	Root       *big.Int
	Count      uint64
	Metrics    [NumMetrics]uint64
}

// Binding returns d as the contract binding's struct.
func (d *Disclosure) Binding() bindings.DisclosureRegistryDisclosure {
	return bindings.DisclosureRegistryDisclosure{
		Pool: d.Pool, Epoch: d.Epoch, PolicyHash: d.PolicyHash, Root: d.Root, Count: d.Count, Metrics: d.Metrics,
	}
}

// FromBinding converts the binding's struct.
func FromBinding(b bindings.DisclosureRegistryDisclosure) Disclosure {
	return Disclosure{Pool: b.Pool, Epoch: b.Epoch, PolicyHash: b.PolicyHash, Root: b.Root, Count: b.Count, Metrics: b.Metrics}
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
	buf := make([]byte, 0, 32*11)
	buf = append(buf, typeHash...)
	buf = append(buf, word(d.Pool)...)
	buf = append(buf, word(new(big.Int).SetUint64(d.Epoch))...)
	buf = append(buf, word(d.PolicyHash)...)
	buf = append(buf, word(d.Root)...)
	buf = append(buf, word(new(big.Int).SetUint64(d.Count))...)
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
	m := new(big.Int)
	for i, v := range d.Metrics {
		if metricWidths[i] < 64 && v>>metricWidths[i] != 0 {
			return nil, fmt.Errorf("%w: metric %d = %d exceeds %d bits", ErrMetricWidth, i, v, metricWidths[i])
		}
		m.Or(m, new(big.Int).Lsh(new(big.Int).SetUint64(v), metricOffsets[i]))
	}
	return m, nil
}

// PublicInputs returns the seven inputs the registry passes the verifier
// for d: those of circuits/summary Statement.PublicInputs for the epoch's
// single, final chunk (index 0, acc_out 0), with initialAcc the registry's
// initialAccHash.
func (d *Disclosure) PublicInputs(initialAcc *big.Int) ([7]*big.Int, error) {
	m, err := d.PackedMetrics()
	if err != nil {
		return [7]*big.Int{}, err
	}
	header := new(big.Int).Lsh(new(big.Int).SetUint64(d.Epoch), 65)
	header.Or(header, new(big.Int).Lsh(new(big.Int).SetUint64(d.Count), 1))
	header.SetBit(header, 0, 1)
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

// ErrBundle reports a proof bundle the registry can not take as it is.
var ErrBundle = errors.New("bundle does not fit the registry")

// FromBundle returns the disclosure and the proof (contract layout) of a
// single-chunk bundle, after checking that the bundle's public inputs are
// exactly those the registry will compute (initialAcc is the registry's
// initialAccHash, summary.InitialAcc().Hash()). Epochs of several chunks
// are ErrBundle: the registry takes one proof per epoch.
func FromBundle(b *bundle.Bundle, initialAcc *big.Int) (Disclosure, []byte, error) {
	if len(b.Chunks) != 1 {
		return Disclosure{}, nil, fmt.Errorf("%w: %d chunks, the registry takes single-chunk epochs", ErrBundle, len(b.Chunks))
	}
	pool := telemetry.PoolID(b.Pool)
	if err := pool.Validate(); err != nil {
		return Disclosure{}, nil, fmt.Errorf("%w: %w", ErrBundle, err)
	}
	ph, err := hexInt(b.Policy.Hash)
	if err != nil {
		return Disclosure{}, nil, fmt.Errorf("%w: policy hash: %w", ErrBundle, err)
	}
	root, err := hexInt(b.Root)
	if err != nil {
		return Disclosure{}, nil, fmt.Errorf("%w: root: %w", ErrBundle, err)
	}
	d := Disclosure{Pool: pool.Field(), Epoch: b.Epoch, PolicyHash: ph, Root: root, Count: b.Count, Metrics: b.Metrics.Values()}
	in, err := d.PublicInputs(initialAcc)
	if err != nil {
		return Disclosure{}, nil, fmt.Errorf("%w: %w", ErrBundle, err)
	}
	c := b.Chunks[0]
	if len(c.PublicInputs) != len(in) {
		return Disclosure{}, nil, fmt.Errorf("%w: %d public inputs", ErrBundle, len(c.PublicInputs))
	}
	for i, s := range c.PublicInputs {
		x, err := hexInt(s)
		if err != nil || x.Cmp(in[i]) != 0 {
			return Disclosure{}, nil, fmt.Errorf("%w: public input %d is %s, the registry computes %#x", ErrBundle, i, s, in[i])
		}
	}
	proof, err := hexutil.Decode(c.Proof)
	if err != nil {
		return Disclosure{}, nil, fmt.Errorf("%w: proof: %w", ErrBundle, err)
	}
	return d, proof, nil
}

func hexInt(s string) (*big.Int, error) {
	b, err := hexutil.Decode(s)
	if err != nil {
		return nil, err
	}
	return new(big.Int).SetBytes(b), nil
}
