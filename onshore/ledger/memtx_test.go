package ledger

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"testing"
	"time"
)

// memStore is committed state: public keys and private collections, with
// sorted key lists rebuilt lazily for Range.
type memStore struct {
	kv     map[string][]byte // "pub\x00key" or "<collection>\x00key"
	sorted []string
	dirty  bool
}

func newMemStore() *memStore { return &memStore{kv: map[string][]byte{}} }

func (s *memStore) keys() []string {
	if s.dirty || s.sorted == nil {
		s.sorted = s.sorted[:0]
		for k := range s.kv {
			s.sorted = append(s.sorted, k)
		}
		sort.Strings(s.sorted)
		s.dirty = false
	}
	return s.sorted
}

func (s *memStore) rangeNS(ns, start, end string, visit func(string, []byte) error) error {
	keys := s.keys()
	lo, hi := ns+"\x00"+start, ns+"\x00"+end
	for i := sort.SearchStrings(keys, lo); i < len(keys) && keys[i] < hi; i++ {
		if err := visit(keys[i][len(ns)+1:], slices.Clone(s.kv[keys[i]])); err != nil {
			return err
		}
	}
	return nil
}

// count returns how many keys of namespace ns start with prefix.
func (s *memStore) count(ns, prefix string) int {
	n := 0
	_ = s.rangeNS(ns, prefix, prefixEnd(prefix), func(string, []byte) error { n++; return nil })
	return n
}

// write is one effect of a transaction, in call order.
type write struct {
	Kind, NS, Key string
	Value         []byte
}

// memTx is a transaction over a memStore with Fabric's semantics: reads see
// committed state only, never the transaction's own writes.
type memTx struct {
	store  *memStore
	id     string
	at     time.Time
	caller Identity
	writes []write
}

var _ TxContext = (*memTx)(nil)

const pubNS = "pub"

func (t *memTx) Get(key string) ([]byte, error) {
	return slices.Clone(t.store.kv[pubNS+"\x00"+key]), nil
}
func (t *memTx) Put(key string, value []byte) error {
	t.writes = append(t.writes, write{"put", pubNS, key, slices.Clone(value)})
	return nil
}
func (t *memTx) Range(start, end string, visit func(string, []byte) error) error {
	return t.store.rangeNS(pubNS, start, end, visit)
}
func (t *memTx) GetPrivate(coll, key string) ([]byte, error) {
	return slices.Clone(t.store.kv[coll+"\x00"+key]), nil
}
func (t *memTx) PutPrivate(coll, key string, value []byte) error {
	t.writes = append(t.writes, write{"private", coll, key, slices.Clone(value)})
	return nil
}
func (t *memTx) RangePrivate(coll, start, end string, visit func(string, []byte) error) error {
	return t.store.rangeNS(coll, start, end, visit)
}
func (t *memTx) TxID() string     { return t.id }
func (t *memTx) Time() time.Time  { return t.at }
func (t *memTx) Caller() Identity { return t.caller }
func (t *memTx) SetEvent(name string, payload []byte) error {
	t.writes = append(t.writes, write{"event", "", name, slices.Clone(payload)})
	return nil
}

func (t *memTx) commit() {
	for _, w := range t.writes {
		if w.Kind == "event" {
			continue
		}
		t.store.kv[w.NS+"\x00"+w.Key] = w.Value
		t.store.dirty = true
	}
}

// memLedger is a minimal back end: it runs each call in a fresh memTx,
// commits it unless it failed, and passes errors on as bare strings (as a
// remote back end would). It logs every committed write.
type memLedger struct {
	t      testing.TB
	c      *Contract
	store  *memStore
	now    time.Time
	caller Identity
	n      int
	log    []write
}

var _ Invoker = (*memLedger)(nil)

func newMemLedger(t testing.TB, cfg Config, now time.Time) *memLedger {
	t.Helper()
	c, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return &memLedger{t: t, c: c, store: newMemStore(), now: now, caller: operatorAdmin}
}

func (l *memLedger) tx() *memTx {
	l.n++
	return &memTx{store: l.store, id: fmt.Sprintf("tx%06d", l.n), at: l.now, caller: l.caller}
}

func (l *memLedger) Invoke(_ context.Context, fn string, args ...[]byte) ([]byte, error) {
	tx := l.tx()
	out, err := l.c.Dispatch(tx, fn, args)
	if err != nil {
		return nil, errors.New("endorsement failed: chaincode response 500, " + err.Error())
	}
	tx.commit()
	l.log = append(l.log, tx.writes...)
	return out, nil
}

func (l *memLedger) Query(_ context.Context, fn string, args ...[]byte) ([]byte, error) {
	tx := l.tx()
	out, err := l.c.Dispatch(tx, fn, args)
	if len(tx.writes) != 0 {
		l.t.Errorf("query %s wrote %d times", fn, len(tx.writes))
	}
	if err != nil {
		return nil, errors.New("evaluate failed: " + err.Error())
	}
	return out, nil
}
