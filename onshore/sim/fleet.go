package sim

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// KeysWarning is written into every simulated device-keys.yaml.
const KeysWarning = "SIMULATOR AND TEST KEYS ONLY: anyone with this file can sign events for these cabinets. " +
	"Real cabinets keep their keys in their own secure element; never register these keys for a real fleet."

// Fleet is the simulated fleet's identity: the registry that verifies its
// events and the private keys that sign them.
type Fleet struct {
	Registry *telemetry.Registry
	Keys     *telemetry.DeviceKeys

	private [][]timedKey // index cabinet-1: its keys, oldest first
}

// timedKey is a private key and the first event time it signs.
type timedKey struct {
	from int64
	key  ed25519.PrivateKey
}

// NewFleet derives the fleet's device keys from the config's seed,
// registers every cabinet at cfg.RegisteredAt and applies cfg.Rotations
// (each rotation's key derived from the seed and its generation). Keys
// holds every cabinet's latest key.
func NewFleet(cfg Config) (*Fleet, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	f := &Fleet{
		Registry: telemetry.NewRegistry(cfg.Registry()),
		Keys:     &telemetry.DeviceKeys{Registry: cfg.Registry(), Warning: KeysWarning, Keys: make(map[uint32]string, cfg.Cabinets)},
		private:  make([][]timedKey, cfg.Cabinets),
	}
	for i := range cfg.Cabinets {
		cabinet := uint32(i + 1)
		seed := deviceSeed(cfg.Pool, cfg.Seed, cabinet, 0)
		key := ed25519.NewKeyFromSeed(seed)
		f.private[i] = []timedKey{{from: cfg.RegisteredAt().Unix(), key: key}}
		f.Keys.Keys[cabinet] = base64.StdEncoding.EncodeToString(seed)
		err := f.Registry.Add(telemetry.Device{
			Cabinet: cabinet, Pool: cfg.Pool, PublicKey: key.Public().(ed25519.PublicKey), RegisteredAt: cfg.RegisteredAt(),
		})
		if err != nil {
			return nil, fmt.Errorf("simulated fleet: %w", err)
		}
	}
	rotations := slices.Clone(cfg.Rotations)
	slices.SortStableFunc(rotations, func(a, b KeyRotation) int { return a.At.Compare(b.At) })
	for _, r := range rotations {
		keys := &f.private[r.Cabinet-1]
		seed := deviceSeed(cfg.Pool, cfg.Seed, r.Cabinet, len(*keys))
		key := ed25519.NewKeyFromSeed(seed)
		if err := f.Registry.Rotate(r.Cabinet, key.Public().(ed25519.PublicKey), r.At); err != nil {
			return nil, fmt.Errorf("simulated fleet: %w", err)
		}
		*keys = append(*keys, timedKey{from: r.At.Unix(), key: key})
		f.Keys.Keys[r.Cabinet] = base64.StdEncoding.EncodeToString(seed)
	}
	return f, nil
}

// deviceSeed derives a cabinet's ed25519 seed: SHA-256 over a domain tag, the
// pool, the simulation seed and the cabinet id, then, for the key of its
// generation-th rotation (generation ≥ 1), the generation.
func deviceSeed(pool telemetry.PoolID, seed uint64, cabinet uint32, generation int) []byte {
	h := sha256.New()
	h.Write([]byte("rwabridge/sim/device-key/v1\x00"))
	h.Write([]byte{byte(len(pool))})
	h.Write([]byte(pool))
	var b [12]byte
	binary.BigEndian.PutUint64(b[:8], seed)
	binary.BigEndian.PutUint32(b[8:], cabinet)
	h.Write(b[:])
	if generation > 0 {
		h.Write(binary.BigEndian.AppendUint32([]byte("/rotation"), uint32(generation)))
	}
	return h.Sum(nil)
}

// rngSeeds derives the two PCG seeds of a cabinet's random stream.
func rngSeeds(seed uint64, cabinet uint32) (uint64, uint64) {
	var b [12]byte
	binary.BigEndian.PutUint64(b[:8], seed)
	binary.BigEndian.PutUint32(b[8:], cabinet)
	sum := sha256.Sum256(append([]byte("rwabridge/sim/rng/v1\x00"), b[:]...))
	return binary.BigEndian.Uint64(sum[:8]), binary.BigEndian.Uint64(sum[8:16])
}
