package backend

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"

	"github.com/rwabridge/rwabridge/onshore/ledger"
)

// sealListener is fabric.Gateway.ListenSeals.
type sealListener func(ctx context.Context, checkpointFile string, handle func(context.Context, *ledger.Seal) error) error

// Seals starts watching for the seals the ledger creates and returns a
// channel that wakes the caller after each: a send that never blocks into
// a buffer of one, so one value stands for every seal since the caller last
// received (coalescing). A wake-up says only "look again": the caller lists
// the seals itself, exactly as its poll does. The channel is closed when
// ctx ends, when Close is called, or when the event stream fails for good
// (logged; the caller falls back to polling).
//
// On Fabric, Seals runs fabric.Gateway.ListenSeals in a goroutine from
// checkpointFile, a file in an existing directory (created on first use):
// the first run reads the channel's seal events from its first block, later
// runs resume after the last one seen, so a restart does not replay the
// channel's history. The position advances when the wake-up is queued, not
// when the caller's pass ends; a caller passes once when it starts anyway.
// A checkpoint is one listener's: two processes must not share one.
//
// The embedded ledger has no event source (seals come from whichever
// process holds the ledger): Seals returns a nil channel and a nil error,
// and the caller keeps polling. Errors wrap ErrBadConfig (no checkpoint
// file, or one that cannot be) or ErrOpen (the Conn is closed).
func (c *Conn) Seals(ctx context.Context, checkpointFile string) (<-chan struct{}, error) {
	if c.listen == nil {
		return nil, nil
	}
	if checkpointFile == "" {
		return nil, fmt.Errorf("%w: %s ledger: no seal checkpoint file", ErrBadConfig, c.Backend)
	}
	if fi, err := os.Stat(filepath.Dir(checkpointFile)); err != nil || !fi.IsDir() {
		return nil, fmt.Errorf("%w: seal checkpoint %s: its directory does not exist", ErrBadConfig, checkpointFile)
	}
	if fi, err := os.Stat(checkpointFile); err == nil && !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%w: seal checkpoint %s is not a regular file", ErrBadConfig, checkpointFile)
	}
	log := c.log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	log = log.With("checkpoint", checkpointFile)
	ctx, cancel, ok := c.listeners.add(ctx)
	if !ok {
		return nil, fmt.Errorf("%w: the connection is closed", ErrOpen)
	}
	wake := make(chan struct{}, 1)
	go func() {
		defer c.listeners.done()
		defer cancel()
		defer close(wake)
		err := c.listen(ctx, checkpointFile, func(_ context.Context, s *ledger.Seal) error {
			log.Debug("seal event", "pool", s.Pool, "epoch", s.Epoch)
			select {
			case wake <- struct{}{}:
			default: // a wake-up is already waiting: it covers this seal too
			}
			return nil
		})
		if err != nil {
			log.Error("seal events stopped: polling only", "err", err)
		}
	}()
	return wake, nil
}

// listeners are a Conn's running seal listeners: Close cancels and waits
// for them before it closes the back end they read.
type listeners struct {
	mu      sync.Mutex
	closed  bool
	cancels []context.CancelFunc
	wg      sync.WaitGroup
}

// add returns the context of a new listener and its cancel, or false
// after stop.
func (l *listeners) add(ctx context.Context) (context.Context, context.CancelFunc, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return nil, nil, false
	}
	ctx, cancel := context.WithCancel(ctx)
	l.cancels = append(l.cancels, cancel)
	l.wg.Add(1)
	return ctx, cancel, true
}

func (l *listeners) done() { l.wg.Done() }

func (l *listeners) stop() {
	l.mu.Lock()
	l.closed = true
	for _, cancel := range l.cancels {
		cancel()
	}
	l.cancels = nil
	l.mu.Unlock()
	l.wg.Wait()
}
