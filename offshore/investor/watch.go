package investor

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// ReadError is a Watcher's failed read of the chain: Err is the latest
// failure, Since the time of the first of the failures in a row (UTC).
type ReadError struct {
	Since time.Time
	Err   error
}

func (e *ReadError) Error() string {
	return fmt.Sprintf("reading the chain has failed since %s: %v", e.Since.Format(time.RFC3339), e.Err)
}

func (e *ReadError) Unwrap() error { return e.Err }

// Watcher keeps the latest Snapshot of a registry, re-reading it whenever
// a new block arrives (polled every Interval). Safe for concurrent use.
type Watcher struct {
	r        *Reader
	interval time.Duration
	log      *slog.Logger

	mu      sync.RWMutex
	snap    *Snapshot
	lastErr *ReadError
	head    uint64
	read    bool // a snapshot was read at head
	updated chan struct{}
}

// NewWatcher returns a Watcher of r polling every interval (5 s when 0).
func NewWatcher(r *Reader, interval time.Duration, log *slog.Logger) *Watcher {
	if interval <= 0 {
		interval = 5 * time.Second
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Watcher{r: r, interval: interval, log: log, updated: make(chan struct{})}
}

// Snapshot returns the latest snapshot (nil before the first successful
// read) and, if the latest read failed, a *ReadError saying since when
// reads fail.
func (w *Watcher) Snapshot() (*Snapshot, error) {
	w.mu.RLock()
	defer w.mu.RUnlock()
	if w.lastErr == nil {
		return w.snap, nil
	}
	return w.snap, w.lastErr
}

// Updated returns a channel closed at the next change of snapshot.
func (w *Watcher) Updated() <-chan struct{} {
	w.mu.RLock()
	defer w.mu.RUnlock()
	return w.updated
}

// Poll reads the registry again when the chain has a new block.
func (w *Watcher) Poll(ctx context.Context) error {
	head, err := w.r.Head(ctx)
	if err == nil {
		w.mu.Lock()
		same := w.read && head == w.head
		if same {
			w.lastErr = nil // the node answers again
		}
		w.mu.Unlock()
		if same {
			return nil
		}
	}
	var s *Snapshot
	if err == nil {
		s, err = w.r.Read(ctx)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if err != nil {
		since := time.Now().UTC()
		if w.lastErr != nil {
			since = w.lastErr.Since
		}
		w.lastErr = &ReadError{Since: since, Err: err} // a new value: callers may hold the previous one
		return err
	}
	w.lastErr = nil
	prev := w.snap
	w.snap, w.head, w.read = s, s.Block, true
	close(w.updated)
	w.updated = make(chan struct{})
	n := 0
	for _, p := range s.Pools {
		n += len(p.Disclosures)
	}
	if prev == nil {
		w.log.Info("registry read", "block", s.Block, "pools", len(s.Pools), "disclosures", n)
	} else {
		w.log.Debug("registry re-read", "block", s.Block, "pools", len(s.Pools), "disclosures", n)
	}
	return nil
}

// Run polls until ctx is done; read errors are logged and retried.
func (w *Watcher) Run(ctx context.Context) error {
	t := time.NewTicker(w.interval)
	defer t.Stop()
	for {
		if err := w.Poll(ctx); err != nil && ctx.Err() == nil {
			w.log.Warn("reading the registry", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}
