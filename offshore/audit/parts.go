package audit

import (
	"context"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/registry"
)

// A disclosure the registry took in parts (submitDisclosurePart) has its
// evidence in several transactions: the final part's, whose log is the
// DisclosureAccepted, and the earlier parts' (Record.Parts), each with its
// DisclosurePartAccepted log. The parts that count are the ones the
// registry's pending state was built from: walking back from the final
// part, each part's log is the latest part log of the pool and epoch
// before it and ends where the next begins, down to chunk 0 (an abandoned
// run of parts before a restart is no evidence).

const partFunction = "submitDisclosurePart"

var partEventID = registryABI.Events["DisclosurePartAccepted"].ID

// part is a decoded submitDisclosurePart call.
type part struct {
	d          bindings.DisclosureRegistryDisclosure
	c          bindings.DisclosureRegistryChunks
	from       int
	signatures []byte
}

// decodePart decodes a submitDisclosurePart calldata; ok is false for
// another function. Errors are ErrMalformed.
func decodePart(data []byte) (p *part, ok bool, err error) {
	if len(data) < 4 {
		return nil, false, nil
	}
	m, err := registryABI.MethodById(data[:4])
	if err != nil || m.Name != partFunction {
		return nil, false, nil
	}
	if len(data) > MaxCalldata {
		return nil, true, fmt.Errorf("%w: calldata of %d bytes, at most %d", ErrMalformed, len(data), MaxCalldata)
	}
	vals, err := m.Inputs.Unpack(data[4:])
	if err != nil {
		return nil, true, fmt.Errorf("%w: %s arguments: %w", ErrMalformed, m.Name, err)
	}
	defer func() {
		if r := recover(); r != nil {
			p, err = nil, fmt.Errorf("%w: %s arguments: %v", ErrMalformed, m.Name, r)
		}
	}()
	p = &part{d: *abi.ConvertType(vals[0], new(bindings.DisclosureRegistryDisclosure)).(*bindings.DisclosureRegistryDisclosure),
		c: *abi.ConvertType(vals[1], new(bindings.DisclosureRegistryChunks)).(*bindings.DisclosureRegistryChunks), signatures: vals[3].([]byte)}
	from := vals[2].(*big.Int)
	if len(p.c.Roots) > MaxChunks || len(p.c.Proofs) > MaxChunks || len(p.c.Accs) > MaxChunks || !from.IsInt64() || from.Int64() >= MaxChunks {
		return nil, true, fmt.Errorf("%w: more than %d chunks", ErrMalformed, MaxChunks)
	}
	p.from = int(from.Int64())
	return p, true, nil
}

// assemble joins the final part (calldata) and the earlier parts into the
// whole epoch's call: one disclosure, the same chunk roots in every part,
// parts that follow each other from chunk 0 to the last, the quorum of the
// first. Errors are ErrMalformed.
func assemble(final []byte, parts []Record) (*Call, error) {
	last, _, err := decodePart(final)
	if err != nil {
		return nil, err
	}
	all := make([]*part, 0, len(parts)+1)
	for i := range parts {
		p, ok, err := decodePart(parts[i].Calldata)
		switch {
		case err != nil:
			return nil, fmt.Errorf("part %d: %w", i, err)
		case !ok:
			return nil, fmt.Errorf("%w: part %d (transaction %s) does not call %s", ErrMalformed, i, parts[i].TxHash, partFunction)
		}
		all = append(all, p)
	}
	all = append(all, last)
	d := registry.FromBinding(last.d)
	sh := d.StructHash()
	s := &disclosure.Submission{Disclosure: d, ChunkRoots: last.c.Roots}
	next := 0
	for i, p := range all {
		pd := registry.FromBinding(p.d)
		if pd.StructHash() != sh {
			return nil, fmt.Errorf("%w: part %d is of another disclosure", ErrMalformed, i)
		}
		if !slices.EqualFunc(p.c.Roots, s.ChunkRoots, func(a, b *big.Int) bool { return a.Cmp(b) == 0 }) {
			return nil, fmt.Errorf("%w: part %d carries other chunk roots", ErrMalformed, i)
		}
		k := len(p.c.Proofs)
		if p.from != next || k == 0 || (i+1 < len(all) && len(p.c.Accs) != k) {
			return nil, fmt.Errorf("%w: part %d covers chunks from %d (%d proofs, %d accumulators), the parts before it end at %d",
				ErrMalformed, i, p.from, k, len(p.c.Accs), next)
		}
		if (p.from == 0) != (len(p.signatures) > 0) {
			return nil, fmt.Errorf("%w: part %d from chunk %d carries %d signature bytes (only the first part carries the quorum)",
				ErrMalformed, i, p.from, len(p.signatures))
		}
		s.Accs, s.Proofs = append(s.Accs, p.c.Accs...), append(s.Proofs, p.c.Proofs...)
		next += k
	}
	if next != len(s.ChunkRoots) {
		return nil, fmt.Errorf("%w: the parts cover %d chunks of %d", ErrMalformed, next, len(s.ChunkRoots))
	}
	return &Call{Function: partFunction, Submission: s, Signatures: all[0].signatures}, nil
}

// checkParts checks the earlier parts' evidence of r: each transaction
// signed, sent to the registry, carrying its calldata, and logged by the
// registry as DisclosurePartAccepted of the pool and epoch by its sender,
// over the chunks its calldata covers, before r's log in chain order.
func checkParts(r *Record, registryAddr common.Address, pool *big.Int, epoch uint64, chainID *big.Int) error {
	for i := range r.Parts {
		p := &r.Parts[i]
		if err := matchTransaction(p, chainID); err != nil {
			return fmt.Errorf("part %d: %w", i, err)
		}
		if p.To != registryAddr || p.Event.Address != registryAddr {
			return fmt.Errorf("%w: part %d was not sent to, or logged by, the registry", ErrMalformed, i)
		}
		ev, err := registry.ABI.UnpackDisclosurePartAcceptedEvent(p.Event.types(p))
		if err != nil || len(p.Event.Topics) != 4 || p.Event.Topics[0] != partEventID {
			return fmt.Errorf("%w: part %d: no DisclosurePartAccepted log: %v", ErrMalformed, i, err)
		}
		dp, _, err := decodePart(p.Calldata)
		if err != nil || dp == nil {
			return fmt.Errorf("%w: part %d: %v", ErrMalformed, i, err)
		}
		if ev.Pool.Cmp(pool) != 0 || ev.Epoch != epoch || ev.Submitter != p.From || ev.From.Int64() != int64(dp.from) ||
			ev.Next.Int64() != int64(dp.from+len(dp.c.Proofs)) {
			return fmt.Errorf("%w: part %d's log (pool %s, epoch %d, chunks [%s, %s), by %s) is not its transaction's", ErrEventMismatch,
				i, ev.Pool, ev.Epoch, ev.From, ev.Next, ev.Submitter)
		}
		if (i > 0 && !before(r.Parts[i-1].Block, r.Parts[i-1].LogIndex, p)) || !before(p.Block, p.LogIndex, r) {
			return fmt.Errorf("%w: part %d is not between the part before it and the final part", ErrMalformed, i)
		}
	}
	return nil
}

// logBefore reports whether log a is before log b in chain order.
func logBefore(a, b *types.Log) bool {
	return a.BlockNumber < b.BlockNumber || (a.BlockNumber == b.BlockNumber && a.Index < b.Index)
}

// collectParts reads the earlier parts of r (a final part, logged by l):
// the pool's DisclosurePartAccepted logs of the epoch up to l, walked back
// from the chunk r starts at down to chunk 0.
func collectParts(ctx context.Context, c TxLogReader, signer types.Signer, l *types.Log, r *Record) error {
	final, _, err := decodePart(r.Calldata)
	if err != nil || final == nil || final.from == 0 {
		return nil // judged by Verify
	}
	q := ethereum.FilterQuery{FromBlock: new(big.Int), ToBlock: new(big.Int).SetUint64(l.BlockNumber), Addresses: []common.Address{l.Address},
		Topics: [][]common.Hash{{partEventID}, {l.Topics[1]}, {l.Topics[2]}}}
	logs, err := c.FilterLogs(ctx, q)
	if err != nil {
		return fmt.Errorf("%w: part logs: %w", ErrChain, err)
	}
	logs = slices.DeleteFunc(logs, func(x types.Log) bool { return x.Removed || !logBefore(&x, l) })
	slices.SortFunc(logs, func(a, b types.Log) int {
		if logBefore(&a, &b) {
			return -1
		}
		return 1
	})
	need := final.from
	for i := len(logs) - 1; i >= 0 && need > 0; i-- {
		ev, err := registry.ABI.UnpackDisclosurePartAcceptedEvent(&logs[i])
		if err != nil {
			return fmt.Errorf("%w: part log %s/%d: %w", ErrChain, logs[i].TxHash, logs[i].Index, err)
		}
		if ev.Next.Int64() != int64(need) {
			break // the pending state came from this log: it must end where the next part begins
		}
		p, err := txRecord(ctx, c, signer, &logs[i])
		if err != nil {
			return err
		}
		r.Parts = append([]Record{*p}, r.Parts...)
		need = int(ev.From.Int64())
	}
	return nil
}

// call decodes r's disclosure: its calldata, or for a final part the
// whole epoch assembled from r.Parts and it. A record of a whole
// disclosure has no parts.
func (r *Record) call() (*Call, error) {
	if _, ok, _ := decodePart(r.Calldata); ok {
		return assemble(r.Calldata, r.Parts)
	}
	if len(r.Parts) > 0 {
		return nil, fmt.Errorf("%w: a disclosure in one transaction with %d parts", ErrMalformed, len(r.Parts))
	}
	if t := r.Event.Topics; len(t) == 4 {
		// A batch (submitDisclosures) holds the item of the log's pool and epoch.
		return DecodeCalldataFor(r.Calldata, t[1].Big(), t[2].Big().Uint64())
	}
	return DecodeCalldata(r.Calldata)
}

// TxLogReader is what reading a disclosure's transactions needs of a node.
type TxLogReader interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	TransactionByHash(ctx context.Context, hash common.Hash) (tx *types.Transaction, isPending bool, err error)
}

// IsPart reports whether calldata calls submitDisclosurePart.
func IsPart(calldata []byte) bool {
	_, ok, _ := decodePart(calldata)
	return ok
}

// ReadCall reads the call that made the disclosure whose DisclosureAccepted
// log is l: its transaction's, or for a final part the epoch assembled
// from its parts, each part checked as Verify checks it (its signed
// transaction, its log, their order). Errors are ErrChain, ErrMalformed
// or ErrEventMismatch.
func ReadCall(ctx context.Context, c TxLogReader, chainID *big.Int, l *types.Log) (*Call, error) {
	ev, err := registry.ABI.UnpackDisclosureAcceptedEvent(l)
	if err != nil {
		return nil, fmt.Errorf("%w: DisclosureAccepted log: %w", ErrMalformed, err)
	}
	r, err := record(ctx, c, types.LatestSignerForChainID(chainID), l)
	if err != nil {
		return nil, err
	}
	if err := checkParts(r, l.Address, ev.Pool, ev.Epoch, chainID); err != nil {
		return nil, err
	}
	return r.call()
}
