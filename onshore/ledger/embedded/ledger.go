package embedded

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"github.com/rwabridge/rwabridge/onshore/ledger"
)

// DBFile is the bbolt file of a ledger directory.
const DBFile = "ledger.db"

// Contract is the contract code the ledger runs; *ledger.Contract satisfies
// it. Dispatch must be deterministic: it may depend only on tx and args.
type Contract interface {
	Dispatch(tx ledger.TxContext, fn string, args [][]byte) ([]byte, error)
}

// ContractFunc adapts a function to Contract.
type ContractFunc func(tx ledger.TxContext, fn string, args [][]byte) ([]byte, error)

// Dispatch calls f.
func (f ContractFunc) Dispatch(tx ledger.TxContext, fn string, args [][]byte) ([]byte, error) {
	return f(tx, fn, args)
}

// Option adjusts Open.
type Option func(*options)

type options struct {
	contract Contract
	clock    func() time.Time
}

// WithContract runs c instead of the rwabridge contract (tests, tools).
func WithContract(c Contract) Option { return func(o *options) { o.contract = c } }

// WithClock takes block timestamps from now instead of time.Now.
func WithClock(now func() time.Time) Option { return func(o *options) { o.clock = now } }

// Ledger is an open embedded ledger. Its methods are safe for concurrent
// use: writers are serialised through one committer, queries run in
// parallel on bbolt read transactions.
type Ledger struct {
	dir      string
	cfg      Config
	db       *bolt.DB
	contract Contract
	clock    func() time.Time
	log      *slog.Logger
	signers  []signer

	reqs chan *request
	done chan struct{}

	closeMu sync.RWMutex
	closed  bool

	headMu sync.RWMutex
	head   Head
}

// Head describes the last committed block.
type Head struct {
	Height    uint64    `json:"height"`
	Hash      Hash      `json:"hash"`
	Time      time.Time `json:"time"`
	StateHash Hash      `json:"state_hash"`
}

// Open opens (creating on first use) the embedded ledger in dir: the bbolt
// file dir/ledger.db and the org keys named by cfg. On first open it
// generates missing org keys and writes the genesis block; later opens check
// that cfg's orgs and keys are the genesis block's. The contract is the
// rwabridge contract unless WithContract says otherwise.
func Open(dir string, cfg Config, logger *slog.Logger, opts ...Option) (*Ledger, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if cfg.CommitPolicy == "" {
		cfg.CommitPolicy = CommitMajority
	}
	o, contractConfig, err := prepare(cfg, opts)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("embedded ledger: %w", err)
	}
	path := filepath.Join(dir, DBFile)
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: max(cfg.LockTimeout, time.Millisecond), NoSync: false, FreelistType: bolt.FreelistMapType})
	if err != nil {
		if errors.Is(err, berrors.ErrTimeout) {
			return nil, fmt.Errorf("%w: %s (stop the agent or other rwabridge command using it, or wait)", ErrLocked, path)
		}
		return nil, fmt.Errorf("embedded ledger %s: %w", path, err)
	}
	l := &Ledger{
		dir: dir, cfg: cfg, db: db, contract: o.contract, clock: o.clock, log: logger,
		reqs: make(chan *request, 4*cfg.Block.MaxTxs),
		done: make(chan struct{}),
	}
	if err := l.init(contractConfig); err != nil {
		db.Close()
		return nil, err
	}
	go l.commitLoop()
	logger.Info("embedded ledger open", "dir", dir, "height", l.head.Height, "orgs", len(l.signers), "note", "single-machine default: all org keys in this process")
	return l, nil
}

// prepare validates cfg, applies opts and builds the contract.
func prepare(cfg Config, opts []Option) (options, []byte, error) {
	if err := cfg.Validate(); err != nil {
		return options{}, nil, err
	}
	o := options{clock: time.Now}
	for _, opt := range opts {
		opt(&o)
	}
	contractConfig, err := json.Marshal(cfg.Contract)
	if err != nil {
		return options{}, nil, fmt.Errorf("embedded ledger: contract config: %w", err)
	}
	if o.contract == nil {
		c, err := ledger.New(cfg.Contract)
		if err != nil {
			return options{}, nil, fmt.Errorf("embedded ledger: contract: %w", err)
		}
		o.contract = c
	}
	return o, contractConfig, nil
}

// init creates the buckets and the genesis block on first open, or checks
// the configured orgs against the genesis block, and loads the head.
func (l *Ledger) init(contractConfig []byte) error {
	var genesis *Block
	err := l.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketBlocks)
		if b == nil {
			return nil
		}
		v := b.Get(heightKey(0))
		if v == nil {
			return nil
		}
		g, err := unmarshalBlock(v)
		if err != nil {
			return fmt.Errorf("genesis block: %w", err)
		}
		genesis = g
		return nil
	})
	if err != nil {
		return err
	}
	signers, err := loadSigners(l.dir, l.cfg.Orgs, genesis == nil)
	if err != nil {
		return err
	}
	l.signers = signers
	if genesis != nil {
		if err := matchGenesis(genesis, signers, contractConfig); err != nil {
			return err
		}
		return l.loadHead()
	}
	g := &Block{Height: 0, Time: l.clock().UTC(), ContractConfig: contractConfig}
	for _, s := range signers {
		g.Orgs = append(g.Orgs, OrgKey{MSPID: s.mspID, PublicKey: s.pub})
	}
	if err := g.sign(signers); err != nil {
		return err
	}
	err = l.db.Update(func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bucketBlocks, bucketTxs, bucketArgs, bucketState, bucketPrivate} {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		return tx.Bucket(bucketBlocks).Put(heightKey(0), g.marshal())
	})
	if err != nil {
		return fmt.Errorf("embedded ledger genesis: %w", err)
	}
	l.log.Info("embedded ledger genesis block written", "dir", l.dir, "orgs", len(signers))
	return l.loadHead()
}

func matchGenesis(g *Block, signers []signer, contractConfig []byte) error {
	if !bytes.Equal(g.ContractConfig, contractConfig) {
		return fmt.Errorf("%w: contract config differs from the genesis block's %s", ErrConfigMismatch, g.ContractConfig)
	}
	if len(g.Orgs) != len(signers) {
		return fmt.Errorf("%w: genesis has %d orgs, config has %d", ErrConfigMismatch, len(g.Orgs), len(signers))
	}
	for i, o := range g.Orgs {
		s := signers[i]
		if o.MSPID != s.mspID {
			return fmt.Errorf("%w: org %d is %s in genesis, %s in config", ErrConfigMismatch, i, o.MSPID, s.mspID)
		}
		if !slices.Equal(o.PublicKey, s.pub) {
			return fmt.Errorf("%w: org %s: key file is not the key in the genesis block", ErrConfigMismatch, o.MSPID)
		}
	}
	return nil
}

func (l *Ledger) loadHead() error {
	return l.db.View(func(tx *bolt.Tx) error {
		k, v := tx.Bucket(bucketBlocks).Cursor().Last()
		if k == nil {
			return fmt.Errorf("%w: no genesis block", ErrNoBlock)
		}
		b, err := unmarshalBlock(v)
		if err != nil {
			return fmt.Errorf("head block %d: %w", binary.BigEndian.Uint64(k), err)
		}
		l.head = Head{Height: b.Height, Hash: b.Hash(), Time: b.Time, StateHash: b.StateHash}
		return nil
	})
}

// Close waits for queued transactions to commit and closes the file.
func (l *Ledger) Close() error {
	l.closeMu.Lock()
	if l.closed {
		l.closeMu.Unlock()
		return nil
	}
	l.closed = true
	close(l.reqs)
	l.closeMu.Unlock()
	<-l.done
	return l.db.Close()
}

// Dir returns the ledger directory.
func (l *Ledger) Dir() string { return l.dir }

// Config returns the ledger's config.
func (l *Ledger) Config() Config { return l.cfg }

// Head returns the last committed block's height, hash, time and state hash.
func (l *Ledger) Head() Head {
	l.headMu.RLock()
	defer l.headMu.RUnlock()
	return l.head
}

// request is one Invoke waiting for its block.
type request struct {
	ctx    context.Context
	id     string
	caller ledger.Identity
	fn     string
	args   [][]byte
	size   int
	state  atomic.Int32 // reqPending → reqStarted (committer) or reqCancelled (caller)
	res    []byte
	err    error
	done   chan struct{}
}

const (
	reqPending int32 = iota
	reqStarted
	reqCancelled
)

// Invoke runs fn as one transaction: contract.Dispatch inside one bbolt
// write transaction, its write set recorded in a new block signed by the
// orgs, committed with fsync. It returns after the commit, so a nil error
// means the transaction is durable. A contract error aborts the transaction
// (no block, no state change) and is returned wrapped as it came. An Invoke
// whose ctx ends before its transaction starts returns ctx.Err() and does
// not commit; once started it waits for the commit.
func (l *Ledger) Invoke(ctx context.Context, caller ledger.Identity, fn string, args ...[]byte) ([]byte, error) {
	if err := l.checkCaller(caller); err != nil {
		return nil, err
	}
	r := &request{ctx: ctx, id: newTxID(caller), caller: caller, fn: fn, done: make(chan struct{})}
	r.args = make([][]byte, len(args))
	for i, a := range args {
		r.args[i] = append([]byte{}, a...)
		r.size += len(a)
	}
	if r.size > l.cfg.Block.MaxBytes {
		return nil, fmt.Errorf("%w: %s: %d argument bytes, block.max_bytes is %d", ErrTxTooLarge, fn, r.size, l.cfg.Block.MaxBytes)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	l.closeMu.RLock()
	if l.closed {
		l.closeMu.RUnlock()
		return nil, ErrClosed
	}
	select {
	case l.reqs <- r:
		l.closeMu.RUnlock()
	case <-ctx.Done():
		l.closeMu.RUnlock()
		return nil, ctx.Err()
	}
	select {
	case <-r.done:
	case <-ctx.Done():
		if r.state.CompareAndSwap(reqPending, reqCancelled) {
			return nil, ctx.Err()
		}
		<-r.done
	}
	return r.res, r.err
}

// Query evaluates fn without committing, in a bbolt read transaction: it
// sees the last committed state, may run alongside other queries and the
// committer, and any write fails with ErrReadOnly.
func (l *Ledger) Query(ctx context.Context, caller ledger.Identity, fn string, args ...[]byte) ([]byte, error) {
	if err := l.checkCaller(caller); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	l.closeMu.RLock()
	defer l.closeMu.RUnlock()
	if l.closed {
		return nil, ErrClosed
	}
	var res []byte
	err := l.db.View(func(btx *bolt.Tx) error {
		t := l.clock().UTC()
		if h := l.Head(); t.Before(h.Time) {
			t = h.Time
		}
		var err error
		res, err = dispatch(l.contract, newTxState(boltKV{btx}, false, newTxID(caller), t, caller), fn, args)
		return err
	})
	return res, err
}

// Invoker returns a ledger.Invoker that calls as caller, for
// ledger.NewClient.
func (l *Ledger) Invoker(caller ledger.Identity) ledger.Invoker {
	return invoker{l: l, caller: caller}
}

// Operator returns the identity, named id, of an admin of the operator
// org: who registers devices, submits records and seals on a
// single-machine ledger.
func (l *Ledger) Operator(id string) ledger.Identity {
	return ledger.Identity{MSPID: l.cfg.Contract.OperatorMSP, ID: id, Admin: true}
}

type invoker struct {
	l      *Ledger
	caller ledger.Identity
}

func (i invoker) Invoke(ctx context.Context, fn string, args ...[]byte) ([]byte, error) {
	return i.l.Invoke(ctx, i.caller, fn, args...)
}

func (i invoker) Query(ctx context.Context, fn string, args ...[]byte) ([]byte, error) {
	return i.l.Query(ctx, i.caller, fn, args...)
}

var _ ledger.Invoker = invoker{}

func (l *Ledger) checkCaller(c ledger.Identity) error {
	for _, o := range l.cfg.Orgs {
		if o.MSPID == c.MSPID {
			return nil
		}
	}
	return fmt.Errorf("%w: %q", ErrUnknownOrg, c.MSPID)
}

// newTxID is SHA-256 over a random nonce and the creator, hex: Fabric's tx
// id construction.
func newTxID(c ledger.Identity) string {
	var nonce [24]byte
	rand.Read(nonce[:])
	h := sha256.New()
	h.Write(nonce[:])
	h.Write([]byte(c.MSPID))
	h.Write([]byte{0})
	h.Write([]byte(c.ID))
	return hex.EncodeToString(h.Sum(nil))
}

// dispatch runs the contract and turns a panic into ErrContractPanic.
func dispatch(c Contract, tx *txState, fn string, args [][]byte) (res []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, fmt.Errorf("%w: %s: %v", ErrContractPanic, fn, p)
		}
	}()
	return c.Dispatch(tx, fn, args)
}

// commitLoop is the single writer: it takes the waiting requests, up to the
// block limits, into one block (group commit) and commits it.
func (l *Ledger) commitLoop() {
	defer close(l.done)
	for r := range l.reqs {
		batch := []*request{r}
		size := r.size
	fill:
		for len(batch) < l.cfg.Block.MaxTxs {
			select {
			case next, ok := <-l.reqs:
				if !ok {
					break fill
				}
				if size+next.size > l.cfg.Block.MaxBytes {
					l.commitBlock(batch)
					batch, size = nil, 0
				}
				batch = append(batch, next)
				size += next.size
			default:
				break fill
			}
		}
		l.commitBlock(batch)
	}
}

// errNoTxs rolls back a block whose every transaction failed.
var errNoTxs = errors.New("no transaction committed")

// commitBlock executes batch in one bbolt write transaction, appends the
// block and commits; then it answers every request.
func (l *Ledger) commitBlock(batch []*request) {
	head := l.Head()
	var block *Block
	var committed []*request
	err := l.db.Update(func(btx *bolt.Tx) error {
		committed = committed[:0]
		t := l.clock().UTC()
		if t.Before(head.Time) {
			t = head.Time // block time never goes back
		}
		block = &Block{Height: head.Height + 1, Prev: head.Hash, Time: t}
		state := head.StateHash
		base := boltKV{btx}
		for _, r := range batch {
			if r.state.Load() != reqStarted && !r.state.CompareAndSwap(reqPending, reqStarted) {
				continue // the caller gave up before the transaction started
			}
			ts := newTxState(base, true, r.id, t, r.caller)
			res, err := dispatch(l.contract, ts, r.fn, r.args)
			if err != nil {
				r.res, r.err = nil, err
				continue
			}
			tx, err := apply(btx, base, ts, r, block.Height)
			if err != nil {
				return err
			}
			state = nextState(state, tx.WriteSetHash)
			block.Txs = append(block.Txs, tx)
			r.res, r.err = res, nil
			committed = append(committed, r)
		}
		if len(block.Txs) == 0 {
			return errNoTxs
		}
		block.StateHash = state
		if err := block.sign(l.signers); err != nil {
			return err
		}
		return btx.Bucket(bucketBlocks).Put(heightKey(block.Height), block.marshal())
	})
	switch {
	case errors.Is(err, errNoTxs):
	case err != nil:
		l.log.Error("embedded ledger commit failed", "height", head.Height+1, "txs", len(committed), "err", err)
		for _, r := range committed {
			r.res, r.err = nil, fmt.Errorf("embedded ledger commit of block %d: %w", head.Height+1, err)
		}
	default:
		l.headMu.Lock()
		l.head = Head{Height: block.Height, Hash: block.Hash(), Time: block.Time, StateHash: block.StateHash}
		l.headMu.Unlock()
		l.log.Debug("block committed", "height", block.Height, "txs", len(block.Txs))
	}
	for _, r := range batch {
		if r.state.Load() == reqCancelled {
			continue
		}
		close(r.done)
	}
}

// apply writes one successful transaction's buffered writes, arguments and
// index entry into the bbolt transaction and returns its block record.
func apply(btx *bolt.Tx, base boltKV, ts *txState, r *request, height uint64) (Tx, error) {
	enc := encodeArgs(r.args)
	ws, pws := ts.writeSet()
	tx := Tx{
		ID: r.id, Caller: r.caller, Fn: r.fn, ArgsHash: hashArgs(enc),
		Writes: ws, PrivateWrites: pws, Event: ts.event,
		WriteSetHash: writeSetHash(ws, pws),
	}
	err := ts.each(func(t table, key string, value []byte) error { return base.put(t, key, value) })
	if err != nil {
		return Tx{}, fmt.Errorf("tx %s: %w", r.id, err)
	}
	if err := btx.Bucket(bucketArgs).Put([]byte(r.id), enc); err != nil {
		return Tx{}, fmt.Errorf("tx %s args: %w", r.id, err)
	}
	if err := btx.Bucket(bucketTxs).Put([]byte(r.id), heightKey(height)); err != nil {
		return Tx{}, fmt.Errorf("tx %s index: %w", r.id, err)
	}
	return tx, nil
}

func heightKey(h uint64) []byte { return binary.BigEndian.AppendUint64(nil, h) }

// Block returns the block at height.
func (l *Ledger) Block(height uint64) (*Block, error) {
	var b *Block
	err := l.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketBlocks).Get(heightKey(height))
		if v == nil {
			return fmt.Errorf("%w: %d", ErrNoBlock, height)
		}
		var err error
		b, err = unmarshalBlock(v)
		if err != nil {
			return fmt.Errorf("block %d: %w", height, err)
		}
		return nil
	})
	return b, err
}

// TxHeight returns the height of the block that committed transaction id,
// or ErrTxNotFound.
func (l *Ledger) TxHeight(id string) (uint64, error) {
	var h uint64
	err := l.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketTxs).Get([]byte(id))
		if len(v) != 8 {
			return fmt.Errorf("%w: %s", ErrTxNotFound, id)
		}
		h = binary.BigEndian.Uint64(v)
		return nil
	})
	return h, err
}
