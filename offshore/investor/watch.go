package investor

import (
	"context"
	"log/slog"
	"sync"
	"time"
)

// Watcher keeps the latest Snapshot of a registry, re-reading it whenever
// a new block arrives (polled every Interval). Safe for concurrent use.
type Watcher struct {
	r        *Reader
	interval time.Duration
	log      *slog.Logger

	mu      sync.RWMutex
	snap    *Snapshot
	lastErr error
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
// read) and the error of the latest read, if it failed.
func (w *Watcher) Snapshot() (*Snapshot, error) {
	w.mu.RLock()
	defer w.mu.RUnlock()
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
		w.mu.RLock()
		same := w.read && head == w.head
		w.mu.RUnlock()
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
	w.lastErr = err
	if err != nil {
		return err
	}
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
