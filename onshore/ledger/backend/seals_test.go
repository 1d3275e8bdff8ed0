package backend

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/onshore/ledger"
)

// fakeListener stands in for fabric.Gateway.ListenSeals: it hands every
// seal sent on seals to the handler, and returns err when seals is closed.
type fakeListener struct {
	seals      chan *ledger.Seal
	handled    chan struct{}
	err        error
	checkpoint chan string
}

func newFakeListener() *fakeListener {
	return &fakeListener{seals: make(chan *ledger.Seal), handled: make(chan struct{}), checkpoint: make(chan string, 1)}
}

// send delivers s and returns once the handler has returned.
func (f *fakeListener) send(s *ledger.Seal) {
	f.seals <- s
	<-f.handled
}

func (f *fakeListener) listen(ctx context.Context, cp string, handle func(context.Context, *ledger.Seal) error) error {
	f.checkpoint <- cp
	for {
		select {
		case <-ctx.Done():
			return nil
		case s, ok := <-f.seals:
			if !ok {
				return f.err
			}
			err := handle(ctx, s)
			f.handled <- struct{}{}
			if err != nil {
				return err
			}
		}
	}
}

func fabricConn(f *fakeListener) *Conn {
	return &Conn{Backend: Fabric, close: func() error { return nil }, listen: f.listen}
}

func receive(t *testing.T, wake <-chan struct{}) (open bool) {
	t.Helper()
	select {
	case _, open = <-wake:
		return open
	case <-time.After(5 * time.Second):
		t.Fatal("no wake-up and not closed within 5 s")
		return false
	}
}

func TestSealsWakeTheCallerOncePerBurstAndCloseWithTheContext(t *testing.T) {
	f := newFakeListener()
	c := fabricConn(f)
	ctx, cancel := context.WithCancel(t.Context())
	cp := filepath.Join(t.TempDir(), "seals.checkpoint")
	wake, err := c.Seals(ctx, cp)
	if err != nil || wake == nil {
		t.Fatalf("Seals: %v, %v", wake, err)
	}
	if got := <-f.checkpoint; got != cp {
		t.Errorf("the listener got checkpoint %q, want %q", got, cp)
	}
	t.Run("three seals while nobody receives leave one wake-up", func(t *testing.T) {
		for e := range uint64(3) {
			f.send(&ledger.Seal{Pool: "p", Epoch: e}) // never blocks on the caller
		}
		if !receive(t, wake) {
			t.Fatal("closed")
		}
		select {
		case <-wake:
			t.Fatal("a second wake-up for one burst")
		case <-time.After(50 * time.Millisecond):
		}
	})
	t.Run("a later seal wakes again", func(t *testing.T) {
		f.send(&ledger.Seal{Pool: "p", Epoch: 9})
		if !receive(t, wake) {
			t.Fatal("closed")
		}
	})
	t.Run("the channel closes when the context ends", func(t *testing.T) {
		cancel()
		if receive(t, wake) {
			t.Fatal("a wake-up after cancel")
		}
	})
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestSealsCloseWhenTheStreamFailsOrTheConnCloses(t *testing.T) {
	t.Run("a failed listener closes the channel", func(t *testing.T) {
		f := newFakeListener()
		f.err = errors.New("checkpoint unreadable")
		c := fabricConn(f)
		wake, err := c.Seals(t.Context(), filepath.Join(t.TempDir(), "cp"))
		if err != nil {
			t.Fatal(err)
		}
		close(f.seals)
		if receive(t, wake) {
			t.Fatal("a wake-up from a failed stream")
		}
	})
	t.Run("Close stops the listener before closing the back end", func(t *testing.T) {
		f := newFakeListener()
		c := fabricConn(f)
		wake, err := c.Seals(context.Background(), filepath.Join(t.TempDir(), "cp"))
		if err != nil {
			t.Fatal(err)
		}
		<-f.checkpoint
		if err := c.Close(); err != nil {
			t.Fatal(err)
		}
		if receive(t, wake) {
			t.Fatal("a wake-up after Close")
		}
		if _, err := c.Seals(context.Background(), filepath.Join(t.TempDir(), "cp")); !errors.Is(err, ErrOpen) {
			t.Fatalf("Seals after Close: %v, want ErrOpen", err)
		}
	})
}

func TestSealsRefuseABadCheckpointAndTheEmbeddedLedgerHasNone(t *testing.T) {
	dir := t.TempDir()
	c := fabricConn(newFakeListener())
	defer c.Close()
	for name, cp := range map[string]string{
		"no checkpoint file":            "",
		"a checkpoint in a missing dir": filepath.Join(dir, "missing", "cp"),
		"a directory as the checkpoint": dir,
	} {
		t.Run(name+" is a bad config", func(t *testing.T) {
			if _, err := c.Seals(t.Context(), cp); !errors.Is(err, ErrBadConfig) {
				t.Fatalf("got %v, want ErrBadConfig", err)
			}
		})
	}
	t.Run("the embedded ledger returns no channel: keep polling", func(t *testing.T) {
		data := t.TempDir()
		made, err := OpenOrCreate("", data, "agent", nil)
		if err != nil {
			t.Fatal(err)
		}
		made.Close()
		conn, err := OpenAccess(Access{Data: data}, "AuditorMSP", "attestor", nil)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		cp := filepath.Join(dir, "embedded.checkpoint")
		wake, err := conn.Seals(t.Context(), cp)
		if wake != nil || err != nil {
			t.Fatalf("got %v, %v; want nil, nil", wake, err)
		}
		if _, err := os.Stat(cp); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("the embedded ledger created a checkpoint file: %v", err)
		}
	})
}
