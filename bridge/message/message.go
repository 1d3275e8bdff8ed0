// Package message is the bridge's one place that builds what crosses to the
// L2, over offshore/disclosure: the EIP-712 disclosure message an attestor
// signs (FromSummary, from its own recomputation of a seal: the chunk roots
// it recomputed are bound by the message's chunkRootsHash) and the
// registry call a relayer sends (FromBundle, Calldata: the bundle's chunk
// roots, accumulators, counts and proofs with a quorum of signatures, one
// transaction per epoch whatever its number of chunks). A change of the
// registry's message or call shape is adapted here only.
//
// It does not check quorums against the committee (the relayer does) or
// send transactions.
package message

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/circuits/summary"
	"github.com/rwabridge/rwabridge/offshore/deploy"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
)

// The registry's types, as the bridge uses them.
type (
	// Disclosure is the signed message.
	Disclosure = disclosure.Disclosure
	// Domain is the EIP-712 domain: chain id and registry address.
	Domain = disclosure.Domain
	// Signature is one committee member's signature (65 bytes, v 27/28, low s).
	Signature = disclosure.Signature
	// Submission is a registry call short of its signatures.
	Submission = disclosure.Submission
)

// Errors.
var (
	// ErrQuorum: too few signatures or a signer twice.
	ErrQuorum = disclosure.ErrQuorum
	// ErrBundle: the bundle does not make a registry call.
	ErrBundle = disclosure.ErrBundle
)

// FromSummary returns the message of a recomputed epoch: pool, epoch,
// policy hash, epoch root, chunk count and chunk roots hash, record count
// and the disclosed metrics (undisclosed ones 0).
func FromSummary(s *summary.Summary) (*Disclosure, error) {
	if s.Commitment == nil || len(s.Commitment.Chunks) == 0 {
		return nil, fmt.Errorf("message: summary of %s epoch %d has no commitment", s.Pool, s.Epoch)
	}
	roots := make([]*big.Int, len(s.Commitment.Chunks))
	for i, c := range s.Commitment.Chunks {
		roots[i] = c.Root.BigInt(new(big.Int))
	}
	d := &Disclosure{
		Pool: s.Pool.Field(), Epoch: s.Epoch,
		PolicyHash: s.PolicyHash.BigInt(new(big.Int)), Root: s.Commitment.Root.BigInt(new(big.Int)),
		Count: s.Commitment.Count, Metrics: s.Disclosed.Values(),
	}
	d.SetChunkRoots(roots)
	return d, nil
}

// Sign signs d's digest in dom with key.
func Sign(d *Disclosure, dom Domain, key *ecdsa.PrivateKey) (Signature, error) {
	s, err := disclosure.Sign(d, dom, key)
	if err != nil {
		return Signature{}, fmt.Errorf("message: %w", err)
	}
	return s, nil
}

// Recover returns the signer of sig over digest.
func Recover(digest [32]byte, sig []byte) (common.Address, error) {
	return disclosure.Recover(digest, sig)
}

// FromBundle returns the registry call of a proof bundle (any number of
// chunks), after checking its chunk chain and public inputs against what
// the registry computes.
func FromBundle(b *bundle.Bundle) (*Submission, error) {
	s, err := disclosure.FromBundle(b, deploy.InitialAccHash())
	if err != nil {
		return nil, fmt.Errorf("message: %w", err)
	}
	return s, nil
}

// Calldata returns the registry call of s with the signatures in the
// order the registry takes them; ErrQuorum below threshold.
func Calldata(s *Submission, sigs []Signature, threshold int) ([]byte, error) {
	q, err := disclosure.Quorum(sigs, threshold)
	if err != nil {
		return nil, fmt.Errorf("message: %w", err)
	}
	return s.Calldata(q), nil
}
