// Package registry is the Go side of the DisclosureRegistry contract
// (offshore/contracts): the calls that submit a disclosure (Calldata, from
// an offshore/disclosure Submission and its quorum of signatures;
// BatchCalldata, single-chunk ones of several pools in one call), the
// conversions between offshore/disclosure's types and the bindings', and
// the one reader of the registry's state and events (Reader: every
// DisclosureAccepted, CommitteeSet and PoolConfigured log in chain order,
// the accepted disclosure of one epoch, the record the registry keeps of
// it). The relayer, the auditor, the investor view, the payouts and the
// tests all read the registry through it.
//
// It judges nothing (offshore/audit re-verifies what it reads) and sends
// nothing (offshore/onchain and the relayer do).
package registry

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/onchain"
)

// ABI packs and unpacks the registry's calls, results and events.
var ABI = bindings.NewDisclosureRegistry()

// The event ids.
var (
	parsed       = onchain.MustABI(&bindings.DisclosureRegistryMetaData)
	AcceptedID   = parsed.Events[bindings.DisclosureRegistryDisclosureAcceptedEventName].ID
	CommitteeID  = parsed.Events[bindings.DisclosureRegistryCommitteeSetEventName].ID
	PoolConfigID = parsed.Events[bindings.DisclosureRegistryPoolConfiguredEventName].ID
	UpgradeID    = parsed.Events[bindings.DisclosureRegistryVerifierUpgradedEventName].ID
)

// The registry's event types, as the bindings decode them (each with its
// Raw log).
type (
	Accepted   = bindings.DisclosureRegistryDisclosureAccepted
	Committee  = bindings.DisclosureRegistryCommitteeSet
	PoolConfig = bindings.DisclosureRegistryPoolConfigured
)

// Binding returns d as the binding's struct.
func Binding(d *disclosure.Disclosure) bindings.DisclosureRegistryDisclosure {
	return bindings.DisclosureRegistryDisclosure{
		Pool: d.Pool, Epoch: d.Epoch, PolicyHash: d.PolicyHash, Root: d.Root, Chunks: d.Chunks,
		ChunkRootsHash: d.ChunkRootsHash, Suppressed: d.Suppressed, Metrics: d.Metrics,
	}
}

// FromBinding converts the binding's struct.
func FromBinding(b bindings.DisclosureRegistryDisclosure) disclosure.Disclosure {
	return disclosure.Disclosure{Pool: b.Pool, Epoch: b.Epoch, PolicyHash: b.PolicyHash, Root: b.Root, Chunks: b.Chunks,
		ChunkRootsHash: b.ChunkRootsHash, Suppressed: b.Suppressed, Metrics: b.Metrics}
}

// OfEvent returns the disclosure a DisclosureAccepted event carries.
func OfEvent(ev *Accepted) disclosure.Disclosure {
	return disclosure.Disclosure{Pool: ev.Pool, Epoch: ev.Epoch, PolicyHash: ev.PolicyHash, Root: ev.Root, Chunks: ev.Chunks,
		ChunkRootsHash: ev.ChunkRootsHash, Suppressed: ev.Suppressed, Metrics: ev.Metrics}
}

// Chunks returns s's chunk lists as the binding's struct.
func Chunks(s *disclosure.Submission) bindings.DisclosureRegistryChunks {
	return bindings.DisclosureRegistryChunks{Roots: s.ChunkRoots, Accs: s.Accs, Proofs: s.Proofs}
}

// Calldata returns the registry call that submits s with signatures
// (disclosure.Quorum's output): submitSingleChunkDisclosure(d, proof,
// signatures) when s is Single (≈5 000 gas cheaper), else
// submitDisclosure(d, chunks, signatures).
func Calldata(s *disclosure.Submission, signatures []byte) []byte {
	if s.Single() {
		return ABI.PackSubmitSingleChunkDisclosure(Binding(&s.Disclosure), s.Proofs[0], signatures)
	}
	return ChunkedCalldata(s, signatures)
}

// ChunkedCalldata returns submitDisclosure(d, chunks, signatures), which
// takes any number of chunks, one included.
func ChunkedCalldata(s *disclosure.Submission, signatures []byte) []byte {
	return ABI.PackSubmitDisclosure(Binding(&s.Disclosure), Chunks(s), signatures)
}

// Backend is what a Reader needs of a node; *ethclient.Client and
// simulated.Client satisfy it.
type Backend interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	CallContract(ctx context.Context, call ethereum.CallMsg, block *big.Int) ([]byte, error)
}

// ErrNotAccepted: the registry holds no disclosure of the epoch.
var ErrNotAccepted = errors.New("epoch not disclosed on the registry")

// Reader reads one registry.
type Reader struct {
	Chain   Backend
	Address common.Address
	// FromBlock is the first block searched for logs (the registry's
	// deployment block, or 0).
	FromBlock uint64
}

// Events are a registry's events, each list in chain order. PoolConfigs
// holds the PoolConfigured logs and, as configurations of their pool's new
// verifier (Pool, Verifier, VkHash and Raw set), the VerifierUpgraded ones:
// the verifier a disclosure was checked with is the last entry of its pool
// before it.
type Events struct {
	Accepted    []*Accepted
	Committees  []*Committee
	PoolConfigs []*PoolConfig
}

// Events reads every DisclosureAccepted, CommitteeSet, PoolConfigured and
// VerifierUpgraded log from FromBlock to block to (nil: the latest), in one
// query, and decodes them; removed logs are skipped.
func (r *Reader) Events(ctx context.Context, to *big.Int) (*Events, error) {
	logs, err := r.logs(ctx, [][]common.Hash{{AcceptedID, CommitteeID, PoolConfigID, UpgradeID}}, new(big.Int).SetUint64(r.FromBlock), to)
	if err != nil {
		return nil, err
	}
	out := &Events{}
	for i := range logs {
		l := &logs[i]
		switch l.Topics[0] {
		case AcceptedID:
			ev, err := ABI.UnpackDisclosureAcceptedEvent(l)
			if err != nil {
				return nil, fmt.Errorf("registry: DisclosureAccepted log %s/%d: %w", l.TxHash, l.Index, err)
			}
			out.Accepted = append(out.Accepted, ev)
		case CommitteeID:
			ev, err := ABI.UnpackCommitteeSetEvent(l)
			if err != nil {
				return nil, fmt.Errorf("registry: CommitteeSet log %s/%d: %w", l.TxHash, l.Index, err)
			}
			out.Committees = append(out.Committees, ev)
		case PoolConfigID:
			ev, err := ABI.UnpackPoolConfiguredEvent(l)
			if err != nil {
				return nil, fmt.Errorf("registry: PoolConfigured log %s/%d: %w", l.TxHash, l.Index, err)
			}
			out.PoolConfigs = append(out.PoolConfigs, ev)
		case UpgradeID:
			ev, err := ABI.UnpackVerifierUpgradedEvent(l)
			if err != nil {
				return nil, fmt.Errorf("registry: VerifierUpgraded log %s/%d: %w", l.TxHash, l.Index, err)
			}
			out.PoolConfigs = append(out.PoolConfigs, &PoolConfig{Pool: ev.Pool, Verifier: ev.NewVerifier, VkHash: ev.VkHash, Raw: ev.Raw})
		}
	}
	return out, nil
}

// ErrCommittee: the registry's current committee can not be read: no
// CommitteeSet event of its version lists members that hash to the
// registry's membersHash (a node missing logs, or a reorg under way).
var ErrCommittee = errors.New("committee not found in the registry's events")

// CurrentCommittee returns the CommitteeSet event of the registry's
// current committee: its version, threshold and members hash from
// committee() at block (nil: the latest), its members from the event of
// that version, checked against the hash. ErrCommittee when no such event
// is found.
func (r *Reader) CurrentCommittee(ctx context.Context, block *big.Int) (*Committee, error) {
	out, err := r.Chain.CallContract(ctx, ethereum.CallMsg{To: &r.Address, Data: ABI.PackCommittee()}, block)
	if err != nil {
		return nil, fmt.Errorf("registry: committee(): %w", err)
	}
	cur, err := ABI.UnpackCommittee(out)
	if err != nil {
		return nil, fmt.Errorf("registry: committee(): %w", err)
	}
	topics := [][]common.Hash{{CommitteeID}, {common.BigToHash(new(big.Int).SetUint64(cur.Version))}}
	logs, err := r.logs(ctx, topics, new(big.Int).SetUint64(r.FromBlock), block)
	if err != nil {
		return nil, err
	}
	for i := len(logs) - 1; i >= 0; i-- {
		ev, err := ABI.UnpackCommitteeSetEvent(&logs[i])
		if err != nil || ev.Version != cur.Version || ev.Threshold != cur.Threshold {
			continue
		}
		if MembersHash(ev.Members) == cur.MembersHash {
			return ev, nil
		}
	}
	return nil, fmt.Errorf("%w: version %d of %s", ErrCommittee, cur.Version, r.Address)
}

// MembersHash is keccak256 of members, each as a 32-byte word, in order
// (Solidity's abi.encodePacked of an address array): what the registry's
// committee() returns.
func MembersHash(members []common.Address) [32]byte {
	buf := make([]byte, 0, 32*len(members))
	for _, m := range members {
		buf = append(buf, common.LeftPadBytes(m.Bytes(), 32)...)
	}
	return [32]byte(crypto.Keccak256(buf))
}

// Accepted returns the DisclosureAccepted events of pool (and of epoch,
// when not nil) between blocks from and to (nil: FromBlock and the latest),
// in chain order.
func (r *Reader) Accepted(ctx context.Context, pool *big.Int, epoch *uint64, from, to *big.Int) ([]*Accepted, error) {
	topics := [][]common.Hash{{AcceptedID}, {common.BigToHash(pool)}}
	if epoch != nil {
		topics = append(topics, []common.Hash{common.BigToHash(new(big.Int).SetUint64(*epoch))})
	}
	if from == nil {
		from = new(big.Int).SetUint64(r.FromBlock)
	}
	logs, err := r.logs(ctx, topics, from, to)
	if err != nil {
		return nil, err
	}
	out := make([]*Accepted, 0, len(logs))
	for i := range logs {
		ev, err := ABI.UnpackDisclosureAcceptedEvent(&logs[i])
		if err != nil {
			return nil, fmt.Errorf("registry: DisclosureAccepted log %s/%d: %w", logs[i].TxHash, logs[i].Index, err)
		}
		if ev.Pool.Cmp(pool) != 0 || (epoch != nil && ev.Epoch != *epoch) {
			continue // a node that ignores topic filters
		}
		out = append(out, ev)
	}
	return out, nil
}

// Record is what the registry keeps of an accepted epoch.
type Record struct {
	Digest [24]byte // the first 24 bytes of the disclosure's struct hash
	Block  uint64   // the block it was accepted in; 0 when not disclosed
}

// Record reads the registry's record of (pool, epoch) at block (nil: the
// latest).
func (r *Reader) Record(ctx context.Context, pool *big.Int, epoch uint64, block *big.Int) (Record, error) {
	out, err := r.Chain.CallContract(ctx, ethereum.CallMsg{To: &r.Address, Data: ABI.PackRecord(pool, epoch)}, block)
	if err != nil {
		return Record{}, fmt.Errorf("registry: record(%s, %d): %w", field.Word(pool), epoch, err)
	}
	rec, err := ABI.UnpackRecord(out)
	if err != nil {
		return Record{}, fmt.Errorf("registry: record(%s, %d) of %s (is it a DisclosureRegistry?): %w", field.Word(pool), epoch, r.Address, err)
	}
	return Record{Digest: rec.Digest, Block: rec.BlockNumber}, nil
}

// Disclosure returns the accepted disclosure of (pool, epoch): the
// DisclosureAccepted event in the block the registry's record names, which
// must be the one the record keeps. ErrNotAccepted when the registry holds
// none.
func (r *Reader) Disclosure(ctx context.Context, pool *big.Int, epoch uint64) (*Accepted, error) {
	rec, err := r.Record(ctx, pool, epoch, nil)
	if err != nil {
		return nil, err
	}
	if rec.Block == 0 {
		return nil, fmt.Errorf("%w: pool %s epoch %d", ErrNotAccepted, field.Word(pool), epoch)
	}
	b := new(big.Int).SetUint64(rec.Block)
	evs, err := r.Accepted(ctx, pool, &epoch, b, b)
	if err != nil {
		return nil, err
	}
	for _, ev := range evs {
		d := OfEvent(ev)
		if sh := d.StructHash(); [24]byte(sh[:24]) == rec.Digest {
			return ev, nil
		}
	}
	return nil, fmt.Errorf("registry: pool %s epoch %d: the record names block %d, which holds no DisclosureAccepted log of that disclosure", field.Word(pool), epoch, rec.Block)
}

func (r *Reader) logs(ctx context.Context, topics [][]common.Hash, from, to *big.Int) ([]types.Log, error) {
	logs, err := r.Chain.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: from, ToBlock: to, Addresses: []common.Address{r.Address}, Topics: topics})
	if err != nil {
		return nil, fmt.Errorf("registry: logs of %s: %w", r.Address, err)
	}
	logs = slices.DeleteFunc(logs, func(l types.Log) bool { return l.Removed || len(l.Topics) == 0 || l.Address != r.Address })
	slices.SortFunc(logs, func(a, b types.Log) int {
		return cmp.Or(cmp.Compare(a.BlockNumber, b.BlockNumber), cmp.Compare(a.Index, b.Index))
	})
	return logs, nil
}

// SignedCalldata returns the registry call of s with sigs, ordered as the
// registry takes them (disclosure.Quorum); disclosure.ErrQuorum below
// threshold or for a signer twice.
func SignedCalldata(s *disclosure.Submission, sigs []disclosure.Signature, threshold int) ([]byte, error) {
	q, err := disclosure.Quorum(sigs, threshold)
	if err != nil {
		return nil, fmt.Errorf("registry: %w", err)
	}
	return Calldata(s, q), nil
}
