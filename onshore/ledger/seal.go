package ledger

import (
	"bytes"
	"container/heap"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/rwabridge/rwabridge/circuits/commit"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// poolEpoch pins a pool's epoch length at its first seal: epoch numbers (and
// seal keys) mean one thing per pool.
type poolEpoch struct {
	EpochSeconds  uint64 `json:"epoch_seconds"`
	PolicyID      string `json:"policy_id"`
	PolicyVersion uint32 `json:"policy_version"`
	FirstEpoch    uint64 `json:"first_epoch"`
}

// epochSpan checks that epoch e of p is representable and returns its hour
// buckets [from, to) and bounds.
func epochSpan(p *policy.Policy, e uint64) (start, end time.Time, from, to uint32, err error) {
	if e >= (telemetry.MaxTime+1)/p.EpochSeconds() {
		return time.Time{}, time.Time{}, 0, 0, fmt.Errorf("%w: epoch %d of %s ends after the last representable record time", ErrBadArgs, e, policy.FormatEpochLength(p.Epoch))
	}
	start, end = p.EpochStart(e), p.EpochEnd(e)
	return start, end, hourOf(start.Unix()), hourOf(end.Unix()), nil
}

func parsePolicy(doc []byte) (*policy.Policy, error) {
	p, err := policy.Parse(doc)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadPolicy, err)
	}
	return p, nil
}

func (c *Contract) seal(tx TxContext, arg []byte) ([]byte, error) {
	var req SealRequest
	if err := decodeArg(arg, &req); err != nil {
		return nil, err
	}
	if err := req.Pool.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadArgs, err)
	}
	p, err := parsePolicy(req.Policy)
	if err != nil {
		return nil, err
	}
	var pin poolEpoch
	pinned, err := getJSON(tx, poolEpochKey(req.Pool), &pin)
	if err != nil {
		return nil, err
	}
	if pinned && pin.EpochSeconds != p.EpochSeconds() {
		return nil, fmt.Errorf("%w: pool %q is sealed in epochs of %s (since %s v%d), policy %s v%d has %s",
			ErrPolicyMismatch, req.Pool, policy.FormatEpochLength(time.Duration(pin.EpochSeconds)*time.Second), pin.PolicyID, pin.PolicyVersion,
			p.ID, p.Version, policy.FormatEpochLength(p.Epoch))
	}
	start, end, fromHour, toHour, err := epochSpan(p, req.Epoch)
	if err != nil {
		return nil, err
	}
	sk := sealKey(req.Pool, req.Epoch)
	if v, err := tx.Get(sk); err != nil {
		return nil, fmt.Errorf("ledger state: %w", err)
	} else if v != nil {
		return nil, fmt.Errorf("%w: pool %q epoch %d", ErrAlreadySealed, req.Pool, req.Epoch)
	}
	if now, open := tx.Time(), end.Add(c.cfg.Grace); now.Before(open) {
		return nil, fmt.Errorf("%w: pool %q epoch %d ends %s; with a grace of %s it can be sealed from %s, the transaction is at %s",
			ErrEpochNotEnded, req.Pool, req.Epoch, end.Format(time.RFC3339), c.cfg.Grace, open.Format(time.RFC3339), now.UTC().Format(time.RFC3339))
	}

	s, reporting, err := c.commitEpoch(tx, req.Pool, p, start, end, fromHour, toHour)
	if err != nil {
		return nil, err
	}
	s.Epoch = req.Epoch
	s.SealedAt, s.TxID = tx.Time().UTC(), tx.TxID()
	if err := completeness(tx, s, reporting); err != nil {
		return nil, err
	}

	out, err := json.Marshal(s)
	if err != nil {
		return nil, err
	}
	if err := tx.Put(sk, out); err != nil {
		return nil, fmt.Errorf("ledger state: %w", err)
	}
	for h := fromHour; h < toHour; h++ {
		if err := tx.Put(sealedHourKey(req.Pool, h), []byte(sk)); err != nil {
			return nil, fmt.Errorf("ledger state: %w", err)
		}
	}
	if !pinned {
		pin = poolEpoch{EpochSeconds: p.EpochSeconds(), PolicyID: p.ID, PolicyVersion: p.Version, FirstEpoch: req.Epoch}
		if err := putJSON(tx, poolEpochKey(req.Pool), pin); err != nil {
			return nil, err
		}
	}
	if err := tx.SetEvent(EventSealCreated, out); err != nil {
		return nil, fmt.Errorf("ledger: event %s: %w", EventSealCreated, err)
	}
	return out, nil
}

// commitEpoch streams the epoch's records in canonical order into the
// commitment and the aggregates. Heartbeats are committed like swaps (Count
// includes them) and count toward nothing but completeness: every figure
// (swaps, energy, revenue, active cabinets, min health) is of swaps only. It
// also returns the cabinets with a record, swap or heartbeat, in the epoch,
// ascending.
func (c *Contract) commitEpoch(st State, pool telemetry.PoolID, p *policy.Policy, start, end time.Time, fromHour, toHour uint32) (*Seal, []uint32, error) {
	b, err := commit.NewBuilder(pool, c.cfg.ChunkCapacity)
	if err != nil {
		return nil, nil, err
	}
	bounds := p.Bounds()
	s := &Seal{
		Pool: pool, EpochSeconds: p.EpochSeconds(), Start: start, End: end,
		PolicyID: p.ID, PolicyVersion: p.Version, PolicyHash: p.Hash(), RecordBounds: boundsOf(bounds),
		ChunkCapacity: c.cfg.ChunkCapacity, MinActiveCabinets: p.MinActiveCabinets,
	}
	var (
		swaps, energy, revenue    uint64
		minSoH                          = uint64(telemetry.MaxSoH)
		lastActive, lastReporting int64 = -1, -1
		reporting                 []uint32
	)
	err = c.mergeRecords(st, pool, fromHour, toHour, "", func(order string, raw []byte) error {
		ev, err := decodeRecord(pool, order, raw, start, end)
		if err != nil {
			return err
		}
		if int64(ev.Cabinet) != lastReporting {
			lastReporting = int64(ev.Cabinet)
			reporting = append(reporting, ev.Cabinet)
		}
		if bounds.Check(&ev.Event) != nil {
			s.OutOfBounds++
			if len(s.OutOfBoundsKeys) < MaxListed {
				s.OutOfBoundsKeys = append(s.OutOfBoundsKeys, RecordKey{Cabinet: ev.Cabinet, Seq: ev.Seq})
			}
			return nil
		}
		if err := b.Add(&ev.Event); err != nil {
			return fmt.Errorf("ledger state: record %s: %w", order, err)
		}
		if ev.IsHeartbeat() {
			return nil
		}
		swaps++
		energy += uint64(ev.EnergyWh)
		revenue += uint64(ev.FeeCents)
		minSoH = min(minSoH, uint64(ev.SoHPermille))
		if int64(ev.Cabinet) != lastActive {
			lastActive = int64(ev.Cabinet)
			s.ActiveCabinets++
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	cm, err := b.Finish()
	if err != nil {
		return nil, nil, err
	}
	s.Root, s.Count = field.Element(cm.Root), cm.Count
	s.Chunks = make([]Chunk, len(cm.Chunks))
	for i := range cm.Chunks {
		s.Chunks[i] = Chunk{Root: field.Element(cm.Chunks[i].Root), Count: cm.Chunks[i].Count}
	}
	values := map[policy.Metric]uint64{
		policy.Swaps: swaps, policy.EnergyWh: energy, policy.RevenueCents: revenue,
		policy.ActiveCabinets: s.ActiveCabinets, policy.MinSoHPermille: minSoH,
	}
	s.Metrics = []MetricValue{}
	for _, m := range p.Disclose.Metrics() {
		s.Metrics = append(s.Metrics, MetricValue{Metric: m.String(), Value: values[m]})
	}
	s.Disclosable = p.Shows(s.ActiveCabinets)
	s.Completeness.Reporting = len(reporting)
	return s, reporting, nil
}

// completeness compares the pool's expected devices with the reporting
// cabinets (ascending).
func completeness(st State, s *Seal, reporting []uint32) error {
	i := 0
	return rangeJSON(st, prefixDevice, func(_ string, d *DeviceEntry) error {
		if d.Pool != s.Pool || !d.RegisteredAt.Before(s.End) || (d.RevokedAt != nil && !d.RevokedAt.After(s.Start)) {
			return nil
		}
		s.Completeness.Expected++
		for i < len(reporting) && reporting[i] < d.Cabinet {
			i++
		}
		if i < len(reporting) && reporting[i] == d.Cabinet {
			return nil
		}
		s.Completeness.MissingCount++
		if len(s.Completeness.Missing) < MaxListed {
			s.Completeness.Missing = append(s.Completeness.Missing, d.Cabinet)
		}
		return nil
	})
}

// decodeRecord decodes a stored record and checks it is where it belongs.
func decodeRecord(pool telemetry.PoolID, order string, raw []byte, start, end time.Time) (telemetry.SignedEvent, error) {
	var ev telemetry.SignedEvent
	if err := ev.UnmarshalBinary(raw); err != nil {
		return ev, fmt.Errorf("ledger state: record %s/%s: %w", pool, order, err)
	}
	if ev.Pool != pool || orderKey(ev.Cabinet, ev.Seq) != order || ev.Time < start.Unix() || ev.Time >= end.Unix() {
		return ev, fmt.Errorf("ledger state: record %s/%s holds pool %q cabinet %d seq %d time %d: not its key", pool, order, ev.Pool, ev.Cabinet, ev.Seq, ev.Time)
	}
	return ev, nil
}

// errStop ends a Range early; mergeRecords and its callers treat it as a
// normal end.
var errStop = errors.New("ledger: stop range")

// mergeRecords visits the records of pool in hour buckets [fromHour, toHour)
// in canonical (cabinet, seq) order, from just after the order key afterKey
// ("" for the start): a k-way merge over the buckets, each read in growing
// pages, so memory holds at most a page per bucket, never the epoch. If
// visit returns errStop, the merge ends without error.
func (c *Contract) mergeRecords(st State, pool telemetry.PoolID, fromHour, toHour uint32, afterKey string, visit func(order string, raw []byte) error) error {
	n := int(toHour - fromHour)
	if n <= 0 {
		return nil
	}
	maxPage := max(64, (1<<16)/n)
	h := make(bucketHeap, 0, n)
	for hour := fromHour; hour < toHour; hour++ {
		prefix := recordBucket(pool, hour)
		b := &bucket{st: st, coll: c.cfg.RecordsCollection, start: prefix, end: prefixEnd(prefix), prefixLen: len(prefix), size: 16, max: maxPage}
		if afterKey != "" {
			b.start = after(prefix + afterKey)
		}
		ok, err := b.ready()
		if err != nil {
			return err
		}
		if ok {
			h = append(h, b)
		}
	}
	heap.Init(&h)
	for len(h) > 0 {
		b := h[0]
		kv := &b.buf[b.pos]
		if err := visit(kv.key[b.prefixLen:], kv.val); err != nil {
			if errors.Is(err, errStop) {
				return nil
			}
			return err
		}
		b.pos++
		ok, err := b.ready()
		if err != nil {
			return err
		}
		if ok {
			heap.Fix(&h, 0)
		} else {
			heap.Pop(&h)
		}
	}
	return nil
}

type kv struct {
	key string
	val []byte
}

// bucket reads one hour bucket in pages that double up to max.
type bucket struct {
	st         State
	coll       string
	start, end string
	prefixLen  int
	buf        []kv
	pos        int
	size, max  int
	done       bool
}

// ready makes buf[pos] the bucket's next record; false when there is none.
func (b *bucket) ready() (bool, error) {
	for b.pos >= len(b.buf) {
		if b.done {
			return false, nil
		}
		b.buf, b.pos = b.buf[:0], 0
		err := b.st.RangePrivate(b.coll, b.start, b.end, func(k string, v []byte) error {
			b.buf = append(b.buf, kv{key: k, val: bytes.Clone(v)})
			if len(b.buf) == b.size {
				return errStop
			}
			return nil
		})
		if err != nil && !errors.Is(err, errStop) {
			return false, fmt.Errorf("ledger state: range %s: %w", b.start, err)
		}
		if len(b.buf) < b.size {
			b.done = true
		}
		if len(b.buf) > 0 {
			b.start = after(b.buf[len(b.buf)-1].key)
		}
		b.size = min(2*b.size, b.max)
	}
	return true, nil
}

// bucketHeap orders buckets by their next record's order key. Buckets of a
// pool have equally long prefixes, and no two hold the same order key (the
// dedupe key is unique per pool), so the order is total.
type bucketHeap []*bucket

func (h bucketHeap) Len() int { return len(h) }
func (h bucketHeap) Less(i, j int) bool {
	a, b := h[i], h[j]
	return a.buf[a.pos].key[a.prefixLen:] < b.buf[b.pos].key[b.prefixLen:]
}
func (h bucketHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *bucketHeap) Push(x any)   { *h = append(*h, x.(*bucket)) }
func (h *bucketHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
