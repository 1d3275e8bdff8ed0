// Package ledgertest compares what a ledger holds with the events that were
// sent to it, record by record and byte for byte, for the tests of the
// agent and of the ledger's back ends. It is for tests only.
package ledgertest

import (
	"bytes"
	"context"
	"fmt"

	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// Encoded reads JSON Lines of signed events (as the simulator writes them)
// and returns the lines, in order, the events, and each event's canonical
// encoding by key. A line that does not decode, or a key given twice, is an
// error.
func Encoded(data []byte) (lines [][]byte, events []telemetry.SignedEvent, encoded map[telemetry.Key][]byte, err error) {
	encoded = map[telemetry.Key][]byte{}
	for line := range bytes.Lines(data) {
		line = bytes.TrimSpace(line)
		var ev telemetry.SignedEvent
		if err := ev.UnmarshalJSON(line); err != nil {
			return nil, nil, nil, err
		}
		b, err := ev.MarshalBinary()
		if err != nil {
			return nil, nil, nil, err
		}
		if _, dup := encoded[ev.Key()]; dup {
			return nil, nil, nil, fmt.Errorf("%v is given twice", ev.Key())
		}
		encoded[ev.Key()] = b
		lines, events = append(lines, line), append(events, ev)
	}
	return lines, events, encoded, nil
}

// Records returns every record c lists for pool in epochs [from, to] under
// the policy document, by key, in its canonical encoding. A key listed
// twice is an error.
func Records(ctx context.Context, c *ledger.Client, pool telemetry.PoolID, from, to uint64, policy []byte) (map[telemetry.Key][]byte, error) {
	out := map[telemetry.Key][]byte{}
	for e := from; e <= to; e++ {
		req := ledger.RecordsRequest{Pool: pool, Epoch: e, Policy: policy, Limit: ledger.MaxPage}
		err := c.EachRecord(ctx, req, func(ev telemetry.SignedEvent) error {
			b, err := ev.MarshalBinary()
			if err != nil {
				return err
			}
			if _, dup := out[ev.Key()]; dup {
				return fmt.Errorf("the ledger lists %v twice", ev.Key())
			}
			out[ev.Key()] = b
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("records of epoch %d: %w", e, err)
		}
	}
	return out, nil
}

// Same returns an error unless got holds exactly want's events, with the
// same bytes: how many are missing, differ or are extra, with an example.
func Same(got, want map[telemetry.Key][]byte) error {
	var missing, differ, extra int
	var example string
	for k, w := range want {
		g, ok := got[k]
		switch {
		case !ok:
			missing++
			example = fmt.Sprintf("missing %v", k)
		case !bytes.Equal(g, w):
			differ++
			example = fmt.Sprintf("%v stored with other bytes", k)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			extra++
			example = fmt.Sprintf("extra %v", k)
		}
	}
	if missing+differ+extra > 0 {
		return fmt.Errorf("the ledger holds %d records, want %d: %d missing, %d with other bytes, %d extra (e.g. %s)",
			len(got), len(want), missing, differ, extra, example)
	}
	return nil
}
