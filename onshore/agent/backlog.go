package agent

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Backlog returns how many events Drain has ahead of it: those queued and
// the non-blank lines of the file sources after where the agent stopped
// reading each (a file shorter than that offset counts from its start, as
// Drain reads it). Drain answers every one of them: the ledger stores it,
// finds it a duplicate or rejects it, or the edge rejects it (Summary).
// It is for showing progress; call it before Drain.
func (a *Agent) Backlog() (int64, error) {
	n := int64(a.q.Len())
	for _, path := range a.cfg.Sources.Files {
		lines, err := a.linesLeft(path)
		if err != nil {
			return 0, fmt.Errorf("agent: backlog of %s: %w", path, err)
		}
		n += lines
	}
	return n, nil
}

// linesLeft counts the non-blank lines of a file source after its mark.
func (a *Agent) linesLeft(path string) (int64, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return 0, err
	}
	f, err := os.Open(abs)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	var off int64
	if v, err := a.q.Mark(markFile + abs); err != nil {
		return 0, err
	} else if len(v) == 8 {
		off = int64(binary.BigEndian.Uint64(v))
	}
	if st, err := f.Stat(); err != nil {
		return 0, err
	} else if st.Size() < off {
		off = 0
	}
	if _, err := f.Seek(off, io.SeekStart); err != nil {
		return 0, err
	}
	var lines int64
	blank := true // the line being read has no byte but white space so far
	buf := make([]byte, 256<<10)
	for {
		m, rerr := f.Read(buf)
		for _, c := range buf[:m] {
			switch c {
			case '\n':
				if !blank {
					lines++
				}
				blank = true
			case ' ', '\t', '\r', '\v', '\f':
			default:
				blank = false
			}
		}
		if errors.Is(rerr, io.EOF) {
			if !blank {
				lines++ // a last line without a newline
			}
			return lines, nil
		}
		if rerr != nil {
			return 0, rerr
		}
	}
}

// Answered returns how many events were answered since the agent started:
// stored, found duplicate or rejected by the ledger, or rejected at the
// edge. During Drain it counts up to Backlog.
func (s Summary) Answered() int64 {
	n := s.Stored + s.Duplicates + s.RejectedTotal()
	for _, v := range s.LedgerRejected {
		n += v
	}
	return n
}
