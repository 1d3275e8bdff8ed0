// Package ethkey loads the secp256k1 key an attestor signs with or a relayer
// sends from: a go-ethereum keystore file (scrypt-encrypted JSON) with its
// password in a separate file, or a plain file holding the key as hex that
// only its owner may read (mode 0600 or stricter).
//
// LoadOrCreate also makes a development key file on first use (the demo's
// L2 accounts). It does not rotate keys, nor read flags: the attestor and
// relayer configs name the files.
package ethkey

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rwabridge/rwabridge/internal/atomicfile"
)

// Errors.
var (
	// ErrPermissions: a plain key file readable or writable by its group or
	// by others.
	ErrPermissions = errors.New("key file is accessible to group or others (chmod 600)")
	// ErrKey: the file does not hold a usable key (bad hex, bad keystore,
	// wrong password, a missing password file for a keystore).
	ErrKey = errors.New("unusable key file")
)

// Source names a key: File is a keystore JSON file (then PasswordFile is
// required) or a hex key file (then PasswordFile must be empty).
type Source struct {
	File         string `yaml:"file"`
	PasswordFile string `yaml:"password_file"`
}

// Load reads the key src names.
func Load(src Source) (*ecdsa.PrivateKey, error) {
	if src.File == "" {
		return nil, fmt.Errorf("%w: no key file given", ErrKey)
	}
	data, err := os.ReadFile(src.File)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrKey, err)
	}
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) > 0 && trimmed[0] == '{' {
		return loadKeystore(src, trimmed)
	}
	if src.PasswordFile != "" {
		return nil, fmt.Errorf("%w: %s is not a keystore file, but a password file is given", ErrKey, src.File)
	}
	if err := CheckPrivate(src.File); err != nil {
		return nil, err
	}
	k, err := crypto.HexToECDSA(strings.TrimPrefix(string(trimmed), "0x"))
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrKey, src.File, err)
	}
	return k, nil
}

func loadKeystore(src Source, data []byte) (*ecdsa.PrivateKey, error) {
	if !json.Valid(data) {
		return nil, fmt.Errorf("%w: %s: not valid keystore JSON", ErrKey, src.File)
	}
	if src.PasswordFile == "" {
		return nil, fmt.Errorf("%w: %s is a keystore file: give its password_file", ErrKey, src.File)
	}
	if err := CheckPrivate(src.PasswordFile); err != nil {
		return nil, err
	}
	pw, err := os.ReadFile(src.PasswordFile)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrKey, err)
	}
	k, err := keystore.DecryptKey(data, strings.TrimRight(string(pw), "\r\n"))
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrKey, src.File, err)
	}
	return k.PrivateKey, nil
}

// CheckPrivate refuses a file its group or others may access
// (ErrPermissions): how every secret file rwabridge reads is checked.
func CheckPrivate(path string) error {
	st, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrKey, err)
	}
	if st.Mode().Perm()&0o077 != 0 {
		return fmt.Errorf("%w: %s has mode %#o", ErrPermissions, path, st.Mode().Perm())
	}
	return nil
}

// Address returns the key's Ethereum address.
func Address(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// WriteHex writes k as a 0600 hex key file (for tests and tooling).
func WriteHex(path string, k *ecdsa.PrivateKey) error {
	if err := atomicfile.WriteFile(path, []byte(common.Bytes2Hex(crypto.FromECDSA(k))+"\n"), 0o600); err != nil {
		return fmt.Errorf("ethkey: %w", err)
	}
	return nil
}

// LoadOrCreate returns the hex key in path, generating it (a new random
// key, written 0600 with WriteHex) when path does not exist, and whether it
// did. Any other problem with the file is an error: it never replaces a key.
func LoadOrCreate(path string) (*ecdsa.PrivateKey, bool, error) {
	k, err := Load(Source{File: path})
	if err == nil {
		return k, false, nil
	}
	if _, serr := os.Stat(path); !errors.Is(serr, fs.ErrNotExist) {
		return nil, false, err
	}
	if k, err = crypto.GenerateKey(); err != nil {
		return nil, false, fmt.Errorf("ethkey: %w", err)
	}
	if err := WriteHex(path, k); err != nil {
		return nil, false, err
	}
	return k, true, nil
}
