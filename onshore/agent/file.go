package agent

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// followPoll is how often a followed file is checked for growth.
const followPoll = 200 * time.Millisecond

// runFile reads a JSON Lines file from where the agent last stopped (its
// offset is a queue mark, written in the same transaction as the events
// before it) to its end; with follow it then waits for the file to grow. A
// file that shrank below the offset was replaced: it is read from the start.
func (a *Agent) runFile(ctx context.Context, path string, follow bool) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	key := markFile + abs
	f, err := os.Open(abs)
	if err != nil {
		return err
	}
	defer f.Close()
	var off int64
	if v, err := a.q.Mark(key); err != nil {
		return err
	} else if len(v) == 8 {
		off = int64(binary.BigEndian.Uint64(v))
	}
	if st, err := f.Stat(); err != nil {
		return err
	} else if st.Size() < off {
		a.log.Warn("file is shorter than where the agent stopped; reading it from the start", "file", abs, "offset", off, "size", st.Size())
		off = 0
	}
	if _, err := f.Seek(off, io.SeekStart); err != nil {
		return err
	}
	a.log.Info("file source", "file", abs, "offset", off, "follow", follow)

	fr := fileReader{a: a, key: key, end: off, pos: off, marked: off, linesFrom: off}
	buf := make([]byte, 256<<10)
	for {
		n, rerr := f.Read(buf)
		fr.feed(buf[:n])
		if rerr != nil && !errors.Is(rerr, io.EOF) {
			return rerr
		}
		if errors.Is(rerr, io.EOF) && !follow {
			fr.finish()
		}
		if err := fr.flush(ctx); err != nil {
			return err
		}
		if !errors.Is(rerr, io.EOF) {
			continue
		}
		if !follow {
			return nil
		}
		t := time.NewTimer(followPoll)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
		if st, err := f.Stat(); err == nil && st.Size() < fr.pos {
			a.log.Warn("followed file was truncated; reading it from the start", "file", abs)
			if _, err := f.Seek(0, io.SeekStart); err != nil {
				return err
			}
			fr.reset()
		}
	}
}

// fileReader splits a file's bytes into lines, decodes them and tracks the
// offset after the last complete line.
type fileReader struct {
	a       *Agent
	key     string
	pos     int64 // offset of the next byte to feed
	end     int64 // offset after the last complete line
	marked  int64 // offset last written as the file's mark
	partial []byte
	tooLong bool
	items   []Item
	// lines counts the lines read since the reader started at byte
	// linesFrom: a line number when that is 0, else lines after it.
	lines     int
	linesFrom int64
}

func (fr *fileReader) reset() {
	fr.pos, fr.end, fr.marked, fr.partial, fr.tooLong, fr.items = 0, 0, -1, nil, false, nil
	fr.lines, fr.linesFrom = 0, 0
}

// where names the line that starts at byte start: FILE:LINE, or the line's
// place after the byte the agent resumed from.
func (fr *fileReader) where(start int64) string {
	path := strings.TrimPrefix(fr.key, markFile)
	if fr.linesFrom == 0 {
		return fmt.Sprintf("%s:%d", path, fr.lines)
	}
	return fmt.Sprintf("%s: byte %d (line %d after byte %d, where the agent resumed)", path, start, fr.lines, fr.linesFrom)
}

func (fr *fileReader) feed(data []byte) {
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			fr.add(data)
			fr.pos += int64(len(data))
			return
		}
		fr.add(data[:i])
		fr.pos += int64(i + 1)
		fr.line()
		data = data[i+1:]
	}
}

// finish ends a last line that has no newline.
func (fr *fileReader) finish() {
	if len(fr.partial) > 0 || fr.tooLong {
		fr.line()
	}
}

func (fr *fileReader) add(b []byte) {
	if fr.tooLong {
		return
	}
	if len(fr.partial)+len(b) > telemetry.MaxLineSize {
		fr.tooLong, fr.partial = true, nil
		return
	}
	fr.partial = append(fr.partial, b...)
}

func (fr *fileReader) line() {
	start := fr.end
	fr.end = fr.pos
	raw, tooLong := fr.partial, fr.tooLong
	fr.partial, fr.tooLong = fr.partial[:0], false
	fr.lines++
	pos := fr.where(start)
	if tooLong {
		fr.items = append(fr.items, Item{Err: fmt.Errorf("%w: line at byte %d longer than %d bytes", telemetry.ErrMalformed, start, telemetry.MaxLineSize), Pos: pos})
		return
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return
	}
	var ev telemetry.SignedEvent
	if err := ev.UnmarshalJSON(raw); err != nil {
		fr.items = append(fr.items, Item{Err: fmt.Errorf("line at byte %d: %w", start, err), Raw: bytes.Clone(raw), Pos: pos})
		return
	}
	fr.items = append(fr.items, Item{Event: ev, Raw: bytes.Clone(raw), Pos: pos})
}

// flush ingests the complete lines read so far with the offset after them,
// waiting while the queue is full (the file source pauses; nothing is
// skipped).
func (fr *fileReader) flush(ctx context.Context) error {
	if len(fr.items) == 0 && fr.end == fr.marked {
		return nil
	}
	items := fr.items
	fr.items = nil
	fr.a.received("file", len(items))
	marks := map[string][]byte{fr.key: binary.BigEndian.AppendUint64(nil, uint64(fr.end))}
	if err := fr.a.ingestPatiently(ctx, "file", items, marks); err != nil {
		return err
	}
	fr.marked = fr.end
	return nil
}

// ingestPatiently ingests items and marks, offering refused items again
// (in order) whenever the queue has drained some, until all are taken or
// rejected and the marks are written.
func (a *Agent) ingestPatiently(ctx context.Context, source string, items []Item, marks map[string][]byte) error {
	for {
		outs, err := a.Ingest(ctx, source, items, marks)
		var again []Item
		for i, o := range outs {
			if Refused(o) {
				again = append(again, items[i])
			}
		}
		if err == nil && len(again) == 0 {
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if errors.Is(err, ErrUnavailable) && a.closing.Load() {
			return err
		}
		items = again
		t := time.NewTimer(time.Second)
		select {
		case <-a.q.Removed():
		case <-t.C:
		case <-ctx.Done():
		}
		t.Stop()
	}
}
