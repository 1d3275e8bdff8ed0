package ledger

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// PoolRequest is the argument of FnListSeals and FnExportLog: one pool, or
// every pool when Pool is empty.
type PoolRequest struct {
	Pool telemetry.PoolID `json:"pool,omitempty"`
}

func checkPool(p telemetry.PoolID) error {
	if err := p.Validate(); err != nil {
		return fmt.Errorf("%w: %w", ErrBadArgs, err)
	}
	return nil
}

func (c *Contract) loadSeal(st State, pool telemetry.PoolID, epoch uint64) ([]byte, *Seal, error) {
	raw, err := st.Get(sealKey(pool, epoch))
	if err != nil {
		return nil, nil, fmt.Errorf("ledger state: %w", err)
	}
	if raw == nil {
		return nil, nil, fmt.Errorf("%w: no seal of pool %q epoch %d", ErrNotFound, pool, epoch)
	}
	var s Seal
	if err := json.Unmarshal(raw, &s); err != nil {
		return nil, nil, fmt.Errorf("ledger state: seal %s/%d: %w", pool, epoch, err)
	}
	return raw, &s, nil
}

func (c *Contract) getSeal(tx TxContext, arg []byte) ([]byte, error) {
	var req SealRef
	if err := decodeArg(arg, &req); err != nil {
		return nil, err
	}
	if err := checkPool(req.Pool); err != nil {
		return nil, err
	}
	raw, _, err := c.loadSeal(tx, req.Pool, req.Epoch)
	return raw, err
}

// rawList returns the JSON array of the raw JSON values under prefix.
func rawList(st State, prefix string) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('[')
	n := 0
	err := st.Range(prefix, prefixEnd(prefix), func(_ string, v []byte) error {
		if n > 0 {
			buf.WriteByte(',')
		}
		n++
		buf.Write(v)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("ledger state: range %s: %w", prefix, err)
	}
	buf.WriteByte(']')
	return buf.Bytes(), nil
}

// poolList answers a PoolRequest: the JSON array of the values under all,
// or under of(pool) when the request names a pool.
func poolList(st State, arg []byte, all string, of func(telemetry.PoolID) string) ([]byte, error) {
	var req PoolRequest
	if err := decodeArg(arg, &req); err != nil {
		return nil, err
	}
	prefix := all
	if req.Pool != "" {
		if err := checkPool(req.Pool); err != nil {
			return nil, err
		}
		prefix = of(req.Pool)
	}
	return rawList(st, prefix)
}

// recordOnce stores v under key and returns it as JSON. When key holds a
// value already, that value is returned instead if same says it records the
// same thing, and conflict otherwise: recording again is a no-op.
func recordOnce[T any](st State, key string, v T, same func(cur *T) bool, conflict error) ([]byte, error) {
	var cur T
	ok, err := getJSON(st, key, &cur)
	if err != nil {
		return nil, err
	}
	if ok {
		if !same(&cur) {
			return nil, conflict
		}
		return json.Marshal(cur)
	}
	if err := putJSON(st, key, v); err != nil {
		return nil, err
	}
	return json.Marshal(v)
}

func (c *Contract) listSeals(tx TxContext, arg []byte) ([]byte, error) {
	return poolList(tx, arg, prefixSeal, sealPrefix)
}

func (c *Contract) recordAttestation(tx TxContext, arg []byte) ([]byte, error) {
	var req AttestationRequest
	if err := decodeArg(arg, &req); err != nil {
		return nil, err
	}
	if err := checkPool(req.Pool); err != nil {
		return nil, err
	}
	if err := c.requireSelf(tx, req.Org, "attest"); err != nil {
		return nil, err
	}
	signer, err := parseAddress(req.Signer)
	if err != nil {
		return nil, fmt.Errorf("signer: %w", err)
	}
	if req.Digest.IsZero() {
		return nil, fmt.Errorf("%w: digest is required", ErrBadArgs)
	}
	if len(req.Signature) != 65 {
		return nil, fmt.Errorf("%w: signature is %d bytes, want 65 (r, s, v)", ErrBadArgs, len(req.Signature))
	}
	req.Signer = signer
	if _, _, err := c.loadSeal(tx, req.Pool, req.Epoch); err != nil {
		return nil, err
	}
	a := Attestation{AttestationRequest: req, RecordedAt: tx.Time().UTC(), TxID: tx.TxID()}
	key := attestPrefix(req.Pool, req.Epoch) + req.Org
	// An org that rotated its attestor key signs the same message again
	// with its new key (the L2 committee changed): that replaces its
	// attestation. Another message stays a conflict.
	var cur Attestation
	ok, err := getJSON(tx, key, &cur)
	if err != nil {
		return nil, err
	}
	if ok && cur.Digest == req.Digest && cur.Signer != req.Signer {
		if err := putJSON(tx, key, a); err != nil {
			return nil, err
		}
		return json.Marshal(a)
	}
	return recordOnce(tx, key, a, func(cur *Attestation) bool {
		return cur.Signer == req.Signer && cur.Digest == req.Digest && bytes.Equal(cur.Signature, req.Signature)
	}, fmt.Errorf("%w: %s already attested pool %q epoch %d with another signature", ErrConflict, req.Org, req.Pool, req.Epoch))
}

func (c *Contract) attestations(tx TxContext, arg []byte) ([]byte, error) {
	var req SealRef
	if err := decodeArg(arg, &req); err != nil {
		return nil, err
	}
	if err := checkPool(req.Pool); err != nil {
		return nil, err
	}
	return rawList(tx, attestPrefix(req.Pool, req.Epoch))
}

func (c *Contract) recordExport(tx TxContext, arg []byte) ([]byte, error) {
	caller := tx.Caller()
	var req ExportRequest
	if err := decodeArg(arg, &req); err != nil {
		return nil, err
	}
	if err := checkPool(req.Pool); err != nil {
		return nil, err
	}
	reg, err := parseAddress(req.Registry)
	if err != nil {
		return nil, fmt.Errorf("registry: %w", err)
	}
	if req.ChainID == 0 || req.Time.IsZero() || req.TxHash.IsZero() {
		return nil, fmt.Errorf("%w: chain_id, tx_hash and time are required", ErrBadArgs)
	}
	req.Registry, req.Time = reg, req.Time.UTC()
	_, s, err := c.loadSeal(tx, req.Pool, req.Epoch)
	if err != nil {
		return nil, err
	}
	if s.PolicyHash != req.PolicyHash {
		return nil, fmt.Errorf("%w: pool %q epoch %d was sealed under policy %s, the export names %s", ErrConflict, req.Pool, req.Epoch, s.PolicyHash, req.PolicyHash)
	}
	x := Export{ExportRequest: req, RecordedBy: caller.MSPID, RecordedAt: tx.Time().UTC(), TxID: tx.TxID()}
	return recordOnce(tx, exportKey(req.Pool, req.Epoch, req.TxHash.String()[2:]), x, func(cur *Export) bool {
		return cur.ExportRequest == req
	}, fmt.Errorf("%w: export of pool %q epoch %d in L2 tx %s is logged with other details", ErrConflict, req.Pool, req.Epoch, req.TxHash))
}

func (c *Contract) exportLog(tx TxContext, arg []byte) ([]byte, error) {
	return poolList(tx, arg, prefixExport, exportPrefix)
}

// records returns a page of an epoch's records. The result is a frame list
// whose first item is the next page's token ("" on the last page) and whose
// other items are the records' canonical signed encodings, in canonical order.
func (c *Contract) records(tx TxContext, arg []byte) ([]byte, error) {
	var req RecordsRequest
	if err := decodeArg(arg, &req); err != nil {
		return nil, err
	}
	if err := checkPool(req.Pool); err != nil {
		return nil, err
	}
	limit := req.Limit
	switch {
	case limit == 0:
		limit = DefaultPage
	case limit < 0 || limit > MaxPage:
		return nil, fmt.Errorf("%w: limit %d outside [1, %d]", ErrBadArgs, limit, MaxPage)
	}
	if req.After != "" {
		if _, _, err := parseOrderKey(req.After); err != nil {
			return nil, err
		}
	}
	start, end, bounds, err := c.recordsSpan(tx, &req)
	if err != nil {
		return nil, err
	}
	items := [][]byte{nil}
	last := ""
	more := false
	err = c.mergeRecords(tx, req.Pool, hourOf(start.Unix()), hourOf(end.Unix()), req.After, func(order string, raw []byte) error {
		ev, err := decodeRecord(req.Pool, order, raw, start, end)
		if err != nil {
			return err
		}
		if bounds != nil && bounds.Check(&ev.Event) != nil {
			return nil
		}
		if len(items)-1 == limit {
			more = true
			return errStop
		}
		items = append(items, raw)
		last = order
		return nil
	})
	if err != nil {
		return nil, err
	}
	if more {
		items[0] = []byte(last)
	}
	return encodeFrames(items), nil
}

// recordsSpan finds the epoch's bounds and the record filter of a Records
// request (see RecordsRequest).
func (c *Contract) recordsSpan(st State, req *RecordsRequest) (start, end time.Time, bounds *telemetry.Bounds, err error) {
	var p *policy.Policy
	if len(req.Policy) > 0 {
		if p, err = parsePolicy(req.Policy); err != nil {
			return
		}
	}
	_, s, err := c.loadSeal(st, req.Pool, req.Epoch)
	switch {
	case err == nil:
		if p != nil && p.Hash() != s.PolicyHash {
			err = fmt.Errorf("%w: pool %q epoch %d was sealed under policy %s, not %s (%s v%d)", ErrPolicyMismatch, req.Pool, req.Epoch, s.PolicyHash, p.Hash(), p.ID, p.Version)
			return
		}
		b := s.RecordBounds.Telemetry()
		return s.Start, s.End, &b, nil
	case !errors.Is(err, ErrNotFound):
		return
	}
	var pin poolEpoch
	pinned, err := getJSON(st, poolEpochKey(req.Pool), &pin)
	if err != nil {
		return
	}
	switch {
	case p != nil:
		if pinned && pin.EpochSeconds != p.EpochSeconds() {
			err = fmt.Errorf("%w: pool %q is sealed in epochs of %d s, policy %s has %d s", ErrPolicyMismatch, req.Pool, pin.EpochSeconds, p.ID, p.EpochSeconds())
			return
		}
		b := p.Bounds()
		bounds = &b
	case pinned:
		p = &policy.Policy{Epoch: time.Duration(pin.EpochSeconds) * time.Second}
	default:
		err = fmt.Errorf("%w: pool %q has no seal yet, so its epoch length is unknown: pass the policy", ErrBadArgs, req.Pool)
		return
	}
	start, end, _, _, err = epochSpan(p, req.Epoch)
	return start, end, bounds, err
}

func (c *Contract) stats(tx TxContext) ([]byte, error) {
	id, err := tx.Get(keyRegistry)
	if err != nil {
		return nil, fmt.Errorf("ledger state: %w", err)
	}
	st := Stats{Registry: string(id), Pools: []PoolStats{}}
	index := map[telemetry.PoolID]int{}
	poolOf := func(p telemetry.PoolID) *PoolStats {
		i, ok := index[p]
		if !ok {
			i = len(st.Pools)
			index[p] = i
			st.Pools = append(st.Pools, PoolStats{Pool: p})
		}
		return &st.Pools[i]
	}
	err = rangeJSON(tx, prefixDevice, func(_ string, d *DeviceEntry) error {
		st.Devices++
		ps := poolOf(d.Pool)
		ps.Devices++
		if d.RevokedAt != nil {
			ps.RevokedDevices++
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = rangeJSON(tx, prefixSeal, func(_ string, s *Seal) error {
		ps := poolOf(s.Pool)
		ps.Seals++
		ps.SealedRecords += s.Count
		ps.EpochSeconds = s.EpochSeconds
		if ps.LastSealedEpoch == nil || s.Epoch > *ps.LastSealedEpoch {
			e := s.Epoch
			ps.LastSealedEpoch = &e
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(st.Pools, func(a, b PoolStats) int { return strings.Compare(string(a.Pool), string(b.Pool)) })
	return json.Marshal(st)
}
