package ledger

import (
	"encoding/binary"
	"fmt"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// frameVersion starts every frame list: SubmitBatch's argument and a Records
// page.
const frameVersion byte = 1

// Frame list, version 1:
//
//	version u8 = 1
//	count   uvarint
//	count × (length uvarint, bytes)
//
// Each event frame holds telemetry's canonical signed encoding
// (SignedEvent.MarshalBinary), verbatim.

// EncodeBatch frames events for SubmitBatch. It fails (ErrBadArgs wrapping
// the telemetry error) when an event can not be encoded or there are more
// than MaxBatch.
func EncodeBatch(events []telemetry.SignedEvent) ([]byte, error) {
	if len(events) > MaxBatch {
		return nil, fmt.Errorf("%w: %d events, at most %d per batch", ErrBadArgs, len(events), MaxBatch)
	}
	b := make([]byte, 0, 1+binary.MaxVarintLen32+len(events)*(telemetry.MaxEncodedSize/2))
	b = append(b, frameVersion)
	b = binary.AppendUvarint(b, uint64(len(events)))
	for i := range events {
		enc, err := events[i].MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("%w: event %d (cabinet %d seq %d): %w", ErrBadArgs, i, events[i].Cabinet, events[i].Seq, err)
		}
		b = binary.AppendUvarint(b, uint64(len(enc)))
		b = append(b, enc...)
	}
	return b, nil
}

// encodeFrames frames raw items.
func encodeFrames(items [][]byte) []byte {
	n := 1 + binary.MaxVarintLen32
	for _, it := range items {
		n += binary.MaxVarintLen32 + len(it)
	}
	b := make([]byte, 0, n)
	b = append(b, frameVersion)
	b = binary.AppendUvarint(b, uint64(len(items)))
	for _, it := range items {
		b = binary.AppendUvarint(b, uint64(len(it)))
		b = append(b, it...)
	}
	return b
}

// decodeFrames reads a frame list of at most maxItems items of at most
// maxLen bytes each. Items alias b. Any framing fault is ErrBadArgs.
func decodeFrames(b []byte, maxItems, maxLen int) ([][]byte, error) {
	if len(b) == 0 || b[0] != frameVersion {
		return nil, fmt.Errorf("%w: frame list must start with version %d", ErrBadArgs, frameVersion)
	}
	b = b[1:]
	n, k := binary.Uvarint(b)
	if k <= 0 {
		return nil, fmt.Errorf("%w: frame list: bad count", ErrBadArgs)
	}
	if n > uint64(maxItems) {
		return nil, fmt.Errorf("%w: frame list of %d items, at most %d", ErrBadArgs, n, maxItems)
	}
	b = b[k:]
	out := make([][]byte, 0, n)
	for i := range int(n) {
		l, k := binary.Uvarint(b)
		if k <= 0 || l > uint64(maxLen) || l > uint64(len(b)-k) {
			return nil, fmt.Errorf("%w: frame list: item %d: bad or oversized length", ErrBadArgs, i)
		}
		out = append(out, b[k:k+int(l)])
		b = b[k+int(l):]
	}
	if len(b) != 0 {
		return nil, fmt.Errorf("%w: frame list: %d trailing bytes", ErrBadArgs, len(b))
	}
	return out, nil
}
