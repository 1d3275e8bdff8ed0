package ledger

import (
	"bytes"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// The device registry's transactions: registration (with or without a key
// history), key rotation and revocation. All three need an admin of the
// operator org; on Fabric the chaincode's endorsement policy governs them
// as it governs every transaction. A key change (rotation or revocation)
// dated at must leave every record the ledger holds verifying as it did
// when it was stored, so at must be
//
//   - after the start of the cabinet's current key (telemetry's rules),
//   - at or after the end of the pool's last sealed epoch,
//   - after every record of the cabinet the ledger holds, and
//   - at most Config.MaxSkew after the transaction's time,
//
// else ErrBackdated (ErrBadArgs for the future). A rotation's key must be new
// to the whole registry (ErrKeyInUse); a revoked cabinet changes no more
// (ErrRevokedDevice; a second revocation at another time is ErrConflict).
// Repeating a recorded change returns the entry unchanged, so a retried
// transaction is harmless.

func (c *Contract) registerDevices(tx TxContext, arg []byte) ([]byte, error) {
	if err := c.requireOperatorAdmin(tx); err != nil {
		return nil, err
	}
	var req RegistryView
	if err := decodeArg(arg, &req); err != nil {
		return nil, err
	}
	if req.ID == "" || len(req.ID) > 255 {
		return nil, fmt.Errorf("%w: registry id must be 1 to 255 bytes", ErrBadArgs)
	}
	// The telemetry registry checks each device's history and refuses a
	// cabinet twice or a key in two cabinets of the request.
	check := telemetry.NewRegistry(req.ID)
	for i, d := range req.Devices {
		if err := check.Add(d.Device()); err != nil {
			return nil, registryErr(fmt.Errorf("devices[%d]: %w", i, err))
		}
	}
	stored, err := tx.Get(keyRegistry)
	if err != nil {
		return nil, fmt.Errorf("ledger state: %w", err)
	}
	switch {
	case stored == nil:
		if err := tx.Put(keyRegistry, []byte(req.ID)); err != nil {
			return nil, fmt.Errorf("ledger state: %w", err)
		}
	case string(stored) != req.ID:
		return nil, fmt.Errorf("%w: the ledger's registry is %q, not %q", ErrConflict, stored, req.ID)
	}
	keys := &keyIndex{st: tx}
	var res RegisterResult
	for _, d := range check.Devices() {
		in := entryOf(d)
		cur, ok, err := getDevice(tx, d.Cabinet)
		if err != nil {
			return nil, err
		}
		if !ok {
			if err := keys.free(d.Cabinet, d.Keys()); err != nil {
				return nil, err
			}
			if err := putJSON(tx, deviceKey(d.Cabinet), in); err != nil {
				return nil, err
			}
			res.Added++
			continue
		}
		next, rotated, revoked, err := c.merge(tx, cur, in, keys)
		if err != nil {
			return nil, err
		}
		if !rotated && !revoked {
			res.Unchanged++
			continue
		}
		if err := putJSON(tx, deviceKey(d.Cabinet), next); err != nil {
			return nil, err
		}
		if rotated {
			res.Rotated++
		}
		if revoked {
			res.Revoked++
		}
	}
	return json.Marshal(res)
}

// merge returns the stored device cur extended by what the registration in
// adds: rotations after cur's (cur's own must be a prefix of in's, or in's
// of cur's: a devices file may lag the ledger) and a revocation. A
// revocation is never undone.
func (c *Contract) merge(tx TxContext, cur, in DeviceEntry, keys *keyIndex) (next DeviceEntry, rotated, revoked bool, err error) {
	if cur.Pool != in.Pool || !bytes.Equal(cur.PublicKey, in.PublicKey) || !cur.RegisteredAt.Equal(in.RegisteredAt) {
		return cur, false, false, fmt.Errorf("%w: cabinet %d is registered in pool %q with another key or registration time", ErrConflict, cur.Cabinet, cur.Pool)
	}
	for i := range min(len(cur.Rotations), len(in.Rotations)) {
		a, b := cur.Rotations[i], in.Rotations[i]
		if !a.At.Equal(b.At) || !bytes.Equal(a.PublicKey, b.PublicKey) {
			return cur, false, false, fmt.Errorf("%w: cabinet %d's rotation %d is to key %s at %s on the ledger, not %s at %s",
				ErrConflict, cur.Cabinet, i+1, telemetry.EncodeKey(a.PublicKey), telemetry.FormatTime(a.At), telemetry.EncodeKey(b.PublicKey), telemetry.FormatTime(b.At))
		}
	}
	next = cur
	next.Rotations = slices.Clone(cur.Rotations)
	for _, r := range in.Rotations[min(len(cur.Rotations), len(in.Rotations)):] {
		if next, err = c.rotate(tx, next, r, keys); err != nil {
			return cur, false, false, err
		}
		rotated = true
	}
	switch {
	case in.RevokedAt == nil || (next.RevokedAt != nil && next.RevokedAt.Equal(*in.RevokedAt)):
	case next.RevokedAt != nil:
		return cur, false, false, fmt.Errorf("%w: cabinet %d was revoked at %s, not %s", ErrConflict, cur.Cabinet, telemetry.FormatTime(*next.RevokedAt), telemetry.FormatTime(*in.RevokedAt))
	default:
		if next, err = c.revoke(tx, next, *in.RevokedAt); err != nil {
			return cur, false, false, err
		}
		revoked = true
	}
	return next, rotated, revoked, nil
}

func (c *Contract) rotateDeviceKey(tx TxContext, arg []byte) ([]byte, error) {
	if err := c.requireOperatorAdmin(tx); err != nil {
		return nil, err
	}
	var req RotateRequest
	if err := decodeArg(arg, &req); err != nil {
		return nil, err
	}
	if len(req.PublicKey) != ed25519.PublicKeySize || req.At.IsZero() {
		return nil, fmt.Errorf("%w: a rotation needs the cabinet, its new ed25519 public key (32 bytes, got %d) and the time it takes over", ErrBadArgs, len(req.PublicKey))
	}
	cur, ok, err := getDevice(tx, req.Cabinet)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("%w: cabinet %d is not registered", ErrNotFound, req.Cabinet)
	}
	r := RotationEntry{At: req.At.UTC(), PublicKey: req.PublicKey}
	if n := len(cur.Rotations); n > 0 && cur.Rotations[n-1].At.Equal(r.At) && bytes.Equal(cur.Rotations[n-1].PublicKey, r.PublicKey) {
		return json.Marshal(cur) // recorded already: a retry
	}
	next, err := c.rotate(tx, cur, r, &keyIndex{st: tx})
	if err != nil {
		return nil, err
	}
	if err := putJSON(tx, deviceKey(req.Cabinet), next); err != nil {
		return nil, err
	}
	return json.Marshal(next)
}

// rotate returns cur with rotation r appended, after every check: the
// device's own history (telemetry), the key free on the whole ledger and
// the time against the ledger's records and seals.
func (c *Contract) rotate(tx TxContext, cur DeviceEntry, r RotationEntry, keys *keyIndex) (DeviceEntry, error) {
	reg := telemetry.NewRegistry("check")
	if err := reg.Add(cur.Device()); err != nil {
		return cur, fmt.Errorf("ledger state: device %d: %w", cur.Cabinet, err)
	}
	if err := reg.Rotate(cur.Cabinet, r.PublicKey, r.At); err != nil {
		return cur, err
	}
	if err := keys.free(cur.Cabinet, []telemetry.KeyPeriod{{PublicKey: r.PublicKey}}); err != nil {
		return cur, err
	}
	if err := c.checkKeyChange(tx, &cur, r.At, "rotation"); err != nil {
		return cur, err
	}
	d, _ := reg.Device(cur.Cabinet)
	return entryOf(d), nil
}

func (c *Contract) revokeDevice(tx TxContext, arg []byte) ([]byte, error) {
	if err := c.requireOperatorAdmin(tx); err != nil {
		return nil, err
	}
	var req RevokeRequest
	if err := decodeArg(arg, &req); err != nil {
		return nil, err
	}
	if req.At.IsZero() {
		return nil, fmt.Errorf("%w: revocation time is required", ErrBadArgs)
	}
	cur, ok, err := getDevice(tx, req.Cabinet)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("%w: cabinet %d is not registered", ErrNotFound, req.Cabinet)
	}
	if cur.RevokedAt != nil && cur.RevokedAt.Equal(req.At) {
		return json.Marshal(cur) // recorded already: a retry
	}
	next, err := c.revoke(tx, cur, req.At)
	if err != nil {
		return nil, err
	}
	if err := putJSON(tx, deviceKey(req.Cabinet), next); err != nil {
		return nil, err
	}
	return json.Marshal(next)
}

// revoke returns cur revoked from at on, after the same checks as a
// rotation's time.
func (c *Contract) revoke(tx TxContext, cur DeviceEntry, at time.Time) (DeviceEntry, error) {
	if cur.RevokedAt != nil {
		return cur, fmt.Errorf("%w: cabinet %d was revoked at %s already", ErrConflict, cur.Cabinet, telemetry.FormatTime(*cur.RevokedAt))
	}
	reg := telemetry.NewRegistry("check")
	if err := reg.Add(cur.Device()); err != nil {
		return cur, fmt.Errorf("ledger state: device %d: %w", cur.Cabinet, err)
	}
	if err := reg.Revoke(cur.Cabinet, at); err != nil {
		return cur, err
	}
	if err := c.checkKeyChange(tx, &cur, at, "revocation"); err != nil {
		return cur, err
	}
	d, _ := reg.Device(cur.Cabinet)
	return entryOf(d), nil
}

// checkKeyChange refuses a key change of d dated at that would change the
// verdict on anything the ledger holds: at inside or before the pool's last
// sealed epoch, or at or before a stored record of the cabinet; and one
// dated beyond the clock-skew window after the transaction's time.
func (c *Contract) checkKeyChange(tx TxContext, d *DeviceEntry, at time.Time, what string) error {
	now := tx.Time()
	limit := now.Add(c.cfg.MaxSkew)
	if at.After(limit) {
		return fmt.Errorf("%w: cabinet %d's %s at %s is more than %s after the transaction's time %s: date it now or earlier",
			ErrBadArgs, d.Cabinet, what, telemetry.FormatTime(at), c.cfg.MaxSkew, telemetry.FormatTime(now))
	}
	epoch, end, sealed, err := lastSealed(tx, d.Pool)
	if err != nil {
		return err
	}
	if sealed && at.Before(end) {
		return fmt.Errorf("%w: cabinet %d's %s at %s falls in or before pool %q's sealed epoch %d (ends %s): date it %s or later",
			ErrBackdated, d.Cabinet, what, telemetry.FormatTime(at), d.Pool, epoch, telemetry.FormatTime(end), telemetry.FormatTime(end))
	}
	// Records are bucketed by hour and none is dated after the window of
	// the transaction that stored it.
	from := at.Unix()
	var last *telemetry.SignedEvent
	for h := hourOf(from); h <= hourOf(limit.Unix()) && last == nil; h++ {
		prefix := recordBucket(d.Pool, h) + fmt.Sprintf("%08x/", d.Cabinet)
		err := tx.RangePrivate(c.cfg.RecordsCollection, prefix, prefixEnd(prefix), func(key string, raw []byte) error {
			var ev telemetry.SignedEvent
			if err := ev.UnmarshalBinary(raw); err != nil {
				return fmt.Errorf("ledger state: record %s: %w", key, err)
			}
			if ev.Time >= from {
				last = &ev
				return errStop
			}
			return nil
		})
		if err != nil && !errors.Is(err, errStop) {
			return err
		}
	}
	if last != nil {
		return fmt.Errorf("%w: cabinet %d's %s at %s precedes its record seq %d dated %s, which the ledger holds under its current key: date it after that record",
			ErrBackdated, d.Cabinet, what, telemetry.FormatTime(at), last.Seq, telemetry.FormatTime(time.Unix(last.Time, 0)))
	}
	return nil
}

// lastSealed returns the pool's highest sealed epoch and its end.
func lastSealed(st State, pool telemetry.PoolID) (epoch uint64, end time.Time, ok bool, err error) {
	var pin poolEpoch
	pinned, err := getJSON(st, poolEpochKey(pool), &pin)
	if err != nil || !pinned {
		return 0, time.Time{}, false, err
	}
	prefix := sealPrefix(pool)
	err = st.Range(prefix, prefixEnd(prefix), func(key string, _ []byte) error {
		e, perr := strconv.ParseUint(key[len(prefix):], 16, 64)
		if perr != nil {
			return fmt.Errorf("ledger state: seal key %s: %w", key, perr)
		}
		epoch, ok = e, true // keys are fixed-width hex: the last is the highest
		return nil
	})
	if err != nil || !ok {
		return 0, time.Time{}, false, err
	}
	return epoch, time.Unix(int64((epoch+1)*pin.EpochSeconds), 0).UTC(), true, nil
}

// keyIndex tells which cabinet holds or held a key on the ledger. It reads
// every device once, when first asked, and not the transaction's own writes
// (the request's devices are checked among themselves by telemetry).
type keyIndex struct {
	st     State
	owners map[string]uint32
}

// free refuses a key that is or was another cabinet's on the ledger.
func (k *keyIndex) free(cabinet uint32, keys []telemetry.KeyPeriod) error {
	if k.owners == nil {
		k.owners = map[string]uint32{}
		err := rangeJSON(k.st, prefixDevice, func(_ string, d *DeviceEntry) error {
			k.owners[string(d.PublicKey)] = d.Cabinet
			for _, r := range d.Rotations {
				k.owners[string(r.PublicKey)] = d.Cabinet
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	for _, p := range keys {
		if o, ok := k.owners[string(p.PublicKey)]; ok && o != cabinet {
			return fmt.Errorf("%w: key %s is (or was) cabinet %d's on the ledger, not cabinet %d's", ErrKeyInUse, telemetry.EncodeKey(p.PublicKey), o, cabinet)
		}
	}
	return nil
}

func getDevice(st State, cabinet uint32) (DeviceEntry, bool, error) {
	var d DeviceEntry
	ok, err := getJSON(st, deviceKey(cabinet), &d)
	return d, ok, err
}

// registryErr gives a telemetry registry refusal a contract code: its own
// when its sentinel has one, else ErrBadArgs.
func registryErr(err error) error {
	for _, e := range []error{ErrKeyInUse, ErrBackdated, ErrRevokedDevice} {
		if errors.Is(err, e) {
			return err
		}
	}
	return fmt.Errorf("%w: %w", ErrBadArgs, err)
}

func (c *Contract) getRegistry(tx TxContext) ([]byte, error) {
	id, err := tx.Get(keyRegistry)
	if err != nil {
		return nil, fmt.Errorf("ledger state: %w", err)
	}
	v := RegistryView{ID: string(id), Devices: []DeviceEntry{}}
	err = rangeJSON(tx, prefixDevice, func(_ string, d *DeviceEntry) error {
		v.Devices = append(v.Devices, *d)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return json.Marshal(v)
}

// deviceLoader builds, per transaction, a telemetry registry holding only the
// devices a batch names, with their key histories.
type deviceLoader struct {
	tx     TxContext
	reg    *telemetry.Registry
	loaded map[uint32]bool
}

func newDeviceLoader(tx TxContext) (*deviceLoader, error) {
	id, err := tx.Get(keyRegistry)
	if err != nil {
		return nil, fmt.Errorf("ledger state: %w", err)
	}
	return &deviceLoader{tx: tx, reg: telemetry.NewRegistry(string(id)), loaded: map[uint32]bool{}}, nil
}

func (l *deviceLoader) load(cabinet uint32) error {
	if l.loaded[cabinet] {
		return nil
	}
	l.loaded[cabinet] = true
	d, ok, err := getDevice(l.tx, cabinet)
	if err != nil || !ok {
		return err
	}
	if err := l.reg.Add(d.Device()); err != nil {
		return fmt.Errorf("ledger state: device %d: %w", cabinet, err)
	}
	return nil
}
