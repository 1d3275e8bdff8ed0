package ledger

import (
	"crypto/ed25519"
	"time"

	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// Function names: what Dispatch takes and what the Fabric chaincode and the
// embedded ledger's blocks record. Queries (IsQuery) never write.
const (
	FnRegisterDevices    = "RegisterDevices"
	FnRevokeDevice       = "RevokeDevice"
	FnRotateDeviceKey    = "RotateDeviceKey"
	FnSubmitBatch        = "SubmitBatch"
	FnSeal               = "Seal"
	FnRecordAttestation  = "RecordAttestation"
	FnRecordExport       = "RecordExport"
	FnRecordContribution = "RecordContribution"

	FnGetRegistry  = "GetRegistry"
	FnGetSeal      = "GetSeal"
	FnListSeals    = "ListSeals"
	FnAttestations = "Attestations"
	FnExportLog    = "ExportLog"
	FnRecords      = "Records"
	FnStats        = "Stats"
	FnCeremonyLog  = "CeremonyLog"
)

// EventSealCreated is the name of the chaincode event Seal emits; its payload
// is the Seal as JSON.
const EventSealCreated = "SealCreated"

// DeviceEntry is one device as the ledger stores and returns it: its first
// key from RegisteredAt, each later key from its rotation on, and its
// revocation (see telemetry.Device).
type DeviceEntry struct {
	Cabinet      uint32           `json:"cabinet"`
	Pool         telemetry.PoolID `json:"pool"`
	PublicKey    []byte           `json:"public_key"` // ed25519, 32 bytes: the key registered at RegisteredAt
	RegisteredAt time.Time        `json:"registered_at"`
	Rotations    []RotationEntry  `json:"rotations,omitempty"`
	RevokedAt    *time.Time       `json:"revoked_at,omitempty"`
}

// RotationEntry is one key rotation: PublicKey signs the cabinet's events
// dated At or later (until the next rotation or the revocation).
type RotationEntry struct {
	At        time.Time `json:"at"`
	PublicKey []byte    `json:"public_key"`
}

func entryOf(d telemetry.Device) DeviceEntry {
	e := DeviceEntry{Cabinet: d.Cabinet, Pool: d.Pool, PublicKey: d.PublicKey, RegisteredAt: d.RegisteredAt.UTC()}
	for _, r := range d.Rotations {
		e.Rotations = append(e.Rotations, RotationEntry{At: r.At.UTC(), PublicKey: r.PublicKey})
	}
	if d.RevokedAt != nil {
		t := d.RevokedAt.UTC()
		e.RevokedAt = &t
	}
	return e
}

// Device returns the telemetry form of the entry.
func (e DeviceEntry) Device() telemetry.Device {
	d := telemetry.Device{Cabinet: e.Cabinet, Pool: e.Pool, PublicKey: ed25519.PublicKey(e.PublicKey), RegisteredAt: e.RegisteredAt, RevokedAt: e.RevokedAt}
	for _, r := range e.Rotations {
		d.Rotations = append(d.Rotations, telemetry.Rotation{At: r.At, PublicKey: ed25519.PublicKey(r.PublicKey)})
	}
	return d
}

// RegistryView is the ledger's device registry: its id and every device,
// ordered by cabinet (FnGetRegistry's result, FnRegisterDevices' argument).
type RegistryView struct {
	ID      string        `json:"registry"`
	Devices []DeviceEntry `json:"devices"`
}

// Registry returns the view as a telemetry registry.
func (v *RegistryView) Registry() (*telemetry.Registry, error) {
	r := telemetry.NewRegistry(v.ID)
	for _, d := range v.Devices {
		if err := r.Add(d.Device()); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// RegisterResult is FnRegisterDevices' result.
type RegisterResult struct {
	Added     int `json:"added"`     // devices new to the ledger
	Unchanged int `json:"unchanged"` // identical devices already registered
	Revoked   int `json:"revoked"`   // registered devices whose revocation this call recorded
	Rotated   int `json:"rotated"`   // registered devices whose key rotations this call recorded
}

// RevokeRequest is FnRevokeDevice's argument: the cabinet's key is revoked
// from At on (events dated At or later are rejected). Its result is the
// DeviceEntry.
type RevokeRequest struct {
	Cabinet uint32    `json:"cabinet"`
	At      time.Time `json:"at"`
}

// RotateRequest is FnRotateDeviceKey's argument: PublicKey replaces the
// cabinet's key from At on (events dated At or later must be signed by it,
// earlier ones by the key before). Its result is the DeviceEntry.
type RotateRequest struct {
	Cabinet   uint32    `json:"cabinet"`
	PublicKey []byte    `json:"public_key"` // ed25519, 32 bytes
	At        time.Time `json:"at"`
}

// EventStatus is the outcome of one event of a batch.
type EventStatus string

// The outcomes. Stored and Duplicate both mean "on the ledger": the sender
// may forget the event. Rejected events never will be accepted as they are.
const (
	StatusStored    EventStatus = "stored"
	StatusDuplicate EventStatus = "duplicate"
	StatusRejected  EventStatus = "rejected"
)

// EventResult is the outcome of one event of a batch, in input order.
type EventResult struct {
	Status  EventStatus `json:"status"`
	Cabinet uint32      `json:"cabinet"` // 0 when the event did not decode
	Seq     uint64      `json:"seq"`
	// Class names why: for a rejection a telemetry class ("bad_signature",
	// "out_of_range", "clock_skew", …) or a contract code ("epoch_sealed",
	// "conflict"); "duplicate" for an exact duplicate; empty when stored.
	Class string `json:"class,omitempty"`
	Error string `json:"error,omitempty"`
	// Skewed is set for an accepted event dated after the transaction's time
	// (within Config.MaxSkew): a cabinet clock running fast.
	Skewed bool `json:"skewed,omitempty"`
}

// Err returns nil unless the event was rejected; then an error matching its
// class's sentinel (telemetry.ErrBadSignature, ErrEpochSealed, ErrConflict, …)
// with errors.Is.
func (r *EventResult) Err() error {
	if r.Status != StatusRejected {
		return nil
	}
	return &Error{Code: r.Class, Msg: r.Error, sentinel: eventSentinel(r.Class)}
}

// SealRequest is FnSeal's argument.
type SealRequest struct {
	Pool   telemetry.PoolID `json:"pool"`
	Epoch  uint64           `json:"epoch"`
	Policy []byte           `json:"policy"` // the policy's YAML document
}

// SealRef names a seal.
type SealRef struct {
	Pool  telemetry.PoolID `json:"pool"`
	Epoch uint64           `json:"epoch"`
}

// Chunk is one chunk of a seal's commitment.
type Chunk struct {
	Root  field.Element `json:"root"`
	Count int           `json:"count"`
}

// MetricValue is one disclosed aggregate.
type MetricValue struct {
	Metric string `json:"metric"` // policy metric name
	Value  uint64 `json:"value"`
}

// Bounds are the per-record bounds a seal applied (the policy's).
type Bounds struct {
	MinEnergyWh    uint32 `json:"min_energy_wh"`
	MaxEnergyWh    uint32 `json:"max_energy_wh"`
	MaxFeeCents    uint32 `json:"max_fee_cents"`
	MinSoHPermille uint16 `json:"min_soh_permille"`
}

func boundsOf(b telemetry.Bounds) Bounds {
	return Bounds{MinEnergyWh: b.MinEnergyWh, MaxEnergyWh: b.MaxEnergyWh, MaxFeeCents: b.MaxFeeCents, MinSoHPermille: b.MinSoHPermille}
}

// Telemetry returns the bounds in telemetry's form.
func (b Bounds) Telemetry() telemetry.Bounds {
	return telemetry.Bounds{MinEnergyWh: b.MinEnergyWh, MaxEnergyWh: b.MaxEnergyWh, MaxFeeCents: b.MaxFeeCents, MinSoHPermille: b.MinSoHPermille}
}

// RecordKey names a record within a pool.
type RecordKey struct {
	Cabinet uint32 `json:"cabinet"`
	Seq     uint64 `json:"seq"`
}

// Completeness compares the devices expected to report in an epoch with
// those that did.
type Completeness struct {
	// Expected counts the pool's devices registered before the epoch's end
	// and not revoked at its start.
	Expected int `json:"expected"`
	// Reporting counts the cabinets with at least one record in the epoch,
	// a swap or a heartbeat (inside the policy's bounds or not).
	Reporting int `json:"reporting"`
	// MissingCount counts expected devices without a record; Missing lists
	// the first MaxListed of them, ascending.
	MissingCount int      `json:"missing_count"`
	Missing      []uint32 `json:"missing,omitempty"`
}

// Seal is the ledger's commitment to one (pool, epoch).
type Seal struct {
	Pool         telemetry.PoolID `json:"pool"`
	Epoch        uint64           `json:"epoch"`
	EpochSeconds uint64           `json:"epoch_seconds"`
	Start        time.Time        `json:"start"` // first instant of the epoch, UTC
	End          time.Time        `json:"end"`   // first instant after it

	PolicyID      string        `json:"policy_id"`
	PolicyVersion uint32        `json:"policy_version"`
	PolicyHash    field.Element `json:"policy_hash"` // policy.Policy.Hash
	RecordBounds  Bounds        `json:"record_bounds"`

	// Root, Count, ChunkCapacity and Chunks are commit.Commitment over the
	// committed records: the epoch's records inside RecordBounds, swaps and
	// heartbeats (a heartbeat passes the bounds: it has no swap fields), in
	// canonical order.
	Root          field.Element `json:"root"`
	Count         uint64        `json:"count"`
	ChunkCapacity int           `json:"chunk_capacity"`
	Chunks        []Chunk       `json:"chunks"`

	// Metrics are the aggregates the policy discloses, in metric bit order,
	// over the committed swaps (heartbeats count toward none).
	// min_soh_permille over no swaps is telemetry.MaxSoH (1000), the
	// identity of min over its range.
	Metrics []MetricValue `json:"metrics"`
	// ActiveCabinets counts distinct cabinets among the committed swaps,
	// disclosed or not; Disclosable says it meets the policy's
	// MinActiveCabinets (k-anonymity).
	ActiveCabinets    uint64 `json:"active_cabinets"`
	MinActiveCabinets uint32 `json:"min_active_cabinets"`
	Disclosable       bool   `json:"disclosable"`

	// OutOfBounds counts the epoch's records outside RecordBounds (accepted
	// under the ledger's ingest bounds, not committed); OutOfBoundsKeys lists
	// the first MaxListed.
	OutOfBounds     uint64      `json:"out_of_bounds"`
	OutOfBoundsKeys []RecordKey `json:"out_of_bounds_keys,omitempty"`

	Completeness Completeness `json:"completeness"`

	SealedAt time.Time `json:"sealed_at"` // transaction time
	TxID     string    `json:"tx_id"`
}

// Metric returns the value of a disclosed metric by its policy name.
func (s *Seal) Metric(name string) (uint64, bool) {
	for _, m := range s.Metrics {
		if m.Metric == name {
			return m.Value, true
		}
	}
	return 0, false
}

// ChunkRoots returns the chunk roots, in order.
func (s *Seal) ChunkRoots() []field.Element {
	out := make([]field.Element, len(s.Chunks))
	for i, c := range s.Chunks {
		out[i] = c.Root
	}
	return out
}

// AttestationRequest is FnRecordAttestation's argument: an org's attestor
// signed the seal of (Pool, Epoch). The ledger records it; the L2 registry
// verifies the signature.
type AttestationRequest struct {
	Pool      telemetry.PoolID `json:"pool"`
	Epoch     uint64           `json:"epoch"`
	Org       string           `json:"org"`       // attesting org's MSP id; must be the caller's
	Signer    string           `json:"signer"`    // 0x-hex Ethereum address, 20 bytes
	Signature []byte           `json:"signature"` // 65 bytes (r, s, v)
	Digest    field.Digest     `json:"digest"`    // the EIP-712 digest signed
}

// Attestation is a recorded attestation.
type Attestation struct {
	AttestationRequest
	RecordedAt time.Time `json:"recorded_at"`
	TxID       string    `json:"tx_id"`
}

// ExportRequest is FnRecordExport's argument: a disclosure of (Pool, Epoch)
// left the country in an L2 transaction.
type ExportRequest struct {
	Pool       telemetry.PoolID `json:"pool"`
	Epoch      uint64           `json:"epoch"`
	PolicyHash field.Element    `json:"policy_hash"` // must be the seal's
	ChainID    uint64           `json:"chain_id"`
	Registry   string           `json:"registry"` // 0x-hex address of the L2 registry
	TxHash     field.Digest     `json:"tx_hash"`
	Block      uint64           `json:"block"`
	Time       time.Time        `json:"time"` // L2 block time
}

// Export is a recorded export.
type Export struct {
	ExportRequest
	RecordedBy string    `json:"recorded_by"` // MSP id of the caller
	RecordedAt time.Time `json:"recorded_at"`
	TxID       string    `json:"tx_id"`
}

// ContributionRequest is FnRecordContribution's argument: the calling org made
// contribution Index of Phase of key ceremony Ceremony. The ledger checks the
// log's shape (one chain per phase, one contribution per org and phase), not
// the signature: the statement it signs is encoded by circuits/ceremony, and
// rwabridge ceremony verify checks the log against the transcript.
type ContributionRequest struct {
	Ceremony     field.Digest `json:"ceremony"`     // the ceremony's id (SHA-256 of its plan)
	Phase        int          `json:"phase"`        // 1 (powers of tau) or 2 (circuit)
	Index        int          `json:"index"`        // 1-based position in the phase
	Org          string       `json:"org"`          // the contributing org's MSP id; must be the caller's
	Contribution field.Digest `json:"contribution"` // SHA-256 of the contribution file
	Previous     field.Digest `json:"previous"`     // SHA-256 of the file it builds on
	Signer       string       `json:"signer"`       // 0x-hex address of the org's signing key
	Signature    []byte       `json:"signature"`    // 65 bytes (r, s, v) over the contribution statement
}

// Contribution is a recorded contribution.
type Contribution struct {
	ContributionRequest
	RecordedAt time.Time `json:"recorded_at"`
	TxID       string    `json:"tx_id"`
}

// CeremonyRef is FnCeremonyLog's argument.
type CeremonyRef struct {
	Ceremony field.Digest `json:"ceremony"`
}

// RecordsRequest is FnRecords' argument: a page of the records of (Pool,
// Epoch) in canonical order. For a sealed epoch the page holds exactly the
// committed records (the seal's epoch length and bounds; Policy, if given,
// must be the seal's). For an unsealed epoch Policy gives the epoch length
// and bounds; without it the pool's sealed epoch length applies and no
// bounds filter.
type RecordsRequest struct {
	Pool   telemetry.PoolID `json:"pool"`
	Epoch  uint64           `json:"epoch"`
	Policy []byte           `json:"policy,omitempty"`
	After  string           `json:"after,omitempty"` // page token: NextToken of the previous page
	Limit  int              `json:"limit,omitempty"` // 0 means DefaultPage; at most MaxPage
}

// RecordsPage is a page of records.
type RecordsPage struct {
	Events []telemetry.SignedEvent
	// Next is the token of the next page; empty on the last page.
	Next string
}

// PoolStats summarises one pool.
type PoolStats struct {
	Pool            telemetry.PoolID `json:"pool"`
	Devices         int              `json:"devices"`
	RevokedDevices  int              `json:"revoked_devices"`
	Seals           int              `json:"seals"`
	SealedRecords   uint64           `json:"sealed_records"`
	LastSealedEpoch *uint64          `json:"last_sealed_epoch,omitempty"`
	EpochSeconds    uint64           `json:"epoch_seconds,omitempty"`
}

// Stats summarises the ledger from its registry and seals (records are
// counted per seal: the ledger keeps no running counters, they would be hot
// keys).
type Stats struct {
	Registry string      `json:"registry"`
	Devices  int         `json:"devices"`
	Pools    []PoolStats `json:"pools"`
}
