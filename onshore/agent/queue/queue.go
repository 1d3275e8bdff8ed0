// Package queue owns the agent's durable queue: an append-only, fsynced FIFO
// of records in a bbolt file, bounded by a disk budget, with checkpoint marks
// written in the same transaction as the records they cover.
//
// A record is durable when Append returns nil: bbolt has committed and
// fsynced the transaction. Records leave the queue only through Remove. The
// queue does not know what its records mean (the agent stores encoded
// telemetry events) and does not retry or deliver them.
package queue

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Errors of the queue.
var (
	// ErrFull is returned by Append when the records do not fit in the disk
	// budget; nothing was written.
	ErrFull = errors.New("queue full: disk budget reached")
	// ErrClosed is returned after Close.
	ErrClosed = errors.New("queue closed")
)

// RecordOverhead is what the budget charges per record on top of its bytes
// (the 8-byte key and bbolt's per-element header).
const RecordOverhead = 24

var (
	bucketRecords = []byte("records")
	bucketMarks   = []byte("marks")
)

// Item is one queued record with its position in the queue.
type Item struct {
	ID   uint64
	Data []byte
}

// Size returns what a record of n bytes costs against the budget.
func Size(n int) int64 { return int64(n) + RecordOverhead }

// Queue is a durable FIFO. It is safe for concurrent use.
type Queue struct {
	db     *bolt.DB
	budget int64
	wmu    sync.Mutex // serialises appends, so the budget check holds until commit

	mu      sync.Mutex
	bytes   int64
	count   int
	closed  bool
	added   chan struct{} // closed and replaced on every Append
	removed chan struct{} // closed and replaced on every Remove
}

// Open opens (creating it if missing) the queue file at path with a budget of
// maxBytes for the records it holds. The file itself is larger than its
// records (bbolt pages and free lists, at most about twice the budget).
func Open(path string, maxBytes int64) (*Queue, error) {
	if maxBytes <= 0 {
		return nil, fmt.Errorf("queue %s: budget must be positive, got %d bytes", path, maxBytes)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("queue %s: %w", path, err)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 2 * time.Second, FreelistType: bolt.FreelistMapType})
	if err != nil {
		return nil, fmt.Errorf("queue %s: %w", path, err)
	}
	q := &Queue{db: db, budget: maxBytes, added: make(chan struct{}), removed: make(chan struct{})}
	err = db.Update(func(tx *bolt.Tx) error {
		rb, err := tx.CreateBucketIfNotExists(bucketRecords)
		if err != nil {
			return err
		}
		if _, err := tx.CreateBucketIfNotExists(bucketMarks); err != nil {
			return err
		}
		return rb.ForEach(func(_, v []byte) error {
			q.bytes += Size(len(v))
			q.count++
			return nil
		})
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("queue %s: %w", path, err)
	}
	return q, nil
}

// Close closes the file. Records stay on disk for the next Open.
func (q *Queue) Close() error {
	q.mu.Lock()
	if q.closed {
		q.mu.Unlock()
		return nil
	}
	q.closed = true
	q.mu.Unlock()
	return q.db.Close()
}

// Budget returns the disk budget in bytes.
func (q *Queue) Budget() int64 { return q.budget }

// Bytes returns what the queued records cost against the budget.
func (q *Queue) Bytes() int64 {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.bytes
}

// Free returns how many budget bytes are left.
func (q *Queue) Free() int64 {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.budget - q.bytes
}

// Len returns the number of queued records.
func (q *Queue) Len() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.count
}

// Added returns a channel that is closed at the next successful Append.
func (q *Queue) Added() <-chan struct{} {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.added
}

// Removed returns a channel that is closed at the next successful Remove.
func (q *Queue) Removed() <-chan struct{} {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.removed
}

// Append adds records at the tail and sets marks (a nil value deletes a mark)
// in one transaction, fsynced before it returns. Either everything is written
// or nothing: ErrFull when the records exceed the free budget. An Append of
// marks alone is always within budget.
func (q *Queue) Append(records [][]byte, marks map[string][]byte) error {
	var size int64
	for _, r := range records {
		size += Size(len(r))
	}
	q.wmu.Lock()
	defer q.wmu.Unlock()
	q.mu.Lock()
	if q.closed {
		q.mu.Unlock()
		return ErrClosed
	}
	if size > 0 && q.bytes+size > q.budget {
		free := q.budget - q.bytes
		q.mu.Unlock()
		return fmt.Errorf("%w: %d records need %d bytes, %d of %d free", ErrFull, len(records), size, free, q.budget)
	}
	q.mu.Unlock()
	err := q.db.Update(func(tx *bolt.Tx) error {
		rb := tx.Bucket(bucketRecords)
		var key [8]byte
		for _, r := range records {
			id, err := rb.NextSequence()
			if err != nil {
				return err
			}
			binary.BigEndian.PutUint64(key[:], id)
			if err := rb.Put(key[:], r); err != nil {
				return err
			}
		}
		mb := tx.Bucket(bucketMarks)
		for k, v := range marks {
			var err error
			if v == nil {
				err = mb.Delete([]byte(k))
			} else {
				err = mb.Put([]byte(k), v)
			}
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("queue append: %w", err)
	}
	if len(records) > 0 {
		q.changed(size, len(records), &q.added)
	}
	return nil
}

// Peek returns up to max records from the head, oldest first, without
// removing them.
func (q *Queue) Peek(max int) ([]Item, error) { return q.PeekAfter(0, max) }

// PeekAfter returns up to max records whose ids are greater than after,
// oldest first, without removing them: the records behind those a caller
// already took with an earlier Peek or PeekAfter (ids only grow). Ids start
// at 1, so PeekAfter(0, max) is Peek(max).
func (q *Queue) PeekAfter(after uint64, max int) ([]Item, error) {
	var out []Item
	err := q.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketRecords).Cursor()
		var from [8]byte
		binary.BigEndian.PutUint64(from[:], after+1)
		k, v := c.Seek(from[:])
		if after == math.MaxUint64 {
			k = nil
		}
		for ; k != nil && len(out) < max; k, v = c.Next() {
			out = append(out, Item{ID: binary.BigEndian.Uint64(k), Data: append([]byte(nil), v...)})
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("queue peek: %w", err)
	}
	return out, nil
}

// Remove deletes the records with the given ids (absent ids are ignored) in
// one fsynced transaction.
func (q *Queue) Remove(ids []uint64) error {
	var freed int64
	var n int
	err := q.db.Update(func(tx *bolt.Tx) error {
		freed, n = 0, 0
		rb := tx.Bucket(bucketRecords)
		var key [8]byte
		for _, id := range ids {
			binary.BigEndian.PutUint64(key[:], id)
			v := rb.Get(key[:])
			if v == nil {
				continue
			}
			freed += Size(len(v))
			n++
			if err := rb.Delete(key[:]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("queue remove: %w", err)
	}
	q.changed(-freed, -n, &q.removed)
	return nil
}

// changed counts bytes and records more (fewer when negative) in the
// queue, and wakes whoever waits on *signal (Added or Removed).
func (q *Queue) changed(bytes int64, records int, signal *chan struct{}) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.bytes += bytes
	q.count += records
	close(*signal)
	*signal = make(chan struct{})
}

// Mark returns the value of a mark, or nil when it is not set.
func (q *Queue) Mark(key string) ([]byte, error) {
	var out []byte
	err := q.db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketMarks).Get([]byte(key)); v != nil {
			out = append([]byte(nil), v...)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("queue mark %q: %w", key, err)
	}
	return out, nil
}

// Marks returns every mark whose key starts with prefix.
func (q *Queue) Marks(prefix string) (map[string][]byte, error) {
	out := map[string][]byte{}
	err := q.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketMarks).Cursor()
		p := []byte(prefix)
		for k, v := c.Seek(p); k != nil && len(k) >= len(p) && string(k[:len(p)]) == prefix; k, v = c.Next() {
			out[string(k)] = append([]byte(nil), v...)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("queue marks %q: %w", prefix, err)
	}
	return out, nil
}
