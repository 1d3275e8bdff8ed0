package ledger

import (
	"context"
	"crypto/ed25519"
	"encoding/json"
	"fmt"
	"time"

	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// Client calls the contract through a back end (the embedded ledger or a
// Fabric Gateway) with typed arguments and results. Its errors match the
// contract's sentinels with errors.Is, whichever back end carried them.
type Client struct {
	inv Invoker
}

// NewClient returns a client over inv.
func NewClient(inv Invoker) *Client { return &Client{inv: inv} }

func (c *Client) invoke(ctx context.Context, fn string, arg []byte) ([]byte, error) {
	out, err := c.inv.Invoke(ctx, fn, arg)
	if err != nil {
		return nil, FromWire(err)
	}
	return out, nil
}

func (c *Client) query(ctx context.Context, fn string, arg []byte) ([]byte, error) {
	out, err := c.inv.Query(ctx, fn, arg)
	if err != nil {
		return nil, FromWire(err)
	}
	return out, nil
}

func (c *Client) call(ctx context.Context, submit bool, fn string, req, resp any) error {
	arg, err := json.Marshal(req)
	if err != nil {
		return fmt.Errorf("ledger client: %s: %w", fn, err)
	}
	var out []byte
	if submit {
		out, err = c.invoke(ctx, fn, arg)
	} else {
		out, err = c.query(ctx, fn, arg)
	}
	if err != nil {
		return err
	}
	if resp == nil {
		return nil
	}
	if err := json.Unmarshal(out, resp); err != nil {
		return fmt.Errorf("ledger client: %s: reading the result: %w", fn, err)
	}
	return nil
}

// callFor calls fn (a transaction when submit, else a query) and returns its
// result decoded into a new T.
func callFor[T any](ctx context.Context, c *Client, submit bool, fn string, req any) (*T, error) {
	out := new(T)
	if err := c.call(ctx, submit, fn, req, out); err != nil {
		return nil, err
	}
	return out, nil
}

// queryList queries fn for a list of T.
func queryList[T any](ctx context.Context, c *Client, fn string, req any) ([]T, error) {
	out, err := callFor[[]T](ctx, c, false, fn, req)
	if err != nil {
		return nil, err
	}
	return *out, nil
}

// RegisterDevices registers every device of r (operator org admin only) and
// returns how many were new. Identical devices are no-ops, as are devices
// whose key history the ledger holds more of; rotations and a revocation
// the ledger lacks are recorded under RotateDeviceKey's and RevokeDevice's
// rules. A cabinet registered with another first key, pool, registration
// time or history, or another registry id, is ErrConflict.
func (c *Client) RegisterDevices(ctx context.Context, r *telemetry.Registry) (int, error) {
	v := RegistryView{ID: r.ID, Devices: []DeviceEntry{}}
	for _, d := range r.Devices() {
		v.Devices = append(v.Devices, entryOf(d))
	}
	var res RegisterResult
	if err := c.call(ctx, true, FnRegisterDevices, v, &res); err != nil {
		return 0, err
	}
	return res.Added, nil
}

// RevokeDevice revokes a cabinet's key from at on (operator org admin
// only). Revoking again at the same time is a no-op; at another time,
// ErrConflict; before the current key's start, a record the ledger holds or
// the end of the pool's last sealed epoch, ErrBackdated.
func (c *Client) RevokeDevice(ctx context.Context, cabinet uint32, at time.Time) error {
	return c.call(ctx, true, FnRevokeDevice, RevokeRequest{Cabinet: cabinet, At: at}, nil)
}

// RotateDeviceKey replaces a cabinet's key with key from at on (operator
// org admin only) and returns the device with its history. Refusals:
// ErrNotFound (no such cabinet), ErrRevokedDevice, ErrKeyInUse (a key of
// another cabinet or one the cabinet had), ErrBackdated (at not after the
// current key's start, a record the ledger holds or the end of the pool's
// last sealed epoch), ErrBadArgs (at beyond the clock-skew window). The same
// rotation again returns the device unchanged.
func (c *Client) RotateDeviceKey(ctx context.Context, cabinet uint32, key ed25519.PublicKey, at time.Time) (*DeviceEntry, error) {
	return callFor[DeviceEntry](ctx, c, true, FnRotateDeviceKey, RotateRequest{Cabinet: cabinet, PublicKey: key, At: at})
}

// Registry returns the ledger's device registry.
func (c *Client) Registry(ctx context.Context) (*telemetry.Registry, error) {
	var v RegistryView
	if err := c.call(ctx, false, FnGetRegistry, struct{}{}, &v); err != nil {
		return nil, err
	}
	r, err := v.Registry()
	if err != nil {
		return nil, fmt.Errorf("ledger client: registry: %w", err)
	}
	return r, nil
}

// SubmitBatch submits events and returns one result per event, in order. An
// error means the whole batch was not processed (nothing of it stored); a bad
// event is a rejected result, not an error.
func (c *Client) SubmitBatch(ctx context.Context, events []telemetry.SignedEvent) ([]EventResult, error) {
	arg, err := EncodeBatch(events)
	if err != nil {
		return nil, err
	}
	out, err := c.invoke(ctx, FnSubmitBatch, arg)
	if err != nil {
		return nil, err
	}
	var res []EventResult
	if err := json.Unmarshal(out, &res); err != nil {
		return nil, fmt.Errorf("ledger client: %s: reading the result: %w", FnSubmitBatch, err)
	}
	if len(res) != len(events) {
		return nil, fmt.Errorf("ledger client: %s: %d results for %d events", FnSubmitBatch, len(res), len(events))
	}
	return res, nil
}

// Seal seals epoch of pool under the policy document (its YAML).
func (c *Client) Seal(ctx context.Context, pool telemetry.PoolID, epoch uint64, policyDoc []byte) (*Seal, error) {
	return callFor[Seal](ctx, c, true, FnSeal, SealRequest{Pool: pool, Epoch: epoch, Policy: policyDoc})
}

// GetSeal returns the seal of (pool, epoch), or ErrNotFound.
func (c *Client) GetSeal(ctx context.Context, pool telemetry.PoolID, epoch uint64) (*Seal, error) {
	return callFor[Seal](ctx, c, false, FnGetSeal, SealRef{Pool: pool, Epoch: epoch})
}

// ListSeals returns the seals of pool (of every pool when pool is empty),
// ordered by pool and epoch.
func (c *Client) ListSeals(ctx context.Context, pool telemetry.PoolID) ([]Seal, error) {
	return queryList[Seal](ctx, c, FnListSeals, PoolRequest{Pool: pool})
}

// RecordAttestation records an org's attestation of a seal. The caller must
// belong to a.Org. Recording the same attestation again is a no-op.
func (c *Client) RecordAttestation(ctx context.Context, a AttestationRequest) (*Attestation, error) {
	return callFor[Attestation](ctx, c, true, FnRecordAttestation, a)
}

// Attestations returns the attestations of a seal, ordered by org.
func (c *Client) Attestations(ctx context.Context, pool telemetry.PoolID, epoch uint64) ([]Attestation, error) {
	return queryList[Attestation](ctx, c, FnAttestations, SealRef{Pool: pool, Epoch: epoch})
}

// RecordExport logs that a disclosure left the country. Logging the same
// export again is a no-op.
func (c *Client) RecordExport(ctx context.Context, x ExportRequest) (*Export, error) {
	return callFor[Export](ctx, c, true, FnRecordExport, x)
}

// ExportLog returns the exports of pool (of every pool when empty), ordered
// by pool, epoch and L2 transaction hash.
func (c *Client) ExportLog(ctx context.Context, pool telemetry.PoolID) ([]Export, error) {
	return queryList[Export](ctx, c, FnExportLog, PoolRequest{Pool: pool})
}

// RecordContribution records the calling org's contribution to a key
// ceremony (r.Org must be the caller's MSP id). The log of a (ceremony,
// phase) is one chain: r.Index must be the next index (ErrOutOfOrder
// otherwise) and r.Previous the contribution before's hash; an org
// contributes once per phase. The same request again returns the recorded
// entry; another at a taken index, by an org already in the phase, or
// building on another file is ErrConflict naming the recorded entry. The
// ledger does not verify r.Signature; rwabridge ceremony verify does.
func (c *Client) RecordContribution(ctx context.Context, r ContributionRequest) (*Contribution, error) {
	return callFor[Contribution](ctx, c, true, FnRecordContribution, r)
}

// CeremonyLog returns the recorded contributions of a ceremony: phase 1 in
// index order, then phase 2. A ceremony with none has an empty log.
func (c *Client) CeremonyLog(ctx context.Context, ceremony field.Digest) ([]Contribution, error) {
	return queryList[Contribution](ctx, c, FnCeremonyLog, CeremonyRef{Ceremony: ceremony})
}

// Stats summarises the ledger.
func (c *Client) Stats(ctx context.Context) (*Stats, error) {
	return callFor[Stats](ctx, c, false, FnStats, struct{}{})
}

// RecordsPage returns one page of records (see RecordsRequest).
func (c *Client) RecordsPage(ctx context.Context, req RecordsRequest) (*RecordsPage, error) {
	arg, err := json.Marshal(req)
	if err != nil {
		return nil, err
	}
	out, err := c.query(ctx, FnRecords, arg)
	if err != nil {
		return nil, err
	}
	return decodePage(out)
}

func decodePage(b []byte) (*RecordsPage, error) {
	items, err := decodeFrames(b, MaxPage+1, maxFrameLen)
	if err != nil || len(items) == 0 {
		return nil, fmt.Errorf("ledger client: %s: malformed page: %w", FnRecords, err)
	}
	p := &RecordsPage{Next: string(items[0]), Events: make([]telemetry.SignedEvent, len(items)-1)}
	for i, it := range items[1:] {
		if err := p.Events[i].UnmarshalBinary(it); err != nil {
			return nil, fmt.Errorf("ledger client: %s: record %d: %w", FnRecords, i, err)
		}
	}
	return p, nil
}

// Records visits every record of a sealed (pool, epoch) — exactly the
// committed ones — in canonical order, a page at a time. visit's error stops
// the walk and is returned.
func (c *Client) Records(ctx context.Context, pool telemetry.PoolID, epoch uint64, visit func(telemetry.SignedEvent) error) error {
	return c.EachRecord(ctx, RecordsRequest{Pool: pool, Epoch: epoch}, visit)
}

// EachRecord visits every record req selects (see RecordsRequest; its
// After and Limit are where and how many per page to start), in canonical
// order, a page at a time. visit's error stops the walk and is returned.
func (c *Client) EachRecord(ctx context.Context, req RecordsRequest, visit func(telemetry.SignedEvent) error) error {
	for {
		p, err := c.RecordsPage(ctx, req)
		if err != nil {
			return err
		}
		for _, ev := range p.Events {
			if err := visit(ev); err != nil {
				return err
			}
		}
		if p.Next == "" {
			return nil
		}
		req.After = p.Next
	}
}
