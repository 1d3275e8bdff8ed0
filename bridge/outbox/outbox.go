// Package outbox is the relayer's durable memory: one record per (pool,
// epoch) holding where its disclosure stands in the relay state machine,
// kept in a bbolt file (every write is one fsynced transaction), plus the
// proof bundles as files beside it (written, fsynced and renamed into place,
// then recorded). Whatever the relayer has been told is persisted before it
// acts on it: a bundle before the epoch is marked proved, a signed raw
// transaction (hash, nonce, fee caps) before it is broadcast.
//
// States, in order (Next lists the allowed moves):
//
//	sealed     the ledger sealed the epoch; nothing done yet
//	proved     bundle on disk and recorded (path, SHA-256): never proved again
//	attested   a quorum of valid committee signatures recorded
//	submitted  signed transaction(s) recorded, one nonce, same data; waiting for depth
//	           (a batch transaction carries several pools' epochs: each of
//	           their entries records it, written together by PutBatch, and
//	           they alone may share its nonce; an epoch sent in parts goes
//	           back to attested after each part but the last, the part
//	           recorded in Entry.Parts)
//	confirmed  disclosed on the L2 at the configured depth (by this relayer or another)
//	exported   the export is logged on the onshore ledger — done
//
// An epoch below its policy's k-anonymity threshold (or without records)
// takes the same path: its bundle and disclosure are suppressed (no
// figures), since the registry takes every epoch of a pool, in order.
//
//	failed     stuck: the registry refused the epoch for a reason that waiting
//	           does not cure (Entry.Revert says which, with its arguments);
//	           the pool's later epochs wait behind it until an operator fixes
//	           the cause and re-queues it (Requeue)
//
// Two moves go back: attested or submitted → proved when the registry's
// committee changed since the signatures were gathered (they are dropped
// and collected again from the new committee), and failed → sealed,
// proved or attested when an operator re-queues the epoch. A transaction
// that was mined reverted is kept in Entry.Reverted, never broadcast again.
//
// The package does not talk to chains or ledgers (package relay does).
package outbox

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/internal/atomicfile"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// State is where one epoch's disclosure stands.
type State string

// The states.
const (
	Sealed    State = "sealed"
	Proved    State = "proved"
	Attested  State = "attested"
	Submitted State = "submitted"
	Confirmed State = "confirmed"
	Exported  State = "exported"
	Failed    State = "failed"
)

// States lists every state in order.
func States() []State {
	return []State{Sealed, Proved, Attested, Submitted, Confirmed, Exported, Failed}
}

// next gives the allowed moves out of each state (staying is always
// allowed: a record is updated in place, e.g. a replacement transaction).
var next = map[State][]State{
	Sealed:    {Proved, Confirmed, Failed},
	Proved:    {Attested, Confirmed, Failed},
	Attested:  {Submitted, Confirmed, Failed, Proved},
	Submitted: {Confirmed, Failed, Attested, Proved},
	Confirmed: {Exported},
	Failed:    {Sealed, Proved, Attested},
}

// Terminal reports whether s is final: exported. A failed epoch is not
// final: it waits for an operator (Requeue), and its pool's later epochs
// wait behind it.
func (s State) Terminal() bool { return s == Exported }

// Errors.
var (
	// ErrTransition: a move the state machine does not allow.
	ErrTransition = errors.New("state transition not allowed")
	// ErrNonceReuse: a record names a nonce another epoch holds.
	ErrNonceReuse = errors.New("nonce already belongs to another epoch")
	// ErrBundleChanged: a bundle file no longer matches its recorded hash.
	ErrBundleChanged = errors.New("bundle file changed since it was recorded")
	// ErrNotStuck: Requeue of an epoch that is not failed.
	ErrNotStuck = errors.New("epoch is not stuck")
	// ErrNoEntry: the outbox has no entry of the (pool, epoch).
	ErrNoEntry = errors.New("no such epoch in the outbox")
)

// Tx is one signed transaction of an epoch. Every Tx of an epoch has the
// same nonce and the same calldata; later ones replace earlier ones at
// higher fees.
type Tx struct {
	Hash   field.Digest `json:"hash"`
	Nonce  uint64       `json:"nonce"`
	TipCap string       `json:"tip_cap"` // wei, decimal
	FeeCap string       `json:"fee_cap"` // wei, decimal
	Gas    uint64       `json:"gas"`
	Raw    []byte       `json:"raw"` // the signed transaction, binary encoding
	SentAt time.Time    `json:"sent_at"`
}

// Inclusion is where a disclosure landed.
type Inclusion struct {
	TxHash    field.Digest `json:"tx_hash"`
	Block     uint64       `json:"block"`
	BlockHash field.Digest `json:"block_hash"`
	Time      time.Time    `json:"time"` // block time
}

// Signature is one committee member's attestation as the relayer uses it.
type Signature struct {
	Org    string `json:"org"`
	Signer string `json:"signer"`
	Sig    []byte `json:"sig"`
}

// The classes of a Revert.
const (
	// RevertWait: the refusal goes away by itself (a pause, an epoch not
	// ended on the L2 clock, a deactivated pool, gas); the relayer retries
	// with backoff and the epoch stays at the head of its pool's queue.
	RevertWait = "wait"
	// RevertStop: waiting does not cure it; the epoch is failed and its
	// pool's queue stops behind it until an operator re-queues it.
	RevertStop = "stop"
)

// Revert is the registry's latest refusal of an epoch's disclosure, as the
// relayer decoded it.
type Revert struct {
	Error  string    `json:"error"`          // the custom error's name ("" when the data names none)
	Args   []string  `json:"args,omitempty"` // its arguments, each in its canonical text
	Data   string    `json:"data,omitempty"` // the raw revert data, 0x-hex
	Class  string    `json:"class"`          // RevertWait or RevertStop
	Action string    `json:"action"`         // what an operator does about it
	Where  string    `json:"where"`          // "estimation", or the mined transaction and its block
	Since  time.Time `json:"since"`          // first seen, of this run of the same error
	Last   time.Time `json:"last"`           // latest seen
	Count  int       `json:"count"`          // times seen in a row
	// RetryAt is when the relayer tries again (RevertWait).
	RetryAt time.Time `json:"retry_at,omitzero"`
}

// String is the error with its arguments, as logs and the CLI show it.
func (r *Revert) String() string {
	name := r.Error
	if name == "" {
		name = "undecoded revert " + r.Data
	}
	return name + "(" + strings.Join(r.Args, ", ") + ")"
}

// Entry is one (pool, epoch).
type Entry struct {
	Pool       telemetry.PoolID `json:"pool"`
	Epoch      uint64           `json:"epoch"`
	State      State            `json:"state"`
	PolicyHash field.Element    `json:"policy_hash"`

	Bundle       string `json:"bundle,omitempty"`        // file name under the outbox's bundle directory
	BundleSHA256 string `json:"bundle_sha256,omitempty"` // of the file's bytes

	Signatures []Signature `json:"signatures,omitempty"`
	Threshold  int         `json:"threshold,omitempty"`
	// CommitteeVersion is the registry's committee version the signatures
	// were checked against; another version means collecting them again.
	CommitteeVersion uint64 `json:"committee_version,omitempty"`

	Nonce         *uint64    `json:"nonce,omitempty"`
	Txs           []Tx       `json:"txs,omitempty"`
	Included      *Inclusion `json:"included,omitempty"`
	AlreadyPosted bool       `json:"already_posted,omitempty"`
	Reorgs        int        `json:"reorgs,omitempty"`
	// Reverted are this epoch's transactions that were mined reverted
	// (deep enough to stand), kept for the record; their nonces are spent
	// and they are never broadcast again.
	Reverted []Tx `json:"reverted,omitempty"`
	// Revert is the registry's latest refusal; nil once the epoch moves on.
	Revert *Revert `json:"revert,omitempty"`
	// Batch lists, in calldata order, the epochs whose disclosures this
	// entry's transactions carry together (the registry's
	// submitDisclosures), this one included; empty for a transaction of
	// its own. Every entry of a batch holds the same nonce and the same
	// transactions.
	Batch []BatchItem `json:"batch,omitempty"`

	// Part is the run of chunks the transactions in Txs carry when the
	// epoch is disclosed in parts (the registry's submitDisclosurePart);
	// nil when they carry the whole epoch.
	Part *Part `json:"part,omitempty"`
	// Parts are the epoch's parts confirmed on the registry before the
	// current one, in the order they landed (a restart from chunk 0
	// starts the list over after them).
	Parts []Part `json:"parts,omitempty"`

	ExportedAt time.Time `json:"exported_at,omitzero"`
	Note       string    `json:"note,omitempty"` // why it stopped (failed)
	Updated    time.Time `json:"updated"`
}

// Part is a run of an epoch's chunks, [From, To) of Chunks, sent in one
// transaction; once confirmed, the transaction that carried it, its
// nonce and its block.
type Part struct {
	From   int          `json:"from"`
	To     int          `json:"to"`
	Chunks int          `json:"chunks"`
	TxHash field.Digest `json:"tx_hash,omitzero"`
	Nonce  uint64       `json:"nonce,omitempty"`
	Block  uint64       `json:"block,omitempty"`
}

// Final reports whether the part ends the epoch.
func (p *Part) Final() bool { return p.To == p.Chunks }

// String is the part as logs show it: chunks [from, to) of n.
func (p *Part) String() string { return fmt.Sprintf("chunks [%d, %d) of %d", p.From, p.To, p.Chunks) }

// BatchItem names one epoch of a batch transaction.
type BatchItem struct {
	Pool  telemetry.PoolID `json:"pool"`
	Epoch uint64           `json:"epoch"`
}

// inBatch reports whether e and other are entries of one batch: both list
// the same epochs, each other included, and hold the same transactions.
func inBatch(e, other *Entry) bool {
	if len(e.Batch) < 2 || !slices.Equal(e.Batch, other.Batch) ||
		!slices.Contains(e.Batch, BatchItem{e.Pool, e.Epoch}) || !slices.Contains(e.Batch, BatchItem{other.Pool, other.Epoch}) {
		return false
	}
	return slices.EqualFunc(e.Txs, other.Txs, func(a, b Tx) bool { return a.Hash == b.Hash && bytes.Equal(a.Raw, b.Raw) })
}

// Key returns the entry's key: pool, '/', epoch as fixed-width hex.
func Key(pool telemetry.PoolID, epoch uint64) []byte {
	return fmt.Appendf(nil, "%s/%016x", pool, epoch)
}

// LastTx returns the latest transaction, or nil.
func (e *Entry) LastTx() *Tx {
	if len(e.Txs) == 0 {
		return nil
	}
	return &e.Txs[len(e.Txs)-1]
}

var (
	bucketEntries = []byte("entries")
)

// Outbox is an open outbox directory.
type Outbox struct {
	db  *bolt.DB
	dir string
	now func() time.Time
}

// File names in the outbox directory.
const (
	DBFile    = "outbox.db"
	BundleDir = "bundles"
)

// Open opens (creating) the outbox in dir. One process at a time: another
// gets an error after timeout.
func Open(dir string, timeout time.Duration) (*Outbox, error) {
	if err := os.MkdirAll(filepath.Join(dir, BundleDir), 0o700); err != nil {
		return nil, fmt.Errorf("outbox: %w", err)
	}
	db, err := bolt.Open(filepath.Join(dir, DBFile), 0o600, &bolt.Options{Timeout: timeout})
	if err != nil {
		return nil, fmt.Errorf("outbox: open %s: %w", dir, err)
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(bucketEntries)
		return err
	}); err != nil {
		db.Close()
		return nil, fmt.Errorf("outbox: %w", err)
	}
	return &Outbox{db: db, dir: dir, now: time.Now}, nil
}

// Close closes the database.
func (o *Outbox) Close() error { return o.db.Close() }

// Dir returns the outbox directory.
func (o *Outbox) Dir() string { return o.dir }

// Get returns the entry of (pool, epoch); ok is false when there is none.
func (o *Outbox) Get(pool telemetry.PoolID, epoch uint64) (e *Entry, ok bool, err error) {
	err = o.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketEntries).Get(Key(pool, epoch))
		if v == nil {
			return nil
		}
		e, ok = &Entry{}, true
		return json.Unmarshal(v, e)
	})
	if err != nil {
		return nil, false, fmt.Errorf("outbox: get %s/%d: %w", pool, epoch, err)
	}
	return e, ok, nil
}

// List returns every entry, ordered by pool and epoch.
func (o *Outbox) List() ([]Entry, error) {
	var out []Entry
	err := o.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketEntries).ForEach(func(_, v []byte) error {
			var e Entry
			if err := json.Unmarshal(v, &e); err != nil {
				return err
			}
			out = append(out, e)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("outbox: list: %w", err)
	}
	return out, nil
}

// Put writes e in one fsynced transaction, after checking the move from
// the stored state and that e's nonce belongs to no other epoch (but the
// other entries of its batch, which hold the same transactions). It sets
// e.Updated.
func (o *Outbox) Put(e *Entry) error {
	return o.PutBatch([]*Entry{e})
}

// PutBatch writes every entry of es in one fsynced transaction, each
// checked as Put checks it: the entries of a batch transaction are
// recorded together or not at all.
func (o *Outbox) PutBatch(es []*Entry) error {
	now := o.now().UTC()
	var failed *Entry
	err := o.db.Update(func(tx *bolt.Tx) error {
		for _, e := range es {
			e.Updated = now
			if err := put(tx.Bucket(bucketEntries), e); err != nil {
				failed = e
				return err
			}
		}
		return nil
	})
	if err != nil {
		if failed == nil {
			return fmt.Errorf("outbox: put %d entries: %w", len(es), err)
		}
		return fmt.Errorf("outbox: put %s/%d (%s): %w", failed.Pool, failed.Epoch, failed.State, err)
	}
	return nil
}

func put(b *bolt.Bucket, e *Entry) error {
	key := Key(e.Pool, e.Epoch)
	if v := b.Get(key); v != nil {
		var cur Entry
		if err := json.Unmarshal(v, &cur); err != nil {
			return err
		}
		if cur.State != e.State && !slices.Contains(next[cur.State], e.State) {
			return fmt.Errorf("%w: %s → %s", ErrTransition, cur.State, e.State)
		}
	} else if e.State != Sealed {
		return fmt.Errorf("%w: a new entry must start %s, not %s", ErrTransition, Sealed, e.State)
	}
	if e.Nonce != nil {
		if err := b.ForEach(func(k, v []byte) error {
			if bytes.Equal(k, key) {
				return nil
			}
			var other Entry
			if err := json.Unmarshal(v, &other); err != nil {
				return err
			}
			if other.Nonce != nil && *other.Nonce == *e.Nonce && !inBatch(e, &other) {
				return fmt.Errorf("%w: nonce %d is %s epoch %d's", ErrNonceReuse, *e.Nonce, other.Pool, other.Epoch)
			}
			return nil
		}); err != nil {
			return err
		}
	}
	v, err := json.Marshal(e)
	if err != nil {
		return err
	}
	return b.Put(key, v)
}

// Requeue puts a failed (pool, epoch) back in the queue for a fresh
// attempt: to attested when it holds signatures (the relayer estimates and
// signs anew, and first collects them again if the committee changed),
// else proved or sealed. Its transactions stay in Reverted; the revert is
// cleared (the note says when it was re-queued). ErrNoEntry when there is none, ErrNotStuck unless it is failed.
func (o *Outbox) Requeue(pool telemetry.PoolID, epoch uint64) (*Entry, error) {
	e, ok, err := o.Get(pool, epoch)
	switch {
	case err != nil:
		return nil, err
	case !ok:
		return nil, fmt.Errorf("outbox: %w: %s epoch %d", ErrNoEntry, pool, epoch)
	case e.State != Failed:
		return nil, fmt.Errorf("outbox: %w: %s epoch %d is %s", ErrNotStuck, pool, epoch, e.State)
	}
	switch {
	case len(e.Signatures) > 0:
		e.State = Attested
	case e.Bundle != "":
		e.State = Proved
	default:
		e.State = Sealed
	}
	e.Reverted = append(e.Reverted, e.Txs...)
	e.Nonce, e.Included, e.Txs, e.Revert, e.Part, e.Batch = nil, nil, nil, nil, nil, nil
	e.Note = fmt.Sprintf("re-queued by an operator at %s", o.now().UTC().Format(time.RFC3339))
	if err := o.Put(e); err != nil {
		return nil, err
	}
	return e, nil
}

// NextNonce returns the nonce a new transaction takes: past every nonce
// the outbox holds and at least chainNonce (the account's confirmed nonce
// on the chain). It is derived from the records, so a nonce is allocated
// exactly when the record holding it is written.
func (o *Outbox) NextNonce(chainNonce uint64) (uint64, error) {
	es, err := o.List()
	if err != nil {
		return 0, err
	}
	n := chainNonce
	for _, e := range es {
		if e.Nonce != nil && *e.Nonce+1 > n {
			n = *e.Nonce + 1
		}
	}
	return n, nil
}

// BundleName returns the file name of (pool, epoch)'s bundle.
func BundleName(pool telemetry.PoolID, epoch uint64) string {
	return fmt.Sprintf("%s-%d.json", pool, epoch)
}

// BundlePath returns the path of (pool, epoch)'s bundle.
func (o *Outbox) BundlePath(pool telemetry.PoolID, epoch uint64) string {
	return filepath.Join(o.dir, BundleDir, BundleName(pool, epoch))
}

// WriteBundle writes b as (pool, epoch)'s bundle file durably (temporary
// file, fsync, rename, fsync of the directory) and returns its name and
// SHA-256; the caller records both in the entry.
func (o *Outbox) WriteBundle(pool telemetry.PoolID, epoch uint64, b *bundle.Bundle) (name, sum string, err error) {
	var buf bytes.Buffer
	if err := b.Encode(&buf); err != nil {
		return "", "", fmt.Errorf("outbox: encode bundle: %w", err)
	}
	name = BundleName(pool, epoch)
	if err := atomicfile.WriteFile(filepath.Join(o.dir, BundleDir, name), buf.Bytes(), 0o600); err != nil {
		return "", "", fmt.Errorf("outbox: %w", err)
	}
	h := sha256.Sum256(buf.Bytes())
	return name, hex.EncodeToString(h[:]), nil
}

// ReadBundle reads a bundle file; when sum is not empty the file must
// have that SHA-256 (ErrBundleChanged otherwise).
func (o *Outbox) ReadBundle(name, sum string) (*bundle.Bundle, string, error) {
	if name == "" || strings.ContainsAny(name, `/\`) {
		return nil, "", fmt.Errorf("outbox: bad bundle name %q", name)
	}
	data, err := os.ReadFile(filepath.Join(o.dir, BundleDir, name))
	if err != nil {
		return nil, "", fmt.Errorf("outbox: %w", err)
	}
	h := sha256.Sum256(data)
	got := hex.EncodeToString(h[:])
	if sum != "" && got != sum {
		return nil, "", fmt.Errorf("%w: %s has SHA-256 %s, recorded %s", ErrBundleChanged, name, got, sum)
	}
	b, err := bundle.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, "", fmt.Errorf("outbox: %s: %w", name, err)
	}
	return b, got, nil
}
