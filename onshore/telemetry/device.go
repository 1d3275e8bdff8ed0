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
// length give unambiguous messages.
func SigningBytes(registry string, e *Event) []byte {
	b := make([]byte, 0, len(signingDomain)+1+binary.MaxVarintLen64+len(registry)+fixedSize+3+len(e.Pool)+len(e.BatteryIn)+len(e.BatteryOut))
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

// Device is a cabinet's entry in the device registry.
type Device struct {
	Cabinet      uint32            `yaml:"cabinet"`
	Pool         PoolID            `yaml:"pool"`
	PublicKey    ed25519.PublicKey `yaml:"-"`
	RegisteredAt time.Time         `yaml:"registered_at"`
	RevokedAt    *time.Time        `yaml:"revoked_at,omitempty"`
}

// Revoked reports whether the device's key was revoked at or before t.
func (d *Device) Revoked(t time.Time) bool { return d.RevokedAt != nil && !t.Before(*d.RevokedAt) }

// Registry maps cabinets to their keys. ID names the registry; it is bound
// into every signature (see SigningBytes).
type Registry struct {
	ID      string
	devices map[uint32]*Device
}

// NewRegistry returns an empty registry with the given id.
func NewRegistry(id string) *Registry { return &Registry{ID: id, devices: map[uint32]*Device{}} }

// Add registers a device. A cabinet is registered once.
func (r *Registry) Add(d Device) error {
	if err := d.Pool.Validate(); err != nil {
		return fmt.Errorf("cabinet %d: %w", d.Cabinet, err)
	}
	if len(d.PublicKey) != ed25519.PublicKeySize {
		return fmt.Errorf("cabinet %d: public key is %d bytes, want %d", d.Cabinet, len(d.PublicKey), ed25519.PublicKeySize)
	}
	if d.RegisteredAt.IsZero() {
		return fmt.Errorf("cabinet %d: registered_at is missing", d.Cabinet)
	}
	if d.RevokedAt != nil && d.RevokedAt.Before(d.RegisteredAt) {
		return fmt.Errorf("cabinet %d: revoked_at %s is before registered_at %s", d.Cabinet, d.RevokedAt, d.RegisteredAt)
	}
	if _, dup := r.devices[d.Cabinet]; dup {
		return fmt.Errorf("cabinet %d is registered twice", d.Cabinet)
	}
	d.PublicKey = bytes.Clone(d.PublicKey)
	r.devices[d.Cabinet] = &d
	return nil
}

// Revoke marks the cabinet's key revoked from t on: events dated t or later
// are rejected, earlier ones still verify.
func (r *Registry) Revoke(cabinet uint32, t time.Time) error {
	d, ok := r.devices[cabinet]
	if !ok {
		return fmt.Errorf("%w: cabinet %d", ErrUnknownDevice, cabinet)
	}
	if t.Before(d.RegisteredAt) {
		return fmt.Errorf("cabinet %d: revocation time %s is before its registration %s", cabinet, t, d.RegisteredAt)
	}
	t = t.UTC()
	d.RevokedAt = &t
	return nil
}

// Device returns the cabinet's entry.
func (r *Registry) Device(cabinet uint32) (Device, bool) {
	d, ok := r.devices[cabinet]
	if !ok {
		return Device{}, false
	}
	return *d, true
}

// Devices returns every device, ordered by cabinet id.
func (r *Registry) Devices() []Device {
	out := make([]Device, 0, len(r.devices))
	for _, d := range r.devices {
		out = append(out, *d)
	}
	slices.SortFunc(out, func(a, b Device) int { return cmp.Compare(a.Cabinet, b.Cabinet) })
	return out
}

// Len returns the number of registered devices.
func (r *Registry) Len() int { return len(r.devices) }

// Verify checks the event's device and signature: the cabinet is registered
// in the event's pool, was registered and not revoked at the event's time, and
// the signature is its key's over SigningBytes. It does not check ranges or
// replays (see Validator).
func (r *Registry) Verify(s *SignedEvent) error {
	d, ok := r.devices[s.Cabinet]
	if !ok {
		return fmt.Errorf("%w: cabinet %d is not in registry %q", ErrUnknownDevice, s.Cabinet, r.ID)
	}
	if d.Pool != s.Pool {
		return fmt.Errorf("%w: cabinet %d belongs to pool %q, event names %q", ErrUnknownDevice, s.Cabinet, d.Pool, s.Pool)
	}
	at := time.Unix(s.Time, 0)
	if at.Before(d.RegisteredAt) {
		return fmt.Errorf("%w: cabinet %d event at %s precedes its registration at %s", ErrUnknownDevice, s.Cabinet, at.UTC().Format(time.RFC3339), d.RegisteredAt.UTC().Format(time.RFC3339))
	}
	if d.Revoked(at) {
		return fmt.Errorf("%w: cabinet %d key revoked at %s, event at %s", ErrRevokedDevice, s.Cabinet, d.RevokedAt.UTC().Format(time.RFC3339), at.UTC().Format(time.RFC3339))
	}
	if len(s.Sig) != SignatureSize || !ed25519.Verify(d.PublicKey, SigningBytes(r.ID, &s.Event), s.Sig) {
		return fmt.Errorf("%w: cabinet %d seq %d", ErrBadSignature, s.Cabinet, s.Seq)
	}
	return nil
}

// registryFile is the YAML form of a registry (devices.yaml).
type registryFile struct {
	Registry string         `yaml:"registry"`
	Devices  []registryItem `yaml:"devices"`
}

type registryItem struct {
	Cabinet      uint32     `yaml:"cabinet"`
	Pool         PoolID     `yaml:"pool"`
	PublicKey    string     `yaml:"public_key"` // base64 (standard, padded)
	RegisteredAt time.Time  `yaml:"registered_at"`
	RevokedAt    *time.Time `yaml:"revoked_at,omitempty"`
}

// MarshalYAML writes the registry as devices.yaml.
func (r *Registry) MarshalYAML() (any, error) {
	f := registryFile{Registry: r.ID}
	for _, d := range r.Devices() {
		f.Devices = append(f.Devices, registryItem{
			Cabinet: d.Cabinet, Pool: d.Pool, PublicKey: base64.StdEncoding.EncodeToString(d.PublicKey),
			RegisteredAt: d.RegisteredAt.UTC(), RevokedAt: d.RevokedAt,
		})
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
		if err := r.Add(Device{Cabinet: it.Cabinet, Pool: it.Pool, PublicKey: pk, RegisteredAt: it.RegisteredAt, RevokedAt: it.RevokedAt}); err != nil {
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
