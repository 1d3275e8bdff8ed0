package audit

import (
	"context"
	"fmt"
	"math/big"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/offshore/verifier"
)

// KeySource says where the verifying key that checked a disclosure's
// proofs came from.
type KeySource string

// The key sources.
const (
	// KeyFromFile: a key file (--vk).
	KeyFromFile KeySource = "key file"
	// KeyFromBundle: the key file an exporter embedded in the bundle.
	KeyFromBundle KeySource = "key file in the bundle"
	// KeyFromVerifier: the verifier contract's verifyingKey(), rebuilt
	// with verifier.Words.Key, its hash checked against vkHash().
	KeyFromVerifier KeySource = "verifier contract"
)

// ReadKeyWords calls verifyingKey() of the Groth16Verifier at addr, at
// block (nil: the latest; the contract keeps its key in immutables, so
// every block after its deployment gives the same words). Errors are
// ErrChain.
func ReadKeyWords(ctx context.Context, c ethereum.ContractCaller, addr common.Address, block *big.Int) (verifier.Words, error) {
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: verifierABI.PackVerifyingKey()}, block)
	if err != nil {
		return verifier.Words{}, fmt.Errorf("%w: verifyingKey() of %s: %w", ErrChain, addr, err)
	}
	w, err := verifierABI.UnpackVerifyingKey(out)
	if err != nil {
		return verifier.Words{}, fmt.Errorf("%w: verifyingKey() of %s: %w", ErrChain, addr, err)
	}
	return verifier.Words(w), nil
}

// ReadVKHash calls vkHash() of the Groth16Verifier at addr, at block (nil:
// the latest). Errors are ErrChain.
func ReadVKHash(ctx context.Context, c ethereum.ContractCaller, addr common.Address, block *big.Int) ([32]byte, error) {
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: verifierABI.PackVkHash()}, block)
	if err != nil {
		return [32]byte{}, fmt.Errorf("%w: vkHash of %s: %w", ErrChain, addr, err)
	}
	h, err := verifierABI.UnpackVkHash(out)
	if err != nil {
		return [32]byte{}, fmt.Errorf("%w: vkHash of %s: %w", ErrChain, addr, err)
	}
	return h, nil
}

// KeyFromWords rebuilds the verifying key the words encode (a verifier's
// verifyingKey()) and checks that keys.VKHash of it is pinned (that
// verifier's vkHash()). Errors are ErrVK.
func KeyFromWords(w verifier.Words, pinned [32]byte) (groth16.VerifyingKey, error) {
	vk, err := w.Key()
	if err != nil {
		return nil, fmt.Errorf("%w: the verifier's verifyingKey() is not a key: %w", ErrVK, err)
	}
	h, err := keys.VKHash(vk)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrVK, err)
	}
	if h != pinned {
		return nil, fmt.Errorf("%w: the verifier's verifyingKey() hashes to %#x, its vkHash() is %#x", ErrVK, h, pinned)
	}
	return vk, nil
}

// ChainKey is the verifying key of a verifier contract, read from the
// chain.
type ChainKey struct {
	Verifier common.Address
	VKHash   [32]byte // the contract's vkHash(), keys.VKHash of VK
	Words    verifier.Words
	VK       groth16.VerifyingKey
}

// ReadVerifierKey reads vkHash() and verifyingKey() of the verifier at
// addr, at block (nil: the latest), and rebuilds the key, checking that
// keys.VKHash of it is vkHash(): with it, proofs re-verify off-chain with
// no key file. Errors are ErrChain (a call failed: also a verifier that
// predates verifyingKey()) or ErrVK (the words are no key, or not the one
// vkHash() pins).
func ReadVerifierKey(ctx context.Context, c ethereum.ContractCaller, addr common.Address, block *big.Int) (*ChainKey, error) {
	h, err := ReadVKHash(ctx, c, addr, block)
	if err != nil {
		return nil, err
	}
	w, err := ReadKeyWords(ctx, c, addr, block)
	if err != nil {
		return nil, err
	}
	vk, err := KeyFromWords(w, h)
	if err != nil {
		return nil, err
	}
	return &ChainKey{Verifier: addr, VKHash: h, Words: w, VK: vk}, nil
}

func hexWords(w verifier.Words) []*hexutil.Big {
	out := make([]*hexutil.Big, len(w))
	for i, x := range w {
		out[i] = (*hexutil.Big)(x)
	}
	return out
}

// wordsOf returns the bundle's key words; ErrMalformed unless there are
// exactly NumWords of them.
func wordsOf(ws []*hexutil.Big) (verifier.Words, error) {
	var w verifier.Words
	if len(ws) != verifier.NumWords {
		return w, fmt.Errorf("%w: %d key words, want %d", ErrMalformed, len(ws), verifier.NumWords)
	}
	for i, x := range ws {
		if x == nil {
			return w, fmt.Errorf("%w: key word %d is missing", ErrMalformed, i)
		}
		w[i] = x.ToInt()
	}
	return w, nil
}
