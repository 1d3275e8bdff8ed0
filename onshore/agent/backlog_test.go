package agent

import (
	"context"
	"errors"
	"os"
	"testing"
)

func TestBacklogCountsQueuedEventsAndTheUnreadLinesAfterWhereTheAgentStopped(t *testing.T) {
	f := newFleet(t, 2, 0)
	evs := f.events(2, 4) // 8 events
	js := func(i int) []byte {
		b, err := evs[i].MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	path := tempPath(t, "events.jsonl")
	writeLines(t, path, [][]byte{js(0), {}, js(1), []byte(" \t"), js(2), js(3)})
	cfg := testConfig(t)
	cfg.Sources.Files = []string{path}
	cfg.Retry.OnceAttempts = 1

	// First run: the ledger is down; the four events stay queued and the
	// file is read to its end.
	l := newFakeLedger()
	l.setDown(true)
	a := newTestAgent(t, cfg, f.reg, l)
	if n, err := a.Backlog(); err != nil || n != 4 {
		t.Fatalf("backlog of a fresh file: %d, %v; want 4 (blank lines are no events)", n, err)
	}
	if _, err := a.Drain(context.Background()); !errors.Is(err, ErrSubmitFailed) {
		t.Fatalf("drain with the ledger down: %v", err)
	}
	a.Close()

	// Three more lines, the last without a newline.
	fh, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	fh.Write(append(append(js(4), '\n'), js(5)...))
	fh.Write(append([]byte("\n"), js(6)...))
	fh.Close()

	l.setDown(false)
	a = newTestAgent(t, cfg, f.reg, l)
	n, err := a.Backlog()
	if err != nil || n != 7 {
		t.Fatalf("backlog after a failed run and three new lines: %d, %v; want 4 queued + 3 unread", n, err)
	}
	sum, err := a.Drain(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if sum.Answered() != n {
		t.Fatalf("the drain answered %d events, the backlog said %d:\n%s", sum.Answered(), n, sum)
	}
}
