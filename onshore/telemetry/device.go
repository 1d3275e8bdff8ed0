package telemetry

import (
	"bytes"
	"cmp"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"os"
	"slices"
	"time"

	"filippo.io/edwards25519"
	"github.com/hdevalence/ed25519consensus"
	"gopkg.in/yaml.v3"
)

// signingDomain prefixes every signed message, so a device signature can be
// neither taken for another kind of message nor moved to another registry.
const signingDomain = "rwabridge/telemetry/event/v1"

// SigningBytes is what a device signs: the domain tag, the registry id and the
// canonical encoding of the event.
//
//	"rwabridge/telemetry/event/v1" 0x00 uvarint(len(registry)) registry canonical(event)
//
// The registry id's length is a uvarint (one byte below 128), so ids of any
// length give unambiguous messages. The canonical encoding starts with its
// version, a swap's (1) or a heartbeat's (2), so one kind's signature never
// verifies the other.
func SigningBytes(registry string, e *Event) []byte {
	b := make([]byte, 0, len(signingDomain)+1+binary.MaxVarintLen64+len(registry)+e.encodedSize())
	b = append(b, signingDomain...)
	b = append(b, 0)
	b = binary.AppendUvarint(b, uint64(len(registry)))
	b = append(b, registry...)
	return e.AppendBinary(b)
}

// Sign returns e signed with the device key for the given registry.
func Sign(registry string, key ed25519.PrivateKey, e Event) SignedEvent {
	return SignedEvent{Event: e, Sig: ed25519.Sign(key, SigningBytes(registry, &e))}
}

// Rotation replaces a device's key from At on: events dated At or later
// verify under PublicKey, earlier ones under the key before it.
type Rotation struct {
	At        time.Time
	PublicKey ed25519.PublicKey
}

// Device is a cabinet's entry in the device registry. Its key history is
// PublicKey, valid from RegisteredAt, then the key of each of Rotations, in
// order, each valid from its At until the next rotation; RevokedAt, when
// set, ends the last key and the device: a revoked cabinet is never re-keyed.
// A device without rotations has one key, valid from RegisteredAt on.
type Device struct {
	Cabinet      uint32
	Pool         PoolID
	PublicKey    ed25519.PublicKey // the key registered at RegisteredAt
	RegisteredAt time.Time
	Rotations    []Rotation // later keys, strictly ascending by At
	RevokedAt    *time.Time
}

// Revoked reports whether the device's key was revoked at or before t.
func (d *Device) Revoked(t time.Time) bool { return d.RevokedAt != nil && !t.Before(*d.RevokedAt) }

// KeyPeriod is one key of a device's history and when it is valid:
// [From, Until). Until is nil for the current key of a device not revoked.
type KeyPeriod struct {
	PublicKey ed25519.PublicKey
	From      time.Time
	Until     *time.Time
}

// Valid reports whether t falls in the period.
func (p *KeyPeriod) Valid(t time.Time) bool {
	return !t.Before(p.From) && (p.Until == nil || t.Before(*p.Until))
}

// Keys returns the device's key history, oldest first: one period per key,
// each ending where the next begins, the last at RevokedAt (or open).
func (d *Device) Keys() []KeyPeriod {
	out := make([]KeyPeriod, 0, 1+len(d.Rotations))
	out = append(out, KeyPeriod{PublicKey: d.PublicKey, From: d.RegisteredAt})
	for _, r := range d.Rotations {
		at := r.At
		out[len(out)-1].Until = &at
		out = append(out, KeyPeriod{PublicKey: r.PublicKey, From: r.At})
	}
	out[len(out)-1].Until = d.RevokedAt
	return out
}

// CurrentKey returns the device's latest key (revoked or not).
func (d *Device) CurrentKey() ed25519.PublicKey {
	if n := len(d.Rotations); n > 0 {
		return d.Rotations[n-1].PublicKey
	}
	return d.PublicKey
}

// KeySince returns when the device's latest key became valid: its last
// rotation, or its registration.
func (d *Device) KeySince() time.Time {
	if n := len(d.Rotations); n > 0 {
		return d.Rotations[n-1].At
	}
	return d.RegisteredAt
}

// keyIndexAt returns the index (in Keys) of the key valid at t, ignoring
// revocation; -1 before the registration.
func (d *Device) keyIndexAt(t time.Time) int {
	if t.Before(d.RegisteredAt) {
		return -1
	}
	i := 0
	for i < len(d.Rotations) && !t.Before(d.Rotations[i].At) {
		i++
	}
	return i
}

// clone returns d with its own copies of keys and rotations.
func (d Device) clone() Device {
	d.PublicKey = bytes.Clone(d.PublicKey)
	d.Rotations = slices.Clone(d.Rotations)
	for i := range d.Rotations {
		d.Rotations[i].PublicKey = bytes.Clone(d.Rotations[i].PublicKey)
		d.Rotations[i].At = d.Rotations[i].At.UTC()
	}
	d.RegisteredAt = d.RegisteredAt.UTC()
	if d.RevokedAt != nil {
		t := d.RevokedAt.UTC()
		d.RevokedAt = &t
	}
	return d
}

// validate checks the device on its own: pool, keys, times in order, no key
// twice in its history.
func (d *Device) validate() error {
	if err := d.Pool.Validate(); err != nil {
		return fmt.Errorf("cabinet %d: %w", d.Cabinet, err)
	}
	if d.RegisteredAt.IsZero() {
		return fmt.Errorf("cabinet %d: registered_at is missing", d.Cabinet)
	}
	seen := make([]ed25519.PublicKey, 0, 1+len(d.Rotations))
	since := d.RegisteredAt
	for i, p := range append([]Rotation{{At: d.RegisteredAt, PublicKey: d.PublicKey}}, d.Rotations...) {
		if len(p.PublicKey) != ed25519.PublicKeySize {
			return fmt.Errorf("cabinet %d: key %d: public key is %d bytes, want %d", d.Cabinet, i, len(p.PublicKey), ed25519.PublicKeySize)
		}
		if !strongKey(p.PublicKey) {
			return fmt.Errorf("%w: cabinet %d: key %d (%s)", ErrWeakKey, d.Cabinet, i, EncodeKey(p.PublicKey))
		}
		if i > 0 && !p.At.After(since) {
			return fmt.Errorf("%w: cabinet %d: rotation %d at %s is not after the start of the key it replaces (%s)", ErrBackdated, d.Cabinet, i, FormatTime(p.At), FormatTime(since))
		}
		if slices.ContainsFunc(seen, func(k ed25519.PublicKey) bool { return k.Equal(p.PublicKey) }) {
			return fmt.Errorf("%w: cabinet %d: rotation %d reuses one of its earlier keys", ErrKeyInUse, d.Cabinet, i)
		}
		seen = append(seen, p.PublicKey)
		since = p.At
	}
	if d.RevokedAt != nil && d.RevokedAt.Before(since) {
		return fmt.Errorf("%w: cabinet %d: revoked_at %s is before the start of its current key (%s)", ErrBackdated, d.Cabinet, FormatTime(*d.RevokedAt), FormatTime(since))
	}
	return nil
}

// FormatTime is the one form registry times are shown in: RFC 3339, UTC,
// whole seconds.
func FormatTime(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// EncodeKey is the one form a device public key is written in: standard
// padded base64, as in devices.yaml.
func EncodeKey(k ed25519.PublicKey) string { return base64.StdEncoding.EncodeToString(k) }

// DecodeKey reads a device public key in EncodeKey's form.
func DecodeKey(s string) (ed25519.PublicKey, error) {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("public key %q: not standard base64: %w", s, err)
	}
	if len(b) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("public key %q: %d bytes, an ed25519 public key has %d", s, len(b), ed25519.PublicKeySize)
	}
	return b, nil
}

// Registry maps cabinets to their keys. ID names the registry; it is bound
// into every signature (see SigningBytes). No key belongs to two cabinets,
// nor twice to one.
type Registry struct {
	ID      string
	devices map[uint32]*Device
	owners  map[string]uint32 // every key of every history -> its cabinet
}

// NewRegistry returns an empty registry with the given id.
func NewRegistry(id string) *Registry {
	return &Registry{ID: id, devices: map[uint32]*Device{}, owners: map[string]uint32{}}
}

// Add registers a device with its key history. A cabinet is registered
// once; a key of another cabinet is ErrKeyInUse.
func (r *Registry) Add(d Device) error {
	if err := d.validate(); err != nil {
		return err
	}
	if _, dup := r.devices[d.Cabinet]; dup {
		return fmt.Errorf("cabinet %d is registered twice", d.Cabinet)
	}
	for _, k := range d.Keys() {
		if err := r.keyFree(d.Cabinet, k.PublicKey); err != nil {
			return err
		}
	}
	d = d.clone()
	r.devices[d.Cabinet] = &d
	for _, k := range d.Keys() {
		r.owners[string(k.PublicKey)] = d.Cabinet
	}
	return nil
}

// keyFree refuses a key another cabinet holds or held.
func (r *Registry) keyFree(cabinet uint32, k ed25519.PublicKey) error {
	if c, ok := r.owners[string(k)]; ok && c != cabinet {
		return fmt.Errorf("%w: cabinet %d's key %s is (or was) cabinet %d's", ErrKeyInUse, cabinet, EncodeKey(k), c)
	}
	return nil
}

// Rotate replaces the cabinet's key with key from at on: events dated at or
// later must be signed by key, earlier ones by the key before. at must be
// after the current key's start (ErrBackdated); the cabinet must not be
// revoked (ErrRevokedDevice); key must be new to the registry (ErrKeyInUse).
func (r *Registry) Rotate(cabinet uint32, key ed25519.PublicKey, at time.Time) error {
	d, ok := r.devices[cabinet]
	if !ok {
		return fmt.Errorf("%w: cabinet %d is not in registry %q", ErrUnknownDevice, cabinet, r.ID)
	}
	if d.RevokedAt != nil {
		return fmt.Errorf("%w: cabinet %d was revoked at %s: a revoked cabinet is not re-keyed (register its replacement as a new cabinet)", ErrRevokedDevice, cabinet, FormatTime(*d.RevokedAt))
	}
	if _, ok := r.owners[string(key)]; ok {
		if err := r.keyFree(cabinet, key); err != nil {
			return err
		}
		return fmt.Errorf("%w: cabinet %d already had key %s", ErrKeyInUse, cabinet, EncodeKey(key))
	}
	next := d.clone()
	next.Rotations = append(next.Rotations, Rotation{At: at.UTC(), PublicKey: bytes.Clone(key)})
	if err := next.validate(); err != nil {
		return err
	}
	*d = next
	r.owners[string(key)] = cabinet
	return nil
}

// Revoke marks the cabinet's key revoked from t on: events dated t or later
// are rejected, earlier ones still verify. t must not precede the current
// key's start (ErrBackdated); revoking again at the same time is a no-op, at
// another is ErrRevokedDevice.
func (r *Registry) Revoke(cabinet uint32, t time.Time) error {
	d, ok := r.devices[cabinet]
	if !ok {
		return fmt.Errorf("%w: cabinet %d", ErrUnknownDevice, cabinet)
	}
	t = t.UTC()
	if d.RevokedAt != nil {
		if d.RevokedAt.Equal(t) {
			return nil
		}
		return fmt.Errorf("%w: cabinet %d was revoked at %s already", ErrRevokedDevice, cabinet, FormatTime(*d.RevokedAt))
	}
	if t.Before(d.KeySince()) {
		return fmt.Errorf("%w: cabinet %d: revocation at %s precedes its current key, valid from %s", ErrBackdated, cabinet, FormatTime(t), FormatTime(d.KeySince()))
	}
	d.RevokedAt = &t
	return nil
}

// Device returns the cabinet's entry.
func (r *Registry) Device(cabinet uint32) (Device, bool) {
	d, ok := r.devices[cabinet]
	if !ok {
		return Device{}, false
	}
	return d.clone(), true
}

// Devices returns every device, ordered by cabinet id.
func (r *Registry) Devices() []Device {
	out := make([]Device, 0, len(r.devices))
	for _, d := range r.devices {
		out = append(out, d.clone())
	}
	slices.SortFunc(out, func(a, b Device) int { return cmp.Compare(a.Cabinet, b.Cabinet) })
	return out
}

// Len returns the number of registered devices.
func (r *Registry) Len() int { return len(r.devices) }

// Verify checks the event's device and signature: the cabinet is registered
// in the event's pool, was registered and not revoked at the event's time,
// and the signature is over SigningBytes by the key its history gives for the
// event's time. A signature by another key of the same cabinet is
// ErrRetiredKey (a key replaced before the event's time) or
// ErrKeyNotYetValid (a key that replaced it only later). It does not check
// ranges, duplicates or conflicts (see Validator).
//
// Signatures are checked by the rules of ZIP 215 (ed25519consensus): one
// rule for single and batch verification, so every node — the agent, the
// embedded ledger, each Fabric peer — reaches one verdict on any signature,
// non-canonical encodings and small-order components included. VerifyAll is
// the same check over many events, faster.
func (r *Registry) Verify(s *SignedEvent) error {
	key, msg, err := r.resolve(s)
	if err != nil {
		return err
	}
	if ed25519consensus.Verify(key, msg, s.Sig) {
		return nil
	}
	return r.badSignature(s, msg)
}

// VerifyAll sets errs[i] to Verify(&events[i]) for every i in idx (every
// event when idx is nil): the same verdicts, with the signatures of the
// events whose device and key resolve checked in one batch. Only when the
// batch fails are they checked one by one, so each bad signature is named
// by its event. The registry is only read.
func (r *Registry) VerifyAll(events []SignedEvent, idx []int, errs []error) {
	if idx == nil {
		idx = make([]int, len(events))
		for i := range idx {
			idx[i] = i
		}
	}
	type item struct {
		i        int
		key, msg []byte
	}
	b := ed25519consensus.NewPreallocatedBatchVerifier(len(idx))
	batched := make([]item, 0, len(idx))
	for _, i := range idx {
		key, msg, err := r.resolve(&events[i])
		if errs[i] = err; err != nil {
			continue
		}
		b.Add(key, msg, events[i].Sig)
		batched = append(batched, item{i, key, msg})
	}
	if len(batched) == 0 || b.Verify() {
		return
	}
	for _, it := range batched {
		if !ed25519consensus.Verify(it.key, it.msg, events[it.i].Sig) {
			errs[it.i] = r.badSignature(&events[it.i], it.msg)
		}
	}
}

// resolve returns the key the event's signature must verify under and the
// signed bytes, or the device error Verify reports.
func (r *Registry) resolve(s *SignedEvent) (ed25519.PublicKey, []byte, error) {
	d, ok := r.devices[s.Cabinet]
	if !ok {
		return nil, nil, fmt.Errorf("%w: cabinet %d is not in registry %q", ErrUnknownDevice, s.Cabinet, r.ID)
	}
	if d.Pool != s.Pool {
		return nil, nil, fmt.Errorf("%w: cabinet %d belongs to pool %q, event names %q", ErrUnknownDevice, s.Cabinet, d.Pool, s.Pool)
	}
	at := time.Unix(s.Time, 0)
	k := d.keyIndexAt(at)
	if k < 0 {
		return nil, nil, fmt.Errorf("%w: cabinet %d event at %s precedes its registration at %s", ErrUnknownDevice, s.Cabinet, FormatTime(at), FormatTime(d.RegisteredAt))
	}
	if d.Revoked(at) {
		return nil, nil, fmt.Errorf("%w: cabinet %d key revoked at %s, event at %s", ErrRevokedDevice, s.Cabinet, FormatTime(*d.RevokedAt), FormatTime(at))
	}
	if len(s.Sig) != SignatureSize {
		return nil, nil, fmt.Errorf("%w: cabinet %d seq %d", ErrBadSignature, s.Cabinet, s.Seq)
	}
	return d.Keys()[k].PublicKey, SigningBytes(r.ID, &s.Event), nil
}

// badSignature names a signature that does not verify under the key valid
// at the event's time: ErrRetiredKey or ErrKeyNotYetValid when another key
// of the cabinet's history signed it, else ErrBadSignature.
func (r *Registry) badSignature(s *SignedEvent, msg []byte) error {
	d := r.devices[s.Cabinet]
	at := time.Unix(s.Time, 0)
	k := d.keyIndexAt(at)
	for j, p := range d.Keys() {
		if j == k || !ed25519consensus.Verify(p.PublicKey, msg, s.Sig) {
			continue
		}
		if j < k {
			return fmt.Errorf("%w: cabinet %d seq %d dated %s; that key was replaced at %s", ErrRetiredKey, s.Cabinet, s.Seq, FormatTime(at), FormatTime(*p.Until))
		}
		return fmt.Errorf("%w: cabinet %d seq %d dated %s; that key is valid from %s", ErrKeyNotYetValid, s.Cabinet, s.Seq, FormatTime(at), FormatTime(p.From))
	}
	return fmt.Errorf("%w: cabinet %d seq %d", ErrBadSignature, s.Cabinet, s.Seq)
}

// strongKey reports whether k is the canonical encoding of an ed25519
// point of large order (not in the small-order subgroup).
func strongKey(k ed25519.PublicKey) bool {
	p, err := new(edwards25519.Point).SetBytes(k)
	if err != nil || !bytes.Equal(p.Bytes(), k) {
		return false
	}
	return new(edwards25519.Point).MultByCofactor(p).Equal(edwards25519.NewIdentityPoint()) != 1
}

// registryFile is the YAML form of a registry (devices.yaml).
type registryFile struct {
	Registry string         `yaml:"registry"`
	Devices  []registryItem `yaml:"devices"`
}

type registryItem struct {
	Cabinet      uint32         `yaml:"cabinet"`
	Pool         PoolID         `yaml:"pool"`
	PublicKey    string         `yaml:"public_key"` // base64 (standard, padded)
	RegisteredAt time.Time      `yaml:"registered_at"`
	Rotations    []rotationItem `yaml:"rotations,omitempty"`
	RevokedAt    *time.Time     `yaml:"revoked_at,omitempty"`
}

// rotationItem is one key rotation in devices.yaml: the new key and when it
// takes over.
type rotationItem struct {
	At        time.Time `yaml:"at"`
	PublicKey string    `yaml:"public_key"` // base64 (standard, padded)
}

// MarshalYAML writes the registry as devices.yaml.
func (r *Registry) MarshalYAML() (any, error) {
	f := registryFile{Registry: r.ID}
	for _, d := range r.Devices() {
		it := registryItem{
			Cabinet: d.Cabinet, Pool: d.Pool, PublicKey: EncodeKey(d.PublicKey),
			RegisteredAt: d.RegisteredAt, RevokedAt: d.RevokedAt,
		}
		for _, rot := range d.Rotations {
			it.Rotations = append(it.Rotations, rotationItem{At: rot.At, PublicKey: EncodeKey(rot.PublicKey)})
		}
		f.Devices = append(f.Devices, it)
	}
	return f, nil
}

// ParseRegistry reads devices.yaml strictly (unknown keys are errors).
func ParseRegistry(data []byte) (*Registry, error) {
	var f registryFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("device registry: %w", err)
	}
	if f.Registry == "" || len(f.Registry) > 255 {
		return nil, fmt.Errorf("device registry: 'registry' (its id, 1 to 255 bytes) is required")
	}
	r := NewRegistry(f.Registry)
	for i, it := range f.Devices {
		pk, err := base64.StdEncoding.DecodeString(it.PublicKey)
		if err != nil {
			return nil, fmt.Errorf("device registry: devices[%d] (cabinet %d): public_key: %w", i, it.Cabinet, err)
		}
		d := Device{Cabinet: it.Cabinet, Pool: it.Pool, PublicKey: pk, RegisteredAt: it.RegisteredAt, RevokedAt: it.RevokedAt}
		for j, rot := range it.Rotations {
			k, err := base64.StdEncoding.DecodeString(rot.PublicKey)
			if err != nil {
				return nil, fmt.Errorf("device registry: devices[%d] (cabinet %d): rotations[%d]: public_key: %w", i, it.Cabinet, j, err)
			}
			if rot.At.IsZero() {
				return nil, fmt.Errorf("device registry: devices[%d] (cabinet %d): rotations[%d]: 'at' (when the key takes over) is required", i, it.Cabinet, j)
			}
			d.Rotations = append(d.Rotations, Rotation{At: rot.At, PublicKey: k})
		}
		if err := r.Add(d); err != nil {
			return nil, fmt.Errorf("device registry: devices[%d]: %w", i, err)
		}
	}
	return r, nil
}

// LoadRegistry reads a devices.yaml file.
func LoadRegistry(path string) (*Registry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	r, err := ParseRegistry(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return r, nil
}

// DeviceKeys are the private keys of simulated devices (device-keys.yaml). Real
// cabinets keep their keys in their own secure element; this file exists for
// the simulator and tests only.
type DeviceKeys struct {
	Registry string            `yaml:"registry"`
	Warning  string            `yaml:"warning"`
	Keys     map[uint32]string `yaml:"keys"` // cabinet -> base64 ed25519 seed (32 bytes)
}

// Key returns the private key of a cabinet.
func (k *DeviceKeys) Key(cabinet uint32) (ed25519.PrivateKey, error) {
	s, ok := k.Keys[cabinet]
	if !ok {
		return nil, fmt.Errorf("no key for cabinet %d", cabinet)
	}
	seed, err := base64.StdEncoding.DecodeString(s)
	if err != nil || len(seed) != ed25519.SeedSize {
		return nil, fmt.Errorf("cabinet %d: key must be a base64 ed25519 seed of %d bytes", cabinet, ed25519.SeedSize)
	}
	return ed25519.NewKeyFromSeed(seed), nil
}

// LoadDeviceKeys reads a device-keys.yaml file strictly.
func LoadDeviceKeys(path string) (*DeviceKeys, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var k DeviceKeys
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&k); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &k, nil
}
