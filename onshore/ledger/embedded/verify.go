package embedded

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// Report is what Verify checked.
type Report struct {
	Blocks      uint64 `json:"blocks"` // including the genesis block
	Txs         uint64 `json:"txs"`
	Head        Head   `json:"head"`
	PublicKeys  int    `json:"public_keys"`  // world state keys compared
	PrivateKeys int    `json:"private_keys"` // private collection keys compared
	Collections int    `json:"collections"`
}

// Verify re-walks the chain from genesis in one read transaction (a
// consistent snapshot; writers go on meanwhile). For every block it checks
// the encoding, the link to the previous block (hash, height, time), the
// commit policy (every signature valid, a majority of the genesis orgs), the
// stored arguments of each transaction against the block's args hash; it
// replays each transaction through the contract on a fresh in-memory state
// and compares the write set, event and chained state hash. Last it compares
// the whole stored world state, public and private, with the replayed one.
//
// The first problem ends the walk: the error is a *BlockError naming the
// block (and transaction) and wrapping what broke (ErrLinkBroken,
// ErrSignatureBroken, ErrArgsBroken, ErrWriteSetBroken, ErrStateBroken,
// ErrBlockMalformed).
func (l *Ledger) Verify(ctx context.Context) (Report, error) {
	l.closeMu.RLock()
	defer l.closeMu.RUnlock()
	if l.closed {
		return Report{}, ErrClosed
	}
	v := verifier{contract: l.contract, signers: l.signers, log: l.log}
	var rep Report
	err := l.db.View(func(tx *bolt.Tx) error {
		var err error
		rep, err = v.run(ctx, tx)
		return err
	})
	return rep, err
}

// VerifyDir verifies the ledger in dir without opening it for writing: it
// opens the bbolt file read-only (other readers may share it; a writer, such
// as a running agent, makes it wait up to cfg.LockTimeout and fail with
// ErrLocked) and needs no healthy head block. See (*Ledger).Verify.
func VerifyDir(ctx context.Context, dir string, cfg Config, logger *slog.Logger, opts ...Option) (Report, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	o, contractConfig, err := prepare(cfg, opts)
	if err != nil {
		return Report{}, err
	}
	path := filepath.Join(dir, DBFile)
	if _, err := os.Stat(path); err != nil {
		return Report{}, fmt.Errorf("embedded ledger: %w", err)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: max(cfg.LockTimeout, time.Millisecond)})
	if err != nil {
		if errors.Is(err, berrors.ErrTimeout) {
			return Report{}, fmt.Errorf("%w: %s (stop the agent or other rwabridge command using it, or wait)", ErrLocked, path)
		}
		return Report{}, fmt.Errorf("embedded ledger %s: %w", path, err)
	}
	defer db.Close()
	signers, err := loadSigners(dir, cfg.Orgs, false)
	if err != nil {
		return Report{}, err
	}
	v := verifier{contract: o.contract, signers: signers, contractConfig: contractConfig, log: logger}
	var rep Report
	err = db.View(func(tx *bolt.Tx) error {
		var err error
		rep, err = v.run(ctx, tx)
		return err
	})
	return rep, err
}

type verifier struct {
	contract       Contract
	signers        []signer // the configured orgs; genesis must list exactly these
	contractConfig []byte   // when set, genesis must record exactly this
	log            *slog.Logger
}

// writer remembers which block last wrote a key (to name the block when the
// stored state differs).
type writer struct {
	t   table
	key string
}

func (v *verifier) run(ctx context.Context, btx *bolt.Tx) (Report, error) {
	var rep Report
	blocks := btx.Bucket(bucketBlocks)
	if blocks == nil {
		return rep, fmt.Errorf("%w: the ledger has no blocks bucket", ErrNoBlock)
	}
	argsB, txsB := btx.Bucket(bucketArgs), btx.Bucket(bucketTxs)
	mem := newMemKV()
	last := map[writer]uint64{}
	var (
		orgs     map[string]*ecdsaKey
		prevHash Hash
		prevTime time.Time
		state    Hash
		want     uint64
	)
	c := blocks.Cursor()
	for k, raw := c.First(); k != nil; k, raw = c.Next() {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		if len(k) != 8 {
			return rep, broken(want, "", ErrBlockMalformed, "block key %x is not a height", k)
		}
		h := binary.BigEndian.Uint64(k)
		if h != want {
			return rep, broken(want, "", ErrLinkBroken, "block %d is missing (next stored block is %d)", want, h)
		}
		b, err := unmarshalBlock(raw)
		if err != nil {
			return rep, broken(h, "", ErrBlockMalformed, "%v", err)
		}
		if b.Height != h {
			return rep, broken(h, "", ErrBlockMalformed, "stored under height %d, says %d", h, b.Height)
		}
		if h == 0 {
			if orgs, err = v.checkGenesis(b); err != nil {
				return rep, err
			}
		} else {
			switch {
			case b.Prev != prevHash:
				return rep, broken(h, "", ErrLinkBroken, "previous-block hash %s, block %d hashes to %s", b.Prev, h-1, prevHash)
			case b.Time.Before(prevTime):
				return rep, broken(h, "", ErrLinkBroken, "time %s is before block %d's %s", b.Time.Format(time.RFC3339Nano), h-1, prevTime.Format(time.RFC3339Nano))
			case len(b.Orgs) != 0 || len(b.ContractConfig) != 0:
				return rep, broken(h, "", ErrBlockMalformed, "only the genesis block lists orgs and contract config")
			case len(b.Txs) == 0:
				return rep, broken(h, "", ErrBlockMalformed, "no transactions")
			}
		}
		if err := b.verifySignatures(orgs); err != nil {
			return rep, broken(h, "", ErrSignatureBroken, "%v", err)
		}
		for i := range b.Txs {
			tx := &b.Txs[i]
			next, err := v.replay(b, tx, argsB, txsB, mem, last, state)
			if err != nil {
				return rep, err
			}
			state = next
			rep.Txs++
		}
		if b.StateHash != state {
			return rep, broken(h, "", ErrStateBroken, "state hash %s, replay gives %s", b.StateHash, state)
		}
		prevHash, prevTime = b.Hash(), b.Time
		rep.Head = Head{Height: h, Hash: prevHash, Time: b.Time, StateHash: state}
		rep.Blocks++
		want = h + 1
	}
	if rep.Blocks == 0 {
		return rep, fmt.Errorf("%w: the ledger has no genesis block", ErrNoBlock)
	}
	return rep, v.compareState(btx, mem, last, &rep)
}

func (v *verifier) checkGenesis(b *Block) (map[string]*ecdsaKey, error) {
	if b.Prev != (Hash{}) || len(b.Txs) != 0 || b.StateHash != (Hash{}) {
		return nil, broken(0, "", ErrBlockMalformed, "genesis block has a previous hash, transactions or state")
	}
	orgs, err := b.orgKeys()
	if err != nil {
		return nil, broken(0, "", ErrBlockMalformed, "%v", err)
	}
	if err := matchGenesis(b, v.signers, b.ContractConfig); err != nil {
		return nil, broken(0, "", ErrSignatureBroken, "%v", err)
	}
	if v.contractConfig != nil && !bytes.Equal(b.ContractConfig, v.contractConfig) {
		return nil, broken(0, "", ErrConfigMismatch, "contract config %s, configured %s", b.ContractConfig, v.contractConfig)
	}
	return orgs, nil
}

// replay re-executes one transaction on mem and checks it against the block.
func (v *verifier) replay(b *Block, tx *Tx, argsB, txsB *bolt.Bucket, mem *memKV, last map[writer]uint64, state Hash) (Hash, error) {
	h := b.Height
	if at := txsB.Get([]byte(tx.ID)); len(at) != 8 || binary.BigEndian.Uint64(at) != h {
		return state, broken(h, tx.ID, ErrBlockMalformed, "the transaction index does not point to this block")
	}
	enc := argsB.Get([]byte(tx.ID))
	if enc == nil {
		return state, broken(h, tx.ID, ErrArgsBroken, "arguments missing from the argument store")
	}
	if hashArgs(enc) != tx.ArgsHash {
		return state, broken(h, tx.ID, ErrArgsBroken, "stored arguments hash to %s, block says %s", hashArgs(enc), tx.ArgsHash)
	}
	args, err := decodeArgs(enc)
	if err != nil {
		return state, broken(h, tx.ID, ErrArgsBroken, "%v", err)
	}
	if got := writeSetHash(tx.Writes, tx.PrivateWrites); got != tx.WriteSetHash {
		return state, broken(h, tx.ID, ErrWriteSetBroken, "recorded writes hash to %s, block says %s", got, tx.WriteSetHash)
	}
	ts := newTxState(mem, true, tx.ID, b.Time, tx.Caller)
	if _, err := dispatch(v.contract, ts, tx.Fn, args); err != nil {
		return state, broken(h, tx.ID, ErrWriteSetBroken, "replaying %s fails: %w", tx.Fn, err)
	}
	ws, pws := ts.writeSet()
	if got := writeSetHash(ws, pws); got != tx.WriteSetHash {
		return state, broken(h, tx.ID, ErrWriteSetBroken, "replaying %s writes %d public and %d private keys hashing to %s, block says %s", tx.Fn, len(ws), len(pws), got, tx.WriteSetHash)
	}
	if !sameEvent(ts.event, tx.Event) {
		return state, broken(h, tx.ID, ErrWriteSetBroken, "replaying %s emits another event than the block records", tx.Fn)
	}
	_ = ts.each(func(t table, key string, value []byte) error {
		mem.put(t, key, value)
		last[writer{t, key}] = h
		return nil
	})
	return nextState(state, tx.WriteSetHash), nil
}

func sameEvent(a, b *Event) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return a.Name == b.Name && bytes.Equal(a.Payload, b.Payload)
}

// compareState compares the stored world state, public and private, with
// the replayed one, key by key.
func (v *verifier) compareState(btx *bolt.Tx, mem *memKV, last map[writer]uint64, rep *Report) error {
	tables := []table{{}}
	if p := btx.Bucket(bucketPrivate); p != nil {
		err := p.ForEachBucket(func(name []byte) error {
			tables = append(tables, table{private: true, collection: string(name)})
			return nil
		})
		if err != nil {
			return err
		}
	}
	for t := range mem.tables {
		if !slices.Contains(tables, t) {
			tables = append(tables, t)
		}
	}
	stored := boltKV{btx}
	for _, t := range tables {
		if t.private {
			rep.Collections++
		}
		var keys []string
		if mt := mem.tables[t]; mt != nil {
			keys = mt.keys()
		}
		i := 0
		fail := func(key, format string, args ...any) error {
			h, ok := last[writer{t, key}]
			if !ok {
				h = rep.Head.Height
			}
			e := broken(h, "", ErrStateBroken, "%s: "+format, append([]any{t}, args...)...)
			e.Key = key
			return e
		}
		err := stored.scan(t, "", "", func(k string, val []byte) error {
			if i < len(keys) && keys[i] < k {
				return fail(keys[i], "key missing from the stored state")
			}
			if i >= len(keys) || keys[i] != k {
				return fail(k, "stored key that no transaction wrote")
			}
			if !bytes.Equal(val, mem.tables[t].m[k]) {
				return fail(k, "stored value differs from the replayed one")
			}
			i++
			if t.private {
				rep.PrivateKeys++
			} else {
				rep.PublicKeys++
			}
			return nil
		})
		if err != nil {
			return err
		}
		if i < len(keys) {
			return fail(keys[i], "key missing from the stored state")
		}
	}
	return nil
}
