package demo

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// acceptedEvent returns the registry's DisclosureAccepted event of ep's
// epoch: exactly one must exist.
func (r *run) acceptedEvent(ctx context.Context, ep *Epoch) (*bindings.DisclosureRegistryDisclosureAccepted, error) {
	logs, err := r.acceptedEvents(ctx, ep)
	if err != nil {
		return nil, err
	}
	if len(logs) != 1 {
		return nil, fmt.Errorf("%w: epoch %d: %d DisclosureAccepted events, want 1", ErrMismatch, ep.Seal.Epoch, len(logs))
	}
	ev, err := registryABI.UnpackDisclosureAcceptedEvent(&logs[0])
	if err != nil {
		return nil, fmt.Errorf("epoch %d: decoding DisclosureAccepted: %w", ep.Seal.Epoch, err)
	}
	return ev, nil
}

// acceptedEvents returns the registry's DisclosureAccepted logs: of ep's
// pool and epoch, or every one when ep is nil.
func (r *run) acceptedEvents(ctx context.Context, ep *Epoch) ([]types.Log, error) {
	parsed, err := bindings.DisclosureRegistryMetaData.ParseABI()
	if err != nil {
		return nil, fmt.Errorf("registry ABI: %w", err)
	}
	topics := [][]common.Hash{{parsed.Events[bindings.DisclosureRegistryDisclosureAcceptedEventName].ID}}
	if ep != nil {
		topics = append(topics, []common.Hash{common.BigToHash(ep.Seal.Pool.Field())},
			[]common.Hash{common.BigToHash(new(big.Int).SetUint64(ep.Seal.Epoch))})
	}
	logs, err := r.chain.sim.Chain.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: big.NewInt(0), Addresses: []common.Address{r.rep.Chain.Addresses.Registry}, Topics: topics,
	})
	if err != nil {
		return nil, fmt.Errorf("reading DisclosureAccepted events: %w", err)
	}
	return logs, nil
}

// verify checks every disclosed epoch's bundle offline against the
// verifying key, and the chain's event and record against the bundle.
func (r *run) verify(ctx context.Context) (string, error) {
	disclosed := r.rep.Disclosed()
	if len(disclosed) == 0 {
		return "", ErrNothingDisclosed
	}
	all, err := r.acceptedEvents(ctx, nil)
	if err != nil {
		return "", err
	}
	r.rep.OnChain = len(all)
	if len(all) != len(disclosed) {
		return "", fmt.Errorf("%w: the registry accepted %d disclosures, the relayer posted %d", ErrMismatch, len(all), len(disclosed))
	}
	for _, ep := range disclosed {
		if err := r.verifyEpoch(ctx, ep); err != nil {
			return "", fmt.Errorf("epoch %d: %w", ep.Seal.Epoch, err)
		}
		ep.Verified = true
		r.rep.Verified++
	}
	return fmt.Sprintf("%d bundle(s) verified against vk %s; each DisclosureAccepted event and registry record matches its bundle",
		r.rep.Verified, r.keySet.Meta.VKHash), nil
}

func (r *run) verifyEpoch(ctx context.Context, ep *Epoch) error {
	b := ep.Bundle
	if b == nil {
		return errors.New("no proof bundle")
	}
	if err := bundle.Verify(b, r.keySet.VK); err != nil {
		return fmt.Errorf("offline verification: %w", err)
	}
	ev, err := r.acceptedEvent(ctx, ep)
	if err != nil {
		return err
	}
	if ev.Raw.TxHash.Hex() != ep.TxHash {
		return fmt.Errorf("%w: the DisclosureAccepted event is in tx %s, the relayer reported %s", ErrMismatch, ev.Raw.TxHash.Hex(), ep.TxHash)
	}
	roots := make([]*big.Int, len(b.Chunks))
	for i, c := range b.Chunks {
		roots[i] = c.Root.BigInt()
	}
	root, policyHash := b.Root.BigInt(), b.Policy.Hash.BigInt()
	want := b.Metrics.Values()
	type field struct {
		name      string
		got, want any
	}
	for _, f := range []field{
		{"pool", ev.Pool.String(), telemetry.PoolID(b.Pool).Field().String()},
		{"epoch", ev.Epoch, b.Epoch},
		{"policy hash", fmt.Sprint(ev.PolicyHash), fmt.Sprint(policyHash)},
		{"root", fmt.Sprint(ev.Root), fmt.Sprint(root)},
		{"chunks", int(ev.Chunks), len(b.Chunks)},
		{"chunk roots hash", common.Hash(ev.ChunkRootsHash), common.Hash(disclosure.ChunkRootsHash(roots))},
		{"count", ev.Count, b.Count},
		{"metrics", ev.Metrics, want},
	} {
		if f.got != f.want {
			return fmt.Errorf("%w: the event's %s is %v, the bundle's %v", ErrMismatch, f.name, f.got, f.want)
		}
	}
	// The registry's record: disclosedAt(d) answers only for exactly the
	// accepted disclosure, with the block it was accepted in.
	d := bindings.DisclosureRegistryDisclosure{Pool: ev.Pool, Epoch: ev.Epoch, PolicyHash: ev.PolicyHash, Root: ev.Root,
		Chunks: ev.Chunks, ChunkRootsHash: ev.ChunkRootsHash, Count: ev.Count, Metrics: ev.Metrics}
	out, err := r.chain.sim.Chain.Call(ctx, r.rep.Chain.Admin, r.rep.Chain.Addresses.Registry, registryABI.PackDisclosedAt(d))
	if err != nil {
		return fmt.Errorf("%w: disclosedAt: %w", ErrMismatch, err)
	}
	block, err := registryABI.UnpackDisclosedAt(out)
	if err != nil {
		return fmt.Errorf("disclosedAt: %w", err)
	}
	if block != ev.Raw.BlockNumber {
		return fmt.Errorf("%w: the registry records block %d, the event is in block %d", ErrMismatch, block, ev.Raw.BlockNumber)
	}
	ep.Block = block
	return nil
}
