package telemetry

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

// MaxLineSize bounds one JSON Lines record; a longer line is ErrMalformed and
// the reader moves on to the next line.
const MaxLineSize = 64 << 10

// LineReader reads signed events from JSON Lines, one per line. Blank lines
// are skipped. A line that does not decode yields its error (wrapping
// ErrMalformed or ErrOutOfRange) and reading goes on with the next line.
type LineReader struct {
	r    *bufio.Reader
	line int
}

// NewLineReader reads JSON Lines from r.
func NewLineReader(r io.Reader) *LineReader {
	return &LineReader{r: bufio.NewReaderSize(r, 256<<10)}
}

// Line returns the 1-based number of the line last read.
func (lr *LineReader) Line() int { return lr.line }

// Next returns the next event. At the end of input it returns io.EOF. Any
// other error concerns only the line just read; raw holds that line (capped).
func (lr *LineReader) Next() (ev SignedEvent, raw []byte, err error) {
	for {
		raw, tooLong, rerr := lr.readLine()
		if rerr != nil && len(raw) == 0 && !tooLong {
			return SignedEvent{}, nil, rerr
		}
		lr.line++
		if tooLong {
			return SignedEvent{}, raw, fmt.Errorf("%w: line %d longer than %d bytes", ErrMalformed, lr.line, MaxLineSize)
		}
		if len(trimSpace(raw)) == 0 {
			if rerr != nil {
				return SignedEvent{}, nil, rerr
			}
			continue
		}
		if err := ev.UnmarshalJSON(raw); err != nil {
			return SignedEvent{}, raw, err
		}
		return ev, raw, nil
	}
}

// readLine returns one line without its newline. A line over MaxLineSize is
// consumed whole and reported as tooLong (raw then holds its start).
func (lr *LineReader) readLine() (raw []byte, tooLong bool, err error) {
	for {
		frag, err := lr.r.ReadSlice('\n')
		if len(raw)+len(frag) > MaxLineSize+1 {
			if !tooLong {
				raw = append(raw, frag[:min(len(frag), 256)]...)
			}
			tooLong = true
		} else if !tooLong {
			raw = append(raw, frag...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if n := len(raw); !tooLong && n > 0 && raw[n-1] == '\n' {
			raw = raw[:n-1]
		}
		if err == io.EOF && (len(raw) > 0 || tooLong) {
			return raw, tooLong, nil
		}
		return raw, tooLong, err
	}
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}
