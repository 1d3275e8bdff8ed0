package sim

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"io"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// Result summarises a generation.
type Result struct {
	Fleet       *Fleet
	Events      int64     // events written: Swaps + Heartbeats
	Swaps       int64     // swap events written
	Heartbeats  int64     // heartbeats written (Config.Heartbeat)
	Forwarded   int64     // events written after a link outage, later than their time
	First, Last time.Time // earliest and latest event time (zero when no events)
}

// Generate simulates the fleet described by cfg and writes its signed events
// to w as JSON Lines (one telemetry.SignedEvent per line), in feed order:
// by arrival time, then cabinet, then sequence number. Cabinets are simulated
// and signed by cfg.Workers goroutines; the bytes written depend only on cfg.
func Generate(ctx context.Context, cfg Config, w io.Writer) (Result, error) {
	fleet, err := NewFleet(cfg)
	if err != nil {
		return Result{}, err
	}
	workers := workersOf(cfg)
	cabinets := make([]*cabinet, cfg.Cabinets)
	for i := range cabinets {
		cabinets[i] = newCabinet(&cfg, fleet.private[i], uint32(i+1))
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	hours := 24 * cfg.Days
	batches := make(chan []record, 2)
	var genErr error
	go func() {
		defer close(batches)
		genErr = produce(ctx, cabinets, cfg.Start.Unix(), hours, workers, batches)
	}()

	res := Result{Fleet: fleet}
	var first, last int64
	bw := bufio.NewWriterSize(w, 1<<20)
	done := 0
	var werr error
	for batch := range batches {
		if werr != nil {
			continue // drain so the generator ends
		}
		for i := range batch {
			r := &batch[i]
			if _, werr = bw.Write(r.line); werr == nil {
				werr = bw.WriteByte('\n')
			}
			if werr != nil {
				cancel()
				break
			}
			if res.Events == 0 || r.time < first {
				first = r.time
			}
			if res.Events == 0 || r.time > last {
				last = r.time
			}
			if r.arrival > r.time {
				res.Forwarded++
			}
			res.Events++
			if r.heartbeat {
				res.Heartbeats++
			} else {
				res.Swaps++
			}
		}
		done++
		if cfg.Progress != nil && werr == nil {
			cfg.Progress(Progress{Hours: done, TotalHours: hours, Events: res.Events})
		}
	}
	switch {
	case werr != nil:
		return res, fmt.Errorf("writing events: %w", werr)
	case genErr != nil:
		return res, fmt.Errorf("simulation stopped after %d of %d hours: %w", done, hours, genErr)
	case done < hours:
		return res, fmt.Errorf("simulation stopped after %d of %d hours: %w", done, hours, context.Cause(ctx))
	}
	if err := bw.Flush(); err != nil {
		return res, fmt.Errorf("writing events: %w", err)
	}
	if res.Events > 0 {
		res.First, res.Last = time.Unix(first, 0).UTC(), time.Unix(last, 0).UTC()
	}
	return res, nil
}

// lookahead is how many hours may be in simulation at once, counting the one
// being merged: it bounds memory while letting workers run on past the end
// of an hour.
const lookahead = 4

// hourBatch collects one simulated hour, chunk by chunk.
type hourBatch struct {
	parts [][]record
	errs  []error
	left  atomic.Int64
	done  chan struct{} // closed when every chunk is in
}

// produce simulates hours [0, hours) from start on workers goroutines and
// sends each hour's events, merged into feed order, to out.
//
// Cabinets are split into chunks. Each chunk has one job outstanding at a
// time: its next hour. A worker that finishes (hour, chunk) makes
// (hour+1, chunk) ready, unless that hour is more than lookahead hours past
// the one being merged; then the job is parked until the merge catches up.
// So no worker waits at the end of an hour, or for a chunk another worker
// holds, while any chunk has work within the window.
func produce(ctx context.Context, cabinets []*cabinet, start int64, hours, workers int, out chan<- []record) error {
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer func() {
		cancel() // stops the workers
		wg.Wait()
	}()
	chunk := max(1, len(cabinets)/(16*workers))
	nChunks := (len(cabinets) + chunk - 1) / chunk
	type job struct {
		hour, chunk int
		batch       *hourBatch
	}
	newBatch := func() *hourBatch {
		b := &hourBatch{parts: make([][]record, nChunks), errs: make([]error, nChunks), done: make(chan struct{})}
		b.left.Store(int64(nChunks))
		return b
	}

	var (
		mu      sync.Mutex // guards batches, allowed, parked
		batches = make([]*hourBatch, hours)
		allowed = min(lookahead, hours) // hours below this may be simulated
		parked  []job
	)
	for h := range allowed {
		batches[h] = newBatch()
	}
	ready := make(chan job, nChunks) // never full: one job per chunk at most
	for k := range nChunks {
		ready <- job{hour: 0, chunk: k, batch: batches[0]}
	}

	for range min(workers, nChunks) {
		wg.Go(func() {
			for {
				var j job
				select {
				case j = <-ready:
				case <-ctx.Done():
					return
				}
				var recs []record
				var err error
				from := start + 3600*int64(j.hour)
				for _, c := range cabinets[j.chunk*chunk : min((j.chunk+1)*chunk, len(cabinets))] {
					if recs, err = c.run(from, from+3600, recs); err != nil {
						break
					}
				}
				j.batch.parts[j.chunk], j.batch.errs[j.chunk] = recs, err
				if j.batch.left.Add(-1) == 0 {
					close(j.batch.done)
				}
				if j.hour+1 == hours {
					continue
				}
				next := job{hour: j.hour + 1, chunk: j.chunk}
				mu.Lock()
				if next.hour < allowed {
					next.batch = batches[next.hour]
					ready <- next
				} else {
					parked = append(parked, next)
				}
				mu.Unlock()
			}
		})
	}

	for h := range hours {
		mu.Lock()
		b := batches[h]
		mu.Unlock()
		select {
		case <-b.done:
		case <-ctx.Done():
			return context.Cause(ctx)
		}
		recs, err := merge(b)
		if err != nil {
			return err
		}
		select {
		case out <- recs:
		case <-ctx.Done():
			return context.Cause(ctx)
		}
		mu.Lock()
		batches[h] = nil
		if h+lookahead < hours {
			batches[h+lookahead] = newBatch()
			allowed = h + lookahead + 1
			keep := parked[:0]
			for _, j := range parked {
				if j.hour < allowed {
					j.batch = batches[j.hour]
					ready <- j
				} else {
					keep = append(keep, j)
				}
			}
			parked = keep
		}
		mu.Unlock()
	}
	return nil
}

// merge puts an hour's events into feed order: arrival time, cabinet, seq.
func merge(b *hourBatch) ([]record, error) {
	n := 0
	for k, p := range b.parts {
		if b.errs[k] != nil {
			return nil, b.errs[k]
		}
		n += len(p)
	}
	all := make([]record, 0, n)
	for _, p := range b.parts {
		all = append(all, p...)
	}
	slices.SortFunc(all, func(a, b record) int {
		return cmp.Or(cmp.Compare(a.arrival, b.arrival), cmp.Compare(a.cabinet, b.cabinet), cmp.Compare(a.seq, b.seq))
	})
	return all, nil
}

func workersOf(cfg Config) int {
	if cfg.Workers == 0 {
		return runtime.NumCPU()
	}
	return cfg.Workers
}
