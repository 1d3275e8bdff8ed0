package ledger

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// maxFrameLen bounds one event frame; longer frames are still read, and
// rejected per event as malformed, up to this size.
const maxFrameLen = 64 << 10

// submitBatch validates and stores a batch of events, one result per event.
// A bad event is rejected alone; only a broken frame list fails the call.
//
// Per event, in order: decode (model limits) → exact duplicate of a stored
// record ("duplicate", no further checks: it was verified when stored) →
// device and signature (in parallel) → the ledger's bounds → clock skew
// against the transaction's time → same key with other bytes (ErrConflict)
// → sealed epoch (ErrEpochSealed) → store.
func (c *Contract) submitBatch(tx TxContext, arg []byte) ([]byte, error) {
	frames, err := decodeFrames(arg, MaxBatch, maxFrameLen)
	if err != nil {
		return nil, err
	}
	n := len(frames)
	results := make([]EventResult, n)
	events := make([]telemetry.SignedEvent, n)
	sums := make([][32]byte, n)
	stored := make([][]byte, n) // dedupe value on the ledger, if any
	devices, err := newDeviceLoader(tx)
	if err != nil {
		return nil, err
	}
	reject := func(i int, err error) {
		results[i].Status, results[i].Class, results[i].Error = StatusRejected, eventClass(err), err.Error()
	}

	// Decode and look up every event; exact duplicates are done here.
	verify := make([]int, 0, n)
	for i, f := range frames {
		if err := events[i].UnmarshalBinary(f); err != nil {
			reject(i, err)
			continue
		}
		ev := &events[i]
		results[i].Cabinet, results[i].Seq = ev.Cabinet, ev.Seq
		sums[i] = sha256.Sum256(f)
		dv, err := tx.Get(dedupeKey(ev.Pool, ev.Cabinet, ev.Seq))
		if err != nil {
			return nil, fmt.Errorf("ledger state: %w", err)
		}
		if dv != nil {
			sum, _, err := parseDedupeValue(dv)
			if err != nil {
				return nil, err
			}
			if bytes.Equal(sum, sums[i][:]) {
				results[i].Status, results[i].Class = StatusDuplicate, telemetry.Class(telemetry.ErrDuplicate)
				continue
			}
			stored[i] = dv
		}
		if err := devices.load(ev.Cabinet); err != nil {
			return nil, err
		}
		verify = append(verify, i)
	}

	verr := make([]error, n)
	c.verifyAll(devices.reg, events, verify, verr)

	now := tx.Time()
	limit := now.Add(c.cfg.MaxSkew)
	sealed := map[string]bool{}
	written := map[string][32]byte{} // dedupe keys this batch stored: state reads do not see them
	for _, i := range verify {
		ev := &events[i]
		err := verr[i]
		if err == nil {
			err = c.cfg.Bounds.Check(&ev.Event)
		}
		at := time.Unix(ev.Time, 0)
		if err == nil && at.After(limit) {
			err = fmt.Errorf("%w: cabinet %d seq %d dated %s, %s after the transaction's time %s (window %s)",
				telemetry.ErrClockSkew, ev.Cabinet, ev.Seq, at.UTC().Format(time.RFC3339), at.Sub(now).Round(time.Second), now.UTC().Format(time.RFC3339), c.cfg.MaxSkew)
		}
		dk := dedupeKey(ev.Pool, ev.Cabinet, ev.Seq)
		if err == nil {
			if prev, ok := written[dk]; ok {
				if prev == sums[i] {
					results[i].Status, results[i].Class = StatusDuplicate, telemetry.Class(telemetry.ErrDuplicate)
					continue
				}
				err = fmt.Errorf("%w: pool %q cabinet %d seq %d appears twice in the batch with different contents", ErrConflict, ev.Pool, ev.Cabinet, ev.Seq)
			} else if stored[i] != nil {
				_, hour, _ := parseDedupeValue(stored[i])
				err = fmt.Errorf("%w: pool %q cabinet %d seq %d is stored with different contents (hour %s)", ErrConflict, ev.Pool, ev.Cabinet, ev.Seq, time.Unix(int64(hour)*hourSeconds, 0).UTC().Format(time.RFC3339))
			}
		}
		hour := hourOf(ev.Time)
		if err == nil {
			sk := sealedHourKey(ev.Pool, hour)
			is, seen := sealed[sk]
			if !seen {
				v, gerr := tx.Get(sk)
				if gerr != nil {
					return nil, fmt.Errorf("ledger state: %w", gerr)
				}
				is = v != nil
				sealed[sk] = is
			}
			if is {
				err = fmt.Errorf("%w: pool %q cabinet %d seq %d dated %s falls in a sealed epoch", ErrEpochSealed, ev.Pool, ev.Cabinet, ev.Seq, at.UTC().Format(time.RFC3339))
			}
		}
		if err != nil {
			reject(i, err)
			continue
		}
		if err := tx.PutPrivate(c.cfg.RecordsCollection, recordKey(ev.Pool, hour, ev.Cabinet, ev.Seq), frames[i]); err != nil {
			return nil, fmt.Errorf("ledger state: %w", err)
		}
		if err := tx.Put(dk, dedupeValue(sums[i], hour)); err != nil {
			return nil, fmt.Errorf("ledger state: %w", err)
		}
		written[dk] = sums[i]
		results[i].Status = StatusStored
		results[i].Skewed = at.After(now)
	}
	return json.Marshal(results)
}

// verifyAll checks device and signature of events[i] for every i in idx,
// into errs[i], in batches (telemetry.Registry.VerifyAll: ed25519 batch
// verification under ZIP 215, one by one only when a batch fails) on up to
// Config.Verifiers goroutines. The registry is only read. Each result lands
// in its own slot and is the one Registry.Verify gives, so the outcome
// does not depend on scheduling or batching.
func (c *Contract) verifyAll(reg *telemetry.Registry, events []telemetry.SignedEvent, idx []int, errs []error) {
	workers := c.cfg.Verifiers
	if workers == 0 {
		workers = runtime.NumCPU()
	}
	// A batch of 128 signatures costs about half as much per signature as
	// one by one; a worker takes one batch at a time.
	const block = 128
	workers = min(workers, (len(idx)+block-1)/block)
	if workers <= 1 {
		for lo := 0; lo < len(idx); lo += block {
			reg.VerifyAll(events, idx[lo:min(lo+block, len(idx))], errs)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				lo := int(next.Add(block)) - block
				if lo >= len(idx) {
					return
				}
				reg.VerifyAll(events, idx[lo:min(lo+block, len(idx))], errs)
			}
		})
	}
	wg.Wait()
}
