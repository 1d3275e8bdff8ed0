package embedded

import (
	"crypto/sha256"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"

	"github.com/rwabridge/rwabridge/onshore/ledger"
)

// table names one key space: the public world state ("") or a private
// collection.
type table struct {
	private    bool
	collection string
}

func (t table) String() string {
	if !t.private {
		return "public"
	}
	return "private/" + t.collection
}

// kv is a committed key-value store the transaction overlay reads through:
// the bbolt file (live) or memory (Verify's replay).
type kv interface {
	get(t table, key string) ([]byte, error)
	// scan visits keys in [start, end) in byte order; end "" is unbounded.
	// Values are only valid during the visit.
	scan(t table, start, end string, visit func(key string, value []byte) error) error
}

// Buckets of the bbolt file.
var (
	bucketBlocks  = []byte("blocks")  // height (8 bytes big endian) → stored block
	bucketTxs     = []byte("txs")     // tx id → height (8 bytes big endian)
	bucketArgs    = []byte("args")    // tx id → encoded arguments (private: raw records)
	bucketState   = []byte("state")   // public world state
	bucketPrivate = []byte("private") // one nested bucket per private collection
)

// boltKV reads committed state in one bbolt transaction.
type boltKV struct{ tx *bolt.Tx }

func (s boltKV) bucket(t table) *bolt.Bucket {
	if !t.private {
		return s.tx.Bucket(bucketState)
	}
	p := s.tx.Bucket(bucketPrivate)
	if p == nil {
		return nil
	}
	return p.Bucket([]byte(t.collection))
}

func (s boltKV) get(t table, key string) ([]byte, error) {
	b := s.bucket(t)
	if b == nil {
		return nil, nil
	}
	v := b.Get([]byte(key))
	if v == nil {
		return nil, nil
	}
	return slices.Clone(v), nil
}

func (s boltKV) scan(t table, start, end string, visit func(string, []byte) error) error {
	b := s.bucket(t)
	if b == nil {
		return nil
	}
	c := b.Cursor()
	for k, v := c.Seek([]byte(start)); k != nil; k, v = c.Next() {
		if end != "" && string(k) >= end {
			return nil
		}
		if err := visit(string(k), v); err != nil {
			return err
		}
	}
	return nil
}

// put writes into the bbolt file (inside the block's write transaction).
func (s boltKV) put(t table, key string, value []byte) error {
	var b *bolt.Bucket
	if !t.private {
		b = s.tx.Bucket(bucketState)
	} else {
		var err error
		b, err = s.tx.Bucket(bucketPrivate).CreateBucketIfNotExists([]byte(t.collection))
		if err != nil {
			return fmt.Errorf("collection %q: %w", t.collection, err)
		}
	}
	return b.Put([]byte(key), value)
}

// memKV is an in-memory store for Verify's replay: a map per table plus a
// sorted key list, merged lazily before a scan.
type memKV struct {
	tables map[table]*memTable
}

type memTable struct {
	m      map[string][]byte
	sorted []string
	added  []string // keys not yet in sorted
}

func newMemKV() *memKV { return &memKV{tables: map[table]*memTable{}} }

func (s *memKV) get(t table, key string) ([]byte, error) {
	mt := s.tables[t]
	if mt == nil {
		return nil, nil
	}
	v, ok := mt.m[key]
	if !ok {
		return nil, nil
	}
	return slices.Clone(v), nil
}

func (s *memKV) put(t table, key string, value []byte) {
	mt := s.tables[t]
	if mt == nil {
		mt = &memTable{m: map[string][]byte{}}
		s.tables[t] = mt
	}
	if _, ok := mt.m[key]; !ok {
		mt.added = append(mt.added, key)
	}
	mt.m[key] = value
}

func (mt *memTable) keys() []string {
	if len(mt.added) > 0 {
		slices.Sort(mt.added)
		merged := make([]string, 0, len(mt.sorted)+len(mt.added))
		i, j := 0, 0
		for i < len(mt.sorted) && j < len(mt.added) {
			if mt.sorted[i] < mt.added[j] {
				merged = append(merged, mt.sorted[i])
				i++
			} else {
				merged = append(merged, mt.added[j])
				j++
			}
		}
		merged = append(merged, mt.sorted[i:]...)
		merged = append(merged, mt.added[j:]...)
		mt.sorted, mt.added = merged, nil
	}
	return mt.sorted
}

func (s *memKV) scan(t table, start, end string, visit func(string, []byte) error) error {
	mt := s.tables[t]
	if mt == nil {
		return nil
	}
	keys := mt.keys()
	i, _ := slices.BinarySearch(keys, start)
	for ; i < len(keys); i++ {
		k := keys[i]
		if end != "" && k >= end {
			return nil
		}
		if err := visit(k, mt.m[k]); err != nil {
			return err
		}
	}
	return nil
}

// txState is the TxContext the contract runs in: it reads committed state
// through base and buffers its writes, so a failing transaction leaves no
// trace and the buffered writes are exactly its write set.
type txState struct {
	base     kv
	writable bool
	id       string
	time     time.Time
	caller   ledger.Identity
	writes   map[table]map[string][]byte
	event    *Event
}

var _ ledger.TxContext = (*txState)(nil)

func newTxState(base kv, writable bool, id string, t time.Time, caller ledger.Identity) *txState {
	return &txState{base: base, writable: writable, id: id, time: t, caller: caller, writes: map[table]map[string][]byte{}}
}

func (s *txState) TxID() string            { return s.id }
func (s *txState) Time() time.Time         { return s.time }
func (s *txState) Caller() ledger.Identity { return s.caller }
func (s *txState) Get(key string) ([]byte, error) {
	return s.get(table{}, key)
}
func (s *txState) Put(key string, value []byte) error { return s.put(table{}, key, value) }
func (s *txState) Range(start, end string, visit func(string, []byte) error) error {
	return s.scan(table{}, start, end, visit)
}

func (s *txState) GetPrivate(collection, key string) ([]byte, error) {
	if err := checkName("collection", collection); err != nil {
		return nil, err
	}
	return s.get(table{private: true, collection: collection}, key)
}

func (s *txState) PutPrivate(collection, key string, value []byte) error {
	if err := checkName("collection", collection); err != nil {
		return err
	}
	return s.put(table{private: true, collection: collection}, key, value)
}

func (s *txState) RangePrivate(collection, start, end string, visit func(string, []byte) error) error {
	if err := checkName("collection", collection); err != nil {
		return err
	}
	return s.scan(table{private: true, collection: collection}, start, end, visit)
}

func (s *txState) SetEvent(name string, payload []byte) error {
	if !s.writable {
		return fmt.Errorf("%w: SetEvent %q", ErrReadOnly, name)
	}
	if name == "" {
		return fmt.Errorf("%w: empty event name", ErrBadKeyName)
	}
	s.event = &Event{Name: name, Payload: slices.Clone(payload)}
	return nil
}

func checkName(what, s string) error {
	if s == "" || !utf8.ValidString(s) {
		return fmt.Errorf("%w: %s %q: want non-empty UTF-8", ErrBadKeyName, what, s)
	}
	return nil
}

func (s *txState) get(t table, key string) ([]byte, error) {
	if err := checkName("key", key); err != nil {
		return nil, err
	}
	if v, ok := s.writes[t][key]; ok {
		return slices.Clone(v), nil
	}
	v, err := s.base.get(t, key)
	if err != nil {
		return nil, fmt.Errorf("get %s %q: %w", t, key, err)
	}
	return v, nil
}

func (s *txState) put(t table, key string, value []byte) error {
	if !s.writable {
		return fmt.Errorf("%w: put %s %q", ErrReadOnly, t, key)
	}
	if err := checkName("key", key); err != nil {
		return err
	}
	if len(value) == 0 {
		return fmt.Errorf("%w: %s %q", ErrEmptyValue, t, key)
	}
	w := s.writes[t]
	if w == nil {
		w = map[string][]byte{}
		s.writes[t] = w
	}
	w[key] = slices.Clone(value)
	return nil
}

// scan merges the transaction's own writes into the committed range, so a
// transaction reads what it wrote.
func (s *txState) scan(t table, start, end string, visit func(string, []byte) error) error {
	if end != "" && end <= start {
		return nil
	}
	var own []string
	for k := range s.writes[t] {
		if k >= start && (end == "" || k < end) {
			own = append(own, k)
		}
	}
	slices.Sort(own)
	i := 0
	emitOwn := func(upto string, inclusive bool) error {
		for i < len(own) && (own[i] < upto || inclusive && own[i] == upto) {
			if err := visit(own[i], slices.Clone(s.writes[t][own[i]])); err != nil {
				return err
			}
			i++
		}
		return nil
	}
	err := s.base.scan(t, start, end, func(k string, v []byte) error {
		if err := emitOwn(k, false); err != nil {
			return err
		}
		if i < len(own) && own[i] == k {
			return emitOwn(k, true) // overwritten by this transaction
		}
		return visit(k, slices.Clone(v))
	})
	if err != nil {
		return err
	}
	for ; i < len(own); i++ {
		if err := visit(own[i], slices.Clone(s.writes[t][own[i]])); err != nil {
			return err
		}
	}
	return nil
}

// writeSet returns the transaction's writes in block form, sorted.
func (s *txState) writeSet() ([]Write, []PrivateWrite) {
	var ws []Write
	var pws []PrivateWrite
	tables := make([]table, 0, len(s.writes))
	for t := range s.writes {
		tables = append(tables, t)
	}
	slices.SortFunc(tables, func(a, b table) int {
		if a.private != b.private {
			if !a.private {
				return -1
			}
			return 1
		}
		return strings.Compare(a.collection, b.collection)
	})
	for _, t := range tables {
		keys := make([]string, 0, len(s.writes[t]))
		for k := range s.writes[t] {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			v := s.writes[t][k]
			if !t.private {
				ws = append(ws, Write{Key: k, Value: v})
				continue
			}
			pws = append(pws, PrivateWrite{Collection: t.collection, KeyHash: sha256.Sum256([]byte(k)), ValueHash: sha256.Sum256(v)})
		}
	}
	return ws, pws
}

// each visits every buffered write (for applying them to a store).
func (s *txState) each(visit func(t table, key string, value []byte) error) error {
	for t, w := range s.writes {
		for k, v := range w {
			if err := visit(t, k, v); err != nil {
				return err
			}
		}
	}
	return nil
}
