package agent

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// maxQuarantineRaw bounds what the quarantine keeps of one rejected item.
const maxQuarantineRaw = 64 << 10

// quarantine appends every event rejected for good to a JSON Lines file,
// one object a line: when, the source, where in it, the error class and
// message, and the item as read. The ingester writes what the edge
// rejects, the forwarder what the ledger rejected (source "ledger", the
// event as the agent queued it; "queue" for a queued record that no longer
// decodes); sync fsyncs once per submission or batch. Exact duplicates are
// not rejections and never written. An event replayed after a crash
// between the quarantine write and the queue commit (or the queue removal)
// appears twice: the file says what was rejected, it is not counted from.
type quarantine struct {
	mu    sync.Mutex
	path  string // "": no quarantine file
	now   func() time.Time
	f     *os.File
	dirty bool
	err   error // the first write error: later writes are skipped, sync reports it
}

// quarantined is one line of the quarantine file.
type quarantined struct {
	Time   time.Time `json:"time"`
	Source string    `json:"source"`
	Pos    string    `json:"position,omitempty"`
	Class  string    `json:"class"`
	Error  string    `json:"error"`
	Raw    string    `json:"raw,omitempty"`   // the item as read (UTF-8 as is, else its JSON-quoted bytes)
	Event  any       `json:"event,omitempty"` // the decoded event, when the item decoded
}

func (q *quarantine) add(source string, it *Item, class string, err error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.path == "" || q.err != nil {
		return
	}
	if q.f == nil {
		if q.err = os.MkdirAll(filepath.Dir(q.path), 0o700); q.err != nil {
			return
		}
		if q.f, q.err = os.OpenFile(q.path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600); q.err != nil {
			return
		}
	}
	rec := quarantined{Time: q.now().UTC(), Source: source, Pos: it.Pos, Class: class, Error: err.Error()}
	raw := it.Raw
	if len(raw) > maxQuarantineRaw {
		raw = raw[:maxQuarantineRaw]
	}
	rec.Raw = string(raw)
	if it.Err == nil {
		rec.Event = it.Event
	}
	line, merr := json.Marshal(rec)
	if merr != nil {
		q.err = fmt.Errorf("quarantine: %w", merr)
		return
	}
	if _, q.err = q.f.Write(append(line, '\n')); q.err == nil {
		q.dirty = true
	}
}

// sync makes the lines written since the last sync durable.
func (q *quarantine) sync() error {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.syncLocked()
}

func (q *quarantine) syncLocked() error {
	if q.err != nil {
		err := q.err
		q.err = nil // report once, try again with the next submission
		return err
	}
	if !q.dirty {
		return nil
	}
	q.dirty = false
	return q.f.Sync()
}

func (q *quarantine) close() error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.f == nil {
		return nil
	}
	err := q.syncLocked()
	if cerr := q.f.Close(); err == nil {
		err = cerr
	}
	return err
}

// QuarantinePath is the file the agent keeps rejected events in ("" when
// it keeps none).
func (a *Agent) QuarantinePath() string { return a.quarantine.path }
