package embedded

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/rwabridge/rwabridge/internal/atomicfile"
)

// signer is one org's signing key.
type signer struct {
	mspID string
	key   *ecdsa.PrivateKey
	pub   []byte // PKIX DER of the public key, as recorded in the genesis block
}

// loadSigners reads every org's key; when create is true (no genesis block
// yet) missing key files are generated.
func loadSigners(dir string, orgs []Org, create bool) ([]signer, error) {
	out := make([]signer, 0, len(orgs))
	for _, o := range orgs {
		path := o.keyPath(dir)
		key, err := readKey(path)
		if errors.Is(err, fs.ErrNotExist) {
			if !create {
				return nil, fmt.Errorf("%w: org %s: %s (the genesis block fixed its key; restore the file)", ErrMissingKey, o.MSPID, path)
			}
			key, err = generateKey(path)
		}
		if err != nil {
			return nil, fmt.Errorf("org %s: %w", o.MSPID, err)
		}
		pub, err := x509.MarshalPKIXPublicKey(&key.PublicKey)
		if err != nil {
			return nil, fmt.Errorf("org %s: %w", o.MSPID, err)
		}
		out = append(out, signer{mspID: o.MSPID, key: key, pub: pub})
	}
	return out, nil
}

func readKey(path string) (*ecdsa.PrivateKey, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	b, _ := pem.Decode(data)
	if b == nil || b.Type != "PRIVATE KEY" {
		return nil, fmt.Errorf("%w: %s: want a PEM \"PRIVATE KEY\" block (PKCS #8)", ErrBadKey, path)
	}
	k, err := x509.ParsePKCS8PrivateKey(b.Bytes)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrBadKey, path, err)
	}
	ek, ok := k.(*ecdsa.PrivateKey)
	if !ok || ek.Curve != elliptic.P256() {
		return nil, fmt.Errorf("%w: %s: want an ECDSA P-256 key", ErrBadKey, path)
	}
	return ek, nil
}

// generateKey writes a new P-256 key to path (0600) atomically and durably.
func generateKey(path string) (*ecdsa.PrivateKey, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	der, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return nil, err
	}
	data := pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der})
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, err
	}
	if err := atomicfile.WriteFile(path, data, 0o600); err != nil {
		return nil, err
	}
	return key, nil
}
