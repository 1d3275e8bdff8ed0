package audit

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/offshore/registry"
)

// ErrChain wraps every failure to read the chain (RPC, missing
// transaction): the evidence could not be gathered, nothing was judged.
var ErrChain = errors.New("reading the chain failed")

// ErrNoPool: a pool asked for (Options.Pools) that the registry never
// configured: an audit of nothing is an error, not "0 disclosures".
var ErrNoPool = errors.New("no such pool on the registry")

// Chain is what Collect reads; *ethclient.Client and simulated.Client
// satisfy it.
type Chain interface {
	ethereum.ChainIDReader
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	ethereum.LogFilterer
	ethereum.TransactionReader
	ethereum.ContractCaller
}

// CollectOptions are Collect's options.
type CollectOptions struct {
	// FromBlock is the first block searched for logs (the registry's
	// deployment block, or 0).
	FromBlock uint64
	// VK, when set, is embedded in the evidence for every verifier whose
	// vkHash() is its hash, with Capacity (the key file's metadata). Without
	// it the bundle still verifies with no key file: it carries each
	// verifier's verifyingKey() words.
	VK       groth16.VerifyingKey
	Capacity int
}

var verifierABI = bindings.NewGroth16Verifier()

// Collect reads the evidence of every disclosure the registry accepted:
// the DisclosureAccepted, CommitteeSet and PoolConfigured logs, the
// transactions' calldata, each verifier's vkHash() and verifyingKey()
// and the registry's initialAccHash(). It judges nothing (Verify does); its
// errors are ErrChain.
func Collect(ctx context.Context, c Chain, reg common.Address, opts CollectOptions) (*Evidence, error) {
	chainErr := func(what string, err error) error { return fmt.Errorf("%w: %s: %w", ErrChain, what, err) }
	chainID, err := c.ChainID(ctx)
	if err != nil {
		return nil, chainErr("chain id", err)
	}
	e := &Evidence{Format: Format, Version: Version, ChainID: (*hexutil.Big)(chainID), Registry: reg}
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &reg, Data: registry.ABI.PackInitialAccHash()}, nil)
	if err != nil {
		return nil, chainErr("initialAccHash", err)
	}
	acc, err := registry.ABI.UnpackInitialAccHash(out)
	if err != nil {
		return nil, chainErr(fmt.Sprintf("initialAccHash of %s (is it a DisclosureRegistry?)", reg), err)
	}
	e.InitialAccHash = (*hexutil.Big)(acc)

	// One block for everything: the logs up to it and the latest epochs at
	// it, so the bundle is complete for the range it names.
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, chainErr("latest header", err)
	}
	if head.Number.Uint64() < opts.FromBlock {
		return nil, fmt.Errorf("%w: --from-block %d is after the latest block %d", ErrChain, opts.FromBlock, head.Number)
	}
	e.FromBlock, e.ToBlock, e.ToBlockHash = opts.FromBlock, head.Number.Uint64(), head.Hash()
	evs, err := (&registry.Reader{Chain: c, Address: reg, FromBlock: opts.FromBlock}).Events(ctx, head.Number)
	if err != nil {
		return nil, chainErr("logs", err)
	}
	signer := types.LatestSignerForChainID(chainID)
	for _, ev := range evs.Accepted {
		r, err := record(ctx, c, signer, ev.Raw)
		if err != nil {
			return nil, err
		}
		e.Disclosures = append(e.Disclosures, *r)
	}
	for _, ev := range evs.Committees {
		e.Committees = append(e.Committees, Committee{Version: ev.Version, Block: ev.Raw.BlockNumber, LogIndex: ev.Raw.Index,
			Members: ev.Members, Threshold: ev.Threshold})
	}
	for _, ev := range evs.PoolConfigs {
		e.PoolConfigs = append(e.PoolConfigs, PoolConfig{Block: ev.Raw.BlockNumber, LogIndex: ev.Raw.Index, Pool: (*hexutil.Big)(ev.Pool),
			Verifier: ev.Verifier, VKHash: ev.VkHash})
		if slices.ContainsFunc(e.Latest, func(l PoolLatest) bool { return l.Pool.ToInt().Cmp(ev.Pool) == 0 }) {
			continue
		}
		out, err := c.CallContract(ctx, ethereum.CallMsg{To: &reg, Data: registry.ABI.PackLatestEpoch(ev.Pool)}, head.Number)
		if err != nil {
			return nil, chainErr("latestEpoch", err)
		}
		le, err := registry.ABI.UnpackLatestEpoch(out)
		if err != nil {
			return nil, chainErr("latestEpoch", err)
		}
		e.Latest = append(e.Latest, PoolLatest{Pool: (*hexutil.Big)(ev.Pool), Disclosed: le.Ok, Epoch: le.Epoch})
	}
	var vkHash [32]byte
	var raw []byte
	if opts.VK != nil {
		if vkHash, err = keys.VKHash(opts.VK); err != nil {
			return nil, fmt.Errorf("audit: %w", err)
		}
		if raw, err = rawKey(opts.VK); err != nil {
			return nil, err
		}
	}
	seen := map[common.Address]bool{}
	for _, p := range e.PoolConfigs {
		if seen[p.Verifier] {
			continue
		}
		seen[p.Verifier] = true
		addr := p.Verifier
		h, err := ReadVKHash(ctx, c, addr, nil)
		if err != nil {
			return nil, err
		}
		v := Verifier{Address: addr, VKHash: h}
		// The key words, at the latest block like vkHash(): the contract
		// keeps them in immutables, so they are the ones it held at every
		// disclosure's block (and a node without archive state serves
		// them). A verifier that predates verifyingKey() reverts: the
		// bundle then carries no words, and Verify needs a key file.
		if w, err := ReadKeyWords(ctx, c, addr, nil); err == nil {
			v.VKWords = hexWords(w)
		}
		if opts.VK != nil && h == vkHash {
			v.VK, v.Capacity = raw, opts.Capacity
		}
		e.Verifiers = append(e.Verifiers, v)
	}
	return e, nil
}

func record(ctx context.Context, c Chain, signer types.Signer, l *types.Log) (*Record, error) {
	tx, pending, err := c.TransactionByHash(ctx, l.TxHash)
	if err != nil {
		return nil, fmt.Errorf("%w: transaction %s: %w", ErrChain, l.TxHash, err)
	}
	if pending {
		return nil, fmt.Errorf("%w: transaction %s of a mined log is pending", ErrChain, l.TxHash)
	}
	r := &Record{TxHash: l.TxHash, Block: l.BlockNumber, LogIndex: l.Index, Calldata: tx.Data(),
		Event: Log{Address: l.Address, Topics: l.Topics, Data: l.Data}}
	if tx.To() != nil {
		r.To = *tx.To()
	}
	if r.RawTx, err = tx.MarshalBinary(); err != nil {
		return nil, fmt.Errorf("%w: encode %s: %w", ErrChain, l.TxHash, err)
	}
	if r.From, err = types.Sender(signer, tx); err != nil {
		return nil, fmt.Errorf("%w: sender of %s: %w", ErrChain, l.TxHash, err)
	}
	if len(l.Topics) != 4 {
		return r, nil
	}
	if call, err := DecodeCalldataFor(r.Calldata, l.Topics[1].Big(), l.Topics[2].Big().Uint64()); err == nil {
		r.Decoded = DecodedOf(call)
	}
	return r, nil
}

func rawKey(vk groth16.VerifyingKey) ([]byte, error) {
	var buf bytes.Buffer
	if _, err := vk.WriteRawTo(&buf); err != nil {
		return nil, fmt.Errorf("audit: encode verifying key: %w", err)
	}
	return buf.Bytes(), nil
}
