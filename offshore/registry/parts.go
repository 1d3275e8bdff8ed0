package registry

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/params"

	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
)

// An epoch too large for one transaction is disclosed in parts
// (submitDisclosurePart): runs of consecutive chunks, the first carrying
// the quorum, the last recording the disclosure.

// Gas figures of submitDisclosure on Osaka (`rwabridge bench gas`): the
// first chunk and each further one, batched into one pairing check.
const (
	GasFirstChunk = 430_000
	GasPerChunk   = 74_000
)

// DefaultChunksPerTx is how many chunks a relayer puts in one transaction
// unless configured otherwise: 128 × 74k + 430k ≈ 9.9M gas, within
// EIP-7825's 2^24 per-transaction cap (≈ 220 chunks) with room for the
// first part's pending state, the roots every part carries (32 bytes of
// calldata per chunk of the epoch) and a gas price of the pairing that
// rises.
const DefaultChunksPerTx = 128

// MaxChunksPerTx is the most chunks whose estimated gas fits EIP-7825's
// per-transaction cap (2^24): 220.
const MaxChunksPerTx = int((params.MaxTxGas - GasFirstChunk) / GasPerChunk)

// ErrPart: a part that is not a run of the submission's chunks.
var ErrPart = errors.New("not a part of the epoch's chunks")

// PartCalldata returns submitDisclosurePart(d, chunks, from, signatures)
// of chunks [from, from+count) of s: every chunk root, the part's proofs
// and the acc_out of each of its chunks but the epoch's last. signatures
// go with the first part (from == 0) only; later parts carry none.
func PartCalldata(s *disclosure.Submission, from, count int, signatures []byte) ([]byte, error) {
	n := len(s.ChunkRoots)
	if err := s.Check(); err != nil {
		return nil, fmt.Errorf("registry: %w", err)
	}
	if count < 1 || from < 0 || from >= n || count > n-from {
		return nil, fmt.Errorf("registry: %w: chunks [%d, %d) of %d", ErrPart, from, from+count, n)
	}
	if from > 0 {
		signatures = nil
	}
	end := from + count
	c := bindings.DisclosureRegistryChunks{Roots: s.ChunkRoots, Accs: s.Accs[from:min(end, n-1)], Proofs: s.Proofs[from:end]}
	return ABI.PackSubmitDisclosurePart(Binding(&s.Disclosure), c, big.NewInt(int64(from)), signatures), nil
}

// Pending is a pool's epoch in progress on the registry
// (pendingEpoch(pool)); zero when none is live.
type Pending = bindings.DisclosureRegistryPending

// PendingEpoch reads the pool's pending epoch at block (nil: the latest).
func (r *Reader) PendingEpoch(ctx context.Context, pool *big.Int, block *big.Int) (Pending, error) {
	out, err := r.Chain.CallContract(ctx, ethereum.CallMsg{To: &r.Address, Data: ABI.PackPendingEpoch(pool)}, block)
	if err != nil {
		return Pending{}, fmt.Errorf("registry: pendingEpoch(%s): %w", field.Word(pool), err)
	}
	p, err := ABI.UnpackPendingEpoch(out)
	if err != nil {
		return Pending{}, fmt.Errorf("registry: pendingEpoch(%s) of %s (a registry without parts?): %w", field.Word(pool), r.Address, err)
	}
	return p, nil
}
