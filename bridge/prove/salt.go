package prove

import (
	"bytes"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/rwabridge/rwabridge/bridge/ethkey"
	"github.com/rwabridge/rwabridge/internal/atomicfile"
	"github.com/rwabridge/rwabridge/onshore/ledger"
)

// SaltSeedSize is the size of a salt seed in bytes.
const SaltSeedSize = 32

// saltDomain separates the salt derivation from every other use of the
// seed's HMAC; its version changes if the message does.
const saltDomain = "rwabridge/summary/acc-salt/v1"

// ErrSaltSeed: a salt seed file that is missing, not 64 hex digits, readable
// by others, or already there when a new one is asked for.
var ErrSaltSeed = errors.New("unusable salt seed")

// SaltSeed is the secret from which independent provers derive the same
// accumulator salts for an epoch (SaltsFor), so that chunk proofs made in
// different processes chain. Whoever holds it can recompute every salt and,
// with the public accumulator hashes, test guesses of the partial totals
// those hashes hide: keep it as secret as the raw records.
type SaltSeed [SaltSeedSize]byte

// NewSaltSeed writes a new random seed to path, as 64 hex digits and a
// newline, mode 0600, atomically. It refuses to replace an existing file
// (proofs made with the old seed would no longer merge with new ones).
func NewSaltSeed(path string) (*SaltSeed, error) {
	if _, err := os.Lstat(path); err == nil {
		return nil, fmt.Errorf("%w: %s already exists; use it, or remove it first (chunk proofs made with it will no longer merge)", ErrSaltSeed, path)
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w: %w", ErrSaltSeed, err)
	}
	var s SaltSeed
	if _, err := io.ReadFull(rand.Reader, s[:]); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrSaltSeed, err)
	}
	if err := atomicfile.WriteFile(path, []byte(hex.EncodeToString(s[:])+"\n"), 0o600); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrSaltSeed, err)
	}
	return &s, nil
}

// LoadSaltSeed reads the seed in path: 64 hex digits (0x optional, one
// trailing newline allowed) in a file only its owner may read
// (ethkey.CheckPrivate).
func LoadSaltSeed(path string) (*SaltSeed, error) {
	if err := ethkey.CheckPrivate(path); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrSaltSeed, err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrSaltSeed, err)
	}
	text := bytes.TrimPrefix(bytes.TrimRight(data, "\r\n"), []byte("0x"))
	var s SaltSeed
	if len(text) != 2*SaltSeedSize {
		return nil, fmt.Errorf("%w: %s holds %d characters, want %d hex digits (rwabridge prove salt-seed --out FILE makes a seed)", ErrSaltSeed, path, len(text), 2*SaltSeedSize)
	}
	if _, err := hex.Decode(s[:], text); err != nil {
		return nil, fmt.Errorf("%w: %s does not hold %d bytes as %d hex digits (rwabridge prove salt-seed --out FILE makes one)", ErrSaltSeed, path, SaltSeedSize, 2*SaltSeedSize)
	}
	return &s, nil
}

// Salt returns the salt of chunk index's accumulator in seal's epoch:
//
//	m    = saltDomain ‖ 0x00 ‖ len(pool) (1 byte) ‖ pool ‖ epoch (8 bytes)
//	       ‖ policy hash (32) ‖ epoch root (32) ‖ chunk capacity (4) ‖ index (4)
//	salt = (HMAC-SHA256(seed, m ‖ 0x00) ‖ HMAC-SHA256(seed, m ‖ 0x01)) mod r
//
// (integers big-endian, r the BN254 scalar field's order). HMAC keyed with
// a secret seed is a pseudorandom function, so the salts are as
// unpredictable as random ones to anyone without the seed; 512 bits reduced
// mod the 254-bit r leave a bias below 2^-250. The domain string keeps the
// seed's other possible uses apart, and the pool, epoch, policy hash and
// root make each seal's salts its own: no two seals share a salt, even with
// one seed for every pool.
func (s *SaltSeed) Salt(seal *ledger.Seal, index uint32) fr.Element {
	m := append([]byte(saltDomain), 0, byte(len(seal.Pool)))
	m = append(m, seal.Pool...)
	m = binary.BigEndian.AppendUint64(m, seal.Epoch)
	ph, root := seal.PolicyHash.Fr(), seal.Root.Fr()
	phb, rootb := ph.Bytes(), root.Bytes()
	m = append(m, phb[:]...)
	m = append(m, rootb[:]...)
	m = binary.BigEndian.AppendUint32(m, uint32(seal.ChunkCapacity))
	m = binary.BigEndian.AppendUint32(m, index)
	var wide []byte
	for _, block := range []byte{0, 1} {
		mac := hmac.New(sha256.New, s[:])
		mac.Write(m)
		mac.Write([]byte{block})
		wide = mac.Sum(wide)
	}
	var x fr.Element
	x.SetBigInt(new(big.Int).SetBytes(wide)) // reduces mod r
	return x
}

// salts returns summary.Input.Salt for seal: Summarize draws one salt per
// non-final chunk, in chunk order, so the k-th call is chunk k's salt. A
// nil seed keeps crypto/rand (nil hook).
func (s *SaltSeed) salts(seal *ledger.Seal) func() (fr.Element, error) {
	if s == nil {
		return nil
	}
	next := uint32(0)
	return func() (fr.Element, error) {
		x := s.Salt(seal, next)
		next++
		return x, nil
	}
}
