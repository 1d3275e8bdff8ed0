package agent

import (
	"sync"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// recentForwarded bounds how many forwarded events the edge still compares
// new ones with: about two days of a 300-cabinet fleet, a few megabytes.
// An older duplicate or conflict goes on to the ledger, which answers it.
const recentForwarded = 1 << 16

// takenIndex is what the edge compares an event with, by its key (pool,
// cabinet, seq): the digest of every queued event (rebuilt from the queue
// on start), and of the last recentForwarded events forwarded to the
// ledger (in memory only). Safe for concurrent use.
type takenIndex struct {
	mu     sync.Mutex
	queued map[telemetry.Key][32]byte
	recent map[telemetry.Key][32]byte
	ring   []telemetry.Key // forwarded keys, oldest at next once full
	next   int
	limit  int
}

func newTakenIndex(limit int) *takenIndex {
	return &takenIndex{queued: map[telemetry.Key][32]byte{}, recent: map[telemetry.Key][32]byte{}, limit: limit}
}

// compare returns telemetry.ErrDuplicate or telemetry.ErrConflict when the
// index knows an event with ev's key, nil when it does not.
func (x *takenIndex) compare(ev *telemetry.SignedEvent, sum [32]byte) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	if err := telemetry.CompareTaken(ev, sum, x.queued); err != nil {
		return err
	}
	return telemetry.CompareTaken(ev, sum, x.recent)
}

// queue records events durably queued (under the lock: see Agent.commit).
func (x *takenIndex) queue(m map[telemetry.Key][32]byte) {
	for k, sum := range m {
		x.queued[k] = sum
	}
}

// forwarded removes the keys of events the ledger answered from the queued
// ones, and remembers among the recent ones those it holds (held[i]: stored
// or already had), forgetting the oldest beyond the limit. An event the
// ledger rejected is forgotten: the ledger's answer stands for it.
func (x *takenIndex) forwarded(keys []telemetry.Key, held []bool) {
	x.mu.Lock()
	defer x.mu.Unlock()
	for i, k := range keys {
		sum, ok := x.queued[k]
		if !ok {
			continue
		}
		delete(x.queued, k)
		if x.limit <= 0 || !held[i] {
			continue
		}
		if _, dup := x.recent[k]; dup {
			x.recent[k] = sum
			continue
		}
		if len(x.ring) < x.limit {
			x.ring = append(x.ring, k)
		} else {
			delete(x.recent, x.ring[x.next])
			x.ring[x.next] = k
			x.next = (x.next + 1) % x.limit
		}
		x.recent[k] = sum
	}
}
